import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanTemps, run, tempDir } from "./run.js";

afterEach(cleanTemps);

interface Case {
  /** What the user typed (after `newsgraph`); `{dir}` is a fresh temporary folder. */
  readonly argv: readonly string[];
  /** The one line the user sees first on standard error. */
  readonly message: RegExp;
  readonly code: 1 | 2;
  /** Standard input, when the command reads it. */
  readonly stdin?: string;
}

// Usage errors (exit 2) print the one-line error, then the command's usage line.
const usage = (command: string) => new RegExp(`^usage: newsgraph ${command}`);

const CASES: Case[] = [
  // The program
  { argv: ["frobnicate"], message: /^newsgraph: unknown command 'frobnicate'$/, code: 2 },
  { argv: ["qeury"], message: /^newsgraph: unknown command 'qeury' \(Did you mean query\?\)$/, code: 2 },
  { argv: ["--bogus"], message: /^newsgraph: unknown option '--bogus'$/, code: 2 },
  // build, check, export
  { argv: ["build", "--bogus"], message: /^newsgraph: unknown option '--bogus'$/, code: 2 },
  { argv: ["build", "--out"], message: /^newsgraph: option '--out <dir>' argument missing$/, code: 2 },
  {
    argv: ["build", "--out", "{dir}/file/sub"],
    message: /^newsgraph: .*file\/sub: cannot write the release \(ENOTDIR\); nothing was changed$/,
    code: 1,
  },
  { argv: ["build", "--out", "/proc/newsgraph/x"], message: /cannot write the release \(ENOENT\)/, code: 1 },
  { argv: ["check", "--data"], message: /^newsgraph: option '--data <dir>' argument missing$/, code: 2 },
  { argv: ["check", "--data", "{dir}/absent"], message: /^newsgraph: .*absent: is not a folder/, code: 1 },
  { argv: ["export"], message: /^newsgraph: required option '--format <format>' not specified$/, code: 2 },
  {
    argv: ["export", "--format", "rdfxml"],
    message:
      /^newsgraph: option '--format <format>' argument 'rdfxml' is invalid\. Allowed choices are turtle, trig/,
    code: 2,
  },
  {
    argv: ["export", "--format", "nquads", "--out", "{dir}/file/x.nq"],
    message: /cannot write the export \(ENOTDIR\); nothing was changed$/,
    code: 1,
  },
  // query: helpers
  {
    argv: ["query"],
    message: /^newsgraph: query: needs a helper name, a query file, - \(standard input\) or --sparql$/,
    code: 2,
  },
  {
    argv: ["query", "statementBy", "x"],
    message: /^newsgraph: statementBy: is neither a helper nor a query file \(did you mean statementsBy/,
    code: 2,
  },
  { argv: ["query", "demandsOf"], message: /^newsgraph: demandsOf: needs one argument: the by$/, code: 2 },
  { argv: ["query", "demandsOf", "not an iri"], message: /^newsgraph: demandsOf <by>: /, code: 1 },
  {
    argv: ["query", "statementsOn", "2022-02-30"],
    message: /^newsgraph: statementsOn <day>: 2022-02-30 is not a day of the calendar$/,
    code: 1,
  },
  {
    argv: ["query", "tensions", "extra"],
    message: /^newsgraph: tensions: takes no argument \(got "extra"\)$/,
    code: 2,
  },
  {
    argv: ["query", "meetings", "--format", "turtle"],
    message: /^newsgraph: --format: turtle is for graphs; meetings gives rows/,
    code: 2,
  },
  {
    argv: ["query", "meetings", "--bind", "x=1"],
    message: /^newsgraph: --bind: is for SPARQL queries/,
    code: 2,
  },
  {
    argv: ["query", "meetings", "--format", "xml"],
    message: /argument 'xml' is invalid\. Allowed choices are table, json, csv, tsv, turtle, ntriples\.$/,
    code: 2,
  },
  // query: SPARQL
  {
    argv: ["query", "{dir}/missing.rq"],
    message: /^newsgraph: .*missing\.rq: cannot read \(ENOENT\)$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "SELECT * WHERE { ?s"],
    message: /^newsgraph: --sparql:1:\d+: syntax error: unexpected end of query$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"],
    message: /^newsgraph: --sparql: the query command is read-only \(INSERT is an update\)$/,
    code: 1,
  },
  {
    argv: ["query", "-"],
    stdin: "CLEAR ALL",
    message: /^newsgraph: <stdin>: the query command is read-only \(CLEAR is an update\)$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "CONSTRUCT WHERE { ?s ?p ?o }", "--format", "csv"],
    message: /^newsgraph: --format: csv is for rows; a CONSTRUCT query gives a graph/,
    code: 2,
  },
  {
    argv: ["query", "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--bind", "y=1"],
    message: /^newsgraph: --bind y: the query has no \?y$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--bind", "y"],
    message: /^newsgraph: --bind y: "y" is not name=value/,
    code: 2,
  },
  {
    argv: ["query", "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--bind", 'x="open'],
    message: /^newsgraph: --bind x: the literal has no closing quote/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--bind", "x=nope:thing"],
    message: /^newsgraph: --bind x: "nope:thing" is not an RDF term: write <iri>, prefix:name/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "ASK {}", "--timeout", "0"],
    message: /argument '0' is invalid\. "0" is not a positive number\.$/,
    code: 2,
  },
  { argv: ["query", "--sparql", "ASK {}", "--max-rows", "-1"], message: /argument '-1' is invalid/, code: 2 },
  {
    argv: ["query", "--sparql", "ASK {}", "--data", "{dir}/absent"],
    message: /^newsgraph: .*absent: does not exist$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "ASK {}", "--data", "{dir}/notes.txt"],
    message: /notes\.txt: is not \.ttl, \.trig, \.nt, \.nq or \.jsonld: cannot tell its format$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "ASK {}", "--data", "{dir}/broken.ttl"],
    message: /^newsgraph: .*broken\.ttl:2:\d+: /,
    code: 1,
  },
  { argv: ["query", "--sparql", "ASK {}", "--data", "{dir}"], message: /holds no article graphs/, code: 1 },
  {
    argv: ["query", "x.rq", "--sparql", "ASK {}"],
    message: /^newsgraph: x\.rq: give either --sparql or a query file/,
    code: 2,
  },
  {
    argv: ["query", "--sparql", "ASK {}", "extra"],
    message: /^newsgraph: extra: give either --sparql or a query file/,
    code: 2,
  },
  {
    argv: ["query", "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--bind", "x=1", "--bind", "x=2"],
    message: /^newsgraph: --bind x: is given twice: a variable takes one value$/,
    code: 2,
  },
  {
    argv: ["export", "--format", "nquads", "--out", "{dir}"],
    message: /^newsgraph: .*: is a folder: cannot write the export there; nothing was changed$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "ASK {}", "--data", "{dir}/bad.jsonld"],
    message: /^newsgraph: .*bad\.jsonld: not JSON: Unexpected token 'o'$/,
    code: 1,
  },
  {
    argv: ["validate", "{dir}/remote.jsonld"],
    message:
      /^newsgraph: .*remote\.jsonld: refers to the remote JSON-LD context <https:\/\/example\.org\/context\.jsonld>, which is not fetched: embed the context$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", `SELECT * WHERE ${"{ ".repeat(2000)}?s ?p ?o${" }".repeat(2000)}`],
    message: /^newsgraph: --sparql: nests 2000 levels deep: a query may nest at most 200$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", `SELECT * WHERE { ${"?s ?p ?o . ".repeat(30_000)}}`],
    message: /^newsgraph: --sparql: is \d+ characters long: a query may have at most 250000$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--bind", 'x="a"@en-'],
    message:
      /^newsgraph: --bind x: after the closing quote comes "@en-", which is neither @language nor \^\^datatype$/,
    code: 1,
  },
  {
    argv: ["query", "--sparql", `SELECT * WHERE { ?s ?p ?o FILTER(${"?o = 1 || ".repeat(5000)}?o = 1) }`],
    message: /^newsgraph: --sparql: is too large or too deeply nested to parse$/,
    code: 1,
  },
  // queries
  {
    argv: ["queries", "--write-expected", "--data", "{dir}/broken.ttl"],
    message:
      /^newsgraph: --write-expected: the expected results are those of the release in data\/: it takes no --data$/,
    code: 2,
  },
  { argv: ["queries", "--data", "{dir}/absent"], message: /^newsgraph: .*absent: does not exist$/, code: 1 },
  // load
  {
    argv: ["load"],
    message: /^newsgraph: load: needs exactly one of --oxigraph or --endpoint <url>$/,
    code: 2,
  },
  {
    argv: ["load", "--oxigraph", "--endpoint", "http://127.0.0.1:9/"],
    message: /^newsgraph: option '--oxigraph' cannot be used with option '--endpoint <url>'$/,
    code: 2,
  },
  {
    argv: ["load", "--endpoint", "http://127.0.0.1:9/", "--retries", "x"],
    message: /argument 'x' is invalid\. "x" is not a whole number\.$/,
    code: 2,
  },
  {
    argv: ["load", "--endpoint", "http://127.0.0.1:9/", "--method", "patch"],
    message: /argument 'patch' is invalid\. Allowed choices are put, post\.$/,
    code: 2,
  },
  {
    argv: ["load", "--oxigraph", "--data", "{dir}"],
    message: /newsgraph\.nq: cannot read \(ENOENT\)$/,
    code: 1,
  },
  // validate
  { argv: ["validate"], message: /^newsgraph: missing required argument 'files'$/, code: 2 },
  {
    argv: ["validate", "{dir}/notes.txt"],
    message: /notes\.txt: is not \.ttl, \.trig, \.nt, \.nq or \.jsonld/,
    code: 1,
  },
  { argv: ["validate", "{dir}/absent.ttl"], message: /absent\.ttl: cannot read \(ENOENT\)$/, code: 1 },
  { argv: ["validate", "{dir}/broken.ttl"], message: /broken\.ttl:2:\d+: /, code: 1 },
];

function fixtureDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, "file"), "a file, not a folder");
  writeFileSync(join(dir, "notes.txt"), "not RDF");
  writeFileSync(join(dir, "broken.ttl"), "<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n");
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "bad.jsonld"), '{\n  "@id": oops\n}\n');
  writeFileSync(
    join(dir, "remote.jsonld"),
    JSON.stringify({
      "@context": "https://example.org/context.jsonld",
      "@id": "https://example.org/a",
      name: "x",
    }),
  );
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile()) out[join(f.parentPath, f.name)] = readFileSync(join(f.parentPath, f.name), "utf8");
  return out;
}

describe("bad input: one line naming the problem, a non-zero exit, nothing changed", () => {
  it.each(CASES.map((c) => [c.argv.join(" ").slice(0, 120), c] as const))(
    "newsgraph %s",
    async (_name, c) => {
      const dir = fixtureDir();
      const before = snapshot(dir);
      const { code, err, out, text } = await run(
        c.argv.map((a) => a.replace("{dir}", dir)),
        c.stdin ?? "",
      );
      expect(code).toBe(c.code);
      expect(err[0]).toMatch(c.message);
      if (c.code === 2) {
        expect(err).toHaveLength(2);
        expect(err[1]).toMatch(
          usage(
            c.argv[0]?.startsWith("-") || c.argv[0] === "frobnicate" || c.argv[0] === "qeury"
              ? ""
              : (c.argv[0] ?? ""),
          ),
        );
      } else expect(err).toHaveLength(1);
      expect(err.join("\n")).not.toMatch(/\n\s+at /);
      expect(out).toEqual([]);
      expect(text).toBe("");
      expect(snapshot(dir)).toEqual(before);
    },
  );
});
