import type { Quad, Term } from "@rdfjs/types";
import { rdf } from "../vocab/namespaces.js";

const RDF_TYPE = rdf("type").value;
const TERM_RANK: Record<string, number> = {
  NamedNode: 0,
  BlankNode: 1,
  Literal: 2,
  DefaultGraph: 3,
  Variable: 4,
};

function termKey(t: Term): string {
  if (t.termType === "Literal") return `${t.value}\u0000${t.language}\u0000${t.datatype.value}`;
  return t.value;
}

/** Total order on RDF terms: IRIs, then blank nodes, then literals; within a type by code unit order. */
export function compareTerms(a: Term, b: Term): number {
  const r = (TERM_RANK[a.termType] ?? 9) - (TERM_RANK[b.termType] ?? 9);
  if (r !== 0) return r;
  const ka = termKey(a);
  const kb = termKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Sort quads into the published order: by graph, subject, predicate (`rdf:type` first), then object.
 * Any input order gives the same output, which makes serialisations byte-identical across builds.
 *
 * @example
 * const sorted = sortQuads(store); // any iterable of quads: an array, a store, a dataset
 */
export function sortQuads(quads: Iterable<Quad>): Quad[] {
  return [...quads].sort(
    (a, b) =>
      compareTerms(a.graph, b.graph) ||
      compareTerms(a.subject, b.subject) ||
      (a.predicate.value === RDF_TYPE ? 0 : 1) - (b.predicate.value === RDF_TYPE ? 0 : 1) ||
      compareTerms(a.predicate, b.predicate) ||
      compareTerms(a.object, b.object),
  );
}
