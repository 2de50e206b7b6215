import type { Quad } from "@rdfjs/types";
import { Writer } from "n3";
import { NewsgraphError } from "../errors.js";
import { checkScalarValues } from "./ntriples.js";
import { sortQuads } from "./order.js";
import { usedPrefixes } from "./prefixes.js";

/**
 * Deterministic TriG: graphs, then subjects, predicates (`rdf:type` first) and objects sorted; only the
 * prefixes used are declared; no blank nodes.
 *
 * @example
 * const text = toTrig(release.namedQuads, { ng: "https://w3id.org/newsgraph/ontology#" });
 */
export function toTrig(quads: Iterable<Quad>, prefixes: Readonly<Record<string, string>>): string {
  const sorted = sortQuads(quads);
  for (const q of sorted) {
    checkScalarValues(q);
    if (
      q.subject.termType === "BlankNode" ||
      q.object.termType === "BlankNode" ||
      q.graph.termType === "BlankNode"
    ) {
      throw new NewsgraphError(
        "invalid-input",
        "trig",
        `blank node in ${q.subject.value} ${q.predicate.value}`,
      );
    }
  }
  const writer = new Writer({ format: "application/trig", prefixes: usedPrefixes(sorted, prefixes) });
  writer.addQuads(sorted as never);
  let output = "";
  writer.end((error, result) => {
    if (error) throw error;
    output = result;
  });
  return output;
}
