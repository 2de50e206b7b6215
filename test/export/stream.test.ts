import { Writable } from "node:stream";
import type { Quad } from "@rdfjs/types";
import { DataFactory, Parser } from "n3";
import { describe, expect, it } from "vitest";
import { streamNQuads } from "../../src/export/stream.js";

const { namedNode, literal, quad } = DataFactory;

/** A lazy source of n quads: nothing is held in memory up front. */
function* quads(n: number): Generator<Quad> {
  for (let i = 0; i < n; i++) {
    yield quad(
      namedNode(`https://example.org/s${i}`),
      namedNode("https://example.org/p"),
      literal(`value ${i} — “quoted”`),
      namedNode("https://example.org/g"),
    ) as unknown as Quad;
  }
}

/** A slow sink that reports the most it ever had buffered. */
class SlowSink extends Writable {
  text = "";
  maxBuffered = 0;
  constructor() {
    super({ highWaterMark: 1 << 14, decodeStrings: false });
  }
  override _write(chunk: string, _enc: BufferEncoding, done: () => void): void {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.text += chunk;
    setImmediate(done);
  }
}

describe("streaming N-Quads", () => {
  it("writes every quad, waiting for the sink, so that little is ever buffered", async () => {
    const sink = new SlowSink();
    const n = await streamNQuads(quads(50_000), sink, { chunkBytes: 1 << 14 });
    expect(n).toBe(50_000);
    const parsed = new Parser({ format: "application/n-quads" }).parse(sink.text);
    expect(parsed).toHaveLength(50_000);
    expect(parsed[49_999]?.object.value).toBe("value 49999 — “quoted”");
    // Never more than about one chunk waits in the sink, however many quads there are.
    expect(sink.maxBuffered).toBeLessThan(1 << 16);
  });

  it("refuses named graphs when asked for N-Triples", async () => {
    await expect(streamNQuads(quads(1), new SlowSink(), { triplesOnly: true })).rejects.toThrow(
      /N-Triples has no graphs/,
    );
  });
});
