export * from "./articles/index.js";
// ── The catalogue of shared entities and the duplicate check (h1) ──
export { type KnownEventReport, type KnownNameOf, known, lookupKnown } from "./articles/known.js";
export type { FindOptions } from "./builders/anchor.js";
export * from "./builders/index.js";
// ── Authoring (issue #10): where a phrase occurs, in code points, and what singles each occurrence out.
export {
  describeOccurrence,
  type Occurrence,
  occurrences,
  withOtherCapitals,
} from "./builders/occurrences.js";
export { NewsgraphError, type NewsgraphErrorCode } from "./errors.js";
export { canonical } from "./export/canonical.js";
export { jsonldContext, toJsonLd } from "./export/jsonld.js";
export { toNQuads, toNTriples } from "./export/ntriples.js";
export { sortQuads } from "./export/order.js";
export { type NQuadsSink, type StreamNQuadsOptions, streamNQuads } from "./export/stream.js";
export { toTrig } from "./export/trig.js";
export { toTurtle } from "./export/turtle.js";
export { type GraphStoreOptions, type GraphUpload, type UploadResult, uploadGraphs } from "./load/gsp.js";
export { loadIntoOxigraph } from "./load/oxigraph.js";
// ── Remote SPARQL 1.1 endpoints (helpers through their twins; #10 part 5) ──
export {
  type QueryVia,
  type SparqlEndpointOptions,
  type SparqlProtocolClient,
  sparqlProtocolClient,
} from "./load/sparql-protocol.js";
export { type ArticleMetadata, articleMetadata } from "./query/article.js";
export { type BoundedQueryOptions, type QueryAnswer, runBounded } from "./query/bounded.js";
export { loadTurtle, questionOf } from "./query/catalogue.js";
export {
  type ChoiceRow,
  type ClaimContext,
  type ConditionRow,
  choices,
  conditions,
  type DemandRow,
  demands,
  type GuaranteeRow,
  guarantees,
  type PositionRow,
  positions,
  type RecognitionRow,
  type RefusalRow,
  recognitions,
  refusals,
} from "./query/claims.js";
// ── Cross-article coverage helpers ──
export {
  ARTICLES_REPORTING_COLUMNS,
  type ArticleReporting,
  articlesReporting,
  COMPARISON_COLUMNS,
  type ComparisonRow,
  compareArticles,
  REPORT_COLUMNS,
  type ReportedKind,
  type ReportRow,
  reportsOf,
} from "./query/coverage.js";
export { type DescriptionRow, describe } from "./query/describe.js";
export {
  ENTITY_KIND_NAMES,
  type EntityKindName,
  type EntityOfKind,
  entitiesOfKind,
  entityKind,
} from "./query/entities.js";
export { formatAs, RESULTS_FORMATS, type ResultsFormat, toCsv, toTable, toTsv } from "./query/formats.js";
export * from "./query/helpers.js";
export { type CarriedStatement, carriedBy } from "./query/outlet.js";
export {
  Aggregate,
  type AggregateRow,
  Grouping,
  oneOrMore,
  type PropertyPath,
  Query,
  type Row,
  type TriplePattern,
  type ValueRow,
  type Var,
  v,
  zeroOrMore,
} from "./query/pattern.js";
export {
  isOrdered,
  type PreparedQuery,
  type PrepareOptions,
  prepareQuery,
  type QueryForm,
} from "./query/prepare.js";
export { HELPERS, type HelperEntry, type HelperName, type HelperParam } from "./query/registry.js";
export {
  type RemoteHelper,
  type RemoteHelpers,
  type SparqlEndpoint,
  sparqlEndpoint,
} from "./query/remote.js";
export { resolveEntity } from "./query/resolve.js";
export {
  canonicalResults,
  formatResults,
  type SparqlJsonResults,
  type SparqlJsonTerm,
  termToJson,
  toResults,
} from "./query/results.js";
export type { ArticleScope } from "./query/scope.js";
export { inScope } from "./query/scope.js";
export { type MatchHow, type NameCandidate, nameKey, rankNameMatches } from "./query/search.js";
export { selectJson } from "./query/sparql.js";
export { compareForOrder, type JsValue, jsValue, termKey } from "./query/terms.js";
export {
  INTEGER_TYPED_PROPERTIES,
  type TwinOptions,
  type TwinQuery,
  termFromJson,
  twinQuery,
  twinRows,
} from "./query/twin.js";
// ── h5-corpus: the release's layers and the corpus checks (issue #10, part 4) ──────────────────────
export {
  type CombinedProblem,
  combinedProblems,
  describeCombinedProblem,
} from "./release/combined.js";
export { type ArticleQuads, articleOfNode, type Layers, layers, SHARED_GRAPH } from "./release/layers.js";
export type { SourceArticle } from "./release/release.js";
export {
  buildRelease,
  contextPrefixes,
  parseTurtle,
  publishedPrefixes,
  type Release,
  type ReleasedArticle,
  type ReleaseFile,
  type ReleaseInput,
  type ViewMaker,
} from "./release/release.js";
export { type GraphSummary, summarise } from "./release/summary.js";
export { type OxigraphStore, oxigraphStore } from "./store/oxigraph.js";
export { formatOf, NewsStore, parseRdf, type RdfFormat } from "./store/store.js";
export { type AnchorProblem, checkAnchors } from "./validate/anchors.js";
export { type GraphChecks, type GraphProblem, validateGraph } from "./validate/graph.js";
// ── end h5-corpus ──────────────────────────────────────────────────────────────────────────────────
// ── h5-corpus: article-quality checks of graph + text ──────────────────────────────────────────────
export { type UncoveredName, uncoveredNames } from "./validate/mentions.js";
export { type ShapeViolation, validateShapes } from "./validate/shacl.js";
export { graphDot } from "./view/dot.js";
export type {
  ArticleInfo,
  ArticleView,
  ClaimNode,
  DateInfo,
  EventView,
  MentionView,
  NodeRef,
  QuotationView,
  SpanView,
  Speaker,
  StatementView,
  TensionView,
} from "./view/model.js";
export { type ArticlePageOptions, articlePage } from "./view/page.js";
export { graphPicture } from "./view/picture.js";
export { readArticleView } from "./view/read.js";
export { articleViews } from "./view/views.js";
export * from "./vocab/cameo.js";
// ── The catalogue of shared entities (h1) ──
export {
  CATALOGUE,
  type Catalogue,
  type CatalogueBase,
  type CatalogueKey,
  type CatalogueKind,
  type CatalogueRow,
  catalogueIri,
  catalogueRows,
  type EventEntry,
  type KnownName,
  type OrganisationEntry,
  type OutletEntry,
  type PersonEntry,
  type PlaceEntry,
  type PostEntry,
  type StateGroupEntry,
} from "./vocab/catalogue.js";
export * from "./vocab/concepts.js";
export * from "./vocab/namespaces.js";
// ── end authoring
