import type { Term } from "@rdfjs/types";
import { termToId } from "n3";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(
  [
    "integer",
    "decimal",
    "double",
    "float",
    "int",
    "long",
    "short",
    "byte",
    "nonNegativeInteger",
    "positiveInteger",
    "negativeInteger",
    "nonPositiveInteger",
    "unsignedInt",
    "unsignedLong",
    "unsignedShort",
    "unsignedByte",
  ].map((t) => `${XSD}${t}`),
);

/** A term's convenient JavaScript value. */
export type JsValue = string | number | boolean | Date;

/**
 * The JavaScript value of a term: numbers for numeric literals, booleans, `Date` for xsd:date and
 * xsd:dateTime, the lexical form for other literals, the IRI for named nodes.
 *
 * @example
 * import { DataFactory } from "n3";
 * jsValue(DataFactory.literal("3", xsd("integer"))); // 3
 */
export function jsValue(term: Term): JsValue {
  if (term.termType !== "Literal") return term.value;
  const dt = term.datatype.value;
  if (NUMERIC.has(dt)) return Number(term.value);
  if (dt === `${XSD}boolean`) return term.value === "true" || term.value === "1";
  if (dt === `${XSD}date` || dt === `${XSD}dateTime`) {
    const d = new Date(dt === `${XSD}date` ? `${term.value}T00:00:00Z` : term.value);
    return Number.isNaN(d.getTime()) ? term.value : d;
  }
  return term.value;
}

const RANK: Record<string, number> = { BlankNode: 1, NamedNode: 2, Literal: 3 };

const SURROGATE = /[\uD800-\uDFFF]/;

function codePointCompare(a: string, b: string): number {
  // SPARQL engines order strings by code point; JavaScript's < compares UTF-16 units, which differs
  // only where an astral character meets U+E000–U+FFFF. Compare units up to the first difference, then
  // decide that position by code point (a low surrogate there means both sides share the high one).
  if (a === b) return 0;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  const x = a.codePointAt(i) ?? 0;
  const y = b.codePointAt(i) ?? 0;
  return x < y ? -1 : 1;
}

/**
 * The order of ORDER BY: unbound first, then blank nodes, IRIs, literals; numbers and dates by value,
 * other literals by their lexical form (code point order).
 *
 * @example
 * [ng("b"), ng("a")].sort(compareForOrder); // [ng("a"), ng("b")]
 */
export function compareForOrder(a: Term | undefined, b: Term | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const r = (RANK[a.termType] ?? 9) - (RANK[b.termType] ?? 9);
  if (r !== 0) return r < 0 ? -1 : 1;
  if (a.termType === "Literal" && b.termType === "Literal") {
    const x = jsValue(a);
    const y = jsValue(b);
    if (typeof x === "number" && typeof y === "number") return x === y ? 0 : x < y ? -1 : 1;
    if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime() ? 0 : x < y ? -1 : 1;
  }
  return codePointCompare(a.value, b.value);
}

/** A string that identifies a term exactly (for DISTINCT and grouping): n3's term id. */
export function termKey(term: Term | undefined): string {
  if (term === undefined) return "";
  // n3's terms carry their id already; terms of other factories get the same id computed.
  const id = (term as { id?: unknown }).id;
  return typeof id === "string" ? id : termToId(term as never);
}
