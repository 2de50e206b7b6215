import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { NewsgraphError } from "../errors.js";
import { ID } from "../vocab/namespaces.js";

/** Kinds of resource that exist once across all articles and so merge between article graphs. */
export type GlobalPath =
  | "person"
  | "org"
  | "state"
  | "group"
  | "territory"
  | "place"
  | "post"
  | "role"
  | "membership"
  | "event"
  | "topic"
  | "cameo"
  | "article";

/** Kinds of resource that belong to one article (its statements, anchors, unnamed speakers…). */
export type ArticlePath =
  | "statement"
  | "quote"
  | "claim"
  | "agent"
  | "anchor"
  | "mention"
  | "date"
  | "tension"
  | "fact";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turn a readable name into a slug: lower case ASCII letters and digits joined by single hyphens,
 * accents folded ("Zelenskyy" → "zelenskyy", "Donetsk People's Republic" → "donetsk-peoples-republic").
 *
 * @example
 * slugify("Ihor Zhovkva"); // "ihor-zhovkva"
 */
export function slugify(name: string, field = "name"): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") throw new NewsgraphError("invalid-slug", field, `"${name}" gives an empty slug`);
  return slug;
}

function checkSlug(slug: string, field: string): string {
  if (!SLUG.test(slug)) {
    throw new NewsgraphError(
      "invalid-slug",
      field,
      `"${slug}" is not a slug (lower-case letters and digits joined by single hyphens)`,
    );
  }
  return slug;
}

/**
 * The only place IRIs are minted: `…/id/<kind>/<slug>` for shared entities.
 *
 * @example
 * mintIri("person", "ihor-zhovkva").value; // "https://w3id.org/newsgraph/id/person/ihor-zhovkva"
 */
export function mintIri(kind: GlobalPath, slug: string): NamedNode {
  return DataFactory.namedNode(`${ID}${kind}/${checkSlug(slug, `${kind} slug`)}`);
}

/**
 * Mint an article-scoped IRI: `…/id/article/<article>/<kind>/<slug>`. Unnamed speakers live here so that
 * "Israeli officials" of two articles never merge into one agent.
 *
 * @example
 * mintArticleIri("my-article", "statement", "s1").value;
 */
export function mintArticleIri(article: string, kind: ArticlePath, slug: string): NamedNode {
  const a = checkSlug(article, "article slug");
  return DataFactory.namedNode(`${ID}article/${a}/${kind}/${checkSlug(slug, `${kind} slug`)}`);
}

/** The IRI prefix of one article's scoped resources of a kind (used for Turtle prefixes). */
export function articleScope(article: string, kind: ArticlePath): string {
  return `${ID}article/${checkSlug(article, "article slug")}/${kind}/`;
}
