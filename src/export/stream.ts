import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Quad } from "@rdfjs/types";
import { nquadsLines } from "./ntriples.js";

/**
 * Stream quads to a writable as N-Quads (or N-Triples), respecting backpressure: lines are batched into
 * chunks of about `chunkBytes` and the writer waits for `drain`, so memory stays bounded by one chunk
 * however many quads come (the store's own iteration is lazy). Resolves with the number of quads.
 *
 * @example
 * await streamNQuads(store, createWriteStream("corpus.nq"));
 */
export async function streamNQuads(
  quads: Iterable<Quad>,
  out: Writable,
  options: { triplesOnly?: boolean; chunkBytes?: number } = {},
): Promise<number> {
  const limit = options.chunkBytes ?? 1 << 16;
  let chunk: string[] = [];
  let size = 0;
  let count = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const text = chunk.join("");
    chunk = [];
    size = 0;
    if (!out.write(text)) await once(out, "drain");
  };
  for (const line of nquadsLines(quads, options.triplesOnly ? { triplesOnly: true } : {})) {
    chunk.push(line);
    size += line.length;
    count++;
    if (size >= limit) await flush();
  }
  await flush();
  return count;
}
