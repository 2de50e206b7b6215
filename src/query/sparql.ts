import { NewsgraphError } from "../errors.js";
import type { OxigraphStore } from "../store/oxigraph.js";
import { isOrdered } from "./prepare.js";
import type { SparqlJsonResults } from "./results.js";
import { canonicalResults } from "./results.js";

/**
 * Run a SPARQL 1.1 SELECT query on an Oxigraph store and return canonical SPARQL JSON results. A syntax
 * error becomes a NewsgraphError naming the query and the engine's message (with line and column).
 * With `unionDefaultGraph`, the default graph is the union of the named graphs (each triple once per
 * graph in Oxigraph: the queries use DISTINCT where that matters).
 *
 * @example
 * const results = selectJson(oxigraphStore(quads), "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "inline");
 */
export function selectJson(
  store: OxigraphStore,
  query: string,
  name: string,
  options: { readonly unionDefaultGraph?: boolean } = {},
): SparqlJsonResults {
  let raw: unknown;
  try {
    raw = store.query(query, {
      results_format: "application/sparql-results+json",
      ...(options.unionDefaultGraph === true ? { use_default_graph_as_union: true } : {}),
    });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    // Oxigraph reports "error at LINE:COLUMN: …"; put the position beside the file name, compiler style.
    const at = /^error at (\d+):(\d+): (.*)$/.exec(message);
    if (at) throw new NewsgraphError("invalid-input", `${name}:${at[1]}:${at[2]}`, at[3] ?? message);
    throw new NewsgraphError("invalid-input", name, message);
  }
  if (typeof raw !== "string") throw new NewsgraphError("invalid-input", name, "is not a SELECT query");
  const parsed = JSON.parse(raw) as SparqlJsonResults;
  if (!parsed.head || !parsed.results)
    throw new NewsgraphError("invalid-input", name, "is not a SELECT query");
  return canonicalResults(parsed, isOrdered(query));
}
