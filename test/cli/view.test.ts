// `newsgraph view`: the annotated page and the graph picture of any article graph, as a user runs it —
// the bundled article by default, a graph they built with its text beside it, and every bad input a row.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { publishedPrefixes, toNTriples, toTurtle } from "../../src/index.js";
import { readArticleView } from "../../src/view/read.js";
import { articleViews } from "../../src/view/views.js";
import { laterReport } from "../fixtures/later-report/later-report.js";
import { ROOT, read, SLUG } from "../helpers.js";
import { cleanTemps, run, tempDir } from "./run.js";

afterEach(cleanTemps);

const laterText = () => read("test", "fixtures", "later-report", laterReport.textFile);

describe("newsgraph view", () => {
  it("writes the bundled article's page and picture, byte for byte the release's, and says how to open it", async () => {
    const dir = tempDir();
    const out = join(dir, "page.html");
    const { code, out: lines, err } = await run(["view", "--out", out]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    // The same page as the release's, but for its link to the picture beside it, which has the page's name.
    expect(readFileSync(out, "utf8")).toBe(
      read("data", `${SLUG}.html`).replace(
        `<a href="${SLUG}.svg">Open the picture alone (${SLUG}.svg)</a>`,
        `<a href="page.svg">Open the picture alone (page.svg)</a>`,
      ),
    );
    expect(readFileSync(join(dir, "page.svg"), "utf8")).toBe(read("data", `${SLUG}.svg`));
    expect(lines[0]).toMatch(
      /^wrote .*page\.html \(16 statements, 8 verbatim quotations, \d+ mentions, 4 tensions\) and .*page\.svg$/,
    );
    expect(lines[1]).toBe(`open file://${out} in a browser (it needs no server and makes no request)`);
    expect(readdirSync(dir).sort()).toEqual(["page.html", "page.svg"]);
  });

  it("makes the page of a graph the user built from the file and the text beside it, as the release does", async () => {
    const dir = tempDir();
    const quads = laterReport.build(laterText()).quads;
    writeFileSync(join(dir, "later.ttl"), toTurtle(quads, publishedPrefixes(laterReport.slug)));
    writeFileSync(join(dir, "later.txt"), laterText());
    const out = join(dir, "site", `${laterReport.slug}.html`);
    mkdirSync(join(dir, "site"));
    const { code, err, out: lines } = await run(["view", join(dir, "later.ttl"), "--out", out]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    // Counts in words a reader would write: "1 tension", "2 tensions".
    const view = readArticleView(quads, laterText());
    const n = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;
    expect(lines[0]).toContain(
      `(${n(view.statements.length, "statement")}, ${n(view.quotations.length, "verbatim quotation")}, ${n(view.mentions.length, "mention")}, ${n(view.tensions.length, "tension")})`,
    );
    expect(lines[0]).not.toMatch(/\b1 \w+s\b/);
    const [page, svg] = await articleViews({ slug: laterReport.slug, quads, text: laterText() });
    expect(readFileSync(out, "utf8")).toBe(page?.content);
    expect(readFileSync(join(dir, "site", `${laterReport.slug}.svg`), "utf8")).toBe(svg?.content);
  });

  it("writes <slug>.html and <slug>.svg into the current folder by default", async () => {
    const dir = tempDir();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { code } = await run(["view"]);
      expect(code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(dir).sort()).toEqual([`${SLUG}.html`, `${SLUG}.svg`]);
  });
});

interface Case {
  readonly name: string;
  /** After `newsgraph`; `{dir}` is a fresh folder holding the files below. */
  readonly argv: readonly string[];
  readonly message: RegExp;
  readonly code: 1 | 2;
}

const CASES: Case[] = [
  {
    name: "an unknown option",
    argv: ["view", "--bogus"],
    message: /^newsgraph: unknown option '--bogus'$/,
    code: 2,
  },
  {
    name: "a graph that is not there",
    argv: ["view", "{dir}/absent.ttl"],
    message: /absent\.ttl: cannot read \(ENOENT\)$/,
    code: 1,
  },
  {
    name: "a file that is not RDF",
    argv: ["view", "{dir}/notes.txt"],
    message: /notes\.txt: is not \.ttl, \.trig, \.nt, \.nq or \.jsonld/,
    code: 1,
  },
  { name: "broken Turtle", argv: ["view", "{dir}/broken.ttl"], message: /broken\.ttl:2:\d+: /, code: 1 },
  {
    name: "no source text beside the graph",
    argv: ["view", "{dir}/alone.ttl"],
    message:
      /^newsgraph: .*alone\.ttl: has no source text beside it \(alone\.txt\): the page shows the text, so name it with --text FILE$/,
    code: 2,
  },
  {
    name: "another article's text",
    argv: ["view", "{dir}/alone.ttl", "--text", "{dir}/later.txt"],
    message:
      /^newsgraph: .*later\.txt \(the source text given for .*alone\.ttl\): the text given is not the article's: the graph records 2353 code points \(ng:textLength\), the text has \d+$/,
    code: 1,
  },
  {
    name: "a text file that is not there",
    argv: ["view", "{dir}/alone.ttl", "--text", "{dir}/absent.txt"],
    message: /absent\.txt: cannot read \(ENOENT\)$/,
    code: 1,
  },
  {
    name: "a graph with no article",
    argv: ["view", "{dir}/none.ttl"],
    message: /^newsgraph: .*none\.ttl: holds no schema:NewsArticle: the view reads one article's graph$/,
    code: 1,
  },
  {
    name: "a graph of two articles",
    argv: ["view", "{dir}/two.nt"],
    message:
      /^newsgraph: .*two\.nt: holds 2 articles \(<https:\/\/w3id\.org\/newsgraph\/id\/article\/[^>]+>, <[^>]+>\): the view reads one article's graph at a time — use <slug>\.ttl of the release$/,
    code: 1,
  },
  {
    name: "a graph of two articles, with no text beside it: the articles are named first",
    argv: ["view", "{dir}/both.nt"],
    message: /^newsgraph: .*both\.nt: holds 2 articles /,
    code: 1,
  },
  {
    name: "a folder",
    argv: ["view", "{dir}"],
    message:
      /^newsgraph: .*: is a folder: name one article's graph file in it \(<slug>\.ttl, as `newsgraph build` writes it\)$/,
    code: 2,
  },

  {
    name: "an empty --out",
    argv: ["view", "--out", ""],
    message: /^newsgraph: --out: is empty: name the page to write \(FILE\.html\)$/,
    code: 2,
  },
  {
    name: "a page not named .html",
    argv: ["view", "--out", "{dir}/page.htm"],
    message: /^newsgraph: --out: .*page\.htm does not end in \.html: name the page FILE\.html$/,
    code: 2,
  },
  {
    name: "a folder that is a file",
    argv: ["view", "--out", "{dir}/notes.txt/page.html"],
    message: /cannot write the page \(ENOTDIR\); nothing was changed$/,
    code: 1,
  },
  {
    name: "the package's own sources",
    argv: ["view", "--out", `${ROOT}/src/page.html`],
    message: /lies among the package's own sources .*: choose another folder; nothing was changed$/,
    code: 1,
  },
];

describe("newsgraph view refuses bad input with one clear line and writes nothing", () => {
  it.each(CASES)("$name", async ({ argv, message, code }) => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "not RDF");
    writeFileSync(join(dir, "broken.ttl"), "<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n");
    writeFileSync(join(dir, "alone.ttl"), read("data", `${SLUG}.ttl`));
    writeFileSync(join(dir, "later.txt"), laterText());
    writeFileSync(join(dir, "none.ttl"), "<urn:a> <urn:b> <urn:c> .\n");
    writeFileSync(join(dir, "none.txt"), "text");
    writeFileSync(
      join(dir, "two.nt"),
      read("data", `${SLUG}.nt`) + toNTriples(laterReport.build(laterText()).quads),
    );
    writeFileSync(join(dir, "two.txt"), laterText());
    writeFileSync(join(dir, "both.nt"), readFileSync(join(dir, "two.nt"), "utf8"));
    const before = readdirSync(dir).sort();
    const { code: got, err } = await run(argv.map((a) => a.replaceAll("{dir}", dir)));
    expect(err[0]).toMatch(message);
    expect(err.join("\n")).not.toMatch(/\n\s+at /);
    expect(got).toBe(code);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readdirSync(join(ROOT, "src")).filter((f) => f.endsWith(".html") || f.endsWith(".svg"))).toEqual(
      [],
    );
  });
});
