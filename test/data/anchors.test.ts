import oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { ARTICLES } from "../../src/index.js";
import { contractProblems } from "../corpus/article-contract.js";
import { articleText, PREFIXES, read, SLUG, select } from "../helpers.js";

// Checked independently of the builders: the committed Turtle is parsed here, spans are read from it, and
// the text is sliced by code point. The contract runs for every article of the release (ARTICLES); the
// facts of the bundled article (its misspellings, the bodies it never names) are checked for it by name.
describe.each(ARTICLES.map((a) => [a.slug, a] as const))("the committed article %s", (slug, module) => {
  const turtle = read("data", `${slug}.ttl`);
  const text = read("data", `${slug}.txt`);

  it("keeps the data contract: anchors, one anchor each, quotations inside statements, no misspelt names", () => {
    expect(contractProblems({ slug, turtle, text })).toEqual([]);
  });

  it("uses the source text byte for byte as committed in data/, with the recorded SHA-256", () => {
    expect(text).toBe(read("src", "articles", module.textFile));
    expect(text.endsWith("\n")).toBe(false);
    const [meta] = select(
      storeOf(turtle),
      `${PREFIXES} SELECT ?sha WHERE { <https://w3id.org/newsgraph/id/article/${slug}/rendition/text> schema:sha256 ?sha }`,
    );
    expect(meta?.sha).toBe(module.textSha256);
  });
});

function storeOf(turtle: string): InstanceType<typeof oxigraph.Store> {
  const store = new oxigraph.Store();
  store.load(turtle, { format: "text/turtle" });
  return store;
}

describe(`mentions in the bundled article ${SLUG}`, () => {
  const store = storeOf(read("data", `${SLUG}.ttl`));
  const text = articleText();
  const mentions = select(
    store,
    `${PREFIXES}
    SELECT ?surface ?start ?end ?misspelled WHERE {
      ?m a ng:EntityMention ; ng:surfaceForm ?surface ; ng:isMisspelling ?misspelled ; ng:anchor/oa:hasSelector ?p .
      ?p oa:start ?start ; oa:end ?end .
    }`,
  );
  const spans = mentions.map((m) => [Number(m.start), Number(m.end)] as const);
  const covered = (s: number, e: number) => spans.some(([ms, me]) => ms <= s && e <= me);

  it("cover every occurrence of every name the graph knows, as a whole word", () => {
    const labels = select(
      store,
      `${PREFIXES}
      SELECT DISTINCT ?name WHERE {
        { ?e skos:prefLabel ?name } UNION { ?e skos:altLabel ?name }
        FILTER NOT EXISTS { ?e a skos:Concept }
      }`,
    ).map((r) => r.name ?? "");
    const forms = new Set([...labels, ...mentions.map((m) => m.surface ?? "")]);
    const missing: string[] = [];
    for (const form of forms) {
      if (form.length < 2) continue;
      const re = new RegExp(
        `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
        "gu",
      );
      for (const m of text.matchAll(re)) {
        const s = Array.from(text.slice(0, m.index)).length;
        const e = s + Array.from(form).length;
        if (!covered(s, e)) missing.push(`"${form}" at ${s}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("name every entity at least once, except the bodies the text implies but never names", () => {
    const unmentioned = select(
      store,
      `${PREFIXES}
      SELECT ?e WHERE {
        VALUES ?cls { schema:Person schema:Country schema:Organization schema:GovernmentOrganization
          schema:NewsMediaOrganization ng:Territory schema:Place org:Post ng:UnnamedAgent
          <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }
        ?e a ?cls .
        FILTER NOT EXISTS { ?m ng:refersTo ?e }
      }`,
    ).map((r) => r.e);
    // "deputy chief of staff" implies the presidential office; "Israeli Prime Minister" the government.
    expect([...new Set(unmentioned)].sort()).toEqual([
      "https://w3id.org/newsgraph/id/org/government-of-israel",
      "https://w3id.org/newsgraph/id/org/office-of-the-president-of-ukraine",
    ]);
  });

  it("keep misspellings as surface forms and flag them, never as names", () => {
    const misspelled = mentions.filter((m) => m.misspelled === "true").map((m) => m.surface);
    expect(misspelled.sort()).toEqual(["Donestk", "Zhovka", "Zhovka", "Zhovka"]);
    const asLabel = select(
      store,
      `${PREFIXES} SELECT ?e ?l WHERE { ?e rdfs:label|skos:prefLabel|skos:altLabel ?l FILTER(STR(?l) IN ("Zhovka", "Donestk")) }`,
    );
    expect(asLabel).toEqual([]);
  });
});
