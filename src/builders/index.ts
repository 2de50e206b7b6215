export { type Span, anchor, anchorText, findSpan, spanText } from "./anchor.js";
export { type AccountInput, type OrganisationType, organisation, outlet, person, state, stateGroup, unnamedAgent } from "./agent.js";
export { type ArticleInput, article } from "./article.js";
export {
  type ContentInput,
  type RecognisedStatus,
  action,
  choice,
  condition,
  demand,
  guarantee,
  position,
  proposal,
  recognition,
  refusal,
} from "./claim.js";
export { cameo, topic } from "./concept.js";
export { type Weekday, resolvedDate, resolveWeekday } from "./date.js";
export { type FactOrigin, type NamedInput, externalFact } from "./entity.js";
export { event } from "./event.js";
export { GraphBuilder } from "./graph.js";
export { type ArticlePath, type GlobalPath, articleScope, mintArticleIri, mintIri, slugify } from "./iri.js";
export type { AgentKind, ContentKind, EntityKind, InstitutionKind, Kind, PlaceKind, Ref } from "./kinds.js";
export { mention } from "./mention.js";
export { type PartOf, place, territory } from "./place.js";
export { membership, post, role } from "./role.js";
export { type StatementInput, statement } from "./statement.js";
export { tension } from "./tension.js";
export { isoDate, wikidataId } from "./validate.js";
