import type { Quad } from "@rdfjs/types";
import oxigraph from "oxigraph";

/** Oxigraph's in-memory store: a real SPARQL 1.1 engine. */
export type OxigraphStore = InstanceType<typeof oxigraph.Store>;

/**
 * Load quads into a fresh Oxigraph store, ready for SPARQL 1.1 queries.
 *
 * @example
 * const store = oxigraphStore(release.quads);
 */
export function oxigraphStore(quads: Iterable<Quad>): OxigraphStore {
  const store = new oxigraph.Store();
  for (const q of quads) {
    store.add(
      oxigraph.quad(
        toOx(q.subject) as ReturnType<typeof oxigraph.namedNode>,
        toOx(q.predicate) as ReturnType<typeof oxigraph.namedNode>,
        toOx(q.object),
        oxigraph.defaultGraph(),
      ),
    );
  }
  return store;
}

function toOx(term: Quad["subject"] | Quad["predicate"] | Quad["object"]) {
  switch (term.termType) {
    case "NamedNode":
      return oxigraph.namedNode(term.value);
    case "BlankNode":
      return oxigraph.blankNode(term.value);
    case "Literal":
      return term.language
        ? oxigraph.literal(term.value, term.language)
        : oxigraph.literal(term.value, oxigraph.namedNode(term.datatype.value));
    default:
      throw new Error(`cannot store a ${term.termType} term`);
  }
}
