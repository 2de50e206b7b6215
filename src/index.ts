export * from "./articles/index.js";
export * from "./builders/index.js";
export { NewsgraphError, type NewsgraphErrorCode } from "./errors.js";
export { sortQuads } from "./export/order.js";
export { toTurtle } from "./export/turtle.js";
export { loadTurtle, questionOf } from "./query/catalogue.js";
export { formatAs, RESULTS_FORMATS, type ResultsFormat, toCsv, toTable, toTsv } from "./query/formats.js";
export * from "./query/helpers.js";
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
export { HELPERS, type HelperEntry, type HelperName, type HelperParam } from "./query/registry.js";
export {
  canonicalResults,
  formatResults,
  isOrdered,
  type SparqlJsonResults,
  type SparqlJsonTerm,
  termToJson,
  toResults,
} from "./query/results.js";
export { selectJson } from "./query/sparql.js";
export { compareForOrder, type JsValue, jsValue, termKey } from "./query/terms.js";
export {
  buildRelease,
  parseTurtle,
  publishedPrefixes,
  type Release,
  type ReleaseFile,
  type ReleaseInput,
} from "./release/release.js";
export { type GraphSummary, summarise } from "./release/summary.js";
export { type OxigraphStore, oxigraphStore } from "./store/oxigraph.js";
export { formatOf, NewsStore, parseRdf, type RdfFormat } from "./store/store.js";
export { type AnchorProblem, checkAnchors } from "./validate/anchors.js";
export { type ShapeViolation, validateShapes } from "./validate/shacl.js";
export * from "./vocab/cameo.js";
export * from "./vocab/concepts.js";
export * from "./vocab/namespaces.js";
