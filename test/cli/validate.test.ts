import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DataFactory } from "n3";
import { afterEach, describe, expect, it } from "vitest";
import { validateGraph } from "../../src/validate/graph.js";
import { DATA, SLUG } from "../helpers.js";

/** The article graph's size, counted independently: one triple per line of the committed N-Triples. */
const TRIPLES = readFileSync(join(DATA, `${SLUG}.nt`), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "").length;

import { cleanTemps, run, tempDir } from "./run.js";

afterEach(cleanTemps);

const NT = readFileSync(join(DATA, `${SLUG}.nt`), "utf8");

/** A copy of the article graph as N-Triples with one edit, beside its source text. */
function edited(edit: (nt: string) => string): string {
  const dir = tempDir();
  writeFileSync(join(dir, `${SLUG}.nt`), edit(NT));
  copyFileSync(join(DATA, `${SLUG}.txt`), join(dir, `${SLUG}.txt`));
  return join(dir, `${SLUG}.nt`);
}

describe("newsgraph validate", () => {
  it("passes the published graph, reading the source text beside it", async () => {
    const { code, out, err } = await run(["validate", join(DATA, `${SLUG}.ttl`)]);
    expect(out).toEqual([]);
    expect(err).toEqual([`${join(DATA, `${SLUG}.ttl`)}: ${TRIPLES} triples, no problems`]);
    expect(code).toBe(0);
  });

  // Each row: an edit a user might make by mistake → the problem line validate must print.
  const CASES: [string, (nt: string) => string, RegExp][] = [
    [
      "an anchor whose exact text is not the text at its offsets",
      (nt) =>
        nt.replace(
          '<http://www.w3.org/ns/oa#exact> "Zelensky Aide"',
          '<http://www.w3.org/ns/oa#exact> "Zelensky Aid"',
        ),
      /: <https:\/\/w3id\.org\/newsgraph\/id\/article\/.*>: reads "Zelensky Aide" at \d+\.\.\d+, not "Zelensky Aid"$/,
    ],
    [
      "an impossible date",
      (nt) =>
        nt.replace(
          /"2022-03-09"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#date>/,
          '"2022-02-30"^^<http://www.w3.org/2001/XMLSchema#date>',
        ),
      /: <.*>: literal "2022-02-30" is not a valid xsd:date$/,
    ],
    [
      "a non-numeric offset",
      (nt) =>
        nt.replace(
          /"(\d+)"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#nonNegativeInteger>/,
          '"-$1"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>',
        ),
      /: <.*>: literal "-\d+" is not a valid xsd:nonNegativeInteger$/,
    ],
    [
      "a text rendition whose SHA-256 is not the source text's",
      (nt) => nt.replace(/(<https:\/\/schema\.org\/sha256> ")[0-9a-f]{64}"/, `$1${"0".repeat(64)}"`),
      /: <.*\/rendition\/text>: records SHA-256 0{64}, but the source text's is [0-9a-f]{64}: the anchors were made for another text$/,
    ],
    [
      "a text rendition whose length is not the source text's",
      (nt) =>
        nt.replace(
          /(<https:\/\/w3id\.org\/newsgraph\/ontology#textLength> ")(\d+)"/,
          (_m, p: string, n: string) => `${p}${Number(n) + 1}"`,
        ),
      /: <.*\/rendition\/text>: records a text of \d+ code points, but the source text has \d+$/,
    ],
    [
      "a statement without a speaker (a SHACL constraint)",
      (nt) =>
        nt
          .split("\n")
          .filter((l) => !/<https:\/\/w3id\.org\/newsgraph\/ontology#speaker>/.test(l))
          .join("\n"),
      /: <https:\/\/w3id\.org\/newsgraph\/id\/article\/.*\/statement\/.*>: /,
    ],
  ];

  it.each(CASES)("reports %s as one line per problem and exits 1", async (_name, edit, line) => {
    const file = edited(edit);
    const { code, out, err } = await run(["validate", file]);
    expect(code).toBe(1);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((l) => l.startsWith(`${file}: <`))).toBe(true);
    expect(
      out.some((l) => line.test(l)),
      out.join("\n"),
    ).toBe(true);
    expect(err.at(-1)).toBe(`newsgraph validate: ${out.length} problem(s)`);
  });

  it("finds what a parser lets through but RDF forbids, in graphs built in code", async () => {
    const { namedNode, literal, quad } = DataFactory;
    const s = namedNode("https://example.org/s");
    const problems = await validateGraph(
      [
        quad(s, namedNode("https://example.org/p"), literal("x", "en-abcdefghij")),
        quad(s, namedNode("https://example.org/p"), namedNode("relative/iri")),
        quad(s, namedNode("https://example.org/p"), literal("\uD800 lone")),
        quad(
          s,
          namedNode("https://example.org/p"),
          literal("3.5", namedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ),
      ],
      { shapes: [] },
    );
    expect(problems.map((p) => p.problem).sort()).toEqual(
      [
        "<relative/iri> is not an absolute IRI",
        "holds no news article (no schema:NewsArticle): not a newsgraph article graph",
        'literal "3.5" is not a valid xsd:integer',
        'literal "x" has an ill-formed language tag "en-abcdefghij"',
        'literal "\\ud800 lone" holds a lone surrogate (not Unicode text)',
      ].sort(),
    );
  });

  it("reports an empty graph and a graph without a news article", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.ttl"), "");
    writeFileSync(
      join(dir, "other.nt"),
      "<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n",
    );
    const empty = await run(["validate", join(dir, "empty.ttl"), join(dir, "other.nt")]);
    expect(empty.code).toBe(1);
    expect(empty.out).toEqual([
      `${join(dir, "empty.ttl")}: (graph): holds no triples`,
      `${join(dir, "other.nt")}: (graph): holds no news article (no schema:NewsArticle): not a newsgraph article graph`,
    ]);
  });

  it("reads the JSON-LD release as well", async () => {
    const { code, err } = await run(["validate", join(DATA, `${SLUG}.jsonld`)]);
    expect(err).toEqual([`${join(DATA, `${SLUG}.jsonld`)}: ${TRIPLES} triples, no problems`]);
    expect(code).toBe(0);
  });

  it("checks anchors against --text, and says when it has no text to check them against", async () => {
    const dir = tempDir();
    const file = join(dir, "graph.nt");
    writeFileSync(file, NT);
    const without = await run(["validate", file]);
    expect(without.code).toBe(0);
    expect(without.err[0]).toBe(
      `${file}: no source text (--text, or graph.txt beside it): anchors not checked`,
    );
    const other = join(dir, "other.txt");
    writeFileSync(other, readFileSync(join(DATA, `${SLUG}.txt`), "utf8").replace("Zelensky", "Zelenskyy"));
    const wrong = await run(["validate", file, "--text", other]);
    expect(wrong.code).toBe(1);
    expect(wrong.out.some((l) => / reads ".*" at \d+\.\.\d+, not "/.test(l))).toBe(true);
  });
});
