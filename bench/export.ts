// Export throughput at scale: Turtle, N-Quads (streamed, bounded memory) and JSON-LD through newsgraph's
// writers, against n3's bare Writer and Oxigraph's dump, on the synthetic corpus.
// Usage: node --expose-gc dist-bench/bench/export.js [--quads N] [--json]   (npm run bench:export)
import { Writable } from "node:stream";
import type { Quad } from "@rdfjs/types";
import { Writer } from "n3";
import oxigraph from "oxigraph";
import { jsonldContext, toJsonLd } from "../src/export/jsonld.js";
import { streamNQuads } from "../src/export/stream.js";
import { toTurtle } from "../src/export/turtle.js";
import { publishedPrefixes } from "../src/release/release.js";
import { oxigraphStore } from "../src/store/oxigraph.js";
import { generateCorpus, makePools } from "./corpus.js";

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
const heap = () => process.memoryUsage().heapUsed;

/** A sink that counts bytes and keeps nothing, as a file or socket would. */
class CountingSink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    setImmediate(done);
  }
}

async function measure(label: string, quads: number, fn: () => Promise<number> | number) {
  gc();
  const h0 = heap();
  let peak = h0;
  const timer = setInterval(() => {
    peak = Math.max(peak, heap());
  }, 5);
  const t = performance.now();
  const bytes = await fn();
  const ms = performance.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, heap());
  return {
    writer: label,
    quads,
    ms,
    quadsPerSec: quads / (ms / 1000),
    bytes,
    peakExtraHeapMB: (peak - h0) / 2 ** 20,
  };
}

function n3Write(quads: readonly Quad[], format: string, prefixes?: Record<string, string>): number {
  const writer = new Writer({ format, ...(prefixes ? { prefixes } : {}) });
  writer.addQuads(quads as never);
  let out = "";
  writer.end((_e, r) => {
    out = r;
  });
  return out.length;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const qi = args.indexOf("--quads");
  const target = qi >= 0 ? Number(args[qi + 1]) : 1_000_000;
  const json = args.includes("--json");
  const { quads } = generateCorpus(target, 42, makePools(42));
  const prefixes = publishedPrefixes();
  const ox = oxigraphStore(quads);
  const n = quads.length;
  const results = [];
  results.push(
    await measure("newsgraph N-Quads (streamed, unsorted)", n, async () => {
      const sink = new CountingSink();
      await streamNQuads(quads, sink);
      return sink.bytes;
    }),
  );
  results.push(await measure("n3 Writer N-Quads (in memory)", n, () => n3Write(quads, "N-Quads")));
  results.push(
    await measure(
      "oxigraph dump N-Quads",
      n,
      () => (ox.dump({ format: "application/n-quads" }) as string).length,
    ),
  );
  results.push(
    await measure("newsgraph Turtle (sorted, grouped)", n, () => toTurtle(quads, prefixes).length),
  );
  results.push(await measure("n3 Writer Turtle (unsorted)", n, () => n3Write(quads, "Turtle", prefixes)));
  results.push(
    await measure(
      "oxigraph dump Turtle",
      n,
      () => (ox.dump({ format: "text/turtle", from_graph_name: oxigraph.defaultGraph() }) as string).length,
    ),
  );
  // jsonld.js compacts about 500 quads/s on a large graph (measured), so JSON-LD is timed on a slice.
  const jsonldSize = Math.min(n, 10_000);
  results.push(
    await measure(
      `newsgraph JSON-LD (compacted; first ${jsonldSize} quads)`,
      jsonldSize,
      async () => (await toJsonLd(quads.slice(0, jsonldSize), jsonldContext(prefixes))).length,
    ),
  );
  results.push(
    await measure(
      `oxigraph dump JSON-LD (first ${jsonldSize} quads)`,
      jsonldSize,
      () =>
        (
          oxigraphStore(quads.slice(0, jsonldSize)).dump({
            format: "application/ld+json",
            from_graph_name: oxigraph.defaultGraph(),
          }) as string
        ).length,
    ),
  );
  if (json) {
    process.stdout.write(`${JSON.stringify({ quads: n, results }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${n} quads\n`);
  for (const r of results) {
    process.stdout.write(
      `${r.writer.padEnd(48)} ${Math.round(r.quadsPerSec).toString().padStart(9)} quads/s  ${(r.bytes / 2 ** 20).toFixed(1).padStart(7)} MB out  peak +${r.peakExtraHeapMB.toFixed(0)} MB heap\n`,
    );
  }
}

main().catch((error) => {
  process.stderr.write(`bench:export: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
