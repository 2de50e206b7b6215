import type { Quad } from "@rdfjs/types";
import { Writer } from "n3";
import { NewsgraphError } from "../errors.js";
import { sortQuads } from "./order.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuse a term that RDF cannot hold: a literal or IRI with a lone surrogate is not a sequence of
 * Unicode scalar values (RDF 1.1 Concepts §3), so no serialisation can carry it faithfully.
 */
export function checkScalarValues(q: Quad): void {
  for (const t of [q.subject, q.predicate, q.object, q.graph]) {
    if (LONE_SURROGATE.test(t.value)) {
      throw new NewsgraphError(
        "invalid-value",
        `${t.termType} ${JSON.stringify(t.value.slice(0, 40))}`,
        "contains a lone surrogate, which RDF cannot represent",
      );
    }
    if (
      t.termType === "Literal" &&
      t.language !== "" &&
      !/^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/.test(t.language)
    ) {
      throw new NewsgraphError(
        "invalid-value",
        `literal ${JSON.stringify(t.value.slice(0, 40))}`,
        `"${t.language}" is not a language tag`,
      );
    }
  }
}

/**
 * Stream quads as N-Quads lines (or N-Triples when `triplesOnly`), one line per quad, in the order given:
 * memory stays bounded however many quads come. Pass sorted quads for byte-identical files.
 *
 * @example
 * for (const line of nquadsLines(quads)) process.stdout.write(line);
 */
export function* nquadsLines(
  quads: Iterable<Quad>,
  options: { triplesOnly?: boolean } = {},
): Generator<string> {
  const writer = new Writer({ format: options.triplesOnly ? "N-Triples" : "N-Quads" });
  for (const q of quads) {
    checkScalarValues(q);
    if (options.triplesOnly && q.graph.termType !== "DefaultGraph") {
      throw new NewsgraphError(
        "invalid-input",
        "ntriples",
        `quad in named graph <${q.graph.value}>: N-Triples has no graphs`,
      );
    }
    yield writer.quadToString(
      q.subject as never,
      q.predicate as never,
      q.object as never,
      (options.triplesOnly ? undefined : q.graph) as never,
    );
  }
}

/**
 * Deterministic N-Quads (sorted by graph, subject, predicate, object).
 *
 * @example
 * const text = toNQuads(quads);
 */
export function toNQuads(quads: Iterable<Quad>): string {
  return [...nquadsLines(sortQuads(quads))].join("");
}

/**
 * Deterministic N-Triples of a graph (quads in the default graph only).
 *
 * @example
 * const text = toNTriples(quads);
 */
export function toNTriples(quads: Iterable<Quad>): string {
  return [...nquadsLines(sortQuads(quads), { triplesOnly: true })].join("");
}
