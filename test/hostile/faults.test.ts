// Hostile faults: a writer killed outright in the middle of its swap, huge and deeply nested input. Each
// row: the fault, and what a user then has — the old release or the new one, one line, never a crash.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanLeftovers, writeAtomically } from "../../src/cli/atomic.js";
import { cleanTemps, run, tempDir } from "../cli/run.js";
import { ROOT } from "../helpers.js";

afterEach(cleanTemps);

const FILES = ["a.ttl", "b.nt", "c.nq", "d.trig", "e.jsonld"];

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(join(dir, f), "utf8")]));
}

describe("a writer killed with SIGKILL in the middle of its swap", () => {
  it.each([1, 2, 4])(
    "after %i of 6 renames: the next run rolls the whole swap back, then writes",
    async (at) => {
      const dir = tempDir();
      for (const f of FILES) fs.writeFileSync(join(dir, f), `old ${f}\n`);
      const old = contents(dir);
      // A real process, killed for real: dist's writeAtomically with a hook that SIGKILLs it mid-swap.
      const script = `
      import { writeAtomically } from ${JSON.stringify(join(ROOT, "dist", "cli", "atomic.js"))};
      const files = ${JSON.stringify([...FILES, "f.new"])}.map((name) => ({ name, content: "new " + name + "\\n" }));
      await writeAtomically(${JSON.stringify(dir)}, files, {
        onSwap: (done) => { if (done === ${at}) process.kill(process.pid, "SIGKILL"); },
      });`;
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect(child.signal).toBe("SIGKILL");
      // Half swapped, with the dead writer's journal, backups and temporaries lying about.
      expect(fs.readdirSync(dir).some((f) => f.startsWith(".newsgraph-swap."))).toBe(true);
      expect(cleanLeftovers(dir)).toBeGreaterThan(0);
      expect(contents(dir)).toEqual(old);
      await writeAtomically(
        dir,
        FILES.map((name) => ({ name, content: `newer ${name}\n` })),
      );
      expect(Object.values(contents(dir)).every((c) => c.startsWith("newer "))).toBe(true);
    },
  );

  it("after every rename, when it was deleting the backups: the next run keeps the new release whole", async () => {
    const dir = tempDir();
    for (const f of FILES) fs.writeFileSync(join(dir, f), `old ${f}\n`);
    const script = `
      import * as fs from "node:fs";
      import { writeAtomically } from ${JSON.stringify(join(ROOT, "dist", "cli", "atomic.js"))};
      let removed = 0;
      const killing = { ...fs, rmSync: (p, o) => { if (p.endsWith(".bak") && ++removed === 2) process.kill(process.pid, "SIGKILL"); fs.rmSync(p, o); } };
      const files = ${JSON.stringify(FILES)}.map((name) => ({ name, content: "new " + name + "\\n" }));
      await writeAtomically(${JSON.stringify(dir)}, files, { fs: killing });`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child.signal, child.stderr).toBe("SIGKILL");
    cleanLeftovers(dir);
    expect(Object.values(contents(dir))).toEqual(FILES.map((f) => `new ${f}\n`));
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "a real %s in the middle of the swap puts every file back",
    (signal) => {
      const dir = tempDir();
      for (const f of FILES) fs.writeFileSync(join(dir, f), `old ${f}\n`);
      const old = contents(dir);
      const script = `
      import { writeAtomically } from ${JSON.stringify(join(ROOT, "dist", "cli", "atomic.js"))};
      const files = ${JSON.stringify(FILES)}.map((name) => ({ name, content: "new " + name + "\\n" }));
      await writeAtomically(${JSON.stringify(dir)}, files, {
        onSwap: (done) => { if (done === 2) process.kill(process.pid, ${JSON.stringify(signal)}); },
      });
      console.log("finished");`;
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect(child.stdout).toBe("");
      expect(child.stderr).toBe(`newsgraph: stopped by ${signal}; the release: nothing was changed\n`);
      expect(child.status).toBe(signal === "SIGINT" ? 130 : 143);
      expect(contents(dir)).toEqual(old);
    },
  );

  it("trusts no journal that names files outside its own folder", () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    fs.writeFileSync(join(elsewhere, "precious.txt"), "keep me");
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    const entries = [
      {
        final: join(elsewhere, "precious.txt"),
        backup: join(elsewhere, "x.bak"),
        tmp: join(elsewhere, "x.tmp"),
        existed: false,
      },
    ];
    fs.writeFileSync(join(dir, `.newsgraph-swap.${dead}-0a1b2c3d.json`), JSON.stringify(entries));
    cleanLeftovers(dir);
    expect(fs.readFileSync(join(elsewhere, "precious.txt"), "utf8")).toBe("keep me");
  });

  it("a build killed at any moment leaves a folder the next build makes whole", async () => {
    const dir = tempDir();
    const out = join(dir, "release");
    expect((await run(["build", "--out", out])).code).toBe(0);
    for (const delay of [150, 600, 1200]) {
      const child = spawnSync(
        "bash",
        [
          "-c",
          'node "$0" build --out "$1" >/dev/null 2>&1 & pid=$!; sleep "$2"; kill -9 $pid; wait $pid; exit 0',
          join(ROOT, "dist", "cli", "bin.js"),
          out,
          String(delay / 1000),
        ],
        { encoding: "utf8" },
      );
      expect(child.status).toBe(0);
      const again = await run(["build", "--out", out]);
      expect(again.code).toBe(0);
      const check = await run(["check", "--data", out]);
      expect(check.err).toEqual([]);
      expect(check.code).toBe(0);
    }
  });
});

describe("huge and deep input", () => {
  it("queries a 200 MB literal", async () => {
    const dir = tempDir();
    const file = join(dir, "big.nt");
    fs.writeFileSync(file, `<https://e.org/a> <https://e.org/p> "${"x".repeat(200_000_000)}" .\n`);
    const { code, text, err } = await run([
      "query",
      "--sparql",
      "SELECT (STRLEN(?o) AS ?n) WHERE { ?s ?p ?o }",
      "--data",
      file,
      "--format",
      "csv",
      "--timeout",
      "120",
    ]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(text).toBe("n\r\n200000000\r\n");
  }, 180_000);

  it.each([
    [
      "Turtle",
      "deep.ttl",
      (n: number) =>
        `<https://e.org/a> <https://e.org/p> ${"[ <https://e.org/p> ".repeat(n)}<https://e.org/z>${" ]".repeat(n)} .\n`,
      /holds no news article/,
    ],
    [
      "JSON-LD",
      "deep.jsonld",
      (n: number) =>
        `{"@id":"https://e.org/a",${'"https://e.org/p":{'.repeat(n)}"@id":"https://e.org/z"${"}".repeat(n)}}`,
      /deep\.jsonld: nests too deeply to read as JSON-LD$/,
    ],
  ])("100 000 levels of nesting in %s: read, or one line", async (_format, name, make, message) => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, name), make(100_000));
    const { code, out, err } = await run(["validate", join(dir, name)]);
    expect(code).toBe(1);
    expect(
      [...out, ...err].some((l) => message.test(l)),
      [...out, ...err].join("\n"),
    ).toBe(true);
    expect(err.join("\n")).not.toMatch(/\n\s+at |internal error/);
  });
});
