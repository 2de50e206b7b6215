import { createHash } from "node:crypto";
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";
import oxigraph from "oxigraph";
import { beforeAll, describe, expect, it } from "vitest";
import { readReleaseInput } from "../../src/cli/files.js";
import { canonical } from "../../src/export/canonical.js";
import { jsonLdToNQuads } from "../../src/export/jsonld.js";
import { nquadsLines } from "../../src/export/ntriples.js";
import { sortQuads } from "../../src/export/order.js";
import { ARTICLES } from "../../src/index.js";
import { buildRelease, type Release } from "../../src/release/release.js";
import { parseRdf } from "../../src/store/store.js";
import { read, SLUG } from "../helpers.js";

/** Every article of the release. */
const SLUGS = ARTICLES.map((a) => a.slug).sort();

/** A graph as sorted N-Quads lines: with no blank nodes, equal lines mean isomorphic graphs. */
const lines = (quads: Iterable<Quad>) => [...nquadsLines(sortQuads(quads))].sort();
const n3Parse = (text: string, format: string) => new Parser({ format }).parse(text) as unknown as Quad[];
const oxParse = (text: string, format: string) => oxigraph.parse(text, { format }) as unknown as Quad[];
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("every exported file parses back to the graph it was written from", () => {
  let release: Release;
  /** Each article's own graph, by slug: what its per-article files hold. */
  let articles: Map<string, string[]>;
  let dataset: string[];
  beforeAll(async () => {
    const input = await readReleaseInput();
    release = await buildRelease(input);
    articles = new Map(input.articles.map((a) => [a.module.slug, lines(a.module.build(a.text).quads)]));
    dataset = lines(release.namedQuads);
  });
  const article = (slug: string) => articles.get(slug) ?? [];

  it.each(
    SLUGS.flatMap((slug) => [
      [slug, `${slug}.ttl`, "text/turtle"],
      [slug, `${slug}.nt`, "application/n-triples"],
    ]),
  )("%s: %s, through n3 and through Oxigraph", (slug, file, format) => {
    const text = read("data", file);
    expect(article(slug).length).toBeGreaterThan(0);
    expect(lines(n3Parse(text, format))).toEqual(article(slug));
    expect(lines(oxParse(text, format))).toEqual(article(slug));
  });

  it.each([
    ["newsgraph.trig", "application/trig"],
    ["newsgraph.nq", "application/n-quads"],
    ["newsgraph.canonical.nq", "application/n-quads"],
  ])("%s, with every named graph, through n3 and through Oxigraph", (file, format) => {
    const text = read("data", file);
    expect(lines(n3Parse(text, format))).toEqual(dataset);
    expect(lines(oxParse(text, format))).toEqual(dataset);
  });

  it.each(SLUGS)("%s: the JSON-LD, through the JSON-LD processor and through Oxigraph", async (slug) => {
    const text = read("data", `${slug}.jsonld`);
    expect(lines(parseRdf(await jsonLdToNQuads(text), "nquads", "jsonld"))).toEqual(article(slug));
    expect(lines(oxParse(text, "application/ld+json"))).toEqual(article(slug));
  });

  it(`the bundled article's JSON-LD (${SLUG}, which flags misspellings) uses native JSON booleans and the published context`, () => {
    const text = read("data", `${SLUG}.jsonld`);
    const doc = JSON.parse(text);
    expect(doc["@context"]).toEqual(JSON.parse(read("data", "context.jsonld"))["@context"]);
    expect(text).toContain('"ng:isMisspelling": true');
    expect(text).not.toContain('"@value": "true"');
  });

  it("has one canonical fingerprint whatever file it is computed from", async () => {
    const fromTrig = await canonical(n3Parse(read("data", "newsgraph.trig"), "application/trig"));
    const fromNQuads = await canonical(
      oxParse(read("data", "newsgraph.nq"), "application/n-quads").reverse(),
    );
    expect(fromTrig.sha256).toBe(release.fingerprint);
    expect(fromNQuads.sha256).toBe(release.fingerprint);
    expect(sha256(read("data", "newsgraph.canonical.nq"))).toBe(release.fingerprint);
  });

  it.each(SLUGS)("%s: declares in Turtle only the prefixes it uses", (slug) => {
    const ttl = read("data", `${slug}.ttl`);
    for (const [, prefix] of ttl.matchAll(/^@prefix ([\w-]*):/gm)) {
      expect(new RegExp(`[\\s(,;^]${prefix}:`).test(ttl.replace(/^@prefix.*$/gm, "")), prefix).toBe(true);
    }
    expect(ttl).not.toContain("@prefix dcterms:");
  });
});

describe("void.ttl", () => {
  const store = new oxigraph.Store();
  store.load(read("data", "void.ttl"), { format: "text/turtle" });
  const q = (query: string) =>
    (
      store.query(`PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#>
      PREFIX spdx: <http://spdx.org/rdf/terms#> PREFIX ng: <https://w3id.org/newsgraph/ontology#> ${query}`) as Map<
        string,
        { value: string }
      >[]
    ).map((m) => Object.fromEntries([...m.entries()].map(([k, v]) => [k, v.value])));

  it("describes every other file with its true byte size and SHA-256", () => {
    const rows = q(
      `SELECT ?url ?size ?sum WHERE { ?d dcat:distribution ?f . ?f dcat:downloadURL ?url ; dcat:byteSize ?size ; spdx:checksum/spdx:checksumValue ?sum }`,
    );
    const files = rows.map((r) => r.url?.split("/").pop()).sort();
    expect(files).toEqual(
      [
        "context.jsonld",
        "newsgraph.canonical.nq",
        "newsgraph.nq",
        "newsgraph.shapes.ttl",
        "newsgraph.trig",
        "newsgraph.ttl",
        ...SLUGS.flatMap((slug) =>
          ["html", "jsonld", "nt", "svg", "ttl", "txt"].map((ext) => `${slug}.${ext}`),
        ),
      ].sort(),
    );
    for (const r of rows) {
      const content = read("data", r.url?.split("/").pop() ?? "");
      expect(Number(r.size), r.url).toBe(Buffer.byteLength(content, "utf8"));
      expect(r.sum, r.url).toBe(sha256(content));
    }
  });

  it("gives every file its media type, the page and the picture included", () => {
    const rows = q(
      `SELECT ?url ?type WHERE { ?d dcat:distribution ?f . ?f dcat:downloadURL ?url ; dcat:mediaType ?type }`,
    );
    const types = Object.fromEntries(
      rows.map((r) => [r.url?.split("/").pop(), r.type?.split("/media-types/")[1]]),
    );
    const byExtension: Record<string, string> = {
      html: "text/html",
      svg: "image/svg+xml",
      ttl: "text/turtle",
      nt: "application/n-triples",
      nq: "application/n-quads",
      trig: "application/trig",
      jsonld: "application/ld+json",
      txt: "text/plain",
    };
    expect(Object.keys(types).length).toBe(rows.length);
    for (const [file, type] of Object.entries(types))
      expect(type, file).toBe(byExtension[file.split(".").pop() ?? ""]);
    for (const slug of SLUGS)
      for (const ext of ["html", "svg"]) expect(types).toHaveProperty([`${slug}.${ext}`]);
  });

  it("gives the canonical fingerprint and counts that match the data", () => {
    const [d] = q(
      `SELECT ?fp ?triples ?classes ?properties WHERE { ?d a void:Dataset ; ng:canonicalSha256 ?fp ; void:triples ?triples ; void:classes ?classes ; void:properties ?properties }`,
    );
    expect(d?.fp).toBe(sha256(read("data", "newsgraph.canonical.nq")));
    // Every article's triples together, each once (the articles share nodes of the shared layer).
    const seen = new Set<string>();
    const articleQuads = SLUGS.flatMap((slug) =>
      parseRdf(read("data", `${slug}.ttl`), "turtle", "ttl"),
    ).filter((x) => {
      const key = lines([x])[0] ?? "";
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    expect(Number(d?.triples)).toBe(articleQuads.length);
    expect(Number(d?.properties)).toBe(new Set(articleQuads.map((x) => x.predicate.value)).size);
    const partitions = q(
      `SELECT ?p ?n WHERE { ?d void:propertyPartition ?part . ?part void:property ?p ; void:triples ?n }`,
    );
    for (const part of partitions) {
      expect(Number(part.n), part.p).toBe(articleQuads.filter((x) => x.predicate.value === part.p).length);
    }
  });
});
