import type { GraphBuilder } from "../builders/graph.js";

/** One source article: where its text is, the text's fingerprint, and the function that builds its graph. */
export interface ArticleModule {
  /** The article's slug: its IRI, data file names and scoped resources derive from it. */
  readonly slug: string;
  /** The file name of the source text, relative to the module's folder (the bundled one's is `src/articles/`). */
  readonly textFile: string;
  /** SHA-256 of the source text: a different text is refused, since every offset depends on it. */
  readonly textSha256: string;
  /** Build the article's graph from its text (pure: no I/O). */
  readonly build: (text: string) => GraphBuilder;
}
