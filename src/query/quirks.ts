import type { SparqlJsonResults, SparqlJsonTerm } from "./results.js";
import { canonicalResults, rowKey } from "./results.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";

/** The XML Schema datatypes derived from xsd:integer (XML Schema 1.1 Part 2, §3.4.13–§3.4.25). */
export const INTEGER_DERIVED_DATATYPES: ReadonlySet<string> = new Set(
  [
    "nonNegativeInteger",
    "positiveInteger",
    "nonPositiveInteger",
    "negativeInteger",
    "long",
    "int",
    "short",
    "byte",
    "unsignedLong",
    "unsignedInt",
    "unsignedShort",
    "unsignedByte",
  ].map((t) => `${XSD}${t}`),
);

/** A known way an engine's answer differs from a conformant one without changing any value. */
export interface EngineQuirk {
  readonly id: string;
  readonly engine: string;
  /** What the engine does, and why the difference is tolerated. */
  readonly description: string;
  /** Whether `actual`, as the engine returned it, stands for `expected`, as the data has it. */
  readonly tolerates: (actual: SparqlJsonTerm, expected: SparqlJsonTerm) => boolean;
}

/** The value of an integer lexical form (XML Schema: optional sign, digits), or undefined. */
function integerValue(lexical: string): bigint | undefined {
  return /^[+-]?\d+$/.test(lexical) ? BigInt(lexical) : undefined;
}

/**
 * THE list of engine quirks the comparison with the committed expected results (`queries/*.srj`)
 * tolerates — in `newsgraph queries` and in the tests — and nothing else. The `.srj` files hold what the
 * data says (written from a conformant engine, see src/cli/commands/queries.ts); an engine that answers
 * otherwise matches them only through an entry here. Each entry is documented in the README (section
 * "Competency questions"). A second engine (Comunica, in the tests) must match them exactly.
 *
 * - oxigraph-integer-datatypes: Oxigraph 0.5 stores a literal of a datatype derived from xsd:integer
 *   (xsd:nonNegativeInteger — the type of oa:start, oa:end and the counts — xsd:int, xsd:long…) as its
 *   value, an xsd:integer, and answers `"3"^^xsd:integer` for the data's `"3"^^xsd:nonNegativeInteger`
 *   (its lexical form in canonical form too). A conformant store returns the data's term. Tolerated one
 *   way only: an actual xsd:integer for an expected integer-derived literal of the same numeric value;
 *   never the reverse, never another datatype, never another value.
 */
export const ENGINE_QUIRKS: readonly EngineQuirk[] = [
  {
    id: "oxigraph-integer-datatypes",
    engine: "Oxigraph 0.5",
    description:
      "a literal of a datatype derived from xsd:integer (xsd:nonNegativeInteger…) comes back as an xsd:integer of the same value",
    tolerates: (actual, expected) => {
      if (actual.type !== "literal" || expected.type !== "literal") return false;
      if (actual["xml:lang"] !== undefined || expected["xml:lang"] !== undefined) return false;
      if (actual.datatype !== `${XSD}integer`) return false;
      if (expected.datatype === undefined || !INTEGER_DERIVED_DATATYPES.has(expected.datatype)) return false;
      const a = integerValue(actual.value);
      return a !== undefined && a === integerValue(expected.value);
    },
  },
];

/** How an answer compares with the expected results. */
export interface Comparison {
  readonly same: boolean;
  /** The first difference, when not the same. */
  readonly problem?: string;
  /** The quirks that were needed, by id, with how many terms each explained. */
  readonly quirks: Readonly<Record<string, number>>;
}

/** Options of a comparison. */
export interface CompareOptions {
  /** Quirks to tolerate (default: none — the answer must equal the expected results exactly). */
  readonly quirks?: readonly EngineQuirk[];
}

const termKey = (t: SparqlJsonTerm | undefined) => (t === undefined ? "null" : JSON.stringify(t));

/** A key shared by a term and every term a quirk may stand for it: integer-typed literals lose their type. */
function looseKey(t: SparqlJsonTerm | undefined): string {
  if (t?.type === "literal" && t.datatype !== undefined) {
    const integer = t.datatype === `${XSD}integer` || INTEGER_DERIVED_DATATYPES.has(t.datatype);
    const value = integer ? integerValue(t.value) : undefined;
    if (value !== undefined) return JSON.stringify(["integer", value.toString()]);
  }
  return termKey(t);
}

/**
 * Compare an engine's answer with expected results: the same variables, and the same rows — in order when
 * `ordered` (the query has ORDER BY), as a multiset otherwise — term for term, exactly, but for the
 * quirks given. Both sides are put in canonical form first (canonicalResults).
 *
 * @example
 * declare const answer: SparqlJsonResults; // an engine's, e.g. selectJson(…)
 * declare const committed: SparqlJsonResults; // a parsed queries/*.srj
 * const c = compareResults(answer, committed, true, { quirks: ENGINE_QUIRKS });
 * if (!c.same) console.error(c.problem);
 */
export function compareResults(
  actualResults: SparqlJsonResults,
  expectedResults: SparqlJsonResults,
  ordered: boolean,
  options: CompareOptions = {},
): Comparison {
  const actual = canonicalResults(actualResults, ordered);
  const expected = canonicalResults(expectedResults, ordered);
  const vars = expected.head.vars;
  const used: Record<string, number> = {};
  if (JSON.stringify(actual.head.vars) !== JSON.stringify(vars))
    return {
      same: false,
      problem: `variables ${actual.head.vars.join(" ")} where expected ${vars.join(" ")}`,
      quirks: used,
    };
  const a = actual.results.bindings;
  const e = expected.results.bindings;
  if (a.length !== e.length)
    return { same: false, problem: `${a.length} rows where expected ${e.length}`, quirks: used };
  /** The quirks that make row x stand for row y, or undefined when it does not. */
  const match = (x: (typeof a)[number], y: (typeof e)[number]): string[] | undefined => {
    const needed: string[] = [];
    for (const v of vars) {
      const tx = x[v];
      const ty = y[v];
      if (termKey(tx) === termKey(ty)) continue;
      const quirk =
        tx === undefined || ty === undefined
          ? undefined
          : (options.quirks ?? []).find((q) => q.tolerates(tx, ty));
      if (quirk === undefined) return undefined;
      needed.push(quirk.id);
    }
    return needed;
  };
  const count = (ids: readonly string[]) => {
    for (const id of ids) used[id] = (used[id] ?? 0) + 1;
  };
  if (ordered) {
    for (let i = 0; i < e.length; i++) {
      const ids = match(a[i] ?? {}, e[i] ?? {});
      if (ids === undefined)
        return {
          same: false,
          problem: `row ${i + 1} is ${rowKey(vars, a[i] ?? {})} where expected ${rowKey(vars, e[i] ?? {})}`,
          quirks: used,
        };
      count(ids);
    }
    return { same: true, quirks: used };
  }
  // As multisets: rows that may match share a loose key; within a group, a maximum bipartite matching
  // (Kuhn's augmenting paths) — groups are tiny, usually one row.
  const groups = new Map<string, { actual: number[]; expected: number[] }>();
  const group = (key: string) => {
    const found = groups.get(key);
    if (found !== undefined) return found;
    const g = { actual: [] as number[], expected: [] as number[] };
    groups.set(key, g);
    return g;
  };
  const loose = (row: (typeof a)[number]) => JSON.stringify(vars.map((v) => looseKey(row[v])));
  for (const [i, row] of a.entries()) group(loose(row)).actual.push(i);
  for (const [i, row] of e.entries()) group(loose(row)).expected.push(i);
  for (const g of groups.values()) {
    const owner = new Map<number, number>(); // actual row → expected row
    const augment = (ei: number, seen: Set<number>): boolean => {
      for (const ai of g.actual) {
        if (seen.has(ai) || match(a[ai] ?? {}, e[ei] ?? {}) === undefined) continue;
        seen.add(ai);
        const held = owner.get(ai);
        if (held === undefined || augment(held, seen)) {
          owner.set(ai, ei);
          return true;
        }
      }
      return false;
    };
    for (const ei of g.expected)
      if (!augment(ei, new Set()))
        return {
          same: false,
          problem: `no row matches expected ${rowKey(vars, e[ei] ?? {})}`,
          quirks: used,
        };
    if (g.actual.length > g.expected.length) {
      const extra = g.actual.find((ai) => !owner.has(ai)) ?? 0;
      return { same: false, problem: `unexpected row ${rowKey(vars, a[extra] ?? {})}`, quirks: used };
    }
    for (const [ai, ei] of owner) count(match(a[ai] ?? {}, e[ei] ?? {}) ?? []);
  }
  return { same: true, quirks: used };
}
