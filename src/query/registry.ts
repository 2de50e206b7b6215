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
  /** The result columns, in order (the twin's variables with the same names). */
  readonly columns: readonly string[];
  readonly description: string;
  readonly run: (
    store: NewsStore,
    arg: NamedNode | string | undefined,
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
    columns: ["post", "postName", "organisation", "organisationName", "attestedOn"],
    description: "posts held by a person",
    run: (s, a) => postsHeldBy(s, iri(a)) as never,
  },
  statementsBy: {
    twin: "statements-by",
    param: { kind: "iri", name: "speaker" },
    columns: ["statement", "summary", "mode", "start", "date", "outlet"],
    description: "statements by an agent, in text order",
    run: (s, a) => statementsBy(s, iri(a)) as never,
  },
  statementsAbout: {
    twin: "statements-about",
    param: { kind: "iri", name: "entity" },
    columns: ["statement", "speaker", "about"],
    description: "statements about an entity or anything within it",
    run: (s, a) => statementsAbout(s, iri(a)) as never,
  },
  demandsOf: {
    twin: "demands-of",
    param: { kind: "iri", name: "by" },
    columns: ["demand", "label", "of", "item", "itemLabel", "offer", "statement", "speaker"],
    description: "demands an agent makes, item by item",
    run: (s, a) => demandsOf(s, iri(a)) as never,
  },
  conditionsFor: {
    twin: "conditions-for",
    param: { kind: "iri", name: "outcome" },
    columns: [
      "condition",
      "kind",
      "label",
      "holder",
      "requirement",
      "requirementLabel",
      "statement",
      "speaker",
    ],
    description: "conditions and preconditions for an outcome",
    run: (s, a) => conditionsFor(s, iri(a)) as never,
  },
  proposals: {
    twin: "proposals",
    param: { kind: "none" },
    columns: ["proposal", "proposer", "addressee", "assessment", "includes", "excludes", "speaker", "outlet"],
    description: "who proposed what to whom",
    run: (s) => proposals(s) as never,
  },
  attributionChain: {
    twin: "attribution-chain",
    param: { kind: "iri", name: "statement" },
    columns: ["speaker", "outlet", "article", "publisher", "url"],
    description: "speaker → outlet → article → publisher of a statement",
    run: (s, a) => attributionChain(s, iri(a)) as never,
  },
  tensions: {
    twin: "tensions",
    param: { kind: "none" },
    columns: [
      "tension",
      "kind",
      "first",
      "firstSpeaker",
      "second",
      "secondSpeaker",
      "evidence",
      "evidenceStart",
    ],
    description: "claims that pull against each other",
    run: (s) => tensions(s) as never,
  },
  timeline: {
    twin: "timeline",
    param: { kind: "none" },
    columns: ["item", "label", "relation", "method", "date", "phrase"],
    description: "statements and events by resolved date",
    run: (s) => timeline(s) as never,
  },
  verbatimQuotes: {
    twin: "verbatim-quotes",
    param: { kind: "none" },
    columns: ["text", "speaker", "start", "end"],
    description: "every verbatim quote with its exact position",
    run: (s) => verbatimQuotes(s) as never,
  },
  mentionsOf: {
    twin: "mentions-of",
    param: { kind: "iri", name: "entity" },
    columns: ["mention", "surfaceForm", "start", "end", "misspelling"],
    description: "every mention of an entity with its surface form",
    run: (s, a) => mentionsOf(s, iri(a)) as never,
  },
  findEntities: {
    twin: "entity-names",
    param: { kind: "text", name: "name" },
    columns: ["entity", "name", "matched", "how"],
    description: "entities by name or alias: exact (case- and accent-insensitive), then partial, then fuzzy",
    run: (s, a) => findEntities(s, text(a)) as never,
  },
  statementsPerOutlet: {
    twin: "statements-per-outlet",
    param: { kind: "none" },
    columns: ["outlet", "name", "statements", "fromContextCount"],
    description: "how many statements each outlet carried",
    run: (s) => statementsPerOutlet(s) as never,
  },
  statementsOn: {
    twin: "statements-on",
    param: { kind: "date", name: "day" },
    columns: ["statement", "speaker", "method", "phrase"],
    description: "statements made on a day (YYYY-MM-DD)",
    run: (s, a) => statementsOn(s, text(a)) as never,
  },
  meetings: {
    twin: "meetings",
    param: { kind: "none" },
    columns: ["meeting", "participant", "place", "when", "purpose"],
    description: "who met whom, where, when and why",
    run: (s) => meetings(s) as never,
  },
  unnamedSpeakers: {
    twin: "unnamed-speakers",
    param: { kind: "none" },
    columns: ["agent", "description", "affiliation", "statements"],
    description: "unnamed speakers and their affiliations",
    run: (s) => unnamedSpeakers(s) as never,
  },
  territoriesAndParts: {
    twin: "territories-and-parts",
    param: { kind: "none" },
    columns: ["territory", "name", "whole"],
    description: "territories and what they lie within",
    run: (s) => territoriesAndParts(s) as never,
  },
  negotiationRounds: {
    twin: "negotiation-rounds",
    param: { kind: "none" },
    columns: ["negotiations", "rounds", "asOf", "participant"],
    description: "rounds of negotiations and their participants",
    run: (s) => negotiationRounds(s) as never,
  },
  describe: {
    twin: "describe",
    param: { kind: "iri", name: "node" },
    columns: DESCRIPTION_COLUMNS,
    description: "what a node says (outgoing triples) and what points at it (incoming), with labels",
    run: (s, a) => describe(s, iri(a)) as never,
  },
  entitiesOfKind: {
    twin: "entities-of-kind",
    param: { kind: "oneOf", name: "kind", values: ENTITY_KIND_NAMES },
    columns: ["entity", "name"],
    description: `entities of a kind (${ENTITY_KIND_NAMES.join(", ")}) with their names`,
    run: (s, a) => entitiesOfKind(s, entityKind(text(a))) as never,
  },
  articleMetadata: {
    twin: "article-metadata",
    param: { kind: "none" },
    columns: ARTICLE_METADATA_COLUMNS,
    description: "each article's headline, standfirst, author, publisher, date and URL",
    run: (s) => articleMetadata(s) as never,
  },
  carriedBy: {
    twin: "carried-by",
    param: { kind: "iri", name: "outlet" },
    columns: CARRIED_COLUMNS,
    description: "the statements a news outlet carried, with speaker and summary",
    run: (s, a) => carriedBy(s, iri(a)) as never,
  },
  positions: {
    twin: "claim-positions",
    param: { kind: "none" },
    columns: POSITION_COLUMNS,
    description: "positions: holder, stance, what towards, and the statement reporting each",
    run: (s) => positions(s) as never,
  },
  refusals: {
    twin: "claim-refusals",
    param: { kind: "none" },
    columns: REFUSAL_COLUMNS,
    description: "refusals: who refuses what, and the statement reporting each",
    run: (s) => refusals(s) as never,
  },
  choices: {
    twin: "claim-choices",
    param: { kind: "none" },
    columns: CHOICE_COLUMNS,
    description: "choices (dilemmas), option by option with consequences, and the statement reporting each",
    run: (s) => choices(s) as never,
  },
  guarantees: {
    twin: "claim-guarantees",
    param: { kind: "none" },
    columns: GUARANTEE_COLUMNS,
    description: "security guarantees: for whom, from whom, and the claim and statement they belong to",
    run: (s) => guarantees(s) as never,
  },
  recognitions: {
    twin: "claim-recognitions",
    param: { kind: "none" },
    columns: RECOGNITION_COLUMNS,
    description: "recognitions of territories' status, and the claim and statement they belong to",
    run: (s) => recognitions(s) as never,
  },
  demands: {
    twin: "claim-demands",
    param: { kind: "none" },
    columns: DEMAND_COLUMNS,
    description: "every demand, item by item, and the statement reporting it",
    run: (s) => demands(s) as never,
  },
  conditions: {
    twin: "claim-conditions",
    param: { kind: "none" },
    columns: CONDITION_COLUMNS,
    description:
      "every condition and precondition, requirement by requirement, and the statement reporting it",
    run: (s) => conditions(s) as never,
  },
  // ── Coverage across articles (src/query/coverage.ts) ─────────────────────────────────────────────
  reportsOf: {
    twin: "reports-of",
    param: { kind: "iri", name: "node" },
    columns: REPORT_COLUMNS,
    description: "every report of a remark or claim item: article, statement, exact words, mode, outlet",
    run: (s, a) => reportsOf(s, iri(a)) as never,
  },
  compareArticles: {
    twin: "compare-articles",
    param: { kind: "iri", name: "a" },
    columns: COMPARISON_COLUMNS,
    description:
      "what an article shares with each other article and where they differ (entities, events, remarks, items, cited reports)",
    run: (s, a) => compareArticles(s, iri(a)) as never,
  },
  articlesReporting: {
    twin: "articles-reporting",
    param: { kind: "iri", name: "entity" },
    columns: ARTICLES_REPORTING_COLUMNS,
    description: "every article that mentions an entity or has statements about or by it, with counts",
    run: (s, a) => articlesReporting(s, iri(a)) as never,
  },
} as const satisfies Record<string, HelperEntry>;

/** The name of a helper. */
export type HelperName = keyof typeof HELPERS;
