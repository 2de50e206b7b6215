import { distance } from "fastest-levenshtein";
import { DataFactory } from "n3";
import { organisation, outlet, person, state, stateGroup } from "../builders/agent.js";
import { topic } from "../builders/concept.js";
import { event } from "../builders/event.js";
import { buildWith, type GraphBuilder } from "../builders/graph.js";
import {
  type AgentKind,
  type InstitutionKind,
  type Kind,
  type PlaceKind,
  REF_GRAPH,
  type Ref,
} from "../builders/kinds.js";
import { nameKey } from "../builders/name-key.js";
import { type PartOf, place, territory } from "../builders/place.js";
import { post, role } from "../builders/role.js";
import { NewsgraphError } from "../errors.js";
import {
  CATALOGUE,
  type CatalogueKey,
  type CatalogueKind,
  type CatalogueRow,
  catalogueRows,
  type EventEntry,
  type KnownName,
  type OrganisationEntry,
  type OutletEntry,
  type PersonEntry,
  type PlaceEntry,
  type PostEntry,
  type StateGroupEntry,
} from "../vocab/catalogue.js";

// Build the catalogue's shared entities by name, each exactly as every article defines it, so graphs of
// different articles merge on them. A post, an event or an organisation brings what it needs (its role,
// its state, its actors) along.

/** A name `known.<kind>` accepts: any name or alternative name of an entry (editors complete these). */
export type KnownNameOf<K extends CatalogueKind> = KnownName<K> | (string & Record<never, never>);

/** What an article adds to a known event: its own observation of it (see `event`). */
export interface KnownEventReport {
  /** The words of this article that report the event. */
  readonly anchor: Ref<"anchor">;
  /** Actors this article names besides the catalogue's (its unnamed officials, say). */
  readonly actors?: readonly Ref<AgentKind>[];
  readonly time?: Ref<"date">;
  readonly roundCount?: number;
  readonly ongoing?: boolean;
}

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

const namesOf = (row: CatalogueRow) => [row.entry.name, ...row.entry.altNames];

/** Look-up tables: folded name → row, per kind; key → row. */
let byName: Map<CatalogueKind, Map<string, CatalogueRow>> | undefined;
let byKey: Map<string, CatalogueRow> | undefined;
function tables() {
  if (byName === undefined || byKey === undefined) {
    byName = new Map();
    byKey = new Map();
    for (const row of catalogueRows()) {
      byKey.set(row.key, row);
      const names = byName.get(row.kind) ?? new Map<string, CatalogueRow>();
      for (const n of namesOf(row)) names.set(nameKey(n), row);
      byName.set(row.kind, names);
    }
  }
  return { byName, byKey };
}

/** Why a name is not found, and what to write instead. */
function hint(kind: CatalogueKind, name: string): string {
  const key = nameKey(name);
  const elsewhere = catalogueRows().find(
    (r) => r.kind !== kind && namesOf(r).some((n) => nameKey(n) === key),
  );
  if (elsewhere !== undefined)
    return `; it is the known ${NOUNS[elsewhere.kind]} ${elsewhere.entry.name}: use known.${elsewhere.kind}(g, ${JSON.stringify(name)})`;
  const names = catalogueRows()
    .filter((r) => r.kind === kind)
    .flatMap(namesOf);
  const limit = Math.max(2, Math.floor(key.length / 3));
  const near = names
    .map((n) => ({ n, d: distance(key, nameKey(n)) }))
    .filter(({ n, d }) => d <= limit || (key.length >= 3 && nameKey(n).includes(key)))
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
    .slice(0, 3)
    .map(({ n }) => JSON.stringify(n));
  if (near.length > 0) return ` (did you mean ${near.join(" or ")}?)`;
  return ` (known: ${names
    .slice(0, 8)
    .map((n) => JSON.stringify(n))
    .join(", ")}${names.length > 8 ? ", …" : ""})`;
}

/**
 * The catalogue entry of a kind with this name or alternative name (case-, accent- and
 * punctuation-insensitive); an unknown name is an `unknown-entity` error suggesting the closest names.
 *
 * @example
 * lookupKnown("person", "zelensky").iri; // "https://w3id.org/newsgraph/id/person/volodymyr-zelenskyy"
 */
export function lookupKnown(kind: CatalogueKind, name: string, field = `known.${kind}.name`): CatalogueRow {
  if (!Object.hasOwn(CATALOGUE, kind))
    throw new NewsgraphError(
      "invalid-value",
      field.replace(/\.name$/, ".kind"),
      `${JSON.stringify(String(kind))} is not a kind of the catalogue (${Object.keys(CATALOGUE).join(", ")})`,
    );
  if (typeof name !== "string")
    throw new NewsgraphError("invalid-input", field, `must be a string, got ${typeof name}`);
  const row = tables().byName.get(kind)?.get(nameKey(name));
  if (row === undefined)
    throw new NewsgraphError(
      "unknown-entity",
      field,
      `${JSON.stringify(name)} is not a ${NOUNS[kind]} in the catalogue${hint(kind, name)}`,
    );
  return row;
}

/** Build the entry with this key (and what it needs), as every article builds it. */
function buildKey(g: GraphBuilder, key: CatalogueKey, by?: CatalogueRow): Ref<Kind> {
  const row = tables().byKey.get(key);
  if (row === undefined) throw new Error(`internal: the catalogue refers to ${key}, which it does not hold`);
  if (row.kind !== "event") return buildRow(g, row);
  // An event is built only with an article's report of it (its anchor): one that another entry refers to
  // must have been built first.
  const ref = { iri: DataFactory.namedNode(row.iri), kind: "event", [REF_GRAPH]: g } as Ref<"event">;
  try {
    g.check(ref, "", ["event"]);
    return ref;
  } catch {
    throw new NewsgraphError(
      "unknown-reference",
      `known.${by?.kind ?? "event"}.name`,
      `${by?.entry.name ?? "the entry"} refers to the event ${row.entry.name}: build it first, with known.event(g, ${JSON.stringify(row.entry.name)}, { anchor: … })`,
    );
  }
}

function buildRow(g: GraphBuilder, row: CatalogueRow, extra: Record<string, unknown> = {}): Ref<Kind> {
  const { name, altNames, slug, wikidata, knownFrom } = row.entry;
  const named = {
    name,
    altNames,
    slug,
    ...(wikidata === undefined ? {} : { wikidata }),
    ...(knownFrom === undefined ? {} : { knownFrom }),
  };
  const ref = <K extends Kind>(key: CatalogueKey | undefined) =>
    key === undefined ? undefined : (buildKey(g, key) as Ref<K>);
  const opt = <T>(field: string, value: T | undefined) => (value === undefined ? {} : { [field]: value });
  switch (row.kind) {
    case "person": {
      const { account } = row.entry as PersonEntry;
      const platform = ref<"organisation">(account?.platform);
      return person(g, {
        ...named,
        ...(account === undefined || platform === undefined
          ? {}
          : { account: { platform, handle: account.handle } }),
      });
    }
    case "state":
      return state(g, named);
    case "stateGroup": {
      const { members } = row.entry as StateGroupEntry;
      return stateGroup(g, { ...named, members: members.map((m) => buildKey(g, m) as Ref<"state">) });
    }
    case "territory":
      return territory(g, { ...named, ...opt("partOf", (extra as { partOf?: readonly PartOf[] }).partOf) });
    case "place": {
      const e = row.entry as PlaceEntry;
      return place(g, { ...named, type: e.type, ...opt("containedIn", ref<PlaceKind>(e.containedIn)) });
    }
    case "organisation": {
      const e = row.entry as OrganisationEntry;
      return organisation(g, {
        ...named,
        type: e.type,
        ...opt("of", ref<"state">(e.of)),
        ...opt("location", ref<PlaceKind>(e.location)),
        ...opt("url", e.url),
      });
    }
    case "outlet": {
      const e = row.entry as OutletEntry;
      return outlet(g, { ...named, ...opt("url", e.url), ...opt("parent", ref<"organisation">(e.parent)) });
    }
    case "role":
      return role(g, named);
    case "post": {
      const e = row.entry as PostEntry;
      return post(g, {
        ...named,
        role: buildKey(g, e.role) as Ref<"role">,
        in: buildKey(g, e.in) as Ref<InstitutionKind>,
        ...opt("heads", e.heads),
      });
    }
    case "event": {
      const e = row.entry as EventEntry;
      const report = extra as unknown as KnownEventReport;
      return event(g, {
        ...named,
        kind: e.kind,
        actors: [...e.actors.map((a) => buildKey(g, a) as Ref<AgentKind>), ...(report.actors ?? [])],
        anchor: report.anchor,
        ...opt("place", ref<PlaceKind>(e.place)),
        ...opt("purpose", e.purpose),
        ...opt(
          "purposeAbout",
          e.purposeAbout?.map((p) => buildKey(g, p, row) as Ref<"event" | "state">),
        ),
        ...opt("eventType", e.eventType),
        ...opt("time", report.time),
        ...opt("roundCount", report.roundCount),
        ...opt("ongoing", report.ongoing),
      });
    }
    case "topic":
      return topic(g, named);
  }
}

/** Look a name up and build its entry, as one builder call (a failure leaves the graph as it was). */
function buildKnown<K extends CatalogueKind>(
  g: GraphBuilder,
  kind: K,
  name: string,
  extra: Record<string, unknown> = {},
): Ref<K> {
  return buildWith(g, `known.${kind}`, (g) => buildRow(g, lookupKnown(kind, name), extra) as Ref<K>);
}

/**
 * The catalogue's shared entities, built by name (or any alternative name, case- and accent-insensitive)
 * exactly as every article defines them, with what each needs (a post's role and state, an event's
 * actors and place). An unknown name is an `unknown-entity` error suggesting the closest known names.
 *
 * @example
 * const zelensky = known.person(g, "Zelensky");
 * const presidentOfUkraine = known.post(g, "President of Ukraine");
 * const talks = known.event(g, "peace talks", { anchor: anchorText(g, "three rounds"), roundCount: 3 });
 */
export const known = Object.freeze({
  /** A known person: `known.person(g, "Zelensky")`. */
  person: (g: GraphBuilder, name: KnownNameOf<"person">): Ref<"person"> => buildKnown(g, "person", name),
  /** A known state: `known.state(g, "Ukraine")`. */
  state: (g: GraphBuilder, name: KnownNameOf<"state">): Ref<"state"> => buildKnown(g, "state", name),
  /** A known group of states: `known.stateGroup(g, "the West")`. */
  stateGroup: (g: GraphBuilder, name: KnownNameOf<"stateGroup">): Ref<"stateGroup"> =>
    buildKnown(g, "stateGroup", name),
  /** A known territory, with the containment this article's text states (see `territory`). */
  territory: (
    g: GraphBuilder,
    name: KnownNameOf<"territory">,
    report: { readonly partOf?: readonly PartOf[] } = {},
  ): Ref<"territory"> => buildKnown(g, "territory", name, { ...(report as object) }),
  /** A known place: `known.place(g, "Moscow")`. */
  place: (g: GraphBuilder, name: KnownNameOf<"place">): Ref<"place"> => buildKnown(g, "place", name),
  /** A known organisation: `known.organisation(g, "NATO")`. */
  organisation: (g: GraphBuilder, name: KnownNameOf<"organisation">): Ref<"organisation"> =>
    buildKnown(g, "organisation", name),
  /** A known news outlet: `known.outlet(g, "Bloomberg")`. */
  outlet: (g: GraphBuilder, name: KnownNameOf<"outlet">): Ref<"outlet"> => buildKnown(g, "outlet", name),
  /** A known role: `known.role(g, "president")`. */
  role: (g: GraphBuilder, name: KnownNameOf<"role">): Ref<"role"> => buildKnown(g, "role", name),
  /** A known post, with its role and what it is in: `known.post(g, "President of Ukraine")`. */
  post: (g: GraphBuilder, name: KnownNameOf<"post">): Ref<"post"> => buildKnown(g, "post", name),
  /** A known event, with this article's report of it (its anchor, and counts or days it gives). */
  event: (g: GraphBuilder, name: KnownNameOf<"event">, report: KnownEventReport): Ref<"event"> =>
    buildKnown(g, "event", name, { ...(report as object) }),
  /** A known topic: `known.topic(g, "neutrality")`. */
  topic: (g: GraphBuilder, name: KnownNameOf<"topic">): Ref<"topic"> => buildKnown(g, "topic", name),
});
