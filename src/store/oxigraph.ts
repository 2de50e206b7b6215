import type { Quad } from "@rdfjs/types";
import { Writer } from "n3";
import oxigraph from "oxigraph";
import { NewsgraphError } from "../errors.js";
import { parseError } from "./store.js";

/** Oxigraph's in-memory store: a real SPARQL 1.1 engine. */
export type OxigraphStore = InstanceType<typeof oxigraph.Store>;

/**
 * Load quads into a fresh Oxigraph store, ready for SPARQL 1.1 queries. The quads go in as one
 * N-Quads document (bulk load): adding them one by one crosses into WebAssembly per quad and is about
 * a hundred times slower.
 *
 * @example
 * const store = oxigraphStore(release.quads);
 */
export function oxigraphStore(quads: Iterable<Quad>): OxigraphStore {
  const writer = new Writer({ format: "N-Quads" });
  writer.addQuads((Array.isArray(quads) ? quads : [...quads]) as never);
  let text = "";
  writer.end((error, result) => {
    if (error) throw error;
    text = result;
  });
  const store = new oxigraph.Store();
  if (text === "") return store;
  try {
    store.load(text, { format: "application/n-quads", no_transaction: true });
  } catch (error) {
    // n3 writes some terms Oxigraph refuses (an IRI with a space, say): name the quad, not a stack.
    const problem = parseError(error, text, "quads");
    const line = /^quads:(\d+)/.exec(problem.where)?.[1];
    const quad =
      line === undefined
        ? ""
        : ` (quad ${line}: ${(text.split("\n")[Number(line) - 1] ?? "").slice(0, 120)})`;
    throw new NewsgraphError(
      "invalid-input",
      "quads",
      `Oxigraph cannot load them: ${problem.problem}${quad}`,
    );
  }
  return store;
}
