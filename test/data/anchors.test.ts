import { describe, expect, it } from "vitest";
import { articleText, committedStore, PREFIXES, read, SLUG, select } from "../helpers.js";

// Checked independently of the builders: the committed Turtle is parsed by Oxigraph, spans are read with
// SPARQL, and the text is sliced here by code point.
const store = committedStore();
const text = articleText();
const cps = Array.from(text);

describe("text anchors in the committed data", () => {
  const anchors = select(
    store,
    `${PREFIXES}
    SELECT ?anchor ?source ?exact ?prefix ?suffix ?start ?end WHERE {
      ?anchor a oa:SpecificResource ; oa:hasSource ?source ; oa:hasSelector ?q, ?p .
      ?q a oa:TextQuoteSelector ; oa:exact ?exact .
      OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
      ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
    }`,
  );

  it("exist", () => {
    expect(anchors.length).toBeGreaterThan(100);
  });

  it("read exactly their text at their code-point offsets", () => {
    const wrong = anchors.filter((a) => cps.slice(Number(a.start), Number(a.end)).join("") !== a.exact);
    expect(wrong).toEqual([]);
  });

  it("carry the 32 code points before and after as prefix and suffix", () => {
    const wrong = anchors.filter((a) => {
      const s = Number(a.start);
      const e = Number(a.end);
      return (
        (a.prefix ?? "") !== cps.slice(Math.max(0, s - 32), s).join("") ||
        (a.suffix ?? "") !== cps.slice(e, e + 32).join("")
      );
    });
    expect(wrong).toEqual([]);
  });

  it("all point at the exact text rendition, whose recorded length and hash match the text", () => {
    const rendition = `https://w3id.org/newsgraph/id/article/${SLUG}/rendition/text`;
    expect(new Set(anchors.map((a) => a.source))).toEqual(new Set([rendition]));
    const [meta] = select(
      store,
      `${PREFIXES} SELECT ?length ?sha WHERE {
        <${rendition}> ng:textLength ?length ; schema:sha256 ?sha ;
          schema:encodesCreativeWork <https://w3id.org/newsgraph/id/article/${SLUG}> }`,
    );
    expect(Number(meta?.length)).toBe(cps.length);
    expect(meta?.sha).toBe("27fb760309f1126239dab126f863f066c692688bcedf0a53435380ab88e27f2f");
  });

  it("use the source text byte for byte as committed in data/", () => {
    expect(read("data", `${SLUG}.txt`)).toBe(text);
    expect(text.endsWith("\n")).toBe(false);
  });

  it("give every statement, quotation and mention exactly one anchor", () => {
    const rows = select(
      store,
      `${PREFIXES}
      SELECT ?node (COUNT(?anchor) AS ?n) WHERE {
        { ?node a ng:Statement } UNION { ?node a schema:Quotation } UNION { ?node a ng:EntityMention }
        OPTIONAL { ?node ng:anchor ?anchor }
      } GROUP BY ?node`,
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.n !== "1")).toEqual([]);
  });

  it("keep every quotation inside the span of its statement", () => {
    const rows = select(
      store,
      `${PREFIXES}
      SELECT ?quote ?qs ?qe ?ss ?se WHERE {
        ?statement ng:quotation ?quote ; ng:anchor/oa:hasSelector ?sp .
        ?sp oa:start ?ss ; oa:end ?se .
        ?quote ng:anchor/oa:hasSelector ?qp . ?qp oa:start ?qs ; oa:end ?qe .
      }`,
    );
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((r) => Number(r.qs) < Number(r.ss) || Number(r.qe) > Number(r.se))).toEqual([]);
  });
});

describe("mentions", () => {
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
