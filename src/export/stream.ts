import type { Quad } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import { nquadsLines } from "./ntriples.js";

/**
 * Where `streamNQuads` writes: a Node.js `Writable` (a file, a socket, `process.stdout`) or anything with
 * the same contract — `write` returns false when the sink is full, and `drain` is emitted once it can
 * take more (`close` without `drain` means it will take no more). Declared here, structurally, so that the public types do not depend on `@types/node`.
 */
export interface NQuadsSink {
  write(chunk: string): boolean;
  once(event: "drain" | "close", listener: () => void): unknown;
  once(event: "error", listener: (error: Error) => void): unknown;
  removeListener(event: "drain" | "close", listener: () => void): unknown;
  removeListener(event: "error", listener: (error: Error) => void): unknown;
}

/** Options of `streamNQuads`. */
export interface StreamNQuadsOptions {
  /** Write N-Triples (a quad in a named graph is then an error). */
  readonly triplesOnly?: boolean;
  /** Write in chunks of about this many characters (default 65536). */
  readonly chunkBytes?: number;
}

/** Wait for the sink's `drain`; fail with its `error`, or when it closes before draining. */
function drained(out: NQuadsSink): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      out.removeListener("drain", onDrain);
      out.removeListener("error", onError);
      out.removeListener("close", onClose);
    };
    const onDrain = () => {
      done();
      resolve();
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onClose = () => {
      done();
      reject(new NewsgraphError("io", "streamNQuads", "the sink closed before it took every quad"));
    };
    out.once("drain", onDrain);
    out.once("error", onError);
    out.once("close", onClose);
  });
}

/**
 * Stream quads to a writable as N-Quads (or N-Triples), respecting backpressure: lines are batched into
 * chunks of about `chunkBytes` and the writer waits for `drain`, so memory stays bounded by one chunk
 * however many quads come (the store's own iteration is lazy). Resolves with the number of quads.
 *
 * @example
 * import { createWriteStream } from "node:fs";
 * await streamNQuads(store, createWriteStream("corpus.nq"));
 */
export async function streamNQuads(
  quads: Iterable<Quad>,
  out: NQuadsSink,
  options: StreamNQuadsOptions = {},
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
    if (!out.write(text)) await drained(out);
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
