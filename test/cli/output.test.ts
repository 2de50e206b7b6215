import { spawnSync } from "node:child_process";
import { openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toTable } from "../../src/query/formats.js";
import type { SparqlJsonResults } from "../../src/query/results.js";
import { ROOT } from "../helpers.js";
import { run, tempDir } from "./run.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const results = (
  vars: string[],
  rows: Record<string, SparqlJsonResults["results"]["bindings"][number][string]>[],
) => ({ head: { vars }, results: { bindings: rows } }) as SparqlJsonResults;

describe("tables a person can read", () => {
  it("never cut a cell: long values wrap onto more lines, or stay whole with --wide", () => {
    const long = `${"word ".repeat(40)}end`;
    const r = results(["a"], [{ a: { type: "literal", value: long } }]);
    const wrapped = toTable(r, {}, { maxWidth: 30 });
    expect(wrapped.split("\n").every((l) => Array.from(l).length <= 30)).toBe(true);
    expect(wrapped.replace(/\s+/g, " ")).toContain(long.replace(/\s+/g, " ").slice(-40));
    expect(wrapped).not.toContain("…");
    const wide = toTable(r);
    expect(wide.split("\n")[2]).toBe(long);
  });

  it("name a column's common datatype or language in its header, and each cell's when they differ", () => {
    const same = results(
      ["n"],
      [
        { n: { type: "literal", value: "1", datatype: `${XSD}integer` } },
        { n: { type: "literal", value: "2", datatype: `${XSD}integer` } },
      ],
    );
    expect(toTable(same, { xsd: XSD }).split("\n")[0]).toBe("n ^^xsd:integer");
    const mixed = results(
      ["v"],
      [
        { v: { type: "literal", value: "Kyiv", "xml:lang": "en" } },
        { v: { type: "literal", value: "Київ", "xml:lang": "uk" } },
        { v: { type: "literal", value: "2022-03-09", datatype: `${XSD}date` } },
        { v: { type: "literal", value: "plain" } },
      ],
    );
    const lines = toTable(mixed, { xsd: XSD }).split("\n");
    expect(lines[0]).toBe("v");
    expect(lines.slice(2, 6)).toEqual(["Kyiv@en", "Київ@uk", "2022-03-09^^xsd:date", "plain"]);
  });

  it("escape control characters and bidirectional overrides instead of passing them to the terminal", () => {
    const r = results(["t"], [{ t: { type: "literal", value: "a\nb\tc\u0007d\u202Ee\u001b[31m" } }]);
    expect(toTable(r).split("\n")[2]).toBe("a\\nb\\tc\\u0007d\\u202ee\\u001b[31m");
  });

  it("handle a quarter of a million rows", () => {
    const rows = Array.from({ length: 250_000 }, (_, i) => ({
      i: { type: "literal" as const, value: String(i) },
    }));
    const table = toTable(results(["i"], rows));
    expect(table.endsWith("(250000 rows)\n")).toBe(true);
  });
});

describe("newsgraph query output", () => {
  it("wraps in a table by default and keeps every row on one line with --wide", async () => {
    const narrow = await run(["query", "demandsOf", "state:russia"]);
    const wide = await run(["query", "demandsOf", "state:russia", "--wide"]);
    expect(wide.text.trimEnd().split("\n")).toHaveLength(2 + 3 + 1);
    expect(narrow.text.trimEnd().split("\n").length).toBeGreaterThan(6);
    expect(narrow.text).not.toContain("…");
  });
});

// The real executable, as a shell runs it: a closed pipe and a full disk.
describe("the newsgraph executable's output streams", () => {
  const bin = join(ROOT, "dist", "cli", "bin.js");

  it("ends quietly when the reader closes the pipe early (| head)", () => {
    const r = spawnSync(
      "bash",
      ["-c", `set -o pipefail; node "$0" export --format nquads | head -c 100 >/dev/null`, bin],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("reports a full disk in one line with a non-zero exit", () => {
    const r = spawnSync(process.execPath, [bin, "export", "--format", "nquads"], {
      encoding: "utf8",
      stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("newsgraph: cannot write to standard output: no space left on the device\n");
  });

  it.each([
    ["build", "--out", "release"],
    ["export", "--format", "nquads", "--out", "release/all.nq"],
  ])("reports a full disk for %s --out in one line, leaving the folder as it was", (...args) => {
    // A 200 KB file system of its own (a tmpfs in a private mount namespace), too small for the release.
    const dir = tempDir();
    const script = [
      'dir="$1"; bin="$2"; shift 2',
      'mount -t tmpfs -o size=200k tmpfs "$dir"',
      'mkdir "$dir/release" && printf previous > "$dir/release/all.nq"',
      'node "$bin" "$@"; code=$?',
      'echo "exit=$code"; ls -A "$dir/release"; cat "$dir/release/all.nq"',
    ].join("; ");
    const r = spawnSync(
      "unshare",
      [
        "--mount",
        "--map-root-user",
        "bash",
        "-c",
        script,
        "bash",
        dir,
        bin,
        ...args.map((a) => (a.startsWith("release") ? join(dir, a) : a)),
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toMatch(
      /^newsgraph: .*: cannot write the (release|export) \(ENOSPC\); nothing was changed\n$/,
    );
    expect(r.stdout).toBe("exit=1\nall.nq\nprevious");
  });

  it("reports a full disk when standard output is redirected to a file, instead of truncating it silently", () => {
    const dir = tempDir();
    const script =
      'mount -t tmpfs -o size=1m tmpfs "$1" && node "$2" export --format nquads > "$1/out.nq"; echo "exit=$?"';
    const r = spawnSync("unshare", ["--mount", "--map-root-user", "bash", "-c", script, "bash", dir, bin], {
      encoding: "utf8",
    });
    expect(r.stdout).toBe("exit=1\n");
    expect(r.stderr).toBe("newsgraph: cannot write to standard output: no space left on the device\n");
  });

  it("exits non-zero from a failing command run through the executable", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "x.ttl"), "");
    const r = spawnSync(process.execPath, [bin, "check", "--data", dir], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("newsgraph check: ");
  });
});
