// The coverage helpers (reportsOf, compareArticles, articlesReporting) over the bundled article and the
// two coverage fixtures: each article in a named graph of its own, so the triples they share (people,
// states, the remark, the items, the event) sit in several graphs and must still give one row each. Every
// helper answers exactly as its SPARQL twin on Oxigraph (over the union of the graphs), and the rows are
// the ones worked out by hand from the fixture texts.
import type { Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import {
  articlesReporting,
  compareArticles,
  HELPERS,
  type HelperEntry,
  mintIri,
  NewsStore,
  type OxigraphStore,
  oxigraphStore,
  reportsOf,
  type SparqlJsonTerm,
  selectJson,
} from "../../src/index.js";
import { coverageCorpus, inNamedGraphs, union } from "../fixtures/coverage/corpus.js";
import { SLUG as LEDGER } from "../fixtures/coverage/ledger-report.js";
import { SLUG as RADIO } from "../fixtures/coverage/radio-report.js";
import { KEYS } from "../fixtures/coverage/shared.js";
import { read } from "../helpers.js";

const NG = "https://w3id.org/newsgraph/ontology#";
const ID = "https://w3id.org/newsgraph/id/";
const BUNDLED = "zelensky-aide-neutrality";
const { namedNode } = DataFactory;
const art = (slug: string) => mintIri("article", slug);
const scoped = (slug: string, path: string) => `${ID}article/${slug}/${path}`;
/** A row as plain strings, keyed by column (unbound columns left out). */
const plain = (row: object) =>
  Object.fromEntries(Object.entries(row).map(([k, t]) => [k, (t as Term).value]));

let named: NewsStore;
let merged: NewsStore;
let ox: OxigraphStore;
let nodes: string[];
let texts: Map<string, string>;
/** Where a phrase starts in an article's text, in code points. */
const startOf = (slug: string, phrase: string) => {
  const text = texts.get(slug) ?? "";
  expect(text.split(phrase).length, `${phrase} occurs once in ${slug}`).toBe(2);
  return String(Array.from(text.slice(0, text.indexOf(phrase))).length);
};

beforeAll(() => {
  const corpus = coverageCorpus();
  named = new NewsStore(inNamedGraphs(corpus));
  merged = new NewsStore(union(corpus));
  ox = oxigraphStore(union(corpus));
  // What the helpers are asked about: every node the articles report or mention, every article, and a
  // few nodes of other kinds (a statement, an anchor, a topic) that must give no rows.
  const quads = union(corpus);
  const asked = new Set([
    `${NG}reports`,
    `${NG}refersTo`,
    "https://schema.org/about",
    `${NG}speaker`,
    `${NG}inArticle`,
  ]);
  nodes = [
    ...new Set([
      ...quads.filter((q) => asked.has(q.predicate.value)).map((q) => q.object.value),
      scoped(RADIO, "statement/zhovkva-still-aspires-to-nato"),
      mintIri("topic", "nato-membership").value,
      `${ID}person/nobody`,
    ]),
  ].sort();
  texts = new Map(corpus.map((a) => [a.module.slug, a.text]));
});

/** The twin's rows for one value of the helper's parameter, as plain strings over the helper's columns. */
function twinRows(entry: HelperEntry, value: string): Record<string, string>[] {
  const name = entry.param.kind === "iri" ? entry.param.name : "";
  const text = read("queries", `${entry.twin}.rq`);
  const values = new RegExp(`VALUES \\?${name} \\{[^}]*\\}`);
  const bound = values.test(text) ? text.replace(values, `VALUES ?${name} { <${value}> }`) : text;
  return selectJson(ox, bound, entry.twin)
    .results.bindings.filter((b) => (b[name] as SparqlJsonTerm | undefined)?.value === value)
    .map((b) =>
      Object.fromEntries(
        entry.columns.filter((c) => b[c] !== undefined).map((c) => [c, (b[c] as SparqlJsonTerm).value]),
      ),
    );
}

describe("the coverage helpers", () => {
  it.each(["reportsOf", "compareArticles", "articlesReporting"] as const)(
    "%s answers exactly as its SPARQL twin for every node the articles report, one row per solution over named graphs",
    (name) => {
      const entry: HelperEntry = HELPERS[name];
      let answered = 0;
      for (const value of nodes) {
        const node = namedNode(value);
        const rows = entry.run(named, node).map(plain);
        expect(rows, `${name}(<${value}>)`).toEqual(twinRows(entry, value));
        // The same rows whether each article sits in its own graph or all in one.
        expect(rows).toEqual(entry.run(merged, node).map(plain));
        if (rows.length > 0) answered += 1;
      }
      expect(answered).toBeGreaterThan(2);
    },
  );
});

describe("reportsOf", () => {
  it("gives both reports of the shared remark, verbatim and reported, with each article's own words", () => {
    expect(reportsOf(named, mintIri("remark", KEYS.remark)).map(plain)).toEqual([
      {
        article: art(LEDGER).value,
        publisher: mintIri("org", "the-fixture-ledger").value,
        statement: scoped(LEDGER, "statement/zelensky-cooled-on-nato"),
        report: scoped(LEDGER, "statement/zelensky-cooled-on-nato"),
        wording: "I cooled down on this question long ago, once we saw NATO was not ready to accept Ukraine.",
        start: startOf(LEDGER, "Ukrainian President Volodymyr Zelensky told ABC News"),
        mode: `${NG}VerbatimQuote`,
        carriedBy: mintIri("org", "abc-news").value,
      },
      {
        article: art(RADIO).value,
        publisher: mintIri("org", "fixture-radio-news").value,
        statement: scoped(RADIO, "statement/zelensky-no-longer-keen-on-nato"),
        report: scoped(RADIO, "statement/zelensky-no-longer-keen-on-nato"),
        wording:
          "he was no longer so keen on Ukraine joining NATO, since the alliance was not prepared to take Ukraine in",
        start: startOf(RADIO, "Speaking to ABC News on Monday"),
        mode: `${NG}ReportedSpeech`,
        carriedBy: mintIri("org", "abc-news").value,
      },
    ]);
  });

  it("gives every report of a claim item through the claim content that names it, in text order", () => {
    const rows = reportsOf(named, mintIri("item", KEYS.joinsNato)).map((r) => [
      r.article.value.split("/").pop(),
      r.statement.value.split("/").pop(),
      r.report.value.split("/").pop(),
      r.wording?.value,
      r.mode.value.slice(NG.length),
    ]);
    expect(rows).toEqual([
      [LEDGER, "zelensky-cooled-on-nato", "ukraine-joins-nato", "this question", "VerbatimQuote"],
      [
        RADIO,
        "zelensky-no-longer-keen-on-nato",
        "ukraine-joins-nato",
        "Ukraine joining NATO",
        "ReportedSpeech",
      ],
      [
        RADIO,
        "zhovkva-still-aspires-to-nato",
        "ukraine-joins-the-alliance",
        "join the alliance",
        "ReportedSpeech",
      ],
    ]);
    const neutral = reportsOf(named, mintIri("item", KEYS.neutral)).map((r) => [
      r.article.value.split("/").pop(),
      r.statement.value.split("/").pop(),
      r.wording?.value,
      r.mode.value.slice(NG.length),
    ]);
    expect(neutral).toEqual([
      [LEDGER, "russia-demands-neutrality", "Ukraine become neutral", "ReportedSpeech"],
      [RADIO, "russia-presses-neutrality-demand", "Ukraine become neutral", "Paraphrase"],
    ]);
  });
});

describe("compareArticles", () => {
  it("lists what the two fixtures share and what only one of them reports", () => {
    const rows = compareArticles(named, art(LEDGER), art(RADIO)).map((r) => [
      r.side.value,
      r.what.value,
      r.node.value.slice(ID.length),
    ]);
    const by = (side: string) => rows.filter(([s]) => s === side).map(([, what, node]) => `${what} ${node}`);
    expect(by("both")).toEqual([
      `document document/${KEYS.interview}`,
      "entity org/abc-news",
      "entity org/nato",
      "entity person/volodymyr-zelenskyy",
      "entity state/russia",
      "entity state/ukraine",
      "event event/2022-russian-invasion-of-ukraine",
      `item item/${KEYS.neutral}`,
      `item item/${KEYS.joinsNato}`,
      `remark remark/${KEYS.remark}`,
    ]);
    expect(by("onlyA")).toEqual(["entity org/the-fixture-ledger", "entity person/ana-example"]);
    expect(by("onlyB")).toEqual([
      "entity org/fixture-radio-news",
      "entity person/bo-sample",
      "entity person/ihor-zhovkva",
    ]);
  });

  it("compares an article with every other one when no second article is given", () => {
    const others = new Set(compareArticles(named, art(LEDGER)).map((r) => r.b.value));
    expect([...others].sort()).toEqual([art(RADIO).value, art(BUNDLED).value].sort());
    expect(compareArticles(named, mintIri("person", "ihor-zhovkva"))).toEqual([]);
    expect(compareArticles(named, art(LEDGER), art(LEDGER))).toEqual([]);
  });
});

describe("articlesReporting", () => {
  it("gives every article that reports Zelensky, with its mentions and statements by and about him", () => {
    const rows = articlesReporting(named, mintIri("person", "volodymyr-zelenskyy")).map((r) => [
      r.article.value.split("/").pop(),
      Number(r.mentions.value),
      Number(r.statementsAbout.value),
      Number(r.statementsBy.value),
    ]);
    expect(rows.map((r) => r[0])).toEqual([LEDGER, RADIO, BUNDLED]);
    expect(rows.slice(0, 2)).toEqual([
      [LEDGER, 2, 0, 1],
      [RADIO, 3, 0, 1],
    ]);
  });

  it("names an article that only mentions an entity, and none for an entity no article reports", () => {
    expect(articlesReporting(named, mintIri("person", "ihor-zhovkva")).map((r) => r.article.value)).toEqual([
      art(RADIO).value,
      art(BUNDLED).value,
    ]);
    expect(articlesReporting(named, mintIri("person", "nobody"))).toEqual([]);
  });
});
