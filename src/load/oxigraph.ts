import type { Quad } from "@rdfjs/types";
import type { OxigraphStore } from "../store/oxigraph.js";
import { oxigraphStore } from "../store/oxigraph.js";
import type { GraphUpload } from "./gsp.js";

/**
 * Load a release's quads (each article and the ontology in its named graph) into a fresh in-process
 * Oxigraph store, ready for SPARQL.
 *
 * @example
 * const store = loadIntoOxigraph(release.namedQuads);
 */
export function loadIntoOxigraph(quads: Iterable<Quad>): OxigraphStore {
  return oxigraphStore(quads);
}

/**
 * How many triples each graph of an Oxigraph store holds ("default" for the default graph), sorted.
 *
 * @example
 * graphCounts(loadIntoOxigraph(release.namedQuads)); // Map { "https://w3id.org/newsgraph/graph/ontology" => 773, … }
 */
export function graphCounts(store: OxigraphStore): Map<string, number> {
  const rows = store.query(
    "SELECT ?g (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
  ) as Map<string, { value: string }>[];
  return new Map(rows.map((r) => [r.get("g")?.value ?? "default", Number(r.get("n")?.value)]));
}

/**
 * Split quads by graph, for one upload per named graph.
 *
 * @example
 * byGraph(quads).map((g) => g.graph);
 */
export function byGraph(quads: Iterable<Quad>): GraphUpload[] {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) {
    const g = q.graph.termType === "DefaultGraph" ? "default" : q.graph.value;
    const list = groups.get(g) ?? [];
    list.push(q);
    groups.set(g, list);
  }
  return [...groups.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([graph, list]) => ({ graph, quads: list }));
}
