// The named helpers against a SPARQL 1.1 endpoint this test starts on loopback (Oxigraph behind Node's http,
// the union of the graphs as default graph, loaded with the release's N-Quads): for every helper in HELPERS,
// the remote rows equal the in-memory rows — same columns, same RDF/JS terms (datatypes included), same order.
import type { Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import oxigraph from "oxigraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { type SparqlServer, startSparqlServer } from "../../bench/sparql-server.js";
import { mintIri } from "../../src/builders/iri.js";
import { type ComparisonRow, compareArticles } from "../../src/query/coverage.js";
import { type PostHeld, postsHeldBy } from "../../src/query/helpers.js";
import { INTEGER_DERIVED_DATATYPES } from "../../src/query/quirks.js";
import { HELPERS } from "../../src/query/registry.js";
import { sparqlEndpoint } from "../../src/query/remote.js";
import { INTEGER_TYPED_PROPERTIES } from "../../src/query/twin.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { coverageCorpus, inNamedGraphs } from "../fixtures/coverage/corpus.js";
import { read } from "../helpers.js";
import { argumentsFor, articlesOf, HELPER_ENTRIES, rowLines, shownArg } from "./remote-compare.js";

const releaseQuads = parseRdf(read("data", "newsgraph.nq"), "nquads", "data/newsgraph.nq");
const corpusQuads = generateCorpus(15_000, 7).quads;
const coverageQuads = inNamedGraphs(coverageCorpus());

/** An Oxigraph store holding `quads` in their own graphs (bulk-loaded as N-Quads text when given). */
function storeOf(quads: readonly Quad[], nquads?: string) {
  const store = new oxigraph.Store();
  if (nquads !== undefined) store.load(nquads, { format: "application/n-quads" });
  else for (const q of quads) store.add(q as never);
  return store;
}

const servers: SparqlServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

/** The helpers that compare articles: over data with one article they have nothing to report. */
const ACROSS_ARTICLES = new Set(["reportsOf", "compareArticles"]);

function compareAll(
  label: string,
  quads: readonly Quad[],
  nquads: string | undefined,
  sample: number,
  requireRows: (name: string) => boolean,
) {
  describe(label, () => {
    let server: SparqlServer;
    const memory = new NewsStore(quads);
    const articles = articlesOf(quads);
    // The articles each perArticle helper is scoped to: spread over the data's, and one it does not hold.
    const scopes = [
      ...articles.filter((_, i) => i % Math.max(1, Math.floor(articles.length / 3)) === 0),
      mintIri("article", "no-such-article"),
    ];
    const single = articles.length === 1;
    beforeAll(async () => {
      server = await startSparqlServer(storeOf(quads, nquads));
      servers.push(server);
    });

    it.each(HELPER_ENTRIES)("%s gives the in-memory rows", async (name, entry) => {
      const remote = sparqlEndpoint(server.url, { timeoutMs: 30_000 });
      let nonEmpty = 0;
      for (const arg of argumentsFor(entry, quads, sample, single ? "absent" : "throw")) {
        const local = entry.run(memory, arg as never);
        const got = await remote.run(name, arg as never);
        expect(rowLines(entry, got), `${name}${shownArg(arg)}`).toEqual(rowLines(entry, local));
        if (local.length > 0) nonEmpty++;
      }
      // Comparing empty answers proves nothing: on the article, some argument must give rows. (The synthetic
      // corpus has no proposals, meetings, rounds… : there it checks the helpers it has.)
      if (requireRows(name))
        expect(nonEmpty, `${name} gives no rows for any argument tried`).toBeGreaterThan(0);
    });

    it.each(HELPER_ENTRIES.filter(([, e]) => e.perArticle))(
      "%s gives the in-memory rows scoped to one article",
      async (name, entry) => {
        const remote = sparqlEndpoint(server.url, { timeoutMs: 30_000 });
        let scopedRows = 0;
        let several = 0;
        let narrowed = 0;
        for (const arg of argumentsFor(entry, quads, sample)) {
          const all = entry.run(memory, arg as never);
          const from = new Set(all.map((r) => r.article?.value));
          if (from.size > 1) several++;
          for (const article of scopes) {
            const local = entry.run(memory, arg as never, { article });
            const got = await remote.run(name, arg as never, { article });
            expect(rowLines(entry, got), `${name}${shownArg(arg)} in <${article.value}>`).toEqual(
              rowLines(entry, local),
            );
            // Every row of a scoped answer names that article.
            expect(got.every((r) => r.article?.equals(article) === true)).toBe(true);
            if (local.length > 0) scopedRows++;
            if (from.size > 1 && local.length > 0 && local.length < all.length) narrowed++;
          }
        }
        if (requireRows(name)) expect(scopedRows, `${name}: no article scope gives rows`).toBeGreaterThan(0);
        // Where an answer draws on several articles, a scope keeps one article's rows and leaves the rest.
        if (several > 0) expect(narrowed, `${name}: no article scope narrowed the rows`).toBeGreaterThan(0);
      },
    );
  });
}

const release = read("data", "newsgraph.nq");
compareAll(
  "on the release (data/newsgraph.nq, one graph per article and the ontology)",
  releaseQuads,
  release,
  5,
  // The release holds one article: the helpers that compare articles have no rows there (the coverage
  // corpus below has them), and the test fails when the release gains a second article.
  (name) => !(ACROSS_ARTICLES.has(name) && articlesOf(releaseQuads).length === 1),
);
compareAll(
  "on the coverage corpus (the bundled article and two fixtures reporting one remark, a graph each)",
  coverageQuads,
  undefined,
  5,
  () => true,
);
compareAll("on a synthetic corpus of 15,000 quads", corpusQuads, undefined, 3, (name) =>
  [...ACROSS_ARTICLES, "articlesReporting", "statementsBy", "demandsOf", "mentionsOf"].includes(name),
);

describe("compareArticles with a second article", () => {
  let server: SparqlServer;
  beforeAll(async () => {
    server = await startSparqlServer(storeOf(coverageQuads));
    servers.push(server);
  });

  it("compares just those two articles, as in memory", async () => {
    const remote = sparqlEndpoint(server.url, { timeoutMs: 30_000 });
    const memory = new NewsStore(coverageQuads);
    const [first, second, third] = articlesOf(coverageQuads);
    if (first === undefined || second === undefined || third === undefined)
      throw new Error("the coverage corpus has three articles");
    const pair: ComparisonRow[] = await remote.compareArticles(first, second);
    const entry = HELPERS.compareArticles;
    expect(pair.length).toBeGreaterThan(0);
    const lines = (rows: readonly ComparisonRow[]) => rowLines(entry, rows as never);
    expect(lines(pair)).toEqual(lines(compareArticles(memory, first, second)));
    expect(new Set(pair.map((r) => r.b.value))).toEqual(new Set([second.value]));
    expect((await remote.compareArticles(first)).length).toBeGreaterThan(pair.length);
    expect(await remote.compareArticles(first, first)).toEqual([]);
  });
});

describe("the typed remote API", () => {
  let server: SparqlServer;
  beforeAll(async () => {
    server = await startSparqlServer(storeOf(releaseQuads, read("data", "newsgraph.nq")));
    servers.push(server);
  });

  it("gives a helper's own row type, with the data's datatypes", async () => {
    const remote = sparqlEndpoint(server.url, { timeoutMs: 10_000 });
    const posts: PostHeld[] = await remote.postsHeldBy(mintIri("person", "ihor-zhovkva"));
    const local = postsHeldBy(new NewsStore(releaseQuads), mintIri("person", "ihor-zhovkva"));
    expect(local.length).toBeGreaterThan(0);
    expect(posts.map((p) => p.postName.value)).toEqual(local.map((p) => p.postName.value));
    const quotes = await remote.verbatimQuotes();
    // Oxigraph answers xsd:integer for the data's xsd:nonNegativeInteger: the remote rows have the data's.
    expect(quotes[0]?.start.datatype.value).toBe("http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
    // @ts-expect-error -- postsHeldBy takes a NamedNode, not a string
    await expect(remote.postsHeldBy("person:ihor-zhovkva")).rejects.toThrow(/needs a NamedNode/);
  });

  it("sends POST application/sparql-query by default, and a form or GET when asked", async () => {
    const before = server.requests.length;
    for (const via of ["direct-post", "urlencoded-post", "get"] as const)
      await sparqlEndpoint(server.url, { via }).proposals();
    expect(server.requests.slice(before)).toEqual([
      "POST application/sparql-query; charset=utf-8",
      "POST application/x-www-form-urlencoded",
      "GET",
    ]);
  });

  it("binds an argument as one term: quotes and braces in it stay inside the literal", async () => {
    const remote = sparqlEndpoint(server.url);
    expect(await remote.findEntities('x" } ?s ?p ?o { "')).toEqual([]);
    await expect(remote.statementsOn('2022-03-07" } #')).rejects.toThrow(/is not a date of the form/);
    await expect(remote.mentionsOf(DataFactory.namedNode("https://example.org/a> ?s ?p ?o"))).rejects.toThrow(
      /mentionsOf <entity>: needs a NamedNode with an absolute IRI/,
    );
  });
});

describe("the integer-typed properties", () => {
  it("are exactly the properties the shapes give an integer-derived datatype", () => {
    const shapes = new oxigraph.Store();
    shapes.load(read("ontology", "newsgraph.shapes.ttl"), { format: "text/turtle" });
    const rows = shapes.query(
      "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT DISTINCT ?path ?dt WHERE { ?s sh:path ?path ; sh:datatype ?dt . FILTER(isIRI(?path)) }",
    ) as Map<string, { value: string }>[];
    const fromShapes = Object.fromEntries(
      rows
        .filter((r) => INTEGER_DERIVED_DATATYPES.has(r.get("dt")?.value ?? ""))
        .map((r) => [r.get("path")?.value, r.get("dt")?.value]),
    );
    expect(fromShapes).toEqual(INTEGER_TYPED_PROPERTIES);
  });
});
