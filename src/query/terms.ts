import type { Term } from "@rdfjs/types";

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
 * jsValue(literal("3", xsd("integer"))); // 3
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

function codePointCompare(a: string, b: string): number {
  // SPARQL engines order strings by code point; JavaScript's < compares UTF-16 units, which differs
  // only for astral characters against U+E000–U+FFFF.
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
}

/**
 * The order of ORDER BY: unbound first, then blank nodes, IRIs, literals; numbers and dates by value,
 * other literals by their lexical form (code point order).
 *
 * @example
 * [a, b].sort(compareForOrder);
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

/** A string that identifies a term exactly (for DISTINCT and grouping). */
export function termKey(term: Term | undefined): string {
  if (term === undefined) return "";
  if (term.termType === "Literal") return `L${term.value}\u0001${term.language}\u0001${term.datatype.value}`;
  return `${term.termType[0]}${term.value}`;
}
