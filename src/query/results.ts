/** One binding's value in the SPARQL 1.1 Query Results JSON format. */
export interface SparqlJsonTerm {
  readonly type: "uri" | "literal" | "bnode" | "triple";
  readonly value: string;
  readonly "xml:lang"?: string;
  readonly datatype?: string;
}

/** A SELECT result in the SPARQL 1.1 Query Results JSON format. */
export interface SparqlJsonResults {
  readonly head: { readonly vars: readonly string[] };
  readonly results: { readonly bindings: readonly Readonly<Record<string, SparqlJsonTerm>>[] };
}

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

/** Normalise a term: plain literals carry no explicit xsd:string, keys in a fixed order. */
function normaliseTerm(t: SparqlJsonTerm): SparqlJsonTerm {
  const out: Record<string, string> = { type: t.type, value: t.value };
  if (t["xml:lang"] !== undefined) out["xml:lang"] = t["xml:lang"];
  else if (t.datatype !== undefined && t.datatype !== XSD_STRING) out.datatype = t.datatype;
  return out as unknown as SparqlJsonTerm;
}

/** A canonical string for one row, for order-insensitive comparison. */
export function rowKey(vars: readonly string[], row: Readonly<Record<string, SparqlJsonTerm>>): string {
  return JSON.stringify(vars.map((v) => (row[v] ? normaliseTerm(row[v]) : null)));
}

/**
 * Put a results document into canonical form: variables in head order, terms normalised, and — for a
 * query without ORDER BY, whose row order means nothing — rows sorted, so equal answers serialise equally.
 *
 * @example
 * const canonical = canonicalResults(results, false);
 */
export function canonicalResults(results: SparqlJsonResults, ordered: boolean): SparqlJsonResults {
  const vars = [...results.head.vars];
  const rows = results.results.bindings.map((row) => {
    const out: Record<string, SparqlJsonTerm> = {};
    for (const v of vars) if (row[v] !== undefined) out[v] = normaliseTerm(row[v]);
    return out;
  });
  if (!ordered)
    rows.sort((a, b) => (rowKey(vars, a) < rowKey(vars, b) ? -1 : rowKey(vars, a) > rowKey(vars, b) ? 1 : 0));
  return { head: { vars }, results: { bindings: rows } };
}

/** Whether a SPARQL query orders its results (then row order is part of the answer). */
export function isOrdered(query: string): boolean {
  return /\bORDER\s+BY\b/i.test(query.replace(/#[^\n]*/g, ""));
}

/** Serialise results as stable, pretty JSON (`.srj`) with a final newline. */
export function formatResults(results: SparqlJsonResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
