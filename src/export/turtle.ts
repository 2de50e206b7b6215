import type { Quad } from "@rdfjs/types";
import { Writer } from "n3";
import { NewsgraphError } from "../errors.js";
import { checkScalarValues } from "./ntriples.js";
import { sortQuads } from "./order.js";
import { usedPrefixes } from "./prefixes.js";

/**
 * Serialise triples as deterministic Turtle: of the given prefixes, those used, in the given order; subjects and
 * predicates sorted (`rdf:type` first, written `a`), one block per subject, LF line endings. Blank nodes
 * are refused: published data has none, so rebuilds are byte-identical.
 *
 * @example
 * const ttl = toTurtle(quads, { ex: "https://example.org/" });
 */
export function toTurtle(quads: Iterable<Quad>, prefixes: Readonly<Record<string, string>>): string {
  const sorted = sortQuads(quads);
  for (const q of sorted) {
    checkScalarValues(q);
    if (q.subject.termType === "BlankNode" || q.object.termType === "BlankNode") {
      throw new NewsgraphError(
        "invalid-input",
        "turtle",
        `blank node in ${q.subject.value} ${q.predicate.value}`,
      );
    }
    if (q.graph.termType !== "DefaultGraph") {
      throw new NewsgraphError(
        "invalid-input",
        "turtle",
        `quad in named graph <${q.graph.value}>: Turtle has no graphs`,
      );
    }
  }
  const writer = new Writer({ prefixes: usedPrefixes(sorted, prefixes) });
  writer.addQuads(sorted);
  let output: string | undefined;
  let failure: unknown;
  // With no output stream the writer calls back synchronously.
  writer.end((error, result) => {
    failure = error;
    output = result;
  });
  if (failure || output === undefined) throw new Error(`Turtle writer failed: ${String(failure)}`);
  // Separate subject blocks by a blank line so diffs show one entity per hunk. A subject block starts at
  // column 0; continuation lines are indented, and literals never hold a raw line break (n3 escapes it).
  const lines = output.split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const startsBlock = line !== "" && !line.startsWith(" ") && !line.startsWith("@prefix");
    if (startsBlock && previous !== undefined && previous !== "") out.push("");
    out.push(line);
  }
  return out.join("\n");
}
