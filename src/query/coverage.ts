import type { Literal, NamedNode, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import type { NewsStore } from "../store/store.js";
import { ng, oa, prov, rdf, schema, xsd } from "../vocab/namespaces.js";
import { sortRows } from "./sort.js";
import { termKey } from "./terms.js";

// Coverage across articles: how the articles of a corpus report the same remarks, claim items, events
// and entities. Each helper has a SPARQL twin in queries/ (reports-of.rq, compare-articles.rq,
// articles-reporting.rq). They read the store as a set of triples: a triple held in several named graphs
// (one per article) counts once, so no row repeats.

/** Distinct objects of (subject, predicate), whatever graph holds the triple. */
function objects(store: NewsStore, s: Term, p: NamedNode): Term[] {
  const seen = new Map<string, Term>();
  for (const q of store.match(s, p, null)) seen.set(termKey(q.object), q.object);
  return [...seen.values()];
}

/** Distinct subjects of (predicate, object), whatever graph holds the triple. */
function subjects(store: NewsStore, p: NamedNode, o: Term): Term[] {
  const seen = new Map<string, Term>();
  for (const q of store.match(null, p, o)) seen.set(termKey(q.subject), q.subject);
  return [...seen.values()];
}

const isA = (store: NewsStore, node: Term, cls: NamedNode) => store.count(node, rdf("type"), cls) > 0;
const optional = (terms: Term[]): (Term | undefined)[] => (terms.length === 0 ? [undefined] : terms);
/** One row per set of values, as a SELECT DISTINCT gives it. */
function distinct<T extends object>(rows: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) {
    const key = Object.entries(row)
      .filter(([, t]) => t !== undefined)
      .map(([k, t]) => `${k}=${termKey(t as Term)}`)
      .sort()
      .join("\u0000");
    seen.set(key, row);
  }
  return [...seen.values()];
}
const integer = (n: number): Literal => DataFactory.literal(String(n), xsd("integer"));

/**
 * The properties that lead from a piece of claim content to the content inside it (a demand's items, a
 * condition's requirements and outcome, what is refused, what a position is towards…): a statement
 * reports whatever its content holds.
 */
export const CONTENT_PARTS = [
  "item",
  "requires",
  "outcome",
  "refused",
  "towards",
  "includes",
  "excludes",
  "option",
  "offersInReturn",
  "leadsTo",
].map((local) => ng(local));

/** The statements whose content holds a piece of claim content (directly or inside other content). */
function statementsHolding(store: NewsStore, content: Term): Term[] {
  const found = new Map<string, Term>();
  const seen = new Set([termKey(content)]);
  const queue = [content];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const s of subjects(store, ng("content"), node))
      if (isA(store, s, ng("Statement"))) found.set(termKey(s), s);
    for (const p of CONTENT_PARTS)
      for (const parent of subjects(store, p, node)) {
        if (seen.has(termKey(parent))) continue;
        seen.add(termKey(parent));
        queue.push(parent);
      }
  }
  return [...found.values()];
}

/** One report of a remark or claim item: which article, which statement, in which words and mode. */
export interface ReportRow {
  readonly article: NamedNode;
  /** The article's publisher (the outlet whose report it is). */
  readonly publisher: NamedNode;
  readonly statement: NamedNode;
  /** The node that points at the shared one: the statement itself, or the claim content inside it. */
  readonly report: NamedNode;
  /** The report's exact words: the statement's content span, or the claim content's anchor when it has one. */
  readonly wording?: Literal;
  /** Where the statement starts in its article (code points). */
  readonly start: Literal;
  readonly mode: NamedNode;
  /** The outlet the article says carried the statement, when it names one. */
  readonly carriedBy?: NamedNode;
}

/** The columns of `reportsOf`, in order. */
export const REPORT_COLUMNS = [
  "article",
  "publisher",
  "statement",
  "report",
  "wording",
  "start",
  "mode",
  "carriedBy",
] as const;

/**
 * Every report of one remark or claim item across the articles of the store: the article and its
 * publisher, the statement (and the claim content inside it that names an item), the exact words, the
 * report mode and the carrying outlet; sorted by article, then position.
 *
 * @example
 * reportsOf(store, mintIri("remark", "zelensky-cooled-on-nato-abc-2022-03-07")); // one row per article's report
 */
export function reportsOf(store: NewsStore, node: NamedNode): ReportRow[] {
  const exact = (anchor: Term) =>
    objects(store, anchor, oa("hasSelector")).flatMap((s) => objects(store, s, oa("exact")));
  const reports: { statement: Term; report: Term; wording: (Term | undefined)[] }[] = [];
  for (const r of subjects(store, ng("reports"), node)) {
    if (isA(store, r, ng("Statement")))
      for (const span of objects(store, r, ng("contentSpan")))
        reports.push({ statement: r, report: r, wording: exact(span) });
    if (isA(store, r, ng("ClaimContent")))
      for (const statement of statementsHolding(store, r))
        reports.push({
          statement,
          report: r,
          wording: optional(objects(store, r, ng("anchor")).flatMap(exact)),
        });
  }
  const rows: ReportRow[] = [];
  for (const { statement, report, wording } of reports)
    for (const article of objects(store, statement, ng("reportedIn")))
      for (const publisher of objects(store, article, schema("publisher")))
        for (const mode of objects(store, statement, ng("reportMode")))
          for (const anchor of objects(store, statement, ng("anchor")))
            for (const start of objects(store, anchor, oa("hasSelector")).flatMap((s) =>
              objects(store, s, oa("start")),
            ))
              for (const carriedBy of optional(objects(store, statement, ng("carriedBy"))))
                for (const words of wording)
                  rows.push({
                    article,
                    publisher,
                    statement,
                    report,
                    start,
                    mode,
                    ...(words === undefined ? {} : { wording: words }),
                    ...(carriedBy === undefined ? {} : { carriedBy }),
                  } as ReportRow);
  return sortRows(distinct(rows), [
    "article",
    "start",
    "statement",
    "report",
    "wording",
    "mode",
    "carriedBy",
    "publisher",
  ]);
}

/** What kind of shared thing a node an article reports is. */
export type ReportedKind = "entity" | "event" | "remark" | "item" | "document";

/** The kind of a reported node, by its class. */
function kindOf(store: NewsStore, node: Term): ReportedKind {
  if (isA(store, node, ng("Remark"))) return "remark";
  if (isA(store, node, ng("ClaimItem"))) return "item";
  if (isA(store, node, ng("CitedReport"))) return "document";
  if (isA(store, node, schema("Event"))) return "event";
  return "entity";
}

/**
 * Everything an article reports: what its mentions refer to; what its statements are about, who speaks
 * in them, the remarks they report and the cited reports they derive from; the claim items their content
 * names; the events it observes. Keyed by term.
 */
function reportedBy(store: NewsStore, article: Term): Map<string, Term> {
  const found = new Map<string, Term>();
  const add = (terms: Term[]) => {
    for (const t of terms) found.set(termKey(t), t);
  };
  for (const m of subjects(store, ng("inArticle"), article)) add(objects(store, m, ng("refersTo")));
  for (const s of subjects(store, ng("reportedIn"), article)) {
    if (!isA(store, s, ng("Statement"))) continue;
    add(objects(store, s, schema("about")));
    add(objects(store, s, ng("speaker")));
    add(objects(store, s, ng("reports")));
    add(objects(store, s, prov("wasDerivedFrom")).filter((d) => isA(store, d, ng("CitedReport"))));
    // The content a statement holds, all the way down, and the items it names.
    const seen = new Set<string>();
    const queue = objects(store, s, ng("content"));
    for (let c = queue.shift(); c !== undefined; c = queue.shift()) {
      if (seen.has(termKey(c))) continue;
      seen.add(termKey(c));
      add(objects(store, c, ng("reports")));
      for (const p of CONTENT_PARTS) queue.push(...objects(store, c, p));
    }
  }
  for (const o of subjects(store, ng("observedIn"), article))
    add(objects(store, o, ng("observes")).filter((e) => isA(store, e, schema("Event"))));
  return found;
}

/** One node of a comparison of two articles: what it is and which of the two report it. */
export interface ComparisonRow {
  /** The article compared with the first. */
  readonly b: NamedNode;
  /** "entity", "event", "remark", "item" or "document". */
  readonly what: Literal;
  readonly node: NamedNode;
  /** "both", "onlyA" or "onlyB". */
  readonly side: Literal;
}

/** The columns of `compareArticles`, in order. */
export const COMPARISON_COLUMNS = ["b", "what", "node", "side"] as const;

/**
 * What two articles share and where they differ: every entity, event, remark, claim item and cited
 * report either one reports, with whether both report it, only the first or only the second. Without
 * `b`, the first article is compared with every other article of the store.
 *
 * @example
 * compareArticles(store, mintIri("article", "coverage-ledger-fixture"), mintIri("article", "coverage-radio-fixture"));
 */
export function compareArticles(store: NewsStore, a: NamedNode, b?: NamedNode): ComparisonRow[] {
  const article = schema("NewsArticle");
  if (!isA(store, a, article)) return [];
  const others =
    b === undefined
      ? subjects(store, rdf("type"), article).filter((x) => !x.equals(a))
      : isA(store, b, article) && !b.equals(a)
        ? [b]
        : [];
  const inA = reportedBy(store, a);
  const rows: ComparisonRow[] = [];
  for (const other of others) {
    const inB = reportedBy(store, other);
    for (const [key, node] of new Map([...inA, ...inB])) {
      const side = inA.has(key) ? (inB.has(key) ? "both" : "onlyA") : "onlyB";
      rows.push({
        b: other as NamedNode,
        what: DataFactory.literal(kindOf(store, node)),
        node: node as NamedNode,
        side: DataFactory.literal(side),
      });
    }
  }
  return sortRows(rows, ["b", "what", "node", "side"]);
}

/** An article that reports an entity, with how often. */
export interface ArticleReporting {
  readonly article: NamedNode;
  readonly publisher: NamedNode;
  /** Its mentions of the entity. */
  readonly mentions: Literal;
  /** Its statements about the entity (`schema:about`). */
  readonly statementsAbout: Literal;
  /** Its statements by the entity (as speaker). */
  readonly statementsBy: Literal;
}

/** The columns of `articlesReporting`, in order. */
export const ARTICLES_REPORTING_COLUMNS = [
  "article",
  "publisher",
  "mentions",
  "statementsAbout",
  "statementsBy",
] as const;

/**
 * Every article that reports an entity — mentions it, or has statements about it or by it — with its
 * publisher and the counts, by article.
 *
 * @example
 * articlesReporting(store, mintIri("person", "volodymyr-zelenskyy")); // [{ article, mentions: "9", … }, …]
 */
export function articlesReporting(store: NewsStore, entity: NamedNode): ArticleReporting[] {
  const counts = new Map<string, { article: Term; m: Set<string>; about: Set<string>; by: Set<string> }>();
  const tally = (article: Term, which: "m" | "about" | "by", node: Term) => {
    const key = termKey(article);
    const c = counts.get(key) ?? { article, m: new Set(), about: new Set(), by: new Set() };
    c[which].add(termKey(node));
    counts.set(key, c);
  };
  for (const m of subjects(store, ng("refersTo"), entity))
    for (const article of objects(store, m, ng("inArticle"))) tally(article, "m", m);
  for (const [which, p] of [
    ["about", schema("about")],
    ["by", ng("speaker")],
  ] as const)
    for (const s of subjects(store, p, entity))
      if (isA(store, s, ng("Statement")))
        for (const article of objects(store, s, ng("reportedIn"))) tally(article, which, s);
  const rows: ArticleReporting[] = [];
  for (const { article, m, about, by } of counts.values()) {
    if (!isA(store, article, schema("NewsArticle"))) continue;
    for (const publisher of objects(store, article, schema("publisher")))
      rows.push({
        article: article as NamedNode,
        publisher: publisher as NamedNode,
        mentions: integer(m.size),
        statementsAbout: integer(about.size),
        statementsBy: integer(by.size),
      });
  }
  return sortRows(rows, ["article", "publisher"]);
}
