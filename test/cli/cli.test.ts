import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeAtomically } from "../../src/cli/atomic.js";
import { readReleaseInput } from "../../src/cli/files.js";
import { main } from "../../src/cli/main.js";
import { ARTICLES } from "../../src/index.js";
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
  it("writes the release, every article's files, and prints a summary (its figures: the bundled article's)", async () => {
    const dir = tempDir();
    const { code, out } = await run("build", "--out", dir);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      [
        "context.jsonld",
        "newsgraph.canonical.nq",
        "newsgraph.nq",
        "newsgraph.shapes.ttl",
        "newsgraph.trig",
        "newsgraph.ttl",
        "void.ttl",
        ...ARTICLES.flatMap((a) =>
          ["html", "jsonld", "nt", "svg", "ttl", "txt"].map((ext) => `${a.slug}.${ext}`),
        ),
      ].sort(),
    );
    const summary = out.join("\n");
    expect(summary).toMatch(/triples\s+\d{4}/);
    expect(summary).toMatch(/people\s+5\n/);
    expect(summary).toMatch(
      /statements\s+16 \(AuthorialNarration 1, ReportedSpeech 11, Summary 2, VerbatimQuote 2\)/,
    );
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
    expect(changed.err).toContain(`newsgraph check: ${ttl}: differs from a fresh build`);

    rmSync(ttl);
    writeFileSync(join(dir, "stale.ttl"), "");
    const missing = await run("check", "--data", dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`newsgraph check: ${ttl}: missing`);
    expect(missing.err).toContain(`newsgraph check: ${join(dir, "stale.ttl")}: not produced by the build`);
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
    await expect(buildRelease(broken)).rejects.toThrow(/^ontology\/newsgraph\.ttl:\d+(:\d+)?: /);
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
});

describe("newsgraph queries", () => {
  it("runs every competency query against the committed data and finds them all matching", async () => {
    const { code, out } = await run("queries");
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThanOrEqual(15);
    expect(out.every((l) => l.endsWith(" match"))).toBe(true);
    expect(out.length).toBe(
      readdirSync(join(import.meta.dirname, "..", "..", "queries")).filter((f) => f.endsWith(".rq")).length,
    );
  });
});

describe("newsgraph query", () => {
  it("runs a named helper with a prefixed-name argument and prints a table", async () => {
    const { code, out } = await run("query", "demandsOf", "state:russia");
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("Ukraine becomes neutral");
    expect(text).toContain("claim:russian-demand");
    expect(text).toMatch(/\(3 rows\)$/);
  });

  it("prints SPARQL 1.1 JSON, CSV and TSV results", async () => {
    const json = JSON.parse((await run("query", "negotiationRounds", "--format", "json")).out.join("\n"));
    expect(json.head.vars).toEqual(["article", "negotiations", "rounds", "asOf", "participant"]);
    expect(json.results.bindings[0].rounds).toEqual({
      type: "literal",
      value: "3",
      datatype: "http://www.w3.org/2001/XMLSchema#nonNegativeInteger",
    });
    const csv = (await run("query", "meetings", "--format", "csv")).out.join("\n");
    expect(csv.split("\r\n")[0]).toBe("article,meeting,participant,place,when,purpose");
    const tsv = (await run("query", "queries/meetings.rq", "--format", "tsv")).out.join("\n");
    expect(tsv.split("\n")[0]).toBe("?article\t?meeting\t?participant\t?place\t?when\t?purpose");
    expect(tsv).toContain('"to discuss negotiations with Ukraine"@en');
  });

  it("takes a date for statementsOn and a name for findEntities", async () => {
    expect((await run("query", "statementsOn", "2022-03-07", "--format", "csv")).out.join("\n")).toContain(
      "zelensky-ready-to-discuss-crimea-donbas",
    );
    expect((await run("query", "findEntities", "ZELENSKYY")).out.join("\n")).toContain(
      "person:volodymyr-zelenskyy",
    );
  });

  it("reports a SPARQL syntax error with file, line and column", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.rq");
    writeFileSync(file, "# broken\nSELECT * WHERE { ?s \n");
    const { code, err } = await run("query", file);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      new RegExp(
        `^newsgraph: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:2:\\d+: syntax error: unexpected end of query$`,
      ),
    );
  });
});

describe("newsgraph export and load", () => {
  it("exports every format, to a file atomically, identical to the release files", async () => {
    const dir = tempDir();
    for (const [format, file] of [
      ["trig", "newsgraph.trig"],
      ["nquads", "newsgraph.nq"],
      ["canonical", "newsgraph.canonical.nq"],
      ["turtle", "zelensky-aide-neutrality.ttl"],
      ["ntriples", "zelensky-aide-neutrality.nt"],
      ["jsonld", "zelensky-aide-neutrality.jsonld"],
    ] as const) {
      const out = join(dir, `out.${format}`);
      const { code } = await run("export", "--format", format, "--out", out);
      expect(code, format).toBe(0);
      expect(readFileSync(out, "utf8"), format).toBe(
        readFileSync(join(import.meta.dirname, "..", "..", "data", file), "utf8"),
      );
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves the previous file intact when the export cannot be written", async () => {
    const dir = tempDir();
    const blocked = join(dir, "not-a-folder");
    writeFileSync(blocked, "previous");
    const { code, err } = await run("export", "--format", "nquads", "--out", join(blocked, "x.nq"));
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/cannot write the export \((ENOTDIR|EEXIST)\); nothing was changed$/);
    expect(readFileSync(blocked, "utf8")).toBe("previous");
  });

  it("loads into Oxigraph in process and counts each graph", async () => {
    const { code, out } = await run("load", "--oxigraph");
    expect(code).toBe(0);
    expect(out).toContain(
      "<https://w3id.org/newsgraph/graph/ontology>: " +
        out.find((l) => l.includes("graph/ontology>"))?.split(": ")[1],
    );
    expect(out.at(-1)).toMatch(/^loaded \d+ quads into Oxigraph \(in process\)$/);
  });

  it("loads into a Graph Store endpoint and reports an unreachable one in one line", async () => {
    const { startServer } = await import("../load/gsp-server.js");
    const server = await startServer();
    try {
      const { code, out } = await run("load", "--endpoint", server.endpoint, "--query", server.queryEndpoint);
      expect(code).toBe(0);
      expect(out.at(-1)).toMatch(/^uploaded \d+ triples in 3 graph\(s\) to /);
    } finally {
      await server.close();
    }
    const { code, err } = await run(
      "load",
      "--endpoint",
      "http://127.0.0.1:9/store",
      "--retries",
      "0",
      "--timeout",
      "500",
    );
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^newsgraph: http:\/\/127\.0\.0\.1:9\/store\?graph=.*: PUT <.*> failed after 1 attempt\(s\): network error/,
    );
  });
});

describe("help and version", () => {
  const commands = ["build", "check", "queries", "query", "export", "load", "validate"];

  it.each(commands)(
    "newsgraph %s --help and -h print the command's usage and options and exit 0",
    async (command) => {
      for (const flag of ["--help", "-h"]) {
        const { code, out, err } = await run(command, flag);
        expect(code).toBe(0);
        expect(err).toEqual([]);
        const text = out.join("\n");
        expect(text).toMatch(new RegExp(`^Usage: newsgraph ${command} `));
        expect(text).toContain("-h, --help");
      }
    },
  );

  it("lists every option of every command in that command's help", async () => {
    const { Command } = await import("commander");
    const seen: string[] = [];
    for (const command of commands) {
      const text = (await run(command, "--help")).out.join("\n");
      const flags = [...text.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]);
      seen.push(...flags.map((f) => `${command} ${f}`));
      expect(flags.length, command).toBeGreaterThan(0);
    }
    expect(seen).toContain("query --timeout");
    expect(seen).toContain("query --max-rows");
    expect(seen).toContain("load --retries");
    expect(typeof Command).toBe("function");
  });

  it("prints the package version for --version and -V", async () => {
    const version = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"),
    ).version;
    for (const flag of ["--version", "-V"]) {
      const { code, out } = await run(flag);
      expect(code).toBe(0);
      expect(out).toEqual([version]);
    }
  });

  it("prints the whole usage on standard error with exit 2 when no command is given", async () => {
    const { code, out, err } = await run();
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("\n")).toMatch(/^Usage: newsgraph /);
  });
});
