// Hostile cases for text in and text out: bytes that are not UTF-8, broken RDF, escape sequences in data
// and messages, line endings, and a sink that goes away. Each row: the input, and the one line a user sees.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import { afterEach, describe, expect, it } from "vitest";
import { streamNQuads } from "../../src/export/stream.js";
import { loadTurtle } from "../../src/query/catalogue.js";
import { oxigraphStore } from "../../src/store/oxigraph.js";
import { parseRdf } from "../../src/store/store.js";
import { cleanTemps, run, tempDir } from "../cli/run.js";
import { ROOT } from "../helpers.js";

afterEach(cleanTemps);

interface Case {
  readonly name: string;
  /** Files to create in a temporary folder, by name (Buffers for raw bytes). */
  readonly files: Readonly<Record<string, string | Buffer>>;
  /** The command (after `newsgraph`); `{dir}` is the temporary folder. */
  readonly argv: readonly string[];
  /** The first line on standard error, or — with `stdout` — a line of standard output. */
  readonly message: RegExp;
  readonly stdout?: boolean;
  readonly code: number;
}

const ESC = "\u001b";

const CASES: Case[] = [
  {
    name: "a data file with bytes that are not UTF-8 (not silently replaced by U+FFFD)",
    files: {
      "bad.ttl": Buffer.concat([
        Buffer.from('<https://e.org/a> <https://e.org/b> "caf'),
        Buffer.from([0xe9]),
        Buffer.from('" .\n'),
      ]),
    },
    argv: ["query", "--sparql", "ASK {}", "--data", "{dir}/bad.ttl"],
    message: /^newsgraph: .*bad\.ttl: is not UTF-8 text: invalid byte at offset 40$/,
    code: 1,
  },
  {
    name: "a graph to validate with a truncated UTF-8 sequence",
    files: {
      "cut.nt": Buffer.concat([
        Buffer.from('<https://e.org/a> <https://e.org/b> "'),
        Buffer.from([0xe2, 0x82]),
        Buffer.from('" .\n'),
      ]),
    },
    argv: ["validate", "{dir}/cut.nt"],
    message: /^newsgraph: .*cut\.nt: is not UTF-8 text: invalid byte at offset 37$/,
    code: 1,
  },
  {
    name: "an overlong UTF-8 encoding of a slash",
    files: {
      "long.nt": Buffer.concat([
        Buffer.from("<https:"),
        Buffer.from([0xc0, 0xaf]),
        Buffer.from("e.org> <https://e.org/b> <https://e.org/c> .\n"),
      ]),
    },
    argv: ["validate", "{dir}/long.nt"],
    message: /^newsgraph: .*long\.nt: is not UTF-8 text: invalid byte at offset 7$/,
    code: 1,
  },
  {
    name: "a binary file",
    files: { "image.ttl": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]) },
    argv: ["validate", "{dir}/image.ttl"],
    message: /^newsgraph: .*image\.ttl: is not UTF-8 text: invalid byte at offset 0$/,
    code: 1,
  },
  {
    name: "broken Turtle: file, line and column of the fault",
    files: {
      "broken.ttl":
        "<https://e.org/a> <https://e.org/b> <https://e.org/c> .\n<https://e.org/a> <https://e.org/b> this .\n",
    },
    argv: ["validate", "{dir}/broken.ttl"],
    message: /^newsgraph: .*broken\.ttl:2:37: Unexpected "this"$/,
    code: 1,
  },
  {
    name: "broken N-Triples: an extra term, at its column",
    files: {
      "extra.nt":
        "<https://e.org/a> <https://e.org/b> <https://e.org/c> <https://e.org/d> <https://e.org/e> .\n",
    },
    argv: ["query", "--sparql", "ASK {}", "--data", "{dir}/extra.nt"],
    message: /^newsgraph: .*extra\.nt:1:55: Expected punctuation to follow "https:\/\/e\.org\/c"$/,
    code: 1,
  },
  {
    name: "an escape sequence in a literal reported by validate is shown escaped",
    files: {
      "esc.nt": `<https://e.org/a> <https://e.org/b> "2022-13-01${ESC}[2J"^^<http://www.w3.org/2001/XMLSchema#date> .\n`,
    },
    argv: ["validate", "{dir}/esc.nt"],
    message: /literal "2022-13-01\\u001b\[2J" is not a valid xsd:date$/,
    stdout: true,
    code: 1,
  },
  {
    name: "an escape sequence in a command-line argument is shown escaped",
    files: {},
    argv: ["query", `statement${ESC}[31mBy`],
    message: /^newsgraph: statement\\u001b\[31mBy: is neither a helper nor a query file/,
    code: 2,
  },
];

describe("text in, text out: one line, a non-zero exit, nothing raw on the terminal", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const dir = tempDir();
    for (const [name, content] of Object.entries(c.files)) writeFileSync(join(dir, name), content);
    const { code, out, err } = await run(c.argv.map((a) => a.replace("{dir}", dir)));
    expect(code).toBe(c.code);
    if (c.stdout)
      expect(
        out.some((l) => c.message.test(l)),
        out.join("\n"),
      ).toBe(true);
    else expect(err[0]).toMatch(c.message);
    for (const line of [...out, ...err]) expect(line).not.toContain(ESC);
    expect(err.join("\n")).not.toMatch(/\n\s+at /);
  });

  it("maps Oxigraph's parse errors to file:line:column as well", () => {
    expect(() => loadTurtle([{ name: "x.ttl", text: "<https://e.org/a> <https://e.org/b> this ." }])).toThrow(
      /^x\.ttl:1:\d+: this is not a valid RDF object$/,
    );
  });

  it("turns Oxigraph's refusal of a term n3 wrote into one error naming the quad", () => {
    const { namedNode, literal, quad } = DataFactory;
    const bad = quad(
      namedNode("https://e.org/a b"),
      namedNode("https://e.org/p"),
      literal("x"),
    ) as unknown as Quad;
    expect(() => oxigraphStore([bad])).toThrow(
      /^quads: Oxigraph cannot load them: .*\(quad 1: <https:\/\/e\.org\/a b> <https:\/\/e\.org\/p> "x" \.\)$/,
    );
  });

  it("maps n3's parse errors to file:line:column", () => {
    expect(() => parseRdf('<https://e.org/a> <https://e.org/b> "open .\n', "ntriples", "y.nt")).toThrow(
      /^y\.nt:1(:\d+)?: /,
    );
  });
});

describe("line endings", () => {
  const attr = (file: string, name: string) =>
    spawnSync("git", ["check-attr", name, "--", file], { cwd: ROOT, encoding: "utf8" })
      .stdout.trim()
      .split(": ")
      .pop();

  it("keep the article text byte for byte (its SHA-256 is checked) and everything else LF", () => {
    expect(attr("src/articles/zelensky-aide-neutrality.txt", "text")).toBe("unset");
    expect(attr("data/zelensky-aide-neutrality.txt", "text")).toBe("unset");
    for (const f of [
      "data/newsgraph.nq",
      "data/zelensky-aide-neutrality.ttl",
      "queries/tensions.rq",
      "src/index.ts",
    ])
      expect(attr(f, "eol"), f).toBe("lf");
  });
});

describe("a sink that goes away", () => {
  it("makes streamNQuads fail instead of waiting forever", async () => {
    class Closing extends Writable {
      constructor() {
        super({ highWaterMark: 16, decodeStrings: false });
      }
      override _write(_chunk: string, _enc: BufferEncoding, _done: () => void): void {
        // Never acknowledges: the writer must wait for drain — and the sink closes instead.
        setImmediate(() => this.destroy());
      }
    }
    const { namedNode, quad } = DataFactory;
    const many = Array.from(
      { length: 1000 },
      (_, i) =>
        quad(
          namedNode(`https://e.org/s${i}`),
          namedNode("https://e.org/p"),
          namedNode("https://e.org/o"),
        ) as unknown as Quad,
    );
    await expect(streamNQuads(many, new Closing(), { chunkBytes: 64 })).rejects.toThrow(
      /streamNQuads: the sink closed before it took every quad/,
    );
  });
});
