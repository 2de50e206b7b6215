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
  | "account"
  | "article"
  // Cross-article layer: what several reports can report.
  | "remark"
  | "item"
  | "document";

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
  | "fact"
  | "observation"
  | "inference"
  | "rendition";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Letters that accent folding does not reach: Cyrillic (Ukrainian and Russian letters), Greek, and the
 * Latin letters without a decomposition. Applied letter by letter before folding, so a Latin name slugs
 * exactly as before.
 */
const TRANSLITERATION: ReadonlyMap<string, string> = new Map(
  Object.entries({
    а: "a",
    б: "b",
    в: "v",
    г: "h",
    ґ: "g",
    д: "d",
    е: "e",
    є: "ye",
    ё: "yo",
    ж: "zh",
    з: "z",
    и: "y",
    і: "i",
    ї: "yi",
    й: "i",
    к: "k",
    л: "l",
    м: "m",
    н: "n",
    о: "o",
    п: "p",
    р: "r",
    с: "s",
    т: "t",
    у: "u",
    ф: "f",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: "",
    ы: "y",
    ь: "",
    э: "e",
    ю: "yu",
    я: "ya",
    ў: "u",
    ђ: "dj",
    ј: "j",
    љ: "lj",
    њ: "nj",
    ћ: "c",
    џ: "dz",
    ѓ: "g",
    ќ: "k",
    ѕ: "dz",
    α: "a",
    β: "v",
    γ: "g",
    δ: "d",
    ε: "e",
    ζ: "z",
    η: "i",
    θ: "th",
    ι: "i",
    κ: "k",
    λ: "l",
    μ: "m",
    ν: "n",
    ξ: "x",
    ο: "o",
    π: "p",
    ρ: "r",
    σ: "s",
    ς: "s",
    τ: "t",
    υ: "y",
    φ: "f",
    χ: "ch",
    ψ: "ps",
    ω: "o",
    ß: "ss",
    æ: "ae",
    ø: "o",
    œ: "oe",
    đ: "d",
    ł: "l",
    þ: "th",
    ð: "d",
    ı: "i",
    ħ: "h",
    ŧ: "t",
    ŋ: "ng",
  }),
);

/**
 * Turn a readable name into a slug: lower case ASCII letters and digits joined by single hyphens,
 * accents folded ("Zelenskyy" → "zelenskyy", "Donetsk People's Republic" → "donetsk-peoples-republic").
 * Cyrillic and Greek letters are transliterated ("Зеленський" → "zelenskyi", "Αθήνα" → "athina"); a name
 * in another script gives no slug and is refused: pass `slug` for it.
 *
 * @example
 * slugify("Ihor Zhovkva"); // "ihor-zhovkva"
 */
export function slugify(name: string, field = "name"): string {
  if (typeof name !== "string") {
    throw new NewsgraphError("invalid-slug", field, `must be a string to give a slug, got ${typeof name}`);
  }
  const latin = (c: string) => {
    const lower = c.toLowerCase();
    // An accented Greek or Cyrillic letter ("ή", "ѐ") transliterates as its base letter.
    return TRANSLITERATION.get(lower) ?? TRANSLITERATION.get(lower.normalize("NFD").charAt(0)) ?? c;
  };
  const slug = Array.from(name, latin)
    .join("")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") {
    throw new NewsgraphError(
      "invalid-slug",
      field,
      `${JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name)} gives an empty slug (only Latin, Cyrillic and Greek letters and digits are transliterated); pass \`slug\``,
    );
  }
  return slug;
}

/** The longest slug a builder takes from its input (slugs derived from names may be longer). */
export const MAX_SLUG = 1000;

/** Check an explicit slug (a string of lower-case letters and digits joined by single hyphens). */
export function checkSlug(slug: unknown, field: string, max = MAX_SLUG): string {
  if (typeof slug !== "string" || slug.length > max || !SLUG.test(slug)) {
    throw new NewsgraphError(
      "invalid-slug",
      field,
      `${typeof slug === "string" ? JSON.stringify(slug.length > 60 ? `${slug.slice(0, 60)}…` : slug) : `a ${typeof slug}`} is not a slug (lower-case letters and digits joined by single hyphens)`,
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
  return DataFactory.namedNode(`${ID}${kind}/${checkSlug(slug, `${kind}.slug`, Number.POSITIVE_INFINITY)}`);
}

/**
 * Mint an article-scoped IRI: `…/id/article/<article>/<kind>/<slug>`. Unnamed speakers live here so that
 * "Israeli officials" of two articles never merge into one agent.
 *
 * @example
 * mintArticleIri("my-article", "statement", "s1").value;
 */
export function mintArticleIri(article: string, kind: ArticlePath, slug: string): NamedNode {
  const a = checkSlug(article, "GraphBuilder.articleSlug");
  return DataFactory.namedNode(
    `${ID}article/${a}/${kind}/${checkSlug(slug, `${kind}.slug`, Number.POSITIVE_INFINITY)}`,
  );
}

/** The IRI prefix of one article's scoped resources of a kind (used for Turtle prefixes). */
export function articleScope(article: string, kind: ArticlePath): string {
  return `${ID}article/${checkSlug(article, "GraphBuilder.articleSlug")}/${kind}/`;
}
