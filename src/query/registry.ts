import type { NamedNode, Term } from "@rdfjs/types";
import type { NewsStore } from "../store/store.js";
import { ARTICLE_METADATA_COLUMNS, articleMetadata } from "./article.js";
import {
  CHOICE_COLUMNS,
  CONDITION_COLUMNS,
  choices,
  conditions,
  DEMAND_COLUMNS,
  demands,
  GUARANTEE_COLUMNS,
  guarantees,
  POSITION_COLUMNS,
  positions,
  RECOGNITION_COLUMNS,
  REFUSAL_COLUMNS,
  recognitions,
  refusals,
} from "./claims.js";
import {
  ARTICLES_REPORTING_COLUMNS,
  articlesReporting,
  COMPARISON_COLUMNS,
  compareArticles,
  REPORT_COLUMNS,
  reportsOf,
} from "./coverage.js";
import { DESCRIPTION_COLUMNS, describe } from "./describe.js";
import { ENTITY_KIND_NAMES, entitiesOfKind, entityKind } from "./entities.js";
import {
  attributionChain,
  conditionsFor,
  demandsOf,
  findEntities,
  meetings,
  mentionsOf,
  negotiationRounds,
  postsHeldBy,
  proposals,
  statementsAbout,
  statementsBy,
  statementsOn,
  statementsPerOutlet,
  tensions,
  territoriesAndParts,
  timeline,
  unnamedSpeakers,
  verbatimQuotes,
} from "./helpers.js";
import { CARRIED_COLUMNS, carriedBy } from "./outlet.js";
import type { ArticleScope } from "./scope.js";

/**
 * What a helper takes: nothing, an entity's IRI, a name to look up, a day (YYYY-MM-DD), or one of a few
 * fixed words (`values`).
 */
export type HelperParam =
  | { readonly kind: "none" }
  | { readonly kind: "iri"; readonly name: string }
  | { readonly kind: "text"; readonly name: string }
  | { readonly kind: "date"; readonly name: string }
  | { readonly kind: "oneOf"; readonly name: string; readonly values: readonly string[] };

/** A named helper as the CLI and the cross-check see it. */
export interface HelperEntry {
  /** The `.rq` file in queries/ that asks the same question in SPARQL (without the extension). */
  readonly twin: string;
  readonly param: HelperParam;
  /**
   * An optional second argument (an IRI) the helper takes after its parameter, bound to this variable of
   * the twin: compareArticles' second article.
   */
  readonly optionalParam?: { readonly kind: "iri"; readonly name: string };
  /** The result columns, in order (the twin's variables with the same names). */
  readonly columns: readonly string[];
  readonly description: string;
  /** Whether its rows come from articles: they name their `article`, and `run` takes an article scope. */
  readonly perArticle: boolean;
  readonly run: (
    store: NewsStore,
    arg: NamedNode | string | undefined,
    options?: ArticleScope,
  ) => readonly Readonly<Record<string, Term>>[];
}

const iri = (a: NamedNode | string | undefined): NamedNode => a as NamedNode;
const text = (a: NamedNode | string | undefined): string => String(a ?? "");

/**
 * Every named helper, with its SPARQL twin, parameter and columns.
 *
 * @example
 * HELPERS.statementsBy.run(store, mintIri("person", "ihor-zhovkva")); // same rows as queries/statements-by.rq for that speaker
 */
export const HELPERS = {
  postsHeldBy: {
    twin: "person-posts",
    param: { kind: "iri", name: "person" },
    columns: ["article", "post", "postName", "organisation", "organisationName", "attestedOn"],
    perArticle: true,
    description: "posts held by a person",
    run: (s, a, o?) => postsHeldBy(s, iri(a), o) as never,
  },
  statementsBy: {
    twin: "statements-by",
    param: { kind: "iri", name: "speaker" },
    columns: ["article", "statement", "summary", "mode", "start", "date", "outlet"],
    perArticle: true,
    description: "statements by an agent, in text order",
    run: (s, a, o?) => statementsBy(s, iri(a), o) as never,
  },
  statementsAbout: {
    twin: "statements-about",
    param: { kind: "iri", name: "entity" },
    columns: ["article", "statement", "speaker", "about"],
    perArticle: true,
    description: "statements about an entity or anything within it",
    run: (s, a, o?) => statementsAbout(s, iri(a), o) as never,
  },
  demandsOf: {
    twin: "demands-of",
    param: { kind: "iri", name: "by" },
    columns: ["article", "demand", "label", "of", "item", "itemLabel", "offer", "statement", "speaker"],
    perArticle: true,
    description: "demands an agent makes, item by item",
    run: (s, a, o?) => demandsOf(s, iri(a), o) as never,
  },
  conditionsFor: {
    twin: "conditions-for",
    param: { kind: "iri", name: "outcome" },
    columns: [
      "article",
      "condition",
      "kind",
      "label",
      "holder",
      "requirement",
      "requirementLabel",
      "statement",
      "speaker",
    ],
    perArticle: true,
    description: "conditions and preconditions for an outcome",
    run: (s, a, o?) => conditionsFor(s, iri(a), o) as never,
  },
  proposals: {
    twin: "proposals",
    param: { kind: "none" },
    columns: [
      "article",
      "proposal",
      "proposer",
      "addressee",
      "assessment",
      "includes",
      "excludes",
      "speaker",
      "outlet",
    ],
    perArticle: true,
    description: "who proposed what to whom",
    run: (s, _a?, o?) => proposals(s, o) as never,
  },
  attributionChain: {
    twin: "attribution-chain",
    param: { kind: "iri", name: "statement" },
    columns: ["speaker", "outlet", "article", "publisher", "url"],
    perArticle: false,
    description: "speaker → outlet → article → publisher of a statement",
    run: (s, a) => attributionChain(s, iri(a)) as never,
  },
  tensions: {
    twin: "tensions",
    param: { kind: "none" },
    columns: [
      "article",
      "tension",
      "kind",
      "first",
      "firstSpeaker",
      "second",
      "secondSpeaker",
      "evidence",
      "evidenceStart",
    ],
    perArticle: true,
    description: "claims that pull against each other",
    run: (s, _a?, o?) => tensions(s, o) as never,
  },
  timeline: {
    twin: "timeline",
    param: { kind: "none" },
    columns: ["article", "item", "label", "relation", "method", "date", "phrase"],
    perArticle: true,
    description: "statements and events by resolved date",
    run: (s, _a?, o?) => timeline(s, o) as never,
  },
  verbatimQuotes: {
    twin: "verbatim-quotes",
    param: { kind: "none" },
    columns: ["article", "text", "speaker", "start", "end"],
    perArticle: true,
    description: "every verbatim quote with its exact position",
    run: (s, _a?, o?) => verbatimQuotes(s, o) as never,
  },
  mentionsOf: {
    twin: "mentions-of",
    param: { kind: "iri", name: "entity" },
    columns: ["article", "mention", "surfaceForm", "start", "end", "misspelling"],
    perArticle: true,
    description: "every mention of an entity with its surface form",
    run: (s, a, o?) => mentionsOf(s, iri(a), o) as never,
  },
  findEntities: {
    twin: "entity-names",
    param: { kind: "text", name: "name" },
    columns: ["entity", "name", "matched", "how"],
    perArticle: false,
    description: "entities by name or alias: exact (case- and accent-insensitive), then partial, then fuzzy",
    run: (s, a) => findEntities(s, text(a)) as never,
  },
  statementsPerOutlet: {
    twin: "statements-per-outlet",
    param: { kind: "none" },
    columns: ["outlet", "name", "statements", "fromContextCount"],
    perArticle: false,
    description: "how many statements each outlet carried",
    run: (s) => statementsPerOutlet(s) as never,
  },
  statementsOn: {
    twin: "statements-on",
    param: { kind: "date", name: "day" },
    columns: ["article", "statement", "speaker", "method", "phrase"],
    perArticle: true,
    description: "statements made on a day (YYYY-MM-DD)",
    run: (s, a, o?) => statementsOn(s, text(a), o) as never,
  },
  meetings: {
    twin: "meetings",
    param: { kind: "none" },
    columns: ["article", "meeting", "participant", "place", "when", "purpose"],
    perArticle: true,
    description: "who met whom, where, when and why",
    run: (s, _a?, o?) => meetings(s, o) as never,
  },
  unnamedSpeakers: {
    twin: "unnamed-speakers",
    param: { kind: "none" },
    columns: ["article", "agent", "description", "affiliation", "statements"],
    perArticle: true,
    description: "unnamed speakers and their affiliations",
    run: (s, _a?, o?) => unnamedSpeakers(s, o) as never,
  },
  territoriesAndParts: {
    twin: "territories-and-parts",
    param: { kind: "none" },
    columns: ["territory", "name", "whole"],
    perArticle: false,
    description: "territories and what they lie within",
    run: (s) => territoriesAndParts(s) as never,
  },
  negotiationRounds: {
    twin: "negotiation-rounds",
    param: { kind: "none" },
    columns: ["article", "negotiations", "rounds", "asOf", "participant"],
    perArticle: true,
    description: "rounds of negotiations and their participants",
    run: (s, _a?, o?) => negotiationRounds(s, o) as never,
  },
  describe: {
    twin: "describe",
    param: { kind: "iri", name: "node" },
    columns: DESCRIPTION_COLUMNS,
    perArticle: false,
    description: "what a node says (outgoing triples) and what points at it (incoming), with labels",
    run: (s, a) => describe(s, iri(a)) as never,
  },
  entitiesOfKind: {
    twin: "entities-of-kind",
    param: { kind: "oneOf", name: "kind", values: ENTITY_KIND_NAMES },
    columns: ["entity", "name"],
    perArticle: false,
    description: `entities of a kind (${ENTITY_KIND_NAMES.join(", ")}) with their names`,
    run: (s, a) => entitiesOfKind(s, entityKind(text(a))) as never,
  },
  articleMetadata: {
    twin: "article-metadata",
    param: { kind: "none" },
    columns: ARTICLE_METADATA_COLUMNS,
    perArticle: false,
    description: "each article's headline, standfirst, author, publisher, date and URL",
    run: (s) => articleMetadata(s) as never,
  },
  carriedBy: {
    twin: "carried-by",
    param: { kind: "iri", name: "outlet" },
    columns: CARRIED_COLUMNS,
    perArticle: true,
    description: "the statements a news outlet carried, with speaker and summary",
    run: (s, a, o?) => carriedBy(s, iri(a), o) as never,
  },
  positions: {
    twin: "claim-positions",
    param: { kind: "none" },
    columns: POSITION_COLUMNS,
    perArticle: true,
    description: "positions: holder, stance, what towards, and the statement reporting each",
    run: (s, _a?, o?) => positions(s, o) as never,
  },
  refusals: {
    twin: "claim-refusals",
    param: { kind: "none" },
    columns: REFUSAL_COLUMNS,
    perArticle: true,
    description: "refusals: who refuses what, and the statement reporting each",
    run: (s, _a?, o?) => refusals(s, o) as never,
  },
  choices: {
    twin: "claim-choices",
    param: { kind: "none" },
    columns: CHOICE_COLUMNS,
    perArticle: true,
    description: "choices (dilemmas), option by option with consequences, and the statement reporting each",
    run: (s, _a?, o?) => choices(s, o) as never,
  },
  guarantees: {
    twin: "claim-guarantees",
    param: { kind: "none" },
    columns: GUARANTEE_COLUMNS,
    perArticle: true,
    description: "security guarantees: for whom, from whom, and the claim and statement they belong to",
    run: (s, _a?, o?) => guarantees(s, o) as never,
  },
  recognitions: {
    twin: "claim-recognitions",
    param: { kind: "none" },
    columns: RECOGNITION_COLUMNS,
    perArticle: true,
    description: "recognitions of territories' status, and the claim and statement they belong to",
    run: (s, _a?, o?) => recognitions(s, o) as never,
  },
  demands: {
    twin: "claim-demands",
    param: { kind: "none" },
    columns: DEMAND_COLUMNS,
    perArticle: true,
    description: "every demand, item by item, and the statement reporting it",
    run: (s, _a?, o?) => demands(s, o) as never,
  },
  conditions: {
    twin: "claim-conditions",
    param: { kind: "none" },
    columns: CONDITION_COLUMNS,
    perArticle: true,
    description:
      "every condition and precondition, requirement by requirement, and the statement reporting it",
    run: (s, _a?, o?) => conditions(s, o) as never,
  },
  // ── Coverage across articles (src/query/coverage.ts) ─────────────────────────────────────────────
  reportsOf: {
    twin: "reports-of",
    param: { kind: "iri", name: "node" },
    columns: REPORT_COLUMNS,
    // Across articles by design: rows compare articles, so no article scope.
    perArticle: false,
    description: "every report of a remark or claim item: article, statement, exact words, mode, outlet",
    run: (s, a) => reportsOf(s, iri(a)) as never,
  },
  compareArticles: {
    twin: "compare-articles",
    param: { kind: "iri", name: "a" },
    optionalParam: { kind: "iri", name: "b" },
    columns: COMPARISON_COLUMNS,
    // Across articles by design: rows compare articles, so no article scope.
    perArticle: false,
    description:
      "what an article shares with each other article and where they differ (entities, events, remarks, items, cited reports)",
    run: (s, a) => compareArticles(s, iri(a)) as never,
  },
  articlesReporting: {
    twin: "articles-reporting",
    param: { kind: "iri", name: "entity" },
    columns: ARTICLES_REPORTING_COLUMNS,
    // Across articles by design: rows compare articles, so no article scope.
    perArticle: false,
    description: "every article that mentions an entity or has statements about or by it, with counts",
    run: (s, a) => articlesReporting(s, iri(a)) as never,
  },
} as const satisfies Record<string, HelperEntry>;

/** The name of a helper. */
export type HelperName = keyof typeof HELPERS;
