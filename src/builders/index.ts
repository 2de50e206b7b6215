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
export { cameo, topic } from "./concept.js";
export { resolvedDate, resolveWeekday, type Weekday } from "./date.js";
export { externalFact, type FactOrigin, type NamedInput } from "./entity.js";
export { event } from "./event.js";
export { type ForeignKind, fromArticle } from "./foreign.js";
export { GraphBuilder } from "./graph.js";
export { type ArticlePath, articleScope, type GlobalPath, mintArticleIri, mintIri, slugify } from "./iri.js";
export type { AgentKind, ContentKind, EntityKind, InstitutionKind, Kind, PlaceKind, Ref } from "./kinds.js";
export { mention } from "./mention.js";
export { type PartOf, place, territory } from "./place.js";
export { type RemarkInput, remark, type SharedAgentKind } from "./remark.js";
export { type HeadsKind, membership, post, role } from "./role.js";
export { OUTLET_FROM_CONTEXT_RULE, type StatementInput, statement } from "./statement.js";
export { tension } from "./tension.js";
export { isoDate, wikidataId } from "./validate.js";
