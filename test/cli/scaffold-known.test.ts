// `newsgraph new` meets the catalogue: a publisher or author the package knows is built with `known.*` (the
// very node every article shares, which the duplicate check would refuse to mint anew); anyone else is a new
// `outlet` / `person`. Each row scaffolds, builds and validates the module, and reads the graph it wrote.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Parser, Store } from "n3";
import { afterEach, describe, expect, it } from "vitest";
import { lookupKnown } from "../../src/index.js";
import { cleanTemps, run, tempDir } from "./run.js";

afterEach(cleanTemps);

const TEXT = "A Headline\nRussia said Russia would talk.\n";
const SCHEMA = "https://schema.org/";

interface Row {
  readonly name: string;
  readonly publisher: string;
  readonly author?: string;
  /** The line the module builds the publisher with, and the publisher's IRI in the graph. */
  readonly publisherLine: string;
  readonly publisherIri: string;
  readonly authorLine?: string;
  readonly authorIri?: string;
  /** The builders the scaffold imports besides the five it always needs. */
  readonly imports: readonly string[];
}

const iriOf = (kind: "outlet" | "person", name: string) => lookupKnown(kind, name).iri;

const ROWS: Row[] = [
  {
    name: "a known outlet and a known person by their catalogue names",
    publisher: "Antiwar.com",
    author: "Dave DeCamp",
    publisherLine: '  const publisher = known.outlet(g, "Antiwar.com");',
    publisherIri: iriOf("outlet", "Antiwar.com"),
    authorLine: '  const author = known.person(g, "Dave DeCamp");',
    authorIri: iriOf("person", "Dave DeCamp"),
    imports: ["known"],
  },
  {
    name: "a known outlet by an alternative name, in other capitals: the catalogue's name is written",
    publisher: "NEWS.ANTIWAR.COM",
    publisherLine: '  const publisher = known.outlet(g, "Antiwar.com");',
    publisherIri: iriOf("outlet", "Antiwar.com"),
    imports: ["known"],
  },
  {
    name: "a new outlet and a new person",
    publisher: "The Example Ledger",
    author: "Sam Example",
    publisherLine: '  const publisher = outlet(g, { name: "The Example Ledger" });',
    publisherIri: "https://w3id.org/newsgraph/id/org/the-example-ledger",
    authorLine: '  const author = person(g, { name: "Sam Example" });',
    authorIri: "https://w3id.org/newsgraph/id/person/sam-example",
    imports: ["outlet", "person"],
  },
  {
    name: "a known outlet with a new author",
    publisher: "Bloomberg News",
    author: "Sam Example",
    publisherLine: '  const publisher = known.outlet(g, "Bloomberg");',
    publisherIri: iriOf("outlet", "Bloomberg"),
    authorLine: '  const author = person(g, { name: "Sam Example" });',
    authorIri: "https://w3id.org/newsgraph/id/person/sam-example",
    imports: ["known", "person"],
  },
];

/** The one object of the article's `schema:<property>` in a Turtle graph. */
function objectOf(turtle: string, property: string): string[] {
  const store = new Store(new Parser().parse(turtle));
  return store.getObjects(null, `${SCHEMA}${property}`, null).map((o) => o.value);
}

describe("newsgraph new with a publisher or author the catalogue knows", { timeout: 180_000 }, () => {
  it.each(ROWS)("$name: the module uses the right builder, builds and validates", async (row) => {
    const dir = tempDir();
    writeFileSync(join(dir, "story.txt"), TEXT);
    const made = await run([
      "new",
      "my-article",
      "--text",
      join(dir, "story.txt"),
      "--dir",
      join(dir, "articles"),
      "--url",
      "https://example.org/a",
      "--published",
      "2022-03-10",
      "--publisher",
      row.publisher,
      ...(row.author === undefined ? [] : ["--author", row.author]),
    ]);
    expect(made.err).toEqual([]);
    expect(made.code).toBe(0);
    const source = readFileSync(join(dir, "articles", "my-article.ts"), "utf8");
    const lines = source.split("\n");
    expect(lines).toContain(row.publisherLine);
    if (row.authorLine === undefined) expect(source).not.toMatch(/const author =/);
    else expect(lines).toContain(row.authorLine);
    const imported = /import \{\n([^}]*)\} from "newsgraph";/.exec(source)?.[1]?.split(/,\n\s*/);
    expect(imported?.map((n) => n.trim()).filter((n) => n !== "")).toEqual([
      "type ArticleModule",
      "anchorText",
      "article",
      "type FindOptions",
      "GraphBuilder",
      ...row.imports,
    ]);

    const out = join(dir, "release");
    const built = await run(["build", join(dir, "articles"), "--no-bundled", "--out", out]);
    expect(built.code, built.err.join("\n")).toBe(0);
    const turtle = readFileSync(join(out, "my-article.ttl"), "utf8");
    expect(objectOf(turtle, "publisher")).toEqual([row.publisherIri]);
    expect(objectOf(turtle, "author")).toEqual(row.authorIri === undefined ? [] : [row.authorIri]);
    const valid = await run(["validate", join(out, "my-article.ttl")]);
    expect(valid.code, valid.err.join("\n")).toBe(0);
  });

  it("scaffolds an Antiwar.com article that builds together with the bundled one, on one outlet node", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "story.txt"), TEXT);
    const argv = ["new", "my-article", "--text", join(dir, "story.txt"), "--dir", join(dir, "articles")];
    const made = await run([
      ...argv,
      "--url",
      "https://example.org/a",
      "--published",
      "2022-03-10",
      "--publisher",
      "Antiwar.com",
      "--author",
      "DeCamp",
    ]);
    expect(made.code, made.err.join("\n")).toBe(0);
    const out = join(dir, "release");
    const built = await run(["build", join(dir, "articles"), "--out", out]);
    expect(built.code, built.err.join("\n")).toBe(0);
    const antiwar = iriOf("outlet", "Antiwar.com");
    for (const slug of ["my-article", "zelensky-aide-neutrality"])
      expect(objectOf(readFileSync(join(out, `${slug}.ttl`), "utf8"), "publisher")).toEqual([antiwar]);
  });
});
