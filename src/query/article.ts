import type { Literal, NamedNode } from "@rdfjs/types";
import type { NewsStore } from "../store/store.js";
import { rdf, schema, skos } from "../vocab/namespaces.js";
import { Query, v } from "./pattern.js";

/** An article's metadata, as its publisher's page and its text give it. */
export interface ArticleMetadata {
  readonly article: NamedNode;
  readonly headline: Literal;
  /** The standfirst (schema:alternativeHeadline), when the article has one. */
  readonly standfirst?: Literal;
  readonly author: NamedNode;
  readonly authorName?: Literal;
  readonly publisher: NamedNode;
  readonly publisherName?: Literal;
  /** schema:datePublished (xsd:date). */
  readonly date: Literal;
  readonly url: NamedNode;
}

/** The columns of `articleMetadata`, in order. */
export const ARTICLE_METADATA_COLUMNS = [
  "article",
  "headline",
  "standfirst",
  "author",
  "authorName",
  "publisher",
  "publisherName",
  "date",
  "url",
] as const;

/**
 * Each article's headline, standfirst, author, publisher (with their names), publication date and URL,
 * by date; an article with several authors has a row for each.
 *
 * @example
 * articleMetadata(store)[0]?.headline.value; // "Zelensky Aide Says Ukraine Open to Russia’s Neutrality Demand, …"
 */
export function articleMetadata(store: NewsStore): ArticleMetadata[] {
  let query = Query.on(store)
    .where(
      [v("article"), rdf("type"), schema("NewsArticle")],
      [v("article"), schema("headline"), v("headline")],
      [v("article"), schema("author"), v("author")],
      [v("article"), schema("publisher"), v("publisher")],
      [v("article"), schema("datePublished"), v("date")],
      [v("article"), schema("url"), v("url")],
    )
    .optional([v("article"), schema("alternativeHeadline"), v("standfirst")])
    .optional([v("author"), skos("prefLabel"), v("authorName")])
    .optional([v("publisher"), skos("prefLabel"), v("publisherName")]);
  for (const c of ["date", ...ARTICLE_METADATA_COLUMNS.filter((c) => c !== "date")] as const)
    query = query.orderBy(c);
  return query
    .select(...ARTICLE_METADATA_COLUMNS)
    .distinct()
    .rows() as unknown as ArticleMetadata[];
}
