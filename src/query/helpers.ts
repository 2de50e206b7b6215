import type { Literal, NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { isoDate } from "../builders/validate.js";
import type { NewsStore } from "../store/store.js";
import { ng, oa, org, rdf, rdfs, schema, sem, skos, time, xsd } from "../vocab/namespaces.js";
import { oneOrMore, Query, type TriplePattern, v, zeroOrMore } from "./pattern.js";
import { type ArticleScope, inScope } from "./scope.js";
import { sortRows } from "./sort.js";
import { compareForOrder, termKey } from "./terms.js";

// Every helper answers one question a user asks of a news-claims graph. Each has a SPARQL twin in
// queries/ (named in HELPERS below); a test runs both and requires the same answers.

/** A post a person holds, as an article attests it (one row per dated observation). */
export interface PostHeld {
  readonly post: NamedNode;
  readonly postName: Literal;
  readonly organisation: NamedNode;
  readonly organisationName: Literal;
  readonly attestedOn: Literal;
  /** The article that attests it. */
  readonly article: NamedNode;
}

/**
 * The posts a person holds, with the organisation or state and the day an article attests it (the
 * membership's `ng:Observation`s: who holds a post changes, so every holding is dated).
 *
 * @example
 * postsHeldBy(store, mintIri("person", "ihor-zhovkva")); // [{ postName: "Deputy Chief of Staff of the President of Ukraine", … }]
 */
export function postsHeldBy(store: NewsStore, person: NamedNode, options?: ArticleScope): PostHeld[] {
  const rows = Query.on(store)
    .where(
      [v("membership"), org("member"), person],
      [v("membership"), ng("post"), v("post")],
      [v("membership"), org("organization"), v("organisation")],
      [v("observation"), ng("observes"), v("membership")],
      [v("observation"), ng("asOf"), v("attestedOn")],
      [v("observation"), ng("observedIn"), v("article")],
      [v("post"), skos("prefLabel"), v("postName")],
      [v("organisation"), skos("prefLabel"), v("organisationName")],
    )
    .select("article", "post", "postName", "organisation", "organisationName", "attestedOn")
    .distinct()
    .orderBy("article")
    .orderBy("postName")
    .orderBy("attestedOn")
    .orderBy("post")
    .orderBy("organisation")
    .rows() as unknown as PostHeld[];
  return inScope(rows, options);
}

/** A statement with how and when it was made. */
export interface StatementSummary {
  readonly statement: NamedNode;
  readonly summary: Literal;
  readonly mode: NamedNode;
  readonly start: Literal;
  readonly date?: Literal;
  readonly outlet?: NamedNode;
  /** The article that reports it. */
  readonly article: NamedNode;
}

/**
 * Every statement by an agent (a person, an unnamed official, a state…), in text order, with its
 * summary, report mode, resolved day (when the text gives one) and the outlet that carried it.
 *
 * @example
 * statementsBy(store, mintIri("state", "russia"));
 */
export function statementsBy(store: NewsStore, agent: NamedNode, options?: ArticleScope): StatementSummary[] {
  const rows = Query.on(store)
    .where(
      [v("statement"), ng("speaker"), agent],
      [v("statement"), ng("reportedIn"), v("article")],
      [v("statement"), rdfs("label"), v("summary")],
      [v("statement"), ng("reportMode"), v("mode")],
      [v("statement"), ng("anchor"), v("anchor")],
      [v("anchor"), oa("hasSelector"), v("position")],
      [v("position"), oa("start"), v("start")],
    )
    .optional([v("statement"), ng("statedAt"), v("when")], [v("when"), time("inXSDDate"), v("date")])
    .optional([v("statement"), ng("carriedBy"), v("outlet")])
    .select("article", "statement", "summary", "mode", "start", "date", "outlet")
    .distinct()
    .orderBy("article")
    .orderBy("start")
    .orderBy("statement")
    .orderBy("date")
    .orderBy("outlet")
    .rows() as unknown as StatementSummary[];
  return inScope(rows, options);
}

/** A statement about an entity, with the entity it names (the entity itself or one of its parts). */
export interface StatementAbout {
  readonly statement: NamedNode;
  readonly speaker: NamedNode;
  readonly about: NamedNode;
  /** The article that reports the statement. */
  readonly article: NamedNode;
}

/**
 * Every statement about an entity or anything within it (`schema:containedInPlace*`): asking about
 * Donbas also finds statements about the Donetsk and Luhansk People's Republics.
 *
 * @example
 * statementsAbout(store, mintIri("territory", "donbas"));
 */
export function statementsAbout(
  store: NewsStore,
  entity: NamedNode,
  options?: ArticleScope,
): StatementAbout[] {
  const rows = Query.on(store)
    .where(
      [v("statement"), schema("about"), v("about")],
      [v("about"), zeroOrMore(schema("containedInPlace")), entity],
      [v("statement"), ng("speaker"), v("speaker")],
      [v("statement"), rdf("type"), ng("Statement")],
      [v("statement"), ng("reportedIn"), v("article")],
    )
    .select("article", "statement", "speaker", "about")
    .distinct()
    .orderBy("article")
    .orderBy("statement")
    .orderBy("about")
    .orderBy("speaker")
    .rows() as unknown as StatementAbout[];
  return inScope(rows, options);
}

/** One item of a demand. */
export interface DemandItem {
  readonly demand: NamedNode;
  readonly label: Literal;
  readonly of: NamedNode;
  readonly item: NamedNode;
  readonly itemLabel: Literal;
  readonly offer?: Literal;
  readonly statement: NamedNode;
  readonly speaker: NamedNode;
  /** The article that reports the statement. */
  readonly article: NamedNode;
}

/**
 * The demands an agent makes, item by item, with what it offers in return and the statement that
 * reports each demand (demands stay attributed).
 *
 * @example
 * demandsOf(store, mintIri("state", "russia")); // items: Ukraine becomes neutral, recognizes Crimea as Russian…
 */
export function demandsOf(store: NewsStore, agent: NamedNode, options?: ArticleScope): DemandItem[] {
  const rows = Query.on(store)
    .where(
      [v("demand"), ng("demandedBy"), agent],
      [v("demand"), rdf("type"), ng("Demand")],
      [v("demand"), rdfs("label"), v("label")],
      [v("demand"), ng("demandedOf"), v("of")],
      [v("demand"), ng("item"), v("item")],
      [v("item"), rdfs("label"), v("itemLabel")],
      [v("statement"), ng("content"), v("demand")],
      [v("statement"), ng("speaker"), v("speaker")],
      [v("statement"), ng("reportedIn"), v("article")],
    )
    .optional([v("demand"), ng("offersInReturn"), v("inReturn")], [v("inReturn"), rdfs("label"), v("offer")])
    .select("article", "demand", "label", "of", "item", "itemLabel", "offer", "statement", "speaker")
    .distinct()
    .orderBy("article")
    .orderBy("demand")
    .orderBy("itemLabel")
    .orderBy("item")
    .orderBy("offer")
    .orderBy("statement")
    .rows() as unknown as DemandItem[];
  return inScope(rows, options);
}

/** One requirement of a condition. */
export interface ConditionRequirement {
  readonly condition: NamedNode;
  readonly kind: NamedNode;
  readonly label: Literal;
  readonly holder: NamedNode;
  readonly requirement: NamedNode;
  readonly requirementLabel: Literal;
  readonly statement: NamedNode;
  readonly speaker: NamedNode;
  /** The article that reports the statement. */
  readonly article: NamedNode;
}

/**
 * The conditions and preconditions set for an outcome (an action such as "Ukraine declares neutrality"
 * or "Ukraine and Russia hold further talks"), each requirement, who sets it and who says so. `kind` is
 * `ng:Condition` or `ng:Precondition` (a precondition is listed under both).
 *
 * @example
 * conditionsFor(store, mintArticleIri("zelensky-aide-neutrality", "claim", "ukraine-and-russia-hold-further-talks"));
 */
export function conditionsFor(
  store: NewsStore,
  outcome: NamedNode,
  options?: ArticleScope,
): ConditionRequirement[] {
  const kinds = [ng("Condition").value, ng("Precondition").value];
  const rows = Query.on(store)
    .where(
      [v("condition"), ng("outcome"), outcome],
      [v("condition"), rdf("type"), v("kind")],
      [v("condition"), rdfs("label"), v("label")],
      [v("condition"), ng("conditionHolder"), v("holder")],
      [v("condition"), ng("requires"), v("requirement")],
      [v("requirement"), rdfs("label"), v("requirementLabel")],
      [v("statement"), ng("content"), v("condition")],
      [v("statement"), ng("speaker"), v("speaker")],
      [v("statement"), ng("reportedIn"), v("article")],
    )
    .filter((row) => kinds.includes(row.kind.value))
    .select(
      "article",
      "condition",
      "kind",
      "label",
      "holder",
      "requirement",
      "requirementLabel",
      "statement",
      "speaker",
    )
    .distinct()
    .orderBy("article")
    .orderBy("condition")
    .orderBy("kind")
    .orderBy("requirementLabel")
    .orderBy("requirement")
    .orderBy("statement")
    .rows() as unknown as ConditionRequirement[];
  return inScope(rows, options);
}

/** A proposal, one row per included or excluded item. */
export interface ProposalRow {
  readonly proposal: NamedNode;
  readonly proposer: NamedNode;
  readonly addressee: NamedNode;
  readonly assessment?: Literal;
  readonly includes?: Literal;
  readonly excludes?: Literal;
  readonly speaker: NamedNode;
  readonly outlet?: NamedNode;
  /** The article that reports it. */
  readonly article: NamedNode;
}

/**
 * Who proposed what to whom, what the proposal includes and excludes, and who reports it through which
 * outlet.
 *
 * @example
 * proposals(store); // Putin → Zelensky, excludes regime change, reported by Israeli officials via Axios
 */
export function proposals(store: NewsStore, options?: ArticleScope): ProposalRow[] {
  const rows = Query.on(store)
    .where(
      [v("proposal"), rdf("type"), ng("Proposal")],
      [v("proposal"), ng("proposedBy"), v("proposer")],
      [v("proposal"), ng("proposedTo"), v("addressee")],
      [v("statement"), ng("content"), v("proposal")],
      [v("statement"), ng("speaker"), v("speaker")],
      [v("statement"), ng("reportedIn"), v("article")],
    )
    .optional([v("proposal"), ng("assessment"), v("assessment")])
    .optional([v("proposal"), ng("includes"), v("inc")], [v("inc"), rdfs("label"), v("includes")])
    .optional([v("proposal"), ng("excludes"), v("exc")], [v("exc"), rdfs("label"), v("excludes")])
    .optional([v("statement"), ng("carriedBy"), v("outlet")])
    .select(
      "article",
      "proposal",
      "proposer",
      "addressee",
      "assessment",
      "includes",
      "excludes",
      "speaker",
      "outlet",
    )
    .distinct()
    .orderBy("article")
    .orderBy("proposal")
    .orderBy("includes")
    .orderBy("excludes")
    .orderBy("speaker")
    .orderBy("outlet")
    .orderBy("assessment")
    .rows() as unknown as ProposalRow[];
  return inScope(rows, options);
}

/** Who said a statement, which outlet carried it, which article reported it and who published that. */
export interface AttributionChain {
  readonly speaker: NamedNode;
  readonly outlet?: NamedNode;
  readonly article: NamedNode;
  readonly publisher: NamedNode;
  readonly url: NamedNode;
}

/**
 * The attribution chain of a statement: speaker → outlet that carried it (if named) → article →
 * publisher.
 *
 * @example
 * const ready = mintArticleIri("zelensky-aide-neutrality", "statement", "zhovkva-ready-for-diplomatic-solution");
 * attributionChain(store, ready); // [{ speaker: zhovkva, outlet: bloomberg, article, publisher: antiwar }]
 */
export function attributionChain(store: NewsStore, statement: NamedNode): AttributionChain[] {
  return Query.on(store)
    .where(
      [statement, ng("speaker"), v("speaker")],
      [statement, ng("reportedIn"), v("article")],
      [v("article"), schema("publisher"), v("publisher")],
      [v("article"), schema("url"), v("url")],
    )
    .optional([statement, ng("carriedBy"), v("outlet")])
    .select("speaker", "outlet", "article", "publisher", "url")
    .distinct()
    .rows() as unknown as AttributionChain[];
}

/** Two claims that pull against each other. */
export interface TensionRow {
  readonly tension: NamedNode;
  readonly kind: NamedNode;
  readonly first: NamedNode;
  readonly firstSpeaker: NamedNode;
  readonly second: NamedNode;
  readonly secondSpeaker: NamedNode;
  readonly evidence: Literal;
  readonly evidenceStart: Literal;
  /** The article whose words show it (the one that reports the first claim). */
  readonly article: NamedNode;
}

/**
 * Claims that pull against each other, who made each, and the words of the article that show it, in
 * text order.
 *
 * @example
 * tensions(store).map((t) => t.evidence.value); // ["although", "But", …]
 */
export function tensions(store: NewsStore, options?: ArticleScope): TensionRow[] {
  const rows = Query.on(store)
    .where(
      [v("tension"), rdf("type"), ng("Tension")],
      [v("tension"), ng("tensionKind"), v("kind")],
      [v("tension"), ng("firstClaim"), v("first")],
      [v("tension"), ng("secondClaim"), v("second")],
      [v("tension"), ng("evidence"), v("e")],
      [v("first"), ng("speaker"), v("firstSpeaker")],
      [v("second"), ng("speaker"), v("secondSpeaker")],
      [v("e"), oa("hasSelector"), v("q")],
      [v("q"), oa("exact"), v("evidence")],
      [v("e"), oa("hasSelector"), v("p")],
      [v("p"), oa("start"), v("evidenceStart")],
      [v("first"), ng("reportedIn"), v("article")],
    )
    .select(
      "article",
      "tension",
      "kind",
      "first",
      "firstSpeaker",
      "second",
      "secondSpeaker",
      "evidence",
      "evidenceStart",
    )
    .distinct()
    .orderBy("article")
    .orderBy("evidenceStart")
    .orderBy("tension")
    .orderBy("evidence")
    .rows() as unknown as TensionRow[];
  return inScope(rows, options);
}

/** A statement or event on the timeline. */
export interface TimelineEntry {
  readonly item: NamedNode;
  readonly label: Literal;
  readonly relation: NamedNode;
  readonly method: NamedNode;
  readonly date?: Literal;
  readonly phrase?: Literal;
  /** The article that reports the statement or observes the event. */
  readonly article: NamedNode;
}

/**
 * A timeline of statements and events by resolved date; items the text gives no day for come first
 * (unbound sorts first, as in SPARQL), each with how its date was resolved and the article that dates it
 * (one day, several articles: by article, then item).
 *
 * @example
 * timeline(store).filter((e) => e.date?.value === "2022-03-07"); // Zelensky's Monday statements
 */
export function timeline(store: NewsStore, options?: ArticleScope): TimelineEntry[] {
  // Statements carry their date; an event's date is an article's observation of it.
  const dated = (relation: NamedNode, reach: readonly TriplePattern[]) =>
    Query.on(store)
      .where(
        ...(reach as [TriplePattern]),
        [v("when"), ng("resolutionMethod"), v("method")],
        [v("item"), rdfs("label"), v("label")],
      )
      .optional([v("when"), time("inXSDDate"), v("date")])
      .optional([v("when"), ng("surfaceForm"), v("phrase")])
      .select("article", "item", "label", "method", "date", "phrase")
      .distinct()
      .rows()
      .map((r) => ({ ...r, relation }));
  const stated = dated(ng("statedAt"), [
    [v("item"), ng("statedAt"), v("when")],
    [v("item"), ng("reportedIn"), v("article")],
  ]);
  const observed = dated(ng("occurredAt"), [
    [v("observation"), ng("observes"), v("item")],
    [v("observation"), ng("occurredAt"), v("when")],
    [v("observation"), ng("observedIn"), v("article")],
  ]);
  const rows = sortRows(
    [...stated, ...observed],
    ["date", "article", "item", "relation", "method", "label", "phrase"],
  ) as unknown as TimelineEntry[];
  return inScope(rows, options);
}

/** A verbatim quotation with its exact position. */
export interface QuoteRow {
  readonly text: Literal;
  readonly speaker: NamedNode;
  readonly start: Literal;
  readonly end: Literal;
  /** The article the quotation is part of (its offsets count in that article's text). */
  readonly article: NamedNode;
}

/**
 * Every verbatim quotation, with its speaker, article and exact position (code points, end exclusive),
 * by article, then in text order.
 *
 * @example
 * verbatimQuotes(store)[0]; // { text: "single inch of territory", start: 304, end: 328, … }
 */
export function verbatimQuotes(store: NewsStore, options?: ArticleScope): QuoteRow[] {
  const rows = Query.on(store)
    .where(
      [v("quote"), rdf("type"), schema("Quotation")],
      [v("quote"), schema("text"), v("text")],
      [v("quote"), schema("creator"), v("speaker")],
      [v("quote"), ng("anchor"), v("anchor")],
      [v("anchor"), oa("hasSelector"), v("position")],
      [v("position"), rdf("type"), oa("TextPositionSelector")],
      [v("position"), oa("start"), v("start")],
      [v("position"), oa("end"), v("end")],
      [v("quote"), schema("isPartOf"), v("article")],
    )
    .select("article", "text", "speaker", "start", "end")
    .distinct()
    .orderBy("article")
    .orderBy("start")
    .orderBy("text")
    .orderBy("end")
    .orderBy("speaker")
    .rows() as unknown as QuoteRow[];
  return inScope(rows, options);
}

/** A mention of an entity. */
export interface MentionRow {
  readonly mention: NamedNode;
  readonly surfaceForm: Literal;
  readonly start: Literal;
  readonly end: Literal;
  readonly misspelling: Literal;
  /** The article the mention is in (its offsets count in that article's text). */
  readonly article: NamedNode;
}

/**
 * Every mention of an entity with its surface form (as printed, misspellings flagged), article and
 * position, by article, then in text order.
 *
 * @example
 * mentionsOf(store, mintIri("person", "ihor-zhovkva")).map((m) => m.surfaceForm.value); // ["Zelensky Aide", "an aide…", "Ihor Zhovkva", "Zhovka", …]
 */
export function mentionsOf(store: NewsStore, entity: NamedNode, options?: ArticleScope): MentionRow[] {
  const rows = Query.on(store)
    .where(
      [v("mention"), ng("refersTo"), entity],
      [v("mention"), ng("surfaceForm"), v("surfaceForm")],
      [v("mention"), ng("isMisspelling"), v("misspelling")],
      [v("mention"), ng("anchor"), v("anchor")],
      [v("anchor"), oa("hasSelector"), v("position")],
      [v("position"), oa("start"), v("start")],
      [v("position"), oa("end"), v("end")],
      [v("mention"), ng("inArticle"), v("article")],
    )
    .select("article", "mention", "surfaceForm", "start", "end", "misspelling")
    .distinct()
    .orderBy("article")
    .orderBy("start")
    .orderBy("mention")
    .rows() as unknown as MentionRow[];
  return inScope(rows, options);
}

// Finding entities by name (exact, partial and fuzzy) lives in search.ts.
export { type EntityMatch, entityNames, findEntities, foldName } from "./search.js";

const integer = (n: number): Literal => DataFactory.literal(String(n), xsd("integer"));

/** How many statements an outlet carried. */
export interface OutletCount {
  readonly outlet: NamedNode;
  readonly name: Literal;
  readonly statements: Literal;
  readonly fromContextCount: Literal;
}

/**
 * How many statements each news outlet carried, as the articles report, and how many of those are
 * attributed to it only from context; most first.
 *
 * @example
 * statementsPerOutlet(store).map((r) => [r.name.value, r.statements.value]); // [["Axios", "2"], …]
 */
export function statementsPerOutlet(store: NewsStore): OutletCount[] {
  // One grouped query by outlet, name and flag; the flags are then folded into the two counts.
  const groups = new Map<string, { outlet: NamedNode; name: Literal; n: number; context: number }>();
  for (const r of Query.on(store)
    .where(
      [v("statement"), ng("carriedBy"), v("outlet")],
      [v("statement"), ng("outletFromContext"), v("fromContext")],
      [v("outlet"), skos("prefLabel"), v("name")],
    )
    .groupBy("outlet", "name", "fromContext")
    .count("n")
    .rows()) {
    const key = `${termKey(r.outlet)}\u0000${termKey(r.name)}`;
    const g = groups.get(key) ?? { outlet: r.outlet as NamedNode, name: r.name as Literal, n: 0, context: 0 };
    g.n += r.n;
    if (r.fromContext.equals(TRUE)) g.context += r.n;
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.n - a.n || compareForOrder(a.name, b.name))
    .map((g) => ({
      outlet: g.outlet,
      name: g.name,
      statements: integer(g.n),
      fromContextCount: integer(g.context),
    }));
}

const TRUE = DataFactory.literal("true", xsd("boolean"));

/** A statement made on a day. */
export interface StatementOnDay {
  readonly statement: NamedNode;
  readonly speaker: NamedNode;
  readonly method: NamedNode;
  readonly phrase?: Literal;
  /** The article that reports it. */
  readonly article: NamedNode;
}

/**
 * The statements made on a day (YYYY-MM-DD), with how each date was resolved from the text.
 *
 * @example
 * statementsOn(store, "2022-03-07"); // Zelensky's Monday statements
 */
export function statementsOn(store: NewsStore, day: string, options?: ArticleScope): StatementOnDay[] {
  const date = DataFactory.literal(isoDate(day, "day"), xsd("date"));
  const rows = Query.on(store)
    .where(
      [v("statement"), rdf("type"), ng("Statement")],
      [v("statement"), ng("speaker"), v("speaker")],
      [v("statement"), ng("reportedIn"), v("article")],
      [v("statement"), ng("statedAt"), v("when")],
      [v("when"), time("inXSDDate"), date],
      [v("when"), ng("resolutionMethod"), v("method")],
    )
    .optional([v("when"), ng("surfaceForm"), v("phrase")])
    .select("article", "statement", "speaker", "method", "phrase")
    .distinct()
    .orderBy("article")
    .orderBy("statement")
    .orderBy("speaker")
    .orderBy("method")
    .orderBy("phrase")
    .rows() as unknown as StatementOnDay[];
  return inScope(rows, options);
}

/** A participant of a meeting. */
export interface MeetingRow {
  readonly meeting: NamedNode;
  readonly participant: NamedNode;
  readonly place: NamedNode;
  readonly when: Literal;
  readonly purpose: Literal;
  /** The article that observes the meeting (and says when it was). */
  readonly article: NamedNode;
}

/**
 * Who met whom, where, when (as the text puts it) and for what purpose: one row per participant.
 *
 * @example
 * meetings(store); // Bennett and Putin, in Moscow, "recently", "to discuss negotiations with Ukraine"
 */
export function meetings(store: NewsStore, options?: ArticleScope): MeetingRow[] {
  const rows = Query.on(store)
    .where(
      [v("meeting"), rdf("type"), ng("Meeting")],
      [v("meeting"), sem("hasActor"), v("participant")],
      [v("meeting"), sem("hasPlace"), v("place")],
      [v("meeting"), ng("purpose"), v("purpose")],
      [v("observation"), ng("observes"), v("meeting")],
      [v("observation"), ng("occurredAt"), v("time")],
      [v("time"), ng("surfaceForm"), v("when")],
      [v("observation"), ng("observedIn"), v("article")],
    )
    .select("article", "meeting", "participant", "place", "when", "purpose")
    .distinct()
    .orderBy("article")
    .orderBy("participant")
    .orderBy("meeting")
    .orderBy("place")
    .orderBy("when")
    .orderBy("purpose")
    .rows() as unknown as MeetingRow[];
  return inScope(rows, options);
}

/** An unnamed speaker. */
export interface UnnamedSpeaker {
  readonly agent: NamedNode;
  readonly description: Literal;
  readonly affiliation: NamedNode;
  readonly statements: Literal;
  /** The article that describes the speaker (an unnamed speaker belongs to one article). */
  readonly article: NamedNode;
}

/**
 * The speakers an article does not name, how it describes them, what they are affiliated with, and how
 * many statements each made.
 *
 * @example
 * unnamedSpeakers(store).map((s) => s.description.value); // ["Israeli officials", "a senior US embassy official in Israel", …]
 */
export function unnamedSpeakers(store: NewsStore, options?: ArticleScope): UnnamedSpeaker[] {
  const rows = Query.on(store)
    .where(
      [v("agent"), rdf("type"), ng("UnnamedAgent")],
      [v("agent"), ng("description"), v("description")],
      [v("agent"), ng("affiliation"), v("affiliation")],
      [v("statement"), ng("speaker"), v("agent")],
      [v("statement"), ng("reportedIn"), v("article")],
    )
    .groupBy("article", "agent", "description", "affiliation")
    .count("n", { of: "statement", distinct: true })
    .orderBy("article")
    .orderBy("description")
    .orderBy("agent")
    .orderBy("affiliation")
    .rows()
    .map((r) => ({
      agent: r.agent as NamedNode,
      description: r.description as Literal,
      affiliation: r.affiliation as NamedNode,
      statements: integer(r.n),
      article: r.article as NamedNode,
    }));
  return inScope(rows, options);
}

/** A territory and a territory or place it lies within. */
export interface TerritoryPart {
  readonly territory: NamedNode;
  readonly name: Literal;
  readonly whole?: NamedNode;
}

/**
 * Every territory with each place it lies within, transitively (`schema:containedInPlace+`); a
 * territory within nothing has one row without `whole`.
 *
 * @example
 * territoriesAndParts(store); // DPR within Donbas, LPR within Donbas, Crimea within nothing…
 */
export function territoriesAndParts(store: NewsStore): TerritoryPart[] {
  return Query.on(store)
    .where([v("territory"), rdf("type"), ng("Territory")], [v("territory"), skos("prefLabel"), v("name")])
    .optional([v("territory"), oneOrMore(schema("containedInPlace")), v("whole")])
    .orderBy("name")
    .orderBy("territory")
    .orderBy("whole")
    .distinct()
    .rows() as unknown as TerritoryPart[];
}

/** The rounds of a negotiation series and one of its (unnamed) participants. */
export interface RoundsRow {
  readonly negotiations: NamedNode;
  readonly rounds: Literal;
  readonly asOf: Literal;
  readonly participant: NamedNode;
  /** The article whose observation it is. */
  readonly article: NamedNode;
}

/**
 * How many rounds of negotiations each article reports as held, as of which day, and between whom (the
 * officials, as unnamed groups of that article). The count and those participants are the article's dated
 * observation, never facts of the shared series, so two articles' reports never mix.
 *
 * @example
 * negotiationRounds(store)[0]?.rounds.value; // "3"
 */
export function negotiationRounds(store: NewsStore, options?: ArticleScope): RoundsRow[] {
  const rows = Query.on(store)
    .where(
      [v("negotiations"), rdf("type"), ng("NegotiationSeries")],
      [v("observation"), ng("observes"), v("negotiations")],
      [v("observation"), ng("roundCount"), v("rounds")],
      [v("observation"), ng("asOf"), v("asOf")],
      [v("observation"), sem("hasActor"), v("participant")],
      [v("participant"), rdf("type"), ng("UnnamedAgent")],
      [v("observation"), ng("observedIn"), v("article")],
    )
    .select("article", "negotiations", "rounds", "asOf", "participant")
    .distinct()
    .orderBy("article")
    .orderBy("participant")
    .orderBy("negotiations")
    .orderBy("asOf")
    .orderBy("rounds")
    .rows() as unknown as RoundsRow[];
  return inScope(rows, options);
}
