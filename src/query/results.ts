import type { Term } from "@rdfjs/types";

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
 * const results = selectJson(oxigraphStore(quads), "SELECT ?s WHERE { ?s ?p ?o }", "inline");
 * const canonical = canonicalResults(results, false); // rows sorted: no ORDER BY
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

/** Serialise results as stable, pretty JSON (`.srj`) with a final newline. */
export function formatResults(results: SparqlJsonResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

/**
 * An RDF/JS term in the SPARQL 1.1 JSON results form.
 *
 * @example
 * termToJson(schema("Person")); // { type: "uri", value: "https://schema.org/Person" }
 */
export function termToJson(t: Term): SparqlJsonTerm {
  if (t.termType === "NamedNode") return { type: "uri", value: t.value };
  if (t.termType === "BlankNode") return { type: "bnode", value: t.value };
  if (t.termType === "Literal") {
    if (t.language) return { type: "literal", value: t.value, "xml:lang": t.language };
    return t.datatype.value === XSD_STRING
      ? { type: "literal", value: t.value }
      : { type: "literal", value: t.value, datatype: t.datatype.value };
  }
  throw new Error(`a ${t.termType} cannot be a result value`);
}

/**
 * Rows of RDF/JS terms as a SPARQL 1.1 JSON results document with the given variables.
 *
 * @example
 * toResults(["speaker"], [{ speaker: mintIri("person", "ihor-zhovkva") }]);
 */
export function toResults(
  vars: readonly string[],
  rows: readonly Readonly<Record<string, Term | undefined>>[],
): SparqlJsonResults {
  return {
    head: { vars: [...vars] },
    results: {
      bindings: rows.map((r) => {
        const out: Record<string, SparqlJsonTerm> = {};
        for (const v of vars) {
          const t = r[v];
          if (t !== undefined) out[v] = termToJson(t);
        }
        return out;
      }),
    },
  };
}
