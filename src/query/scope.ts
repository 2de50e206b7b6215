import type { NamedNode, Term } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";

/** Options of the helpers whose rows come from articles: keep the rows of one article only. */
export interface ArticleScope {
  /** The article (`…/id/article/<slug>`) whose rows to keep; every article's when absent. */
  readonly article?: NamedNode;
}

/**
 * The rows of one article, when a scope names one (every row otherwise).
 *
 * @example
 * inScope(verbatimQuotes(store), { article: mintIri("article", "zelensky-aide-neutrality") });
 */
export function inScope<T extends object>(rows: T[], options: ArticleScope | undefined): T[] {
  const article = options?.article;
  if (article === undefined) return rows;
  // From untyped code a slug would match nothing and give an empty answer: say what is expected.
  if ((article as { termType?: unknown }).termType !== "NamedNode")
    throw new NewsgraphError(
      "invalid-value",
      "options.article",
      `must be the article's IRI as a NamedNode (mintIri("article", slug)), got ${typeof article === "string" ? JSON.stringify(article) : typeof article}`,
    );
  return rows.filter((r) => (r as { article?: Term }).article?.equals(article) === true);
}
