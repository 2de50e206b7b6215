import type { NamedNode, Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import { BASE } from "../vocab/namespaces.js";

/** Named graphs of the release live under this IRI. */
export const GRAPH_BASE = `${BASE}graph/`;

/**
 * The named graph that holds one article's graph in TriG and N-Quads.
 *
 * @example
 * articleGraph("zelensky-aide-neutrality").value; // "https://w3id.org/newsgraph/graph/zelensky-aide-neutrality"
 */
export function articleGraph(slug: string): NamedNode {
  return DataFactory.namedNode(`${GRAPH_BASE}${slug}`);
}

/** The named graph that holds the ontology. */
export const ONTOLOGY_GRAPH: NamedNode = DataFactory.namedNode(`${GRAPH_BASE}ontology`);

/**
 * The same triples placed in a named graph.
 *
 * @example
 * inGraph(quads, articleGraph("my-article"));
 */
export function inGraph(quads: Iterable<Quad>, graph: NamedNode): Quad[] {
  return [...quads].map(
    (q) =>
      DataFactory.quad(
        q.subject as never,
        q.predicate as never,
        q.object as never,
        graph as never,
      ) as unknown as Quad,
  );
}
