import { createHash } from "node:crypto";
import type { Quad, Term } from "@rdfjs/types";
import { isAbsoluteIri } from "../builders/validate.js";
import { checkAnchors } from "./anchors.js";
import { uncoveredNames } from "./mentions.js";
import { validateShapes } from "./shacl.js";

/** One problem found in a graph: the node it is about and what is wrong. */
export interface GraphProblem {
  readonly node: string;
  readonly problem: string;
}

/**
 * The text renditions' recorded length (code points) and SHA-256 against the text given: the anchors'
 * offsets hold only for that exact text.
 */
function renditionProblems(quads: readonly Quad[], text: string): GraphProblem[] {
  const NG = "https://w3id.org/newsgraph/ontology#";
  const length = String(Array.from(text).length);
  const sha = createHash("sha256").update(text, "utf8").digest("hex");
  const problems: GraphProblem[] = [];
  for (const q of quads) {
    if (q.predicate.value === `${NG}textLength` && q.object.value !== length)
      problems.push({
        node: `<${q.subject.value}>`,
        problem: `records a text of ${q.object.value} code points, but the source text has ${length}`,
      });
    if (q.predicate.value === "https://schema.org/sha256" && q.object.value !== sha)
      problems.push({
        node: `<${q.subject.value}>`,
        problem: `records SHA-256 ${q.object.value}, but the source text's is ${sha}: the anchors were made for another text`,
      });
  }
  return problems;
}

/** What a graph is checked against. */
export interface GraphChecks {
  /** The SHACL shapes (`ontology/newsgraph.shapes.ttl`). */
  readonly shapes: readonly Quad[];
  /** The ontology, so that targets by class reach instances of subclasses. */
  readonly ontology?: readonly Quad[];
  /** The source text the anchors point into; anchors are not checked without it. */
  readonly text?: string;
}

const XSD = "http://www.w3.org/2001/XMLSchema#";
const LEXICAL: Record<string, RegExp> = {
  integer: /^[+-]?\d+$/,
  nonNegativeInteger: /^\+?\d+$|^-0+$/,
  positiveInteger: /^\+?0*[1-9]\d*$/,
  decimal: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  double: /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/,
  boolean: /^(true|false|1|0)$/,
  date: /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/,
  dateTime: /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
  gYear: /^-?\d{4,}(Z|[+-]\d{2}:\d{2})?$/,
  anyURI: /^[^\s]*$/,
};
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function validDate(value: string): boolean {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (days[mo - 1] ?? 0);
}

function termProblems(t: Term, into: Set<string>): void {
  if (t.termType === "NamedNode") {
    if (!isAbsoluteIri(t.value)) into.add(`<${t.value}> is not an absolute IRI`);
  } else if (t.termType === "Literal") {
    const shown = JSON.stringify(t.value.length > 40 ? `${t.value.slice(0, 40)}…` : t.value);
    if (LONE_SURROGATE.test(t.value)) into.add(`literal ${shown} holds a lone surrogate (not Unicode text)`);
    if (t.language !== "" && !LANGUAGE_TAG.test(t.language))
      into.add(`literal ${shown} has an ill-formed language tag "${t.language}"`);
    const dt = t.datatype.value;
    if (!isAbsoluteIri(dt)) into.add(`literal ${shown} has a datatype that is not an absolute IRI`);
    if (dt.startsWith(XSD)) {
      const local = dt.slice(XSD.length);
      const lexical = LEXICAL[local];
      if (
        lexical !== undefined &&
        (!lexical.test(t.value) || ((local === "date" || local === "dateTime") && !validDate(t.value)))
      )
        into.add(`literal ${shown} is not a valid xsd:${local}`);
    }
  }
}

/**
 * Check a graph as a release build does: SHACL shapes, every text anchor against the source text (when
 * given) and every name the text prints covered by a mention, and IRI and literal sanity (absolute IRIs, well-formed language tags, valid lexical forms of
 * the XSD datatypes the package uses, no lone surrogates). Returns every problem, sorted; none when the
 * graph is sound. A graph with no triples, or with no `schema:NewsArticle`, is a problem too: there would
 * be nothing to check.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * const shapes = parseTurtle(readFileSync("ontology/newsgraph.shapes.ttl", "utf8"), "newsgraph.shapes.ttl");
 * const problems = await validateGraph(quads, { shapes, text }); // [] when the graph is sound
 */
export async function validateGraph(quads: readonly Quad[], checks: GraphChecks): Promise<GraphProblem[]> {
  const problems: GraphProblem[] = [];
  const article = "https://schema.org/NewsArticle";
  const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  if (quads.length === 0) problems.push({ node: "(graph)", problem: "holds no triples" });
  else if (!quads.some((q) => q.predicate.value === RDF_TYPE && q.object.value === article))
    problems.push({
      node: "(graph)",
      problem: "holds no news article (no schema:NewsArticle): not a newsgraph article graph",
    });
  const seen = new Set<string>();
  for (const q of quads) {
    const found = new Set<string>();
    for (const t of [q.subject, q.predicate, q.object, q.graph]) termProblems(t, found);
    for (const problem of found) {
      const key = `${q.subject.value}\u0000${problem}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ node: `<${q.subject.value}>`, problem });
    }
  }
  if (checks.text !== undefined) {
    for (const a of checkAnchors(quads, checks.text))
      problems.push({ node: `<${a.anchor}>`, problem: a.problem });
    problems.push(...renditionProblems(quads, checks.text));
    // Article quality, for every article: a name the text prints is a mention wherever it is printed.
    for (const u of uncoveredNames(quads, checks.text))
      problems.push({
        node: `<${u.entity}>`,
        problem: `the text names it "${u.form}" at ${u.start}, where no entity mention covers it`,
      });
  }
  for (const v of await validateShapes(quads, checks.shapes, checks.ontology ?? []))
    problems.push({ node: `<${v.focusNode}>`, problem: `${v.path ? `<${v.path}>: ` : ""}${v.message}` });
  // One problem, one line: a node reached by two targets of one shape is reported once.
  const unique = new Map(problems.map((p) => [`${p.node}\u0000${p.problem}`, p]));
  return [...unique.values()].sort((a, b) =>
    a.node + a.problem < b.node + b.problem ? -1 : a.node + a.problem > b.node + b.problem ? 1 : 0,
  );
}
