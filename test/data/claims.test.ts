import { describe, expect, it } from "vitest";
import { articleStore, PREFIXES, SLUG, select } from "../helpers.js";

// The facts of the bundled article, checked on its own graph (data/<SLUG>.ttl): other articles of the
// release bring their own statements, agents and dates. What every article must satisfy is checked for
// each of them by validation (test/corpus/contract.test.ts) and test/data/anchors.test.ts.
const store = articleStore(SLUG);
const q = (body: string) => select(store, `${PREFIXES}\n${body}`);

/** The Wikidata ids the modeling guide verified against two independent sources. */
const VERIFIED = new Set([
  "Q3874799",
  "Q7747",
  "Q39318",
  "Q212",
  "Q159",
  "Q30",
  "Q801",
  "Q7835",
  "Q114334914",
  "Q114327408",
  "Q7184",
  "Q649",
  "Q61",
  "Q48525",
  "Q13977",
  "Q110999040",
  "Q218295",
  "Q2012050",
  "Q171965",
]);

describe(`statements in the bundled article ${SLUG}`, () => {
  const statements = q(`SELECT ?s ?speaker ?anchor ?mode ?date WHERE {
    ?s a ng:Statement .
    OPTIONAL { ?s ng:speaker ?speaker } OPTIONAL { ?s ng:anchor ?anchor }
    OPTIONAL { ?s ng:reportMode ?mode } OPTIONAL { ?s ng:statedAt ?date }
  }`);

  it("are all there: sixteen claims of the article", () => {
    expect(statements.length).toBe(16);
  });

  it("each have a speaker, an anchor, a report mode and a date", () => {
    expect(statements.filter((s) => !s.speaker || !s.anchor || !s.mode || !s.date)).toEqual([]);
  });

  it("are each attributed through PROV to their speaker", () => {
    const rows = q(`SELECT ?s WHERE {
      ?s a ng:Statement ; ng:speaker ?sp .
      FILTER NOT EXISTS { ?s prov:qualifiedAttribution [ prov:agent ?sp ; prov:hadRole ng:SpeakerRole ] }
    }`);
    expect(rows).toEqual([]);
  });

  it("record verbatim quotes with their quotation", () => {
    const rows = q(
      `SELECT ?s WHERE { ?s ng:reportMode ng:VerbatimQuote FILTER NOT EXISTS { ?s ng:quotation ?x } }`,
    );
    expect(rows).toEqual([]);
  });
});

describe(`attribution, never assertion in the bundled article ${SLUG}`, () => {
  it("never states that Crimea is part of Russia, or that the republics are independent, as fact", () => {
    const rows = q(`SELECT ?p ?o WHERE {
      VALUES ?t { <https://w3id.org/newsgraph/id/territory/crimea>
                  <https://w3id.org/newsgraph/id/territory/donetsk-peoples-republic>
                  <https://w3id.org/newsgraph/id/territory/luhansk-peoples-republic> }
      ?t ?p ?o . FILTER(?o IN (<https://w3id.org/newsgraph/id/state/russia>, ng:Independent))
    }`);
    expect(rows).toEqual([]);
  });

  it("keeps Russia's terms as the content of a statement by Russia", () => {
    const rows = q(`SELECT ?speaker ?status WHERE {
      ?s ng:speaker ?speaker ; ng:content ?d . ?d ng:item ?r . ?r ng:recognisedStatus ?status .
    }`);
    expect(rows.map((r) => r.speaker)).toEqual([
      "https://w3id.org/newsgraph/id/state/russia",
      "https://w3id.org/newsgraph/id/state/russia",
    ]);
  });

  it("gives every piece of claim content a statement that carries it", () => {
    const orphans = q(`SELECT ?c WHERE {
      ?c a ng:ClaimContent .
      FILTER NOT EXISTS { ?s ng:content ?c0 . ?c0 (ng:item|ng:requires|ng:outcome|ng:refused|ng:towards|ng:offersInReturn|ng:includes|ng:excludes|ng:option|ng:leadsTo|ng:concerns)* ?c }
    }`);
    expect(orphans).toEqual([]);
  });
});

describe(`agents in the bundled article ${SLUG}`, () => {
  it("keeps unnamed speakers apart from named people", () => {
    const rows = q(
      `SELECT ?a WHERE { ?a a ng:UnnamedAgent . { ?a a schema:Person } UNION { ?a skos:prefLabel ?l } }`,
    );
    expect(rows).toEqual([]);
    const unnamed = q(`SELECT ?d WHERE { ?a a ng:UnnamedAgent ; ng:description ?d }`)
      .map((r) => r.d)
      .sort();
    expect(unnamed).toEqual([
      "Israeli officials",
      "Russian officials",
      "Russian troops",
      "Ukrainian officials",
      "a senior US embassy official in Israel",
      "one Israeli official",
    ]);
  });

  it("links to Wikidata only through verified ids, each recorded as an external fact", () => {
    const links = q(`SELECT ?e ?wd WHERE { ?e owl:sameAs ?wd }`);
    expect(links.length).toBe(16);
    const ids = links.map((l) => l.wd?.replace("http://www.wikidata.org/entity/", "") ?? "");
    expect(ids.filter((id) => !VERIFIED.has(id))).toEqual([]);
    const unrecorded = q(`SELECT ?e WHERE { ?e owl:sameAs ?wd FILTER NOT EXISTS {
      ?f a ng:ExternalFact ; rdf:subject ?e ; rdf:predicate owl:sameAs ; rdf:object ?wd ; ng:factOrigin ng:VerifiedWikidataLink } }`);
    expect(unrecorded).toEqual([]);
  });

  it("leaves unlinked the entities the guide could not verify", () => {
    const rows = q(`SELECT ?e WHERE {
      VALUES ?e { <https://w3id.org/newsgraph/id/person/ihor-zhovkva> <https://w3id.org/newsgraph/id/person/dave-decamp>
        <https://w3id.org/newsgraph/id/territory/donbas> <https://w3id.org/newsgraph/id/org/axios>
        <https://w3id.org/newsgraph/id/org/the-times-of-israel> <https://w3id.org/newsgraph/id/org/antiwar-com>
        <https://w3id.org/newsgraph/id/org/office-of-the-president-of-ukraine> }
      ?e owl:sameAs ?x }`);
    expect(rows).toEqual([]);
  });
});

describe(`dates in the bundled article ${SLUG}`, () => {
  it("resolve relative phrases against the publication date, keeping phrase, rule and method", () => {
    const rows = q(`SELECT ?phrase ?day ?method WHERE {
      ?d a ng:ResolvedDate ; ng:resolutionMethod ?method ; ng:resolutionRule ?rule .
      OPTIONAL { ?d ng:surfaceForm ?phrase } OPTIONAL { ?d time:inXSDDate ?day }
    } ORDER BY ?phrase ?day`);
    const explicit = rows.filter((r) => r.method?.endsWith("ResolvedRelativePhrase"));
    expect(explicit.map((r) => [r.phrase, r.day])).toEqual([
      ["Also on Wednesday", "2022-03-09"],
      ["On Monday", "2022-03-07"],
      ["on Wednesday", "2022-03-09"],
    ]);
  });

  it("invent no day where the text gives none", () => {
    const rows = q(`SELECT ?d ?day WHERE { ?d ng:resolutionMethod ng:NoDayGiven ; time:inXSDDate ?day }`);
    expect(rows).toEqual([]);
    const bounded = q(`SELECT ?d WHERE { ?d ng:resolutionMethod ng:NoDayGiven ; time:before ?x }`);
    expect(bounded.length).toBe(3);
  });

  it("records the publication date as coming from the publisher's page", () => {
    const rows = q(`SELECT ?source WHERE {
      ?f a ng:ExternalFact ; rdf:predicate schema:datePublished ; ng:factOrigin ng:PublisherPage ; ng:factSource ?source }`);
    expect(rows.map((r) => r.source)).toEqual([
      "https://news.antiwar.com/2022/03/09/zelensky-aide-says-ukraine-open-to-russias-neutrality-demand-but-wont-cede-territory/",
    ]);
  });
});
