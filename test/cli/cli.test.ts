import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readReleaseInput, writeAtomically } from "../../src/cli/files.js";
import { main } from "../../src/cli/main.js";
import { buildRelease } from "../../src/release/release.js";

const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "newsgraph-"));
  temps.push(d);
  return d;
};
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err };
}

describe("newsgraph build", () => {
  it("writes the release and prints a summary of the graph", async () => {
    const dir = tempDir();
    const { code, out } = await run("build", "--out", dir);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      "newsgraph.shapes.ttl",
      "newsgraph.ttl",
      "zelensky-aide-neutrality.ttl",
      "zelensky-aide-neutrality.txt",
    ]);
    const summary = out.join("\n");
    expect(summary).toMatch(/triples\s+\d{4}/);
    expect(summary).toMatch(/people\s+5\n/);
    expect(summary).toMatch(/statements\s+16 \(AuthorialNarration 1, ReportedSpeech 13, VerbatimQuote 2\)/);
    expect(summary).toMatch(/verbatim quotations\s+8\n/);
  });

  it("leaves no temporary files behind", async () => {
    const dir = tempDir();
    await run("build", "--out", dir);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("newsgraph check", () => {
  it("passes on a fresh build and fails, naming the file, when a file differs, is missing or is extra", async () => {
    const dir = tempDir();
    await run("build", "--out", dir);
    expect((await run("check", "--data", dir)).code).toBe(0);

    const ttl = join(dir, "zelensky-aide-neutrality.ttl");
    writeFileSync(ttl, `${readFileSync(ttl, "utf8")}\n`);
    const changed = await run("check", "--data", dir);
    expect(changed.code).toBe(1);
    expect(changed.out).toContain(
      "newsgraph check: zelensky-aide-neutrality.ttl: differs from a fresh build",
    );

    rmSync(ttl);
    writeFileSync(join(dir, "stale.ttl"), "");
    const missing = await run("check", "--data", dir);
    expect(missing.out).toContain(`newsgraph check: zelensky-aide-neutrality.ttl: missing from ${dir}`);
    expect(missing.out).toContain("newsgraph check: stale.ttl: not produced by the build");
  });
});

describe("bad input", () => {
  it("refuses a source text that differs from the one the article was written against", async () => {
    const input = await readReleaseInput();
    const [a] = input.articles;
    if (a === undefined) throw new Error("no article");
    const edited = { ...input, articles: [{ ...a, text: a.text.replace("Zhovka", "Zhovkva") }] };
    await expect(buildRelease(edited)).rejects.toThrow(
      /^src\/articles\/zelensky-aide-neutrality\.txt: SHA-256 [0-9a-f]{64} differs from/,
    );
  });

  it("reports broken ontology Turtle with its file and line", async () => {
    const input = await readReleaseInput();
    const broken = { ...input, ontology: `${input.ontology}\nng:Broken a .\n` };
    await expect(buildRelease(broken)).rejects.toThrow(/^ontology\/newsgraph\.ttl:\d+: /);
  });

  it("writes nothing and keeps old files when the second of two files cannot be written", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.ttl"), "old a");
    // "b.ttl/x" lives in a folder that does not exist: the second write fails after the first was staged.
    await expect(
      writeAtomically(dir, [
        { name: "a.ttl", content: "new a" },
        { name: "b.ttl/x", content: "cannot be a file" },
      ]),
    ).rejects.toThrow(/cannot write the release .*nothing was changed/);
    expect(readFileSync(join(dir, "a.ttl"), "utf8")).toBe("old a");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("answers an unknown command with a one-line error and a non-zero exit code", async () => {
    const { code, err } = await run("frobnicate");
    expect(code).toBe(2);
    expect(err[0]?.split("\n")[0]).toBe('newsgraph: unknown command "frobnicate"');
  });

  it("answers an unknown option with a one-line error naming it", async () => {
    const { code, err } = await run("build", "--bogus", "x");
    expect(code).toBe(1);
    expect(err).toEqual(["newsgraph: --bogus: unknown option (allowed: --out)"]);
  });

  it("answers an option without its value", async () => {
    const { code, err } = await run("check", "--data");
    expect(code).toBe(1);
    expect(err).toEqual(["newsgraph: --data: needs a value"]);
  });
});

describe("newsgraph queries", () => {
  it("runs every competency query against the committed data and finds them all matching", async () => {
    const { code, out } = await run("queries");
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThanOrEqual(15);
    expect(out.every((l) => l.endsWith(" match"))).toBe(true);
  });
});
