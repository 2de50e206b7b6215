import type { Literal, NamedNode } from "@rdfjs/types";
import type { NewsStore } from "../store/store.js";
import { ng, rdfs, time } from "../vocab/namespaces.js";
import { Query, v } from "./pattern.js";
import { type ArticleScope, inScope } from "./scope.js";

/** A statement a news outlet carried. */
export interface CarriedStatement {
  readonly statement: NamedNode;
  readonly speaker: NamedNode;
  readonly summary: Literal;
  /** The day the statement was made, when the text gives one. */
  readonly date?: Literal;
  /** true when the article names the outlet only for the sentence this statement continues. */
  readonly fromContext?: Literal;
  /** The article that reports it. */
  readonly article: NamedNode;
}

/** The columns of `carriedBy`, in order. */
export const CARRIED_COLUMNS = ["article", "statement", "speaker", "summary", "date", "fromContext"] as const;

/**
 * What a news outlet carried, as the articles report: each statement with its speaker, summary, day
 * (when the text gives one), whether the outlet is attributed only from context, and the article; by
 * article, then undated first, then by day.
 *
 * @example
 * carriedBy(store, mintIri("org", "bloomberg")); // [{ speaker: <…/person/ihor-zhovkva>, summary: "Zhovkva: Ukraine is ready…", … }]
 */
export function carriedBy(store: NewsStore, outlet: NamedNode, options?: ArticleScope): CarriedStatement[] {
  const rows = Query.on(store)
    .where(
      [v("statement"), ng("carriedBy"), outlet],
      [v("statement"), ng("reportedIn"), v("article")],
      [v("statement"), ng("speaker"), v("speaker")],
      [v("statement"), rdfs("label"), v("summary")],
    )
    .optional([v("statement"), ng("statedAt"), v("when")], [v("when"), time("inXSDDate"), v("date")])
    .optional([v("statement"), ng("outletFromContext"), v("fromContext")])
    .select(...CARRIED_COLUMNS)
    .distinct()
    .orderBy("article")
    .orderBy("date")
    .orderBy("statement")
    .orderBy("speaker")
    .orderBy("summary")
    .orderBy("fromContext")
    .rows() as unknown as CarriedStatement[];
  return inScope(rows, options);
}
