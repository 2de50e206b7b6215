import { createHash } from "node:crypto";
import type { Quad } from "@rdfjs/types";
import canonize from "rdf-canonize";
import { nquadsLines } from "./ntriples.js";

/**
 * The dataset in canonical N-Quads (RDF Dataset Canonicalization, RDFC-1.0) and its SHA-256: the
 * graph's fingerprint, the same whatever the format or order it was read from.
 *
 * @example
 * const { nquads, sha256 } = await canonical(quads);
 */
export async function canonical(quads: Iterable<Quad>): Promise<{ nquads: string; sha256: string }> {
  const list = [...quads];
  // Check every term first: RDFC-1.0 is defined over Unicode scalar values only.
  for (const _ of nquadsLines(list)) void _;
  const nquads = (await canonize.canonize(list as never, { algorithm: "RDFC-1.0" })) as string;
  return { nquads, sha256: createHash("sha256").update(nquads, "utf8").digest("hex") };
}
