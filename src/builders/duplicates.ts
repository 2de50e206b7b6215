import { NewsgraphError } from "../errors.js";
import { type CatalogueKind, catalogueRows } from "../vocab/catalogue.js";
import type { GraphBuilder } from "./graph.js";
import { nameKey } from "./name-key.js";

// A new named entity whose name is already the name of another entity (a known one from the catalogue, or
// one built earlier in the same graph) would silently split one thing into two nodes that never merge.
// So the builders refuse it, and refuse near misses too: "Volodymyr Zelenskiy", "Ukriane". An input that
// really means a different thing says so with `distinctFrom`, which the graph records (owl:differentFrom).

/** One name of an entity, folded and split into words, with who owns it. */
export interface NameOwner {
  readonly iri: string;
  readonly kind: CatalogueKind;
  /** The owner's canonical name. */
  readonly label: string;
  /** The name as written (the canonical name or an alternative name). */
  readonly name: string;
  readonly words: readonly string[];
  readonly wikidata: string | undefined;
  /** A catalogue entry (suggest `known.<kind>`), or an entity built earlier in this graph. */
  readonly known: boolean;
}

/**
 * Kinds whose names can denote the same thing: a state is an institution and a place, so "Ukraine" as a
 * territory or an organisation is the state again; a topic, a role or a post is only ever itself.
 */
const FAMILIES: readonly (readonly CatalogueKind[])[] = [
  ["person"],
  ["state", "stateGroup", "organisation", "outlet"],
  ["state", "territory", "place"],
  ["role"],
  ["post"],
  ["event"],
  ["topic"],
];

const related = (a: CatalogueKind, b: CatalogueKind) =>
  FAMILIES.some((family) => family.includes(a) && family.includes(b));

const NOUNS: Record<CatalogueKind, string> = {
  person: "person",
  state: "state",
  stateGroup: "group of states",
  territory: "territory",
  place: "place",
  organisation: "organisation",
  outlet: "outlet",
  role: "role",
  post: "post",
  event: "event",
  topic: "topic",
};

/**
 * The words of a name's look-up key, as the duplicate check compares them.
 *
 * @example
 * nameWords("Zhovkva’s Deputy"); // ["zhovkva", "deputy"]
 */
export function nameWords(name: string): string[] {
  const key = nameKey(name);
  return key === "" ? [] : key.split(" ");
}

/** Every name of every catalogue entry, computed once. */
let catalogueNames: readonly NameOwner[] | undefined;
function knownNames(): readonly NameOwner[] {
  catalogueNames ??= catalogueRows().flatMap(({ kind, iri, entry }) =>
    [entry.name, ...entry.altNames].map((name) => ({
      iri,
      kind,
      label: entry.name,
      name,
      words: nameWords(name),
      wikidata: entry.wikidata,
      known: true,
    })),
  );
  return catalogueNames;
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), so "Ukriane"
 * is one edit from "Ukraine".
 */
function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** How many letters a word may have wrong and still look like a misspelling: none below five letters. */
function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

/**
 * How far two names are, when one looks like a misspelling of the other: the same number of words, each
 * word equal or within its allowed edits with the same first letter (so "Iran" and "Iraq", four letters,
 * never match), at most two edits in all. Undefined when the names are not near, 0 when they are the same.
 *
 * @example
 * misspellingDistance(["ukriane"], ["ukraine"]); // 1
 */
export function misspellingDistance(a: readonly string[], b: readonly string[]): number | undefined {
  if (a.length !== b.length || a.length === 0) return undefined;
  let total = 0;
  for (const [i, word] of a.entries()) {
    const other = b[i] ?? "";
    if (word === other) continue;
    // A slip rarely hits a word's first letter, and names that differ there are usually different names
    // ("Gambia" and "Zambia", "Prussia" and "Russia").
    if (Array.from(word)[0] !== Array.from(other)[0]) return undefined;
    const d = editDistance(word, other);
    if (d > allowedEdits(Math.min(Array.from(word).length, Array.from(other).length))) return undefined;
    total += d;
  }
  return total <= 2 ? total : undefined;
}

/** A match found for one name of the new entity. */
interface Match {
  readonly field: string;
  readonly name: string;
  readonly owner: NameOwner;
  readonly distance: number;
}

/** The first name (in the order given) that matches another entity, preferring exact matches. */
function findMatch(
  names: readonly { field: string; name: string }[],
  candidates: readonly NameOwner[],
  kind: CatalogueKind,
  iri: string,
  wikidata: string | undefined,
): Match[] {
  const found: Match[] = [];
  for (const { field, name } of names) {
    const words = nameWords(name);
    for (const owner of candidates) {
      if (owner.iri === iri || !related(kind, owner.kind)) continue;
      const distance = misspellingDistance(words, owner.words);
      if (distance === undefined) continue;
      // Two entities that carry different verified Wikidata ids are different things however alike their
      // names ("Iceland" and "Ireland"); an identical name still needs an explicit decision.
      if (
        distance > 0 &&
        wikidata !== undefined &&
        owner.wikidata !== undefined &&
        owner.wikidata !== wikidata
      )
        continue;
      found.push({ field, name, owner, distance });
    }
  }
  // Exact matches first, then catalogue entries, then by the order the names were given and IRI.
  return found.sort(
    (a, b) =>
      Math.min(a.distance, 1) - Math.min(b.distance, 1) ||
      Number(b.owner.known) - Number(a.owner.known) ||
      names.findIndex((n) => n.field === a.field) - names.findIndex((n) => n.field === b.field) ||
      a.distance - b.distance ||
      (a.owner.iri < b.owner.iri ? -1 : a.owner.iri > b.owner.iri ? 1 : 0),
  );
}

/** The words of the error, or of the warning when the match was opted out. */
function describeMatch(m: Match, kind: CatalogueKind): string {
  const { owner } = m;
  const what = owner.known
    ? `a name of the known ${NOUNS[owner.kind]} <${owner.iri}> (${owner.label})`
    : `a name of the ${NOUNS[owner.kind]} <${owner.iri}> (${owner.label}) already built in this graph`;
  const instead = owner.known
    ? `use known.${owner.kind}(g, ${JSON.stringify(m.distance === 0 ? m.name : owner.name)})`
    : "use that reference";
  const head =
    m.distance === 0
      ? `${JSON.stringify(m.name)} is ${what}`
      : `${JSON.stringify(m.name)} looks like a misspelling of ${JSON.stringify(owner.name)}, ${what}`;
  return `${head}: ${instead}, or pass distinctFrom: [that IRI] if this is a different ${NOUNS[kind]}`;
}

/**
 * Refuse a new named entity whose name or an alternative name is (or looks like a misspelling of) a name of
 * a catalogue entry or of an entity already built in this graph with another IRI, unless `distinctFrom`
 * names that IRI; an opted-out match is recorded in `g.warnings`. A Wikidata id that is a known entity's
 * is refused whatever `distinctFrom` says. Call it for a new IRI, before anything is emitted.
 */
export function checkDuplicate(
  g: GraphBuilder,
  kind: CatalogueKind,
  iri: string,
  input: { name: string; altNames: readonly string[]; wikidata: string | undefined },
  distinctFrom: ReadonlySet<string>,
  field: string,
): void {
  const { name, altNames, wikidata } = input;
  // Outlets and organisations share one IRI path: a new outlet named like a known organisation would mint
  // that organisation's IRI as another kind of thing.
  const sameIri = knownNames().find((n) => n.iri === iri && n.kind !== kind);
  if (sameIri !== undefined)
    throw new NewsgraphError(
      "duplicate-entity",
      `${field}.name`,
      `${JSON.stringify(name)} would mint <${iri}>, the IRI of the known ${NOUNS[sameIri.kind]} ${sameIri.label}: use known.${sameIri.kind}(g, ${JSON.stringify(sameIri.label)}), or give this ${NOUNS[kind]} another slug`,
    );
  if (wikidata !== undefined) {
    const owner = knownNames().find((n) => n.wikidata === wikidata && n.iri !== iri);
    if (owner !== undefined)
      throw new NewsgraphError(
        "duplicate-entity",
        `${field}.wikidata`,
        `${wikidata} is the Wikidata item of the known ${NOUNS[owner.kind]} <${owner.iri}> (${owner.label}): use known.${owner.kind}(g, ${JSON.stringify(owner.label)})`,
      );
  }
  const names = [
    { field: `${field}.name`, name },
    ...altNames.map((alt, i) => ({ field: `${field}.altNames[${i}]`, name: alt })),
  ];
  const matches = findMatch(names, [...knownNames(), ...g.namesBuilt()], kind, iri, wikidata);
  const blocking = matches.find((m) => !distinctFrom.has(m.owner.iri));
  if (blocking !== undefined)
    throw new NewsgraphError("duplicate-entity", blocking.field, describeMatch(blocking, kind));
  const seen = new Set<string>();
  for (const m of matches) {
    const key = `${m.field} ${m.owner.iri}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const relation =
      m.distance === 0
        ? `is also a name of <${m.owner.iri}> (${m.owner.label})`
        : `is near ${JSON.stringify(m.owner.name)}, a name of <${m.owner.iri}> (${m.owner.label})`;
    g.warn(`${m.field}: ${JSON.stringify(m.name)} ${relation}; kept apart by distinctFrom`);
  }
}

/** The names of a new entity as owners, to remember in the graph for later checks. */
export function ownersOf(
  kind: CatalogueKind,
  iri: string,
  input: { name: string; altNames: readonly string[]; wikidata: string | undefined },
): NameOwner[] {
  return [input.name, ...input.altNames].map((name) => ({
    iri,
    kind,
    label: input.name,
    name,
    words: nameWords(name),
    wikidata: input.wikidata,
    known: false,
  }));
}
