// The cross-article layer's builders: remarks, claim items, cited reports, references to another
// article's statements, and the statements, claim content, tensions and mentions that point at them.
// Every bad input is a row of the table below: the call, the error code and the field it names.
import { describe, expect, it } from "vitest";
import {
  action,
  anchorText,
  article,
  citedReport,
  claimItem,
  event,
  fromArticle,
  GraphBuilder,
  mention,
  mintIri,
  NewsgraphError,
  outlet,
  person,
  type Ref,
  remark,
  resolvedDate,
  state,
  statement,
  tension,
  topic,
  unnamedAgent,
} from "../../src/index.js";

const TEXT =
  "Zelensky told ABC News on Monday: “I cooled down.” The remarks came as officials met. But Zhovkva said Ukraine aspires to join.";
const OTHER = "https://w3id.org/newsgraph/id/article/other-article/statement/zelensky-cooled";

/** A small article graph with the nodes the rows need. */
function setup() {
  const g = new GraphBuilder("cross-article-test", TEXT);
  const abc = outlet(g, { name: "ABC News" });
  const { published } = article(g, {
    headline: anchorText(g, "Zelensky told ABC News"),
    url: "https://example.org/cross-article-test",
    datePublished: "2022-03-08",
    language: "en",
    publisher: abc,
  });
  const zelensky = person(g, { name: "Volodymyr Zelenskyy" });
  const zhovkva = person(g, { name: "Ihor Zhovkva" });
  const ukraine = state(g, { name: "Ukraine" });
  const officials = unnamedAgent(g, { description: "officials", affiliation: ukraine, plural: true });
  const monday = resolvedDate(g, {
    slug: "on-monday",
    method: "explicit",
    date: "2022-03-07",
    phrase: anchorText(g, "on Monday"),
    rule: "the Monday before publication",
  });
  const meeting = event(g, {
    name: "Officials' meeting",
    kind: "meeting",
    actors: [zhovkva],
    anchor: anchorText(g, "officials met"),
  });
  const said = remark(g, { slug: "zelensky-cooled", speaker: zelensky, said: "2022-03-07" });
  const item = claimItem(g, { slug: "ukraine-joins-nato", label: "Ukraine joins NATO", actor: ukraine });
  const interview = citedReport(g, {
    slug: "abc-interview",
    title: "Zelensky's interview with ABC News",
    publisher: abc,
    kind: "interview",
  });
  const nato = topic(g, { name: "NATO membership" });
  const but = anchorText(g, "But");
  const base = {
    slug: "zelensky-cooled",
    summary: "Zelensky: he has cooled down",
    speaker: zelensky,
    mode: "verbatim" as const,
    anchor: anchorText(g, "Zelensky told ABC News on Monday: “I cooled down.”"),
    quotations: [anchorText(g, "I cooled down.")],
    date: monday,
    topics: [nato],
    about: [ukraine],
    polarity: "affirmative" as const,
  };
  return {
    g,
    abc,
    published,
    zelensky,
    zhovkva,
    ukraine,
    officials,
    monday,
    meeting,
    said,
    item,
    interview,
    nato,
    but,
    base,
  };
}

type Setup = ReturnType<typeof setup>;

/** Each bad input: what it is, the call, the error code, and the field the error names. */
const ROWS: readonly [string, (s: Setup) => unknown, string, string][] = [
  [
    "a remark with a slug that is not a slug",
    (s) => remark(s.g, { slug: "Not A Slug", speaker: s.zelensky }),
    "invalid-slug",
    "remark.slug",
  ],
  [
    "a remark with no speaker",
    (s) => remark(s.g, { slug: "r", speaker: [] }),
    "invalid-input",
    "remark.speaker",
  ],
  [
    "a remark by an unnamed agent (article-scoped)",
    (s) => remark(s.g, { slug: "r", speaker: s.officials as never }),
    "invalid-input",
    "remark.speaker",
  ],
  [
    "a remark by a speaker built in another graph",
    (s) => remark(s.g, { slug: "r", speaker: person(new GraphBuilder("elsewhere", "x"), { name: "X" }) }),
    "unknown-reference",
    "remark.speaker",
  ],
  [
    "a remark said on no day of the calendar",
    (s) => remark(s.g, { slug: "r", speaker: s.zelensky, said: "2022-02-30" }),
    "invalid-date",
    "remark.said",
  ],
  [
    "a remark whose occasion is not an event",
    (s) => remark(s.g, { slug: "r", speaker: s.zelensky, occasion: s.zhovkva as never }),
    "unknown-reference",
    "remark.occasion",
  ],
  [
    "the same remark again with another day",
    (s) => remark(s.g, { slug: "zelensky-cooled", speaker: s.zelensky, said: "2022-03-06" }),
    "duplicate-iri",
    "remark.said",
  ],
  [
    "a statement that reports a remark by another speaker",
    (s) => statement(s.g, { ...s.base, speaker: s.zhovkva, reports: s.said }),
    "invalid-input",
    "statement.reports",
  ],
  [
    "a statement dated another day than the remark it reports",
    (s) => statement(s.g, { ...s.base, date: s.published, reports: s.said }),
    "invalid-input",
    "statement.reports",
  ],
  [
    "a statement that reports a claim item, not a remark",
    (s) => statement(s.g, { ...s.base, reports: s.item as never }),
    "unknown-reference",
    "statement.reports",
  ],
  [
    "a statement derived from a remark, not a cited report",
    (s) => statement(s.g, { ...s.base, derivedFrom: [s.interview, s.said as never] }),
    "unknown-reference",
    "statement.derivedFrom[1]",
  ],
  [
    "a claim item with an empty label",
    (s) => claimItem(s.g, { slug: "i", label: " " }),
    "empty-name",
    "claimItem.label",
  ],
  [
    "a claim item whose actor is an unnamed agent",
    (s) => claimItem(s.g, { slug: "i", label: "Officials meet", actor: s.officials as never }),
    "invalid-input",
    "claimItem.actor",
  ],
  [
    "a claim item that affects an unnamed agent",
    (s) => claimItem(s.g, { slug: "i", label: "Officials meet", affects: [s.ukraine, s.officials] }),
    "invalid-input",
    "claimItem.affects[1]",
  ],
  [
    "the same claim item again with another label",
    (s) => claimItem(s.g, { slug: "ukraine-joins-nato", label: "Ukraine enters NATO", actor: s.ukraine }),
    "duplicate-iri",
    "claimItem.label",
  ],
  [
    "claim content that reports a remark, not a claim item",
    (s) => action(s.g, { slug: "a", label: "Ukraine joins NATO", reports: s.said as never }),
    "unknown-reference",
    "action.reports",
  ],
  [
    "a cited report of an unknown kind",
    (s) => citedReport(s.g, { slug: "d", title: "A podcast", publisher: s.abc, kind: "podcast" as never }),
    "invalid-value",
    "citedReport.kind",
  ],
  [
    "a cited report's day without the page it comes from",
    (s) =>
      citedReport(s.g, {
        slug: "d",
        title: "T",
        publisher: s.abc,
        kind: "broadcast",
        published: "2022-03-07",
      }),
    "invalid-input",
    "citedReport.published",
  ],
  [
    "a cited report with a URL that is not http(s)",
    (s) =>
      citedReport(s.g, {
        slug: "d",
        title: "T",
        publisher: s.abc,
        kind: "article",
        url: "ftp://example.org/x",
      }),
    "invalid-value",
    "citedReport.url",
  ],
  [
    "a cited report published by a person, not an outlet",
    (s) => citedReport(s.g, { slug: "d", title: "T", publisher: s.zelensky as never, kind: "post" }),
    "unknown-reference",
    "citedReport.publisher",
  ],
  [
    "a reference to another article's claim content (only statements)",
    (s) => fromArticle(s.g, "claim" as never, OTHER),
    "invalid-value",
    "fromArticle.kind",
  ],
  [
    "a reference to a shared node, not another article's statement",
    (s) => fromArticle(s.g, "statement", mintIri("person", "volodymyr-zelenskyy")),
    "invalid-value",
    "fromArticle.iri",
  ],
  [
    "a reference to a statement of this very article",
    (s) =>
      fromArticle(s.g, "statement", "https://w3id.org/newsgraph/id/article/cross-article-test/statement/x"),
    "invalid-input",
    "fromArticle.iri",
  ],
  [
    "a reference that is not an IRI",
    (s) => fromArticle(s.g, "statement", 42 as never),
    "invalid-value",
    "fromArticle.iri",
  ],
  [
    "a tension with another graph's foreign reference",
    (s) =>
      tension(s.g, {
        slug: "t",
        label: "T",
        kind: "divergentAttitudes",
        first: fromArticle(s.g, "statement", `${OTHER}-too`),
        second: fromArticle(new GraphBuilder("elsewhere", "x"), "statement", OTHER),
        evidence: s.but,
      }),
    "unknown-reference",
    "tension.second",
  ],
];

describe("the cross-article builders refuse bad input", () => {
  it.each(ROWS)("%s", (_, call, code, where) => {
    const s = setup();
    const before = s.g.quads.length;
    let error: unknown;
    try {
      call(s);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    expect({ code: (error as NewsgraphError).code, where: (error as NewsgraphError).where }).toEqual({
      code,
      where,
    });
    // Nothing of the failed call stays in the graph.
    expect(s.g.quads.length).toBe(before);
  });
});

describe("the cross-article builders", () => {
  const triples = (s: Setup, subject: string) =>
    s.g.quads.filter((q) => q.subject.value === subject).map((q) => `${q.predicate.value} ${q.object.value}`);

  it("mint a remark, a claim item and a cited report under shared IRIs from their keys", () => {
    const s = setup();
    expect(s.said.iri.value).toBe("https://w3id.org/newsgraph/id/remark/zelensky-cooled");
    expect(s.item.iri.value).toBe("https://w3id.org/newsgraph/id/item/ukraine-joins-nato");
    expect(s.interview.iri.value).toBe("https://w3id.org/newsgraph/id/document/abc-interview");
    // Another article minting the same keys gets the same IRIs.
    const other = setup();
    expect(other.said.iri.equals(s.said.iri)).toBe(true);
    expect(triples(s, s.said.iri.value)).toContain("https://w3id.org/newsgraph/ontology#saidOn 2022-03-07");
  });

  it("link a statement to the remark it reports and the report it derives from, and its quotations to the remark", () => {
    const s = setup();
    const st = statement(s.g, { ...s.base, reports: s.said, derivedFrom: s.interview });
    const out = triples(s, st.iri.value);
    expect(out).toContain(`https://w3id.org/newsgraph/ontology#reports ${s.said.iri.value}`);
    expect(out).toContain(`http://www.w3.org/ns/prov#wasDerivedFrom ${s.interview.iri.value}`);
    const quote = s.g.quads.find((q) => q.predicate.value.endsWith("#quotation") && q.subject.equals(st.iri));
    expect(triples(s, quote?.object.value ?? "")).toContain(
      `https://w3id.org/newsgraph/ontology#quotes ${s.said.iri.value}`,
    );
  });

  it("let a mention refer to a remark (“The remarks”) and a tension name another article's statement", () => {
    const s = setup();
    mention(s.g, s.said, anchorText(s.g, "The remarks"));
    const t = tension(s.g, {
      slug: "t",
      label: "Cooled down, but aspiring",
      kind: "divergentAttitudes",
      first: fromArticle(s.g, "statement", OTHER),
      second: statement(s.g, s.base),
      evidence: anchorText(s.g, "But"),
    });
    expect(triples(s, t.iri.value)).toContain(`https://w3id.org/newsgraph/ontology#foreignClaim ${OTHER}`);
    // The foreign statement itself gets no triples here: it belongs to its own article's graph.
    expect(triples(s, OTHER)).toEqual([]);
  });

  it("take a remark by several speakers and at an occasion", () => {
    const s = setup();
    const joint = remark(s.g, { slug: "joint", speaker: [s.zelensky, s.zhovkva], occasion: s.meeting });
    expect(triples(s, joint.iri.value)).toEqual(
      expect.arrayContaining([
        `http://www.w3.org/ns/prov#wasAssociatedWith ${s.zhovkva.iri.value}`,
        `https://w3id.org/newsgraph/ontology#occasion ${s.meeting.iri.value}`,
      ]),
    );
    const ref: Ref<"remark"> = joint;
    expect(ref.kind).toBe("remark");
  });
});
