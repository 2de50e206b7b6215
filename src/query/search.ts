import type { Literal, NamedNode } from "@rdfjs/types";
import { distance } from "fastest-levenshtein";
import { DataFactory } from "n3";
import { nameKey } from "../builders/name-key.js";
import type { NewsStore } from "../store/store.js";
import { ng, skos } from "../vocab/namespaces.js";
import { Query, v } from "./pattern.js";
import { compareForOrder, termKey } from "./terms.js";

// Looking entities up by name: exact (folded) matches over every name an entity is known by, then
// partial and fuzzy matches over its canonical names and variants. The matching itself is a pure
// function of the candidate names (`rankNameMatches`), so the SPARQL twin's rows give the same answer.

export { foldName, nameKey } from "../builders/name-key.js";

/** How a name matched a query: the whole name, some of its words, or with a few letters wrong. */
export type MatchHow = "exact" | "partial" | "fuzzy";

/** An entity found by name, with the name that matched and how. */
export interface EntityMatch {
  readonly entity: NamedNode;
  readonly name: Literal;
  readonly matched: Literal;
  /** "exact", "partial" or "fuzzy" (an xsd:string literal). */
  readonly how: Literal;
}

/** A name an entity is known by, and the property it comes from. */
export interface NameCandidate {
  readonly entity: NamedNode;
  /** The entity's canonical name (skos:prefLabel). */
  readonly name: Literal;
  /** The name or alias: a skos:prefLabel, a skos:altLabel or the surface form of a mention. */
  readonly alias: Literal;
  /** skos:prefLabel, skos:altLabel or ng:surfaceForm. */
  readonly via: NamedNode;
}

/**
 * Every name an entity is known by: its canonical name, variants and mention surface forms.
 *
 * @example
 * entityNames(store).filter((n) => n.alias.value === "Zhovka"); // the misspelling, as printed
 */
export function entityNames(store: NewsStore): NameCandidate[] {
  const named = (via: NamedNode) =>
    Query.on(store)
      .where([v("entity"), skos("prefLabel"), v("name")], [v("entity"), via, v("alias")])
      .select("entity", "name", "alias")
      .rows()
      .map((r) => ({ ...r, via }));
  const labelled = [...named(skos("prefLabel")), ...named(skos("altLabel"))];
  const mentioned = Query.on(store)
    .where(
      [v("mention"), ng("refersTo"), v("entity")],
      [v("mention"), ng("surfaceForm"), v("alias")],
      [v("entity"), skos("prefLabel"), v("name")],
    )
    .select("entity", "name", "alias")
    .distinct()
    .rows()
    .map((r) => ({ ...r, via: ng("surfaceForm") }));
  return [...labelled, ...mentioned] as unknown as NameCandidate[];
}

/** How many letters a word (or a whole name) of this length may have wrong and still match fuzzily. */
function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * How far a candidate name is from the query, word by word: every query word must equal a word of the
 * name or be within its allowed edits of one; undefined when some word is not. 0 means every word occurs.
 */
function wordDistance(query: readonly string[], name: readonly string[]): number | undefined {
  let total = 0;
  for (const q of query) {
    if (name.includes(q)) continue;
    let best = Number.POSITIVE_INFINITY;
    for (const w of name) best = Math.min(best, distance(q, w));
    if (best > allowedEdits(q.length)) return undefined;
    total += best;
  }
  return total;
}

interface Scored {
  readonly candidate: NameCandidate;
  readonly score: number;
  readonly extra: number;
}

const HOW = {
  exact: DataFactory.literal("exact"),
  partial: DataFactory.literal("partial"),
  fuzzy: DataFactory.literal("fuzzy"),
} as const satisfies Record<MatchHow, Literal>;

const byName = (a: NameCandidate, b: NameCandidate) =>
  compareForOrder(a.name, b.name) || compareForOrder(a.entity, b.entity) || compareForOrder(a.alias, b.alias);

/** Closest first: fewer edits, then fewer words beyond the query's, then by name, entity and alias. */
const closest = (a: Scored, b: Scored) =>
  a.score - b.score || a.extra - b.extra || byName(a.candidate, b.candidate);

/** Whether a is a closer match than b. */
const better = (a: Scored, b: Scored) => closest(a, b) < 0;

/**
 * Rank candidate names against a query: exact matches first (every matching name of each entity, by
 * name), then entities one of whose canonical names or variants holds every word of the query
 * ("partial"), then those within a few letters ("fuzzy"); partial and fuzzy matches closest first (fewer
 * edits, then fewer words beyond the query's, then by name). Each entity appears in its best tier only,
 * and once in the partial and fuzzy tiers (with its closest name). The result does not depend on the
 * order of the candidates.
 *
 * @example
 * rankNameMatches("Ihor", entityNames(store)); // [{ name: "Ihor Zhovkva", how: "partial", … }]
 */
export function rankNameMatches(query: string, candidates: readonly NameCandidate[]): EntityMatch[] {
  const wanted = nameKey(query);
  if (wanted === "") return [];
  const words = wanted.split(" ");
  const keyOf = new Map<string, string>();
  const key = (alias: Literal) => {
    let k = keyOf.get(alias.value);
    if (k === undefined) {
      k = nameKey(alias.value);
      keyOf.set(alias.value, k);
    }
    return k;
  };

  const exact = new Map<string, NameCandidate>();
  for (const c of candidates) {
    if (key(c.alias) !== wanted) continue;
    const id = `${termKey(c.entity)}\u0000${termKey(c.name)}\u0000${termKey(c.alias)}`;
    if (!exact.has(id)) exact.set(id, c);
  }
  const found = new Set([...exact.values()].map((c) => termKey(c.entity)));

  // Partial and fuzzy matches look at canonical names and variants only: a mention's words are the
  // article's ("Zelensky Aide" is Zhovkva), not a name of the entity.
  const partial = new Map<string, Scored>();
  const fuzzy = new Map<string, Scored>();
  for (const c of candidates) {
    if (c.via.equals(ng("surfaceForm"))) continue;
    const entity = termKey(c.entity);
    if (found.has(entity)) continue;
    const aliasKey = key(c.alias);
    const aliasWords = aliasKey.split(" ");
    const byWords = wordDistance(words, aliasWords);
    const whole = distance(wanted, aliasKey);
    const score = Math.min(
      byWords ?? Number.POSITIVE_INFINITY,
      whole <= allowedEdits(wanted.length) ? whole : Number.POSITIVE_INFINITY,
    );
    if (score === Number.POSITIVE_INFINITY) continue;
    const scored = { candidate: c, score, extra: Math.abs(aliasWords.length - words.length) };
    const tier = byWords === 0 ? partial : fuzzy;
    const best = tier.get(entity);
    if (best === undefined || better(scored, best)) tier.set(entity, scored);
  }
  for (const entity of partial.keys()) fuzzy.delete(entity);

  const rows = (list: Iterable<NameCandidate>, how: MatchHow) =>
    [...list].map((c) => ({ entity: c.entity, name: c.name, matched: c.alias, how: HOW[how] }));
  return [
    ...rows([...exact.values()].sort(byName), "exact"),
    ...rows(
      [...partial.values()].sort(closest).map((s) => s.candidate),
      "partial",
    ),
    ...rows(
      [...fuzzy.values()].sort(closest).map((s) => s.candidate),
      "fuzzy",
    ),
  ];
}

/**
 * Find entities by name or alias, case-, accent- and punctuation-insensitive (a possessive "’s" is
 * ignored). Exact matches come first, over canonical names, variants and the surface forms of mentions
 * (so "Zelenskyy", "Zelensky" and "zelensky" find the same person, and a misspelling as printed finds
 * its entity); then, over canonical names and variants only, partial matches holding every word of the
 * query ("Ihor" finds Ihor Zhovkva), then fuzzy matches a few letters off ("Zelenskiy"). `how` says
 * which. An empty query finds nothing.
 *
 * @example
 * findEntities(store, "Zhovkva's"); // [{ entity: <…/person/ihor-zhovkva>, name: "Ihor Zhovkva", how: "exact", … }]
 */
export function findEntities(store: NewsStore, name: string): EntityMatch[] {
  if (nameKey(name) === "") return [];
  return rankNameMatches(name, entityNames(store));
}
