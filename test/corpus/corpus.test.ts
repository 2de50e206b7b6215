// A corpus you can query (issue #10, part 4): the bundled article and the later-report fixture, which
// merge on shared people, posts and events. Loaded as their complete graphs, each in its own named graph,
// the shared triples are stored once per article; helpers, the pattern API and the SPARQL twins must still
// answer once per solution, name each row's article, sort by article and keep to one article on request.
import type { NamedNode, Quad, Term } from "@rdfjs/types";
import { DataFactory, Parser } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import {
  HELPERS,
  type HelperEntry,
  mintIri,
  NewsStore,
  negotiationRounds,
  ng,
  oxigraphStore,
  postsHeldBy,
  Query,
  SHARED_GRAPH,
  selectJson,
  statementsBy,
  v,
  verbatimQuotes,
} from "../../src/index.js";
import { compareForOrder } from "../../src/query/terms.js";
import { read } from "../helpers.js";
import { BUNDLED, type CorpusArticle, FIXTURES, overlappingGraphs, releaseOf } from "./corpus.js";

const later = FIXTURES.find((f) => f.module.slug === "later-report-fixture") as CorpusArticle;
const two = [...BUNDLED, later];
const quads = overlappingGraphs(two);
const store = new NewsStore(quads);
const ox = oxigraphStore(quads);
const bundledIri = mintIri("article", BUNDLED[0]?.module.slug ?? "");
const laterIri = mintIri("article", later.module.slug);
const bennett = mintIri("person", "naftali-bennett");
const union = (name: string, bindings: Record<string, string> = {}) => {
  let text = read("queries", `${name}.rq`);
  for (const [k, value] of Object.entries(bindings))
    text = text.replace(/WHERE\s*\{/, `WHERE {\n  VALUES ?${k} { <${value}> }`);
  return selectJson(ox, text, name, { unionDefaultGraph: true }).results.bindings;
};

describe("a store holding two articles whose graphs overlap", () => {
  it("really stores the shared triples once per article (the case set semantics is for)", () => {
    expect(store.graphCount()).toBe(2);
    const repeated = store.match(bennett, null, null).size;
    const distinct = store.triples(bennett, null, null).length;
    expect(repeated).toBe(2 * distinct);
  });

  it("postsHeldBy gives one row per post and attesting article, not one per graph", () => {
    const rows = postsHeldBy(store, bennett);
    // Bennett: prime minister as of the bundled article; alternate prime minister as of the later report.
    expect(rows.map((r) => [r.article.value, r.postName.value, r.attestedOn.value])).toEqual([
      [laterIri.value, "Alternate Prime Minister of Israel", "2022-07-05"],
      [bundledIri.value, "Prime Minister of Israel", "2022-03-09"],
    ]);
    expect(union("person-posts", { person: bennett.value })).toHaveLength(rows.length);
  });

  it("negotiationRounds gives each article's count once per participant", () => {
    const rows = negotiationRounds(store);
    // By article IRI: "…/later-report-fixture" sorts before "…/zelensky-aide-neutrality".
    expect(rows.map((r) => [r.article.value, r.rounds.value, r.participant.value.split("/").pop()])).toEqual([
      [laterIri.value, "4", "russian-officials"],
      [laterIri.value, "4", "ukrainian-officials"],
      [bundledIri.value, "3", "russian-officials"],
      [bundledIri.value, "3", "ukrainian-officials"],
    ]);
    expect(union("negotiation-rounds")).toHaveLength(4);
  });

  it("the pattern API matches each triple once over the union of graphs (COUNT too)", () => {
    const labels = Query.on(store).where([bennett, v("p"), v("o")]);
    expect(labels.count()).toBe(store.triples(bennett, null, null).length);
    const grouped = Query.on(store)
      .where([v("m"), ng("post"), v("post")])
      .groupBy("post")
      .count("n")
      .rows();
    const byHand = new Map<string, number>();
    for (const [, , post] of store.triples(null, ng("post"), null))
      byHand.set(post.value, (byHand.get(post.value) ?? 0) + 1);
    expect(Object.fromEntries(grouped.map((r) => [r.post.value, r.n]))).toEqual(Object.fromEntries(byHand));
  });

  it("rows name their article and sort by article, then by position in that article's text", () => {
    const quotes = verbatimQuotes(store);
    expect(new Set(quotes.map((q) => q.article.value))).toEqual(new Set([bundledIri.value, laterIri.value]));
    for (let i = 1; i < quotes.length; i++) {
      const [a, b] = [quotes[i - 1], quotes[i]];
      if (a === undefined || b === undefined) continue;
      const byArticle = compareForOrder(a.article, b.article);
      expect(byArticle).toBeLessThanOrEqual(0);
      if (byArticle === 0) expect(Number(a.start.value)).toBeLessThanOrEqual(Number(b.start.value));
    }
  });

  it("an article scope keeps that article's rows only, and the twin bound to it agrees", () => {
    const zelensky = mintIri("person", "volodymyr-zelenskyy");
    const all = statementsBy(store, zelensky);
    const scoped = statementsBy(store, zelensky, { article: laterIri });
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.length).toBeLessThan(all.length);
    expect(scoped.every((r) => r.article.equals(laterIri))).toBe(true);
    expect(scoped).toEqual(all.filter((r) => r.article.equals(laterIri)));
    const twin = union("statements-by", { speaker: zelensky.value, article: laterIri.value });
    expect(twin.map((b) => b.statement?.value)).toEqual(scoped.map((r) => r.statement.value));
  });

  it("every per-article helper answers as its twin on the union default graph, scoped or not", () => {
    const ids = (h: HelperEntry, rows: readonly Readonly<Record<string, Term>>[]) =>
      rows.map((r) => h.columns.map((c) => r[c]?.value ?? "").join("|"));
    const checked: string[] = [];
    for (const [name, h] of Object.entries(HELPERS) as [string, HelperEntry][]) {
      if (!h.perArticle) continue;
      const param = h.param;
      const args: (NamedNode | string | undefined)[] =
        param.kind === "none"
          ? [undefined]
          : param.kind === "iri"
            ? [
                ...new Set(
                  union(h.twin)
                    .map((b) => b[param.name]?.value)
                    .filter((x): x is string => x !== undefined),
                ),
              ]
                .sort()
                .slice(0, 6)
                .map((x) => DataFactory.namedNode(x))
            : param.kind === "date"
              ? ["2022-03-07", "2022-07-05"]
              : [];
      for (const arg of args) {
        for (const article of [undefined, bundledIri, laterIri]) {
          const bindings: Record<string, string> = {};
          if (param.kind === "iri" && arg !== undefined) bindings[param.name] = (arg as NamedNode).value;
          if (article !== undefined) bindings.article = article.value;
          let rows = union(h.twin, bindings);
          if (param.kind === "date") rows = rows.filter((b) => b[param.name]?.value === arg);
          const twin = rows.map((b) => h.columns.map((c) => b[c]?.value ?? "").join("|"));
          const helper = ids(h, h.run(store, arg, article === undefined ? {} : { article }));
          expect(helper, `${name}(${String((arg as NamedNode)?.value ?? arg)}) in ${article?.value}`).toEqual(
            twin,
          );
          if (article !== undefined)
            expect(
              h
                .run(store, arg, { article })
                .every((r) => r.article === undefined || r.article.equals(article)),
            ).toBe(true);
        }
      }
      checked.push(name);
    }
    expect(checked.length).toBe(22);
  });
});

describe("a release of the bundled article and the later report", () => {
  let release: Awaited<ReturnType<typeof releaseOf>>;
  beforeAll(async () => {
    release = await releaseOf(two);
  }, 120_000);

  const key = (q: Quad) =>
    `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}:${q.object.termType === "Literal" ? `${q.object.language}^^${q.object.datatype.value}` : ""}`;

  it("holds each triple once in release.quads and in namedQuads", () => {
    expect(new Set(release.quads.map(key)).size).toBe(release.quads.length);
    expect(new Set(release.namedQuads.map(key)).size).toBe(release.namedQuads.length);
  });

  it.each([
    ["newsgraph.trig", "application/trig"],
    ["newsgraph.nq", "application/n-quads"],
    ["newsgraph.canonical.nq", "application/n-quads"],
  ])("writes each triple once in %s", (name, format) => {
    const file = release.files.find((f) => f.name === name)?.content ?? "";
    const parsed = new Parser({ format }).parse(file);
    expect(parsed.length).toBe(release.namedQuads.length);
    expect(new Set(parsed.map(key)).size).toBe(parsed.length);
  });

  it("puts shared nodes' triples in the shared layer and the rest in their article's graph", () => {
    const graphs = new Map<string, Quad[]>();
    for (const q of release.namedQuads) graphs.set(q.graph.value, [...(graphs.get(q.graph.value) ?? []), q]);
    expect([...graphs.keys()].sort()).toEqual(
      [
        SHARED_GRAPH.value,
        "https://w3id.org/newsgraph/graph/ontology",
        `https://w3id.org/newsgraph/graph/${later.module.slug}`,
        `https://w3id.org/newsgraph/graph/${BUNDLED[0]?.module.slug}`,
      ].sort(),
    );
    const ID = "https://w3id.org/newsgraph/id/";
    for (const q of graphs.get(SHARED_GRAPH.value) ?? [])
      expect(q.subject.value.startsWith(`${ID}article/`)).toBe(false);
    for (const a of two) {
      const own = graphs.get(`https://w3id.org/newsgraph/graph/${a.module.slug}`) ?? [];
      expect(own.length).toBeGreaterThan(100);
      for (const q of own) expect(q.subject.value.startsWith(`${ID}article/${a.module.slug}`)).toBe(true);
    }
    // The per-article files stay complete: the later report's Turtle holds Bennett's names too.
    const ttl = release.files.find((f) => f.name === `${later.module.slug}.ttl`)?.content ?? "";
    expect(ttl).toContain("Naftali Bennett");
  });

  it("describes one VoID subset per graph, whose triple counts add up to the release", () => {
    const voidTtl = release.files.find((f) => f.name === "void.ttl")?.content ?? "";
    const vq = new Parser().parse(voidTtl);
    const SD = "http://www.w3.org/ns/sparql-service-description#name";
    const VOID = "http://rdfs.org/ns/void#";
    const named = vq.filter((q) => q.predicate.value === SD);
    expect(named.map((q) => q.object.value).sort()).toEqual(
      [...new Set(release.namedQuads.map((q) => q.graph.value))].sort(),
    );
    const triples = (s: string) =>
      Number(vq.find((q) => q.subject.value === s && q.predicate.value === `${VOID}triples`)?.object.value);
    const perGraph = new Map<string, number>();
    for (const q of release.namedQuads) perGraph.set(q.graph.value, (perGraph.get(q.graph.value) ?? 0) + 1);
    for (const q of named)
      expect(triples(q.subject.value), q.object.value).toBe(perGraph.get(q.object.value));
  });

  it("has a JSON-LD context that declares no article's scoped prefixes", () => {
    const context = JSON.parse(release.files.find((f) => f.name === "context.jsonld")?.content ?? "{}");
    const values = Object.values(context["@context"]) as unknown[];
    expect(values.some((x) => typeof x === "string" && /\/id\/article\/[^/]+\//.test(x))).toBe(false);
    const laterJson = release.files.find((f) => f.name === `${later.module.slug}.jsonld`)?.content ?? "";
    expect(laterJson).toContain(`"article:${later.module.slug}/statement/`);
  });
});

describe("two articles that define one shared node differently", () => {
  it("stop the release, which names the node, the property and what each article says", async () => {
    const bennettIri = mintIri("person", "naftali-bennett").value;
    const PREF = "http://www.w3.org/2004/02/skos/core#prefLabel";
    // The later report, but with another preferred name for Bennett: valid alone, contradictory merged.
    const renamed: CorpusArticle = {
      text: later.text,
      module: {
        ...later.module,
        build: (text) => {
          const g = later.module.build(text);
          const quads = g.quads.map((q) =>
            q.subject.value === bennettIri && q.predicate.value === PREF
              ? (DataFactory.quad(
                  q.subject as never,
                  q.predicate as never,
                  DataFactory.literal("Naftali Bennet", "en") as never,
                ) as unknown as Quad)
              : q,
          );
          return Object.create(g, { quads: { value: quads } }) as typeof g;
        },
      },
    };
    await expect(releaseOf([renamed])).resolves.toBeDefined();
    const error = await releaseOf([...BUNDLED, renamed]).then(
      () => undefined,
      (e: unknown) => e as { where: string; message: string },
    );
    expect(error?.where).toBe(`combined graph: <${bennettIri}>`);
    expect(error?.message).toContain(`<${PREF}>`);
    expect(error?.message).toContain(`article ${later.module.slug} says "Naftali Bennet"`);
    expect(error?.message).toContain(`article ${BUNDLED[0]?.module.slug} says "Naftali Bennett"`);
  }, 180_000);
});
