export {
  type AccountInput,
  type OrganisationType,
  organisation,
  outlet,
  person,
  state,
  stateGroup,
  unnamedAgent,
} from "./agent.js";
export { anchor, anchorSpan, anchorText, findSpan, type Span, spanText } from "./anchor.js";
export { type ArticleFacts, type ArticleInput, article, articleFacts, textRendition } from "./article.js";
export { CITED_REPORT_CLASSES, type CitedReportKind, citedReport } from "./cited-report.js";
export {
  action,
  type ContentInput,
  choice,
  condition,
  demand,
  guarantee,
  position,
  proposal,
  type RecognisedStatus,
  recognition,
  refusal,
} from "./claim.js";
// ── Cross-article layer: shared remarks, claim items, cited reports, references to other articles ──
export { claimItem } from "./claim-item.js";
// ── Open vocabularies and the constructs of issue #10 (h3) ───────────────────────────────────────
export type { EventTypeInput } from "./concept.js";
export { cameo, topic } from "./concept.js";
export { resolvedDate, resolveWeekday, type Weekday } from "./date.js";
// ── The duplicate check (h1): how names are compared ──
export { misspellingDistance, nameWords } from "./duplicates.js";
export { externalFact, type FactOrigin, type NamedInput } from "./entity.js";
export { event } from "./event.js";
export { type ForeignKind, fromArticle } from "./foreign.js";
export { GraphBuilder } from "./graph.js";
export { type ArticlePath, articleScope, type GlobalPath, mintArticleIri, mintIri, slugify } from "./iri.js";
export type { AgentKind, ContentKind, EntityKind, InstitutionKind, Kind, PlaceKind, Ref } from "./kinds.js";
export { mention, mentionEverywhere, wholeWord } from "./mention.js";
export type { HedgeInput } from "./modality.js";
export { type PartOf, place, territory } from "./place.js";
export { type RemarkInput, remark, type SharedAgentKind } from "./remark.js";
export { type HeadsKind, membership, post, role } from "./role.js";
export type { QuotationInput } from "./statement.js";
export { OUTLET_FROM_CONTEXT_RULE, type StatementInput, statement } from "./statement.js";
export { tension } from "./tension.js";
export { isoDate, wikidataId } from "./validate.js";
export {
  type BuiltInOrganisationType,
  type ConceptInput,
  defineCameoCode,
  defineEventKind,
  defineOrganisationType,
  defineStance,
  defineTensionKind,
  type HttpIri,
  isUserConcept,
  type MatchInput,
  type UserConcept,
} from "./vocabulary.js";
