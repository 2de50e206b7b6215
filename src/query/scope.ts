import type { NamedNode, Term } from "@rdfjs/types";

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
  return rows.filter((r) => (r as { article?: Term }).article?.equals(article) === true);
}
