import type { CameoCode } from "./cameo.js";
import type { EventKind } from "./concepts.js";
import { ID } from "./namespaces.js";

// The shared entities the package knows, as plain data: what a builder needs to mint each one exactly as
// every article does (name, alternative names, verified Wikidata id, slug, and what it is in or part of).
// Data only, below the builders, so the builders can refuse a new entity that duplicates a known one;
// `known` (src/articles/known.ts) builds these entries by name.

/** The kinds of shared entity the catalogue holds. */
export type CatalogueKind =
  | "person"
  | "state"
  | "stateGroup"
  | "territory"
  | "place"
  | "organisation"
  | "outlet"
  | "role"
  | "post"
  | "event"
  | "topic";

/** A reference from one catalogue entry to another: `<kind>:<slug>`, e.g. `"state:ukraine"`. */
export type CatalogueKey = `${CatalogueKind}:${string}`;

/** What every catalogue entry has: the builder input of a named entity, with its slug spelt out. */
export interface CatalogueBase {
  /** The canonical name (`skos:prefLabel`). */
  readonly name: string;
  /** Correct variants of the name (`skos:altLabel`), each also a look-up name. */
  readonly altNames: readonly string[];
  /** The slug of the entity's IRI (`…/id/<path>/<slug>`). */
  readonly slug: string;
  /** A Wikidata id verified against two independent sources (see the modeling guide), if any. */
  readonly wikidata?: string;
  /** The page backing what the entry records from outside any text. */
  readonly knownFrom?: string;
}

/** A person; `account` is a social-media account as printed (platform by catalogue key). */
export interface PersonEntry extends CatalogueBase {
  readonly account?: { readonly platform: CatalogueKey; readonly handle: string };
}
/** An organisation, with its type and (by catalogue key) its state and location. */
export interface OrganisationEntry extends CatalogueBase {
  readonly type: "organisation" | "government" | "alliance" | "embassy" | "office" | "platform" | "company";
  readonly of?: CatalogueKey;
  readonly location?: CatalogueKey;
  readonly url?: string;
}
/** A news outlet, with the company that owns it (by catalogue key). */
export interface OutletEntry extends CatalogueBase {
  readonly url?: string;
  readonly parent?: CatalogueKey;
}
/** A place: a city or another place, and (by catalogue key) what it lies in. */
export interface PlaceEntry extends CatalogueBase {
  readonly type: "city" | "place";
  readonly containedIn?: CatalogueKey;
}
/** A group of states, with the member states the texts name (by catalogue key). */
export interface StateGroupEntry extends CatalogueBase {
  readonly members: readonly CatalogueKey[];
}
/** A post: its role and what it is in (by catalogue key), and what it heads. */
export interface PostEntry extends CatalogueBase {
  readonly role: CatalogueKey;
  readonly in: CatalogueKey;
  readonly heads?: "state" | "government" | "organisation";
}
/**
 * The shared node of an event: what stays true in every report (kind, named actors, place, purpose, CAMEO
 * type). Round counts, days, whether it goes on and unnamed actors are each article's observation.
 */
export interface EventEntry extends CatalogueBase {
  readonly kind: EventKind;
  readonly actors: readonly CatalogueKey[];
  readonly place?: CatalogueKey;
  readonly purpose?: string;
  readonly purposeAbout?: readonly CatalogueKey[];
  readonly eventType?: CameoCode;
}

/** The catalogue's table: every known entity, by kind. */
export interface Catalogue {
  readonly person: readonly PersonEntry[];
  readonly state: readonly CatalogueBase[];
  readonly stateGroup: readonly StateGroupEntry[];
  readonly territory: readonly CatalogueBase[];
  readonly place: readonly PlaceEntry[];
  readonly organisation: readonly OrganisationEntry[];
  readonly outlet: readonly OutletEntry[];
  readonly role: readonly CatalogueBase[];
  readonly post: readonly PostEntry[];
  readonly event: readonly EventEntry[];
  readonly topic: readonly CatalogueBase[];
}

/** The IRI path of each kind (organisations and outlets share `org/`). */
export const CATALOGUE_PATHS = {
  person: "person",
  state: "state",
  stateGroup: "group",
  territory: "territory",
  place: "place",
  organisation: "org",
  outlet: "org",
  role: "role",
  post: "post",
  event: "event",
  topic: "topic",
} as const satisfies Record<CatalogueKind, string>;

const TABLE = {
  person: [
    {
      name: "Volodymyr Zelenskyy",
      altNames: ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"],
      slug: "volodymyr-zelenskyy",
      wikidata: "Q3874799",
    },
    { name: "Ihor Zhovkva", altNames: ["Zhovkva"], slug: "ihor-zhovkva" },
    { name: "Vladimir Putin", altNames: ["Putin"], slug: "vladimir-putin", wikidata: "Q7747" },
    { name: "Naftali Bennett", altNames: ["Bennett"], slug: "naftali-bennett", wikidata: "Q39318" },
    {
      name: "Dave DeCamp",
      altNames: ["DeCamp"],
      slug: "dave-decamp",
      account: { platform: "organisation:twitter", handle: "decampdave" },
    },
  ],
  state: [
    { name: "Ukraine", altNames: [], slug: "ukraine", wikidata: "Q212" },
    { name: "Russia", altNames: ["Russian Federation"], slug: "russia", wikidata: "Q159" },
    {
      name: "United States",
      altNames: ["US", "United States of America"],
      slug: "united-states",
      wikidata: "Q30",
    },
    { name: "Israel", altNames: [], slug: "israel", wikidata: "Q801" },
  ],
  stateGroup: [{ name: "Western countries", altNames: ["the West"], slug: "western-countries", members: [] }],
  territory: [
    { name: "Crimea", altNames: ["Crimean Peninsula"], slug: "crimea", wikidata: "Q7835" },
    { name: "Donbas", altNames: ["Donbass"], slug: "donbas" },
    {
      name: "Donetsk People's Republic",
      altNames: ["DPR"],
      slug: "donetsk-peoples-republic",
      wikidata: "Q114334914",
    },
    {
      name: "Luhansk People's Republic",
      altNames: ["LPR"],
      slug: "luhansk-peoples-republic",
      wikidata: "Q114327408",
    },
    { name: "Donetsk Oblast", altNames: [], slug: "donetsk-oblast", wikidata: "Q2012050" },
    { name: "Luhansk Oblast", altNames: [], slug: "luhansk-oblast", wikidata: "Q171965" },
  ],
  place: [
    {
      name: "Moscow",
      altNames: [],
      slug: "moscow",
      wikidata: "Q649",
      type: "city",
      containedIn: "state:russia",
    },
    {
      name: "Washington, D.C.",
      altNames: [],
      slug: "washington-d-c",
      wikidata: "Q61",
      type: "city",
      containedIn: "state:united-states",
    },
  ],
  organisation: [
    // The company that owns the outlet Bloomberg News: it keeps the verified id, the outlet none.
    { name: "Bloomberg L.P.", altNames: [], slug: "bloomberg-l-p", type: "company", wikidata: "Q13977" },
    { name: "Twitter", altNames: [], slug: "twitter", type: "platform" },
    {
      name: "NATO",
      altNames: ["North Atlantic Treaty Organization"],
      slug: "nato",
      type: "alliance",
      wikidata: "Q7184",
    },
    {
      name: "Office of the President of Ukraine",
      altNames: [],
      slug: "office-of-the-president-of-ukraine",
      type: "office",
      of: "state:ukraine",
      knownFrom: "https://www.president.gov.ua/en",
    },
    {
      name: "Government of Israel",
      altNames: [],
      slug: "government-of-israel",
      type: "government",
      of: "state:israel",
      knownFrom: "https://www.gov.il/en",
    },
    {
      name: "Federal Government of the United States",
      altNames: ["US government"],
      slug: "federal-government-of-the-united-states",
      type: "government",
      of: "state:united-states",
      wikidata: "Q48525",
    },
    {
      name: "Embassy of the United States in Israel",
      altNames: ["US embassy in Israel"],
      slug: "embassy-of-the-united-states-in-israel",
      type: "embassy",
      of: "state:united-states",
      location: "state:israel",
      knownFrom: "https://il.usembassy.gov/",
    },
  ],
  outlet: [
    { name: "Antiwar.com", altNames: ["news.antiwar.com"], slug: "antiwar-com" },
    {
      name: "Bloomberg",
      altNames: ["Bloomberg News"],
      slug: "bloomberg",
      parent: "organisation:bloomberg-l-p",
      knownFrom: "https://www.bloomberg.com/company/",
    },
    { name: "The Times of Israel", altNames: [], slug: "the-times-of-israel" },
    { name: "Axios", altNames: [], slug: "axios" },
  ],
  role: [
    { name: "president", altNames: [], slug: "president" },
    { name: "deputy chief of staff", altNames: [], slug: "deputy-chief-of-staff" },
    { name: "prime minister", altNames: [], slug: "prime-minister" },
    { name: "news editor", altNames: [], slug: "news-editor" },
  ],
  post: [
    {
      name: "President of Ukraine",
      altNames: [],
      slug: "president-of-ukraine",
      role: "role:president",
      in: "state:ukraine",
      heads: "state",
    },
    {
      name: "President of Russia",
      altNames: [],
      slug: "president-of-russia",
      role: "role:president",
      in: "state:russia",
      heads: "state",
      wikidata: "Q218295",
    },
    {
      name: "Prime Minister of Israel",
      altNames: [],
      slug: "prime-minister-of-israel",
      role: "role:prime-minister",
      in: "organisation:government-of-israel",
      heads: "government",
    },
    {
      name: "Deputy Chief of Staff of the President of Ukraine",
      altNames: [],
      slug: "deputy-chief-of-staff-of-the-president-of-ukraine",
      role: "role:deputy-chief-of-staff",
      in: "organisation:office-of-the-president-of-ukraine",
    },
    {
      name: "News Editor of Antiwar.com",
      altNames: [],
      slug: "news-editor-of-antiwar-com",
      role: "role:news-editor",
      in: "outlet:antiwar-com",
    },
  ],
  event: [
    {
      name: "2022 Russian invasion of Ukraine",
      altNames: [],
      slug: "2022-russian-invasion-of-ukraine",
      wikidata: "Q110999040",
      kind: "offensive",
      actors: ["state:russia"],
      place: "state:ukraine",
    },
    {
      name: "Russia–Ukraine negotiations of 2022",
      altNames: ["peace talks"],
      slug: "russia-ukraine-negotiations-2022",
      kind: "negotiations",
      actors: ["state:ukraine", "state:russia"],
      eventType: "046",
    },
    {
      name: "Meeting of Naftali Bennett and Vladimir Putin in Moscow",
      altNames: [],
      slug: "bennett-putin-meeting-moscow-2022",
      kind: "meeting",
      actors: ["person:naftali-bennett", "person:vladimir-putin"],
      place: "place:moscow",
      purpose: "to discuss negotiations with Ukraine",
      purposeAbout: ["event:russia-ukraine-negotiations-2022", "state:ukraine"],
      eventType: "042",
    },
  ],
  topic: [
    { name: "neutrality", altNames: [], slug: "neutrality" },
    { name: "security guarantees", altNames: [], slug: "security-guarantees" },
    { name: "territory", altNames: ["territorial concessions"], slug: "territory" },
    { name: "peace talks", altNames: ["negotiations"], slug: "peace-talks" },
    { name: "ceasefire", altNames: [], slug: "ceasefire" },
    { name: "troop withdrawal", altNames: [], slug: "troop-withdrawal" },
    { name: "NATO membership", altNames: [], slug: "nato-membership" },
    { name: "diplomacy", altNames: [], slug: "diplomacy" },
    { name: "sovereignty", altNames: [], slug: "sovereignty" },
    { name: "regime change", altNames: [], slug: "regime-change" },
    { name: "escalation", altNames: [], slug: "escalation" },
  ],
} as const satisfies Catalogue;

/** Freeze a value and everything in it, so the exported table cannot be changed by a user. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Every shared entity the package knows, by kind, as a read-only table: people, states, groups of
 * states, territories, places, organisations, outlets, roles, posts, events and topics. Build one with
 * `known` (e.g. `known.person(g, "Zelensky")`); list them with `newsgraph known`.
 *
 * @example
 * CATALOGUE.person.map((p) => p.name); // ["Volodymyr Zelenskyy", "Ihor Zhovkva", …]
 */
export const CATALOGUE: typeof TABLE = deepFreeze(TABLE);

/** A name (or alternative name) of a catalogue entry of kind `K`, as the table spells it. */
export type KnownName<K extends CatalogueKind> =
  | (typeof TABLE)[K][number]["name"]
  | (typeof TABLE)[K][number]["altNames"][number];

/**
 * The IRI of a catalogue entry (what its builder mints).
 *
 * @example
 * catalogueIri("person", "ihor-zhovkva"); // "https://w3id.org/newsgraph/id/person/ihor-zhovkva"
 */
export function catalogueIri(kind: CatalogueKind, slug: string): string {
  return `${ID}${CATALOGUE_PATHS[kind]}/${slug}`;
}

/** One catalogue entry with its kind and IRI, for listing and look-up. */
export interface CatalogueRow {
  readonly kind: CatalogueKind;
  readonly key: CatalogueKey;
  readonly iri: string;
  readonly entry: CatalogueBase;
}

/**
 * Every catalogue entry as a row with its kind, key and IRI, in the table's order.
 *
 * @example
 * catalogueRows().find((r) => r.entry.name === "Ukraine")?.iri; // "https://w3id.org/newsgraph/id/state/ukraine"
 */
export function catalogueRows(): readonly CatalogueRow[] {
  return ROWS;
}

const ROWS: readonly CatalogueRow[] = Object.freeze(
  (Object.keys(CATALOGUE) as CatalogueKind[]).flatMap((kind) =>
    (CATALOGUE[kind] as readonly CatalogueBase[]).map((entry) =>
      Object.freeze({
        kind,
        key: `${kind}:${entry.slug}` as CatalogueKey,
        iri: catalogueIri(kind, entry.slug),
        entry,
      }),
    ),
  ),
);
