import type { Quad } from "@rdfjs/types";
import { validateShapes } from "../validate/shacl.js";
import type { ArticleQuads } from "./layers.js";

/** A problem of the combined graph that no article has alone: the articles that state the node differently. */
export interface CombinedProblem {
  /** The node that violates a shape once the articles are merged. */
  readonly node: string;
  readonly path: string | undefined;
  readonly problem: string;
  /** Each article that says something about the node (on `path`, when there is one), with its values. */
  readonly articles: readonly { readonly slug: string; readonly values: readonly string[] }[];
}

/**
 * Validate the union of several article graphs against the shapes (each article has passed alone): a
 * violation here comes from merging — two articles that define one shared node differently (another
 * preferred name, a second Wikidata id…) — and is reported with the articles and what each says.
 *
 * @example
 * declare const later: Quad[];
 * declare const shapes: Quad[];
 * const articles = [{ slug: "zelensky-aide-neutrality", quads }, { slug: "later-report", quads: later }];
 * const problems = await combinedProblems(articles, layers(articles).union, shapes, []);
 */
export async function combinedProblems(
  articles: readonly ArticleQuads[],
  union: readonly Quad[],
  shapes: readonly Quad[],
  ontology: readonly Quad[],
): Promise<CombinedProblem[]> {
  if (articles.length < 2) return [];
  const violations = await validateShapes(union, shapes, ontology);
  const seen = new Set<string>();
  const out: CombinedProblem[] = [];
  for (const v of violations) {
    const key = `${v.focusNode}\u0000${v.path ?? ""}\u0000${v.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const stating = articles
      .map((a) => ({
        slug: a.slug,
        values: [
          ...new Set(
            a.quads
              .filter(
                (q) =>
                  q.subject.value === v.focusNode && (v.path === undefined || q.predicate.value === v.path),
              )
              .map((q) =>
                q.object.termType === "Literal" ? JSON.stringify(q.object.value) : `<${q.object.value}>`,
              ),
          ),
        ].sort(),
      }))
      .filter((a) => a.values.length > 0);
    out.push({ node: v.focusNode, path: v.path, problem: v.message, articles: stating });
  }
  return out;
}

/**
 * One line for a combined-graph problem: the node, the path, the shape's message and which articles say
 * what.
 *
 * @example
 * declare const problem: CombinedProblem;
 * describeCombinedProblem(problem); // "<…skos/core#prefLabel>: … (article a says "X"; article b says "Y")"
 */
export function describeCombinedProblem(p: CombinedProblem): string {
  const who =
    p.articles.length === 0
      ? "no single article states it: it comes from merging them"
      : p.articles.map((a) => `article ${a.slug} says ${a.values.join(", ")}`).join("; ");
  return `${p.path === undefined ? "" : `<${p.path}>: `}${p.problem} (${who})`;
}
