// The article view model (src/view/read.ts), read from each article's graph and text: for the bundled
// article and every fixture article, its counts and key facts are checked against SPARQL run by Oxigraph
// on the same graph (an independent reader), its output is byte-identical across runs and across the
// built and the parsed-Turtle routes, and every bad input is a row of the table at the end.
import type { Quad } from "@rdfjs/types";
import { DataFactory, Parser } from "n3";
import oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import {
  type ArticleModule,
  publishedPrefixes,
  toNTriples,
  toTurtle,
  zelenskyAideNeutrality,
} from "../../src/index.js";
import type { ClaimNode, NodeRef } from "../../src/view/model.js";
import { readArticleView } from "../../src/view/read.js";
import { abcInterview } from "../fixtures/abc-interview/abc-interview.js";
import { astralReport } from "../fixtures/astral/astral-report.js";
import { talksReport } from "../fixtures/authoring/talks-report.js";
import { ledgerReport } from "../fixtures/coverage/ledger-report.js";
import { radioReport } from "../fixtures/coverage/radio-report.js";
import { laterReport } from "../fixtures/later-report/later-report.js";
import { PREFIXES, read, SLUG, select } from "../helpers.js";

interface Case {
  readonly slug: string;
  readonly text: string;
  readonly quads: readonly Quad[];
}

const fixture = (module: Pick<ArticleModule, "slug" | "build">, ...path: string[]): Case => {
  const text = read(...path);
  return { slug: module.slug, text, quads: module.build(text).quads };
};

const BUNDLED = fixture(zelenskyAideNeutrality, "src", "articles", zelenskyAideNeutrality.textFile);
const CASES: readonly Case[] = [
  BUNDLED,
  fixture(laterReport, "test", "fixtures", "later-report", laterReport.textFile),
  fixture(astralReport, "test", "fixtures", "astral", astralReport.textFile),
  fixture(abcInterview, "test", "fixtures", "abc-interview", "abc-interview.txt"),
  fixture(ledgerReport, "test", "fixtures", "coverage", ledgerReport.textFile),
  fixture(radioReport, "test", "fixtures", "coverage", radioReport.textFile),
  fixture(talksReport, "docs", "authoring", talksReport.textFile),
];

const oxigraphOf = (quads: readonly Quad[]) => {
  const store = new oxigraph.Store();
  store.load(toNTriples(quads), { format: "application/n-triples" });
  return store;
};
const cp = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");
const n = (v: string | undefined) => Number(v);

/** Anchored nodes of one kind, as SPARQL reads them: node, start, end, exact (sorted by start, then IRI). */
function anchored(store: InstanceType<typeof oxigraph.Store>, pattern: string, property = "ng:anchor") {
  return select(
    store,
    `${PREFIXES} SELECT ?node ?start ?end ?exact WHERE { ${pattern}
       ?node ${property} ?a . ?a oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end .
       ?a oa:hasSelector ?q . ?q oa:exact ?exact } ORDER BY ?start ?node`,
  ).map((r) => ({ node: r.node ?? "", start: n(r.start), end: n(r.end), exact: r.exact ?? "" }));
}

describe.each(CASES.map((c) => [c.slug, c] as const))("the view of %s", (_slug, c) => {
  const view = readArticleView(c.quads, c.text);
  const store = oxigraphOf(c.quads);
  const byIri = <T extends { node: NodeRef }>(items: readonly T[]) =>
    new Map(items.map((i) => [i.node.iri, i]));
  const statements = byIri(view.statements);

  it("reads the article, its metadata and the text as given", () => {
    const [row] = select(
      store,
      `${PREFIXES} SELECT ?a ?headline ?url ?date ?publisher WHERE { ?a a schema:NewsArticle ;
         schema:headline ?headline ; schema:url ?url ; schema:datePublished ?date ; schema:publisher ?publisher }`,
    );
    expect(view.article).toMatchObject({
      iri: row?.a,
      slug: c.slug,
      headline: row?.headline,
      url: row?.url,
      published: row?.date,
      text: c.text,
    });
    expect(view.article.publisher.iri).toBe(row?.publisher);
  });

  it("has every statement, in text order, with its anchor, speakers and day as SPARQL finds them", () => {
    const rows = anchored(store, "?node a ng:Statement .");
    expect(view.statements.map((s) => [s.node.iri, s.start, s.end])).toEqual(
      rows.map((r) => [r.node, r.start, r.end]),
    );
    expect(view.statements.map((s) => s.id)).toEqual(rows.map((_, i) => `st${i + 1}`));
    for (const r of rows) expect(cp(c.text, r.start, r.end)).toBe(r.exact);
    const speakerIri = new Map(view.speakers.map((s) => [s.id, s.node.iri]));
    const speakers = select(
      store,
      `${PREFIXES} SELECT ?s ?who WHERE { ?s a ng:Statement ; ng:speaker ?who }`,
    );
    for (const s of view.statements) {
      const expected = speakers.filter((r) => r.s === s.node.iri).map((r) => r.who);
      expect(s.speakers.map((id) => speakerIri.get(id)).sort()).toEqual(expected.sort());
    }
    const days = select(
      store,
      `${PREFIXES} SELECT ?s ?day WHERE { ?s a ng:Statement ; ng:statedAt ?d . ?d time:inXSDDate ?day }`,
    );
    expect(view.statements.filter((s) => s.date?.day !== undefined).length).toBe(days.length);
    for (const d of days) expect(statements.get(d.s ?? "")?.date?.day).toBe(d.day);
  });

  it("tells which outlet carried each statement and whether that was inferred", () => {
    const rows = select(
      store,
      `${PREFIXES} SELECT ?s ?outlet ?ctx WHERE { ?s ng:carriedBy ?outlet OPTIONAL { ?s ng:outletFromContext ?ctx } }`,
    );
    expect(view.statements.filter((s) => s.outlet !== undefined).length).toBe(
      new Set(rows.map((r) => r.s)).size,
    );
    for (const r of rows) {
      const s = statements.get(r.s ?? "");
      expect(s?.outlets.map((o) => o.iri)).toContain(r.outlet);
      expect(s?.outletInferred).toBe(r.ctx === "true");
    }
  });

  it("has every quotation with its words, speakers and statement", () => {
    const rows = anchored(store, "?node a schema:Quotation .");
    expect(view.quotations.map((q) => [q.node.iri, q.start, q.end])).toEqual(
      rows.map((r) => [r.node, r.start, r.end]),
    );
    const owners = select(store, `${PREFIXES} SELECT ?s ?q WHERE { ?s ng:quotation ?q }`);
    const ids = new Map(view.statements.map((s) => [s.node.iri, s.id]));
    for (const q of view.quotations) {
      expect(q.text).toBe(cp(c.text, q.start, q.end));
      const owner = owners.find((o) => o.q === q.node.iri);
      expect(q.statement).toBe(owner === undefined ? undefined : ids.get(owner.s ?? ""));
      expect(q.speakers.length).toBeGreaterThan(0);
    }
  });

  it("has every mention with its surface form, entities and misspellings", () => {
    const rows = anchored(store, "?node a ng:EntityMention .");
    expect(view.mentions.map((m) => [m.node.iri, m.start, m.end, m.surface])).toEqual(
      rows.map((r) => [r.node, r.start, r.end, r.exact]),
    );
    const refers = select(store, `${PREFIXES} SELECT ?m ?e WHERE { ?m a ng:EntityMention ; ng:refersTo ?e }`);
    for (const m of view.mentions)
      expect(m.entities.map((e) => e.iri)).toEqual(
        refers
          .filter((r) => r.m === m.node.iri)
          .map((r) => r.e)
          .sort(),
      );
    const misspelt = select(
      store,
      `${PREFIXES} SELECT ?m ?name WHERE { ?m ng:isMisspelling true ; ng:refersTo ?e . ?e skos:prefLabel ?name }`,
    );
    expect(
      view.mentions
        .filter((m) => m.misspelling)
        .map((m) => [m.node.iri, m.entity.label])
        .sort(),
    ).toEqual(misspelt.map((r) => [r.m, r.name]).sort());
  });

  it("has every tension with its two statements (a foreign one by IRI) and its contrast words", () => {
    const rows = select(
      store,
      `${PREFIXES} SELECT ?t ?first ?second (COUNT(?m) AS ?markers) (COUNT(?i) AS ?inferences) WHERE {
         ?t a ng:Tension ; ng:firstClaim ?first ; ng:secondClaim ?second .
         OPTIONAL { ?t ng:contrastMarker ?m } OPTIONAL { ?i ng:inferredFor ?t } } GROUP BY ?t ?first ?second`,
    );
    expect(view.tensions.length).toBe(rows.length);
    const ids = new Map(view.statements.map((s) => [s.node.iri, s.id]));
    for (const r of rows) {
      const t = view.tensions.find((x) => x.node.iri === r.t);
      expect(t).toMatchObject({
        first: ids.get(r.first ?? "") ?? r.first,
        second: ids.get(r.second ?? "") ?? r.second,
        inferred: n(r.inferences) > 0 || n(r.markers) === 0,
      });
      expect(t?.markers.length).toBe(n(r.markers));
    }
  });

  it("has every resolved date, the publication date last, with its day and phrase", () => {
    const rows = select(
      store,
      `${PREFIXES} SELECT ?d ?day ?method WHERE { ?d a ng:ResolvedDate ; ng:resolutionMethod ?method
         OPTIONAL { ?d time:inXSDDate ?day } }`,
    );
    expect(view.dates.map((d) => d.iri).sort()).toEqual(rows.map((r) => r.d).sort());
    for (const r of rows) expect(view.dates.find((d) => d.iri === r.d)?.day).toBe(r.day);
    expect(view.dates.at(-1)?.method).toBe("FromPublisherMetadata");
    expect(view.dates.map((d) => d.id)).toEqual(view.dates.map((_, i) => `d${i + 1}`));
    for (const d of view.dates)
      if (d.start !== undefined && d.end !== undefined) expect(d.phrase).toBe(cp(c.text, d.start, d.end));
  });

  it("has every event with the date the article gives it", () => {
    const rows = select(
      store,
      `${PREFIXES} PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
       SELECT DISTINCT ?e ?date WHERE { ?e a sem:Event OPTIONAL { ?o ng:observes ?e ; ng:occurredAt ?date } }`,
    );
    expect(view.events.map((e) => e.node.iri).sort()).toEqual(rows.map((r) => r.e).sort());
    for (const r of rows) expect(view.events.find((e) => e.node.iri === r.e)?.date?.iri).toBe(r.date);
  });

  it("lists each speaker once, numbered in order of first statement, with posts from the memberships", () => {
    expect(view.speakers.map((s) => s.id)).toEqual(view.speakers.map((_, i) => `s${i + 1}`));
    expect(view.speakers.map((s) => s.colour)).toEqual(view.speakers.map((_, i) => i));
    const firsts = view.statements.flatMap((s) => s.speakers).filter((id, i, all) => all.indexOf(id) === i);
    expect(firsts).toEqual(view.speakers.slice(0, firsts.length).map((s) => s.id));
    const posts = select(store, `${PREFIXES} SELECT ?who ?post WHERE { ?m org:member ?who ; ng:post ?post }`);
    for (const s of view.speakers)
      expect(s.posts.map((p) => p.post.iri).sort()).toEqual(
        posts
          .filter((p) => p.who === s.node.iri)
          .map((p) => p.post)
          .sort(),
      );
  });

  it("marks one span per statement, quotation, mention, date phrase and contrast word, each on its words", () => {
    const count = (kind: string) => view.spans.filter((s) => s.kind === kind).length;
    expect(count("statement")).toBe(view.statements.length);
    expect(count("quotation")).toBe(view.quotations.length);
    expect(count("mention")).toBe(view.mentions.length);
    expect(count("date")).toBe(view.dates.filter((d) => d.start !== undefined).length);
    expect(count("contrast")).toBe(view.tensions.reduce((sum, t) => sum + t.markers.length, 0));
    expect(count("headline")).toBeGreaterThan(0);
    const exact = new Map(anchored(store, "", "?prop").map((r) => [`${r.start}-${r.end}`, r.exact]));
    for (const s of view.spans) expect(cp(c.text, s.start, s.end)).toBe(exact.get(`${s.start}-${s.end}`));
    const sorted = [...view.spans].sort(
      (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || (a.kind < b.kind ? -1 : 1),
    );
    expect(view.spans.map((s) => [s.start, s.end, s.kind])).toEqual(
      sorted.map((s) => [s.start, s.end, s.kind]),
    );
  });

  it("nests each statement's claim structure and lists its claim kinds", () => {
    const contents = select(store, `${PREFIXES} SELECT ?s ?c WHERE { ?s a ng:Statement ; ng:content ?c }`);
    for (const s of view.statements) {
      const expected = contents.filter((r) => r.s === s.node.iri).map((r) => r.c);
      expect(s.contents.map((x) => x.node.iri).sort()).toEqual(expected.sort());
      expect(s.content?.node.iri).toBe(s.contents[0]?.node.iri);
      for (const k of s.contents.flatMap((x) => x.kinds)) expect(s.claimKinds).toContain(k);
    }
  });

  it("gives the same bytes on every run and from the graph parsed back from Turtle", () => {
    const turtle = toTurtle(c.quads, publishedPrefixes(c.slug));
    const parsed = new Parser({ format: "text/turtle" }).parse(turtle);
    const json = JSON.stringify(view);
    expect(JSON.stringify(readArticleView(c.quads, c.text))).toBe(json);
    expect(JSON.stringify(readArticleView(parsed, c.text))).toBe(json);
    expect(JSON.stringify(readArticleView([...c.quads].reverse(), c.text))).toBe(json);
  });
});

describe("the view of the bundled article", () => {
  const text = BUNDLED.text;
  const view = readArticleView(BUNDLED.quads, text);
  const statement = (local: string) => {
    const s = view.statements.find((x) => x.node.iri.endsWith(`/statement/${local}`));
    if (s === undefined) throw new Error(`no statement ${local}`);
    return s;
  };
  const speaker = (id: string) => view.speakers.find((s) => s.id === id);

  it("reads the same bytes from the committed data/zelensky-aide-neutrality.ttl", () => {
    const committed = new Parser({ format: "text/turtle" }).parse(read("data", `${SLUG}.ttl`));
    expect(JSON.stringify(readArticleView(committed, text))).toBe(JSON.stringify(view));
  });

  it("gives Zhovkva his post: deputy chief of staff in the Office of the President of Ukraine", () => {
    const zhovkva = view.speakers.find((s) => s.node.label === "Ihor Zhovkva");
    expect(zhovkva?.kind).toBe("person");
    expect(zhovkva?.posts).toEqual([
      expect.objectContaining({
        post: expect.objectContaining({ label: "Deputy Chief of Staff of the President of Ukraine" }),
        organisation: expect.objectContaining({ label: "Office of the President of Ukraine" }),
        state: expect.objectContaining({ label: "Ukraine" }),
        asOf: "2022-03-09",
      }),
    ]);
    const zelensky = view.speakers.find((s) => s.node.label === "Volodymyr Zelenskyy");
    expect(zelensky?.node.wikidata).toEqual(["http://www.wikidata.org/entity/Q3874799"]);
    // A head of state's post is in the state itself.
    expect(zelensky?.posts.map((p) => [p.post.label, p.organisation?.curie])).toEqual([
      ["President of Ukraine", "state:ukraine"],
    ]);
  });

  it("keeps unnamed speakers apart, labelled by their description and typed by affiliation", () => {
    const official = view.speakers.find((s) => s.node.label === "a senior US embassy official in Israel");
    expect(official).toMatchObject({ kind: "unnamed", posts: [] });
    expect(official?.affiliation?.label).toBe("Embassy of the United States in Israel");
    expect(view.speakers.find((s) => s.node.label === "Russia")?.kind).toBe("state");
  });

  it("keeps the misspelled mentions as printed and names their entities canonically", () => {
    expect(
      view.mentions
        .filter((m) => m.misspelling)
        .map((m) => [m.surface, m.start, m.entity.label, m.entityKind]),
    ).toEqual([
      ["Zhovka", 515, "Ihor Zhovkva", "Person"],
      ["Donestk", 1081, "Donetsk People's Republic", "Territory"],
      ["Zhovka", 1106, "Ihor Zhovkva", "Person"],
      ["Zhovka", 1423, "Ihor Zhovkva", "Person"],
    ]);
    const republics = view.mentions.filter((m) => m.surface === "the Donbas republics");
    expect(republics[0]?.entities.map((e) => e.label)).toEqual([
      "Donetsk People's Republic",
      "Luhansk People's Republic",
    ]);
  });

  it('resolves "On Monday" to 2022-03-07 for Zelensky\'s statement', () => {
    const ready = statement("zelensky-ready-to-discuss-crimea-donbas");
    expect(ready.date).toMatchObject({
      phrase: "On Monday",
      day: "2022-03-07",
      method: "ResolvedRelativePhrase",
    });
    expect(cp(text, ready.date?.start ?? 0, ready.date?.end ?? 0)).toBe("On Monday");
    expect(speaker(ready.speakers[0] ?? "")?.node.label).toBe("Volodymyr Zelenskyy");
  });

  it("has the four tensions between the right statements, one inferred without a contrast word", () => {
    const ids = new Map(view.statements.map((s) => [s.id, s.node.iri.split("/").pop()]));
    expect(
      view.tensions.map((t) => [
        t.node.iri.split("/").pop(),
        ids.get(t.first),
        ids.get(t.second),
        t.markers.map((m) => cp(text, m.start, m.end)),
        t.inferred,
      ]),
    ).toEqual([
      [
        "precondition-vs-rounds-held",
        "zhovkva-precondition-for-talks",
        "article-three-rounds-held",
        ["although"],
        false,
      ],
      [
        "russian-demand-vs-no-territory",
        "russia-would-stop-offensive-if",
        "zhovkva-will-not-trade-territories",
        ["But"],
        false,
      ],
      [
        "flexibility-vs-no-territory",
        "zelensky-ready-to-discuss-crimea-donbas",
        "zhovkva-will-not-trade-territories",
        [],
        true,
      ],
      [
        "cooled-down-vs-aspiring",
        "zelensky-cooled-down-on-nato",
        "zhovkva-still-aspiring-to-nato",
        ["although"],
        false,
      ],
    ]);
    expect(view.tensions[2]?.rule).toMatch(/^no contrast word links them/);
  });

  it("says Axios carried the Israeli officials' remarks, the second by inference from context", () => {
    const proposal = statement("israeli-officials-putin-proposal");
    const crossroads = statement("israeli-official-zelensky-at-crossroads");
    expect([proposal.outlet?.label, proposal.outletInferred]).toEqual(["Axios", false]);
    expect([crossroads.outlet?.label, crossroads.outletInferred]).toEqual(["Axios", true]);
    expect(crossroads.inferences.map((i) => i.property)).toEqual(["carriedBy"]);
  });

  it("nests Russia's demand: its items and what it offers in return", () => {
    const demand = statement("russia-would-stop-offensive-if").content;
    expect(demand?.kinds).toEqual(["Demand"]);
    const part = (node: ClaimNode | undefined, property: string) =>
      node?.parts.find((p) => p.property === property)?.values.map((v) => ("node" in v ? v.node.label : v));
    expect(part(demand, "item")).toEqual([
      "Ukraine becomes neutral",
      "Ukraine recognizes Crimea as Russian territory",
      "Ukraine recognizes the independence of the Donetsk and Luhansk People's Republics",
    ]);
    expect(part(demand, "offersInReturn")).toEqual(["Russia stops its offensive"]);
    expect(statement("russia-would-stop-offensive-if").claimKinds).toEqual(["Demand"]);
  });

  it("gives a claim met again on its own path as a plain ref, so a cycle in the claims ends", () => {
    const claim = (local: string) =>
      DataFactory.namedNode(`https://w3id.org/newsgraph/id/article/${SLUG}/claim/${local}`);
    // The demand's item answers the demand: demand → item → demand.
    const cyclic = [
      ...BUNDLED.quads,
      DataFactory.quad(
        claim("ukraine-becomes-neutral"),
        DataFactory.namedNode("https://w3id.org/newsgraph/ontology#answers"),
        claim("russian-demand"),
      ),
    ];
    const demand = readArticleView(cyclic, text).statements.find((s) =>
      s.node.iri.endsWith("/russia-would-stop-offensive-if"),
    )?.content;
    const neutral = demand?.parts
      .find((p) => p.property === "item")
      ?.values.find((v) => "node" in v && v.node.label === "Ukraine becomes neutral");
    const back =
      neutral !== undefined && "parts" in neutral
        ? neutral.parts.find((p) => p.property === "answers")
        : undefined;
    expect(back?.values).toEqual([
      expect.objectContaining({ iri: claim("russian-demand").value, label: demand?.node.label }),
    ]);
    expect(back?.values[0]).not.toHaveProperty("parts");
  });
});

describe("bad input to readArticleView", () => {
  const { quads, text } = BUNDLED;
  const { namedNode, literal, quad } = DataFactory;
  const NG = "https://w3id.org/newsgraph/ontology#";
  const OA = "http://www.w3.org/ns/oa#";
  const XSD_NNI = namedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
  const ANCHOR = `https://w3id.org/newsgraph/id/article/${SLUG}/anchor/1181-1190`;
  const RENDITION = `https://w3id.org/newsgraph/id/article/${SLUG}/rendition/text`;
  const article = quads.find((q) => q.object.value === "https://schema.org/NewsArticle");
  const without = (drop: (q: Quad) => boolean) => quads.filter((q) => !drop(q));
  const replace = (match: (q: Quad) => boolean, make: (q: Quad) => Quad) =>
    quads.map((q) => (match(q) ? make(q) : q));
  const noFingerprints = without(
    (q) => q.predicate.value === `${NG}textLength` || q.predicate.value === "https://schema.org/sha256",
  );
  const edited = text.replace("On Monday", "On Sunday");

  const rows: readonly {
    readonly name: string;
    readonly quads: readonly Quad[];
    readonly text: string;
    readonly code: string;
    readonly message: string;
  }[] = [
    {
      name: "a graph with no article",
      quads: without((q) => q === article),
      text,
      code: "invalid-input",
      message: "graph: holds no schema:NewsArticle",
    },
    {
      name: "a graph with two articles",
      quads: [
        ...quads,
        quad(
          namedNode("https://w3id.org/newsgraph/id/article/other"),
          article?.predicate as never,
          article?.object as never,
        ),
      ],
      text,
      code: "invalid-input",
      message: "graph: holds 2 schema:NewsArticle nodes",
    },
    {
      name: "a text of another length",
      quads,
      text: `${text}\nMore.`,
      code: "invalid-input",
      message: `<${RENDITION}>: the text given is not the article's: the graph records 2353 code points`,
    },
    {
      name: "a text of the same length with other words",
      quads,
      text: edited,
      code: "invalid-input",
      message: `<${RENDITION}>: the text given is not the article's: its SHA-256 is`,
    },
    {
      name: "an edited text in a graph that records no fingerprint",
      quads: noFingerprints,
      text: edited,
      code: "anchor-mismatch",
      message: `<${ANCHOR}>: oa:exact "On Monday" differs from the text at 1181–1190: "On Sunday"`,
    },
    {
      name: "an anchor past the end of the text",
      quads: replace(
        (q) => q.subject.value === `${ANCHOR}-position` && q.predicate.value === `${OA}end`,
        (q) => quad(q.subject, q.predicate, literal("99999", XSD_NNI)),
      ),
      text,
      code: "offset-out-of-range",
      message: `<${ANCHOR}>: oa:end 99999 is past the end of the text (2353 code points)`,
    },
    {
      name: "an anchor whose exact words differ from the text",
      quads: replace(
        (q) => q.subject.value === `${ANCHOR}-quote` && q.predicate.value === `${OA}exact`,
        (q) => quad(q.subject, q.predicate, literal("On Tuesday")),
      ),
      text,
      code: "anchor-mismatch",
      message: `<${ANCHOR}>: oa:exact "On Tuesday" differs from the text at 1181–1190: "On Monday"`,
    },
    {
      name: "an anchor that ends before it starts",
      quads: replace(
        (q) => q.subject.value === `${ANCHOR}-position` && q.predicate.value === `${OA}end`,
        (q) => quad(q.subject, q.predicate, literal("1000", XSD_NNI)),
      ),
      text,
      code: "offset-out-of-range",
      message: `<${ANCHOR}>: oa:end 1000 is before oa:start 1181`,
    },
    {
      name: "an offset that is not a number",
      quads: replace(
        (q) => q.subject.value === `${ANCHOR}-position` && q.predicate.value === `${OA}start`,
        (q) => quad(q.subject, q.predicate, literal("-3")),
      ),
      text,
      code: "offset-out-of-range",
      message: `<${ANCHOR}>: oa:start "-3" is not a code-point offset`,
    },
    {
      name: "a statement without an anchor",
      quads: without(
        (q) =>
          q.subject.value.endsWith("/statement/zelensky-cooled-down-on-nato") &&
          q.predicate.value === `${NG}anchor`,
      ),
      text,
      code: "invalid-input",
      message: `<https://w3id.org/newsgraph/id/article/${SLUG}/statement/zelensky-cooled-down-on-nato>: a statement has no anchor`,
    },
  ];

  it.each(rows.map((r) => [r.name, r] as const))("refuses %s, naming the problem and where", (_name, row) => {
    let error: unknown;
    try {
      readArticleView(row.quads, row.text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as NewsgraphError).code).toBe(row.code);
    expect((error as NewsgraphError).message.startsWith(row.message)).toBe(true);
  });

  it("leaves the quads it was given unchanged", () => {
    const before = toNTriples(quads);
    readArticleView(quads, text);
    expect(toNTriples(quads)).toBe(before);
  });
});
