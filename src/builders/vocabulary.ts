import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { NewsgraphError } from "../errors.js";
import type { CameoCode } from "../vocab/cameo.js";
import { CAMEO_CODES } from "../vocab/cameo.js";
import type { ConceptScheme, EventKind, Stance, TensionKind } from "../vocab/concepts.js";
import {
  CONCEPT_SCHEMES,
  EVENT_CLASSES,
  ORGANISATION_CLASSES,
  STANCES,
  TENSION_KINDS,
} from "../vocab/concepts.js";
import { BASE, ng, owl, rdfs, schema, sem, skos } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { en, str } from "./graph.js";
import { mintIri } from "./iri.js";
import type { Ref } from "./kinds.js";
import { absoluteIri, lookup, requireName, requireObject } from "./validate.js";

/*
 * Open vocabularies: a user extends the stances, tension kinds, event kinds, organisation types and CAMEO
 * codes in their own project, never by editing the package. A user concept is declared once (its IRI in
 * the user's namespace, a label, a definition and an alignment to a package concept or an external term)
 * and passed to the builders wherever a built-in key is accepted; a graph that uses it carries its
 * description, so the graph describes itself and the shapes can check it.
 */

const { namedNode } = DataFactory;

/** An absolute http(s) IRI, as a user writes one for a concept or an alignment target. */
export type HttpIri = `http://${string}` | `https://${string}`;

/** The organisation types the builders know (`organisation(g, { type })`). */
export type BuiltInOrganisationType = keyof typeof ORGANISATION_CLASSES;

/**
 * A concept a user declared for one of the open vocabularies (`scheme`), with everything the graph says
 * of it. Made only by `defineStance`, `defineTensionKind`, `defineEventKind`, `defineOrganisationType` and
 * `defineCameoCode`; the builders refuse a look-alike object. Typed by its scheme: a tension kind is not a
 * stance.
 *
 * @example
 * const hedges: UserConcept<"stance"> = defineStance({ iri: "https://example.org/vocab#MightConsider",
 *   label: "might consider", definition: "Says it may be willing to consider.", broadMatch: "openTo" });
 */
export interface UserConcept<S extends ConceptScheme> {
  readonly scheme: S;
  readonly iri: NamedNode;
  readonly label: string;
  readonly definition: string;
  /** The alignments, as (SKOS or RDFS property, target) pairs. */
  readonly alignments: readonly (readonly [NamedNode, NamedNode])[];
  /** A CAMEO-style code's notation ("0311"), kept as a string. */
  readonly notation?: string;
  /** For an event kind or organisation type: the built-in kind it specialises, if any. */
  readonly builtIn?: string;
  /** User concepts this one is aligned to, emitted with it. */
  readonly uses: readonly UserConcept<ConceptScheme>[];
}

/**
 * What every user concept declares.
 *
 * @example
 * const base: ConceptInput = { iri: "https://example.org/vocab#Hedge", label: "hedge", definition: "A hedged claim." };
 */
export interface ConceptInput {
  /** The concept's IRI, in the user's own namespace (not under `https://w3id.org/newsgraph/`). */
  readonly iri: HttpIri;
  /** Its name, in English (`skos:prefLabel`). */
  readonly label: string;
  /** What it means, in one line (`skos:definition`). */
  readonly definition: string;
}

/** SKOS mapping properties to a package concept (its key), another user concept or an external IRI. */
export interface MatchInput<T> {
  readonly broadMatch?: T;
  readonly closeMatch?: T;
  readonly exactMatch?: T;
  readonly narrowMatch?: T;
  readonly relatedMatch?: T;
}

const MATCHES = ["broadMatch", "closeMatch", "exactMatch", "narrowMatch", "relatedMatch"] as const;
const COMMON = ["iri", "label", "definition"] as const;

/** Every user concept made by a define… function: the builders accept these objects and no others. */
const DEFINED = new WeakSet<object>();

const DEFINERS: Record<ConceptScheme, string> = {
  stance: "defineStance",
  tensionKind: "defineTensionKind",
  eventKind: "defineEventKind",
  organisationType: "defineOrganisationType",
  cameo: "defineCameoCode",
};

const shown = (v: unknown) =>
  typeof v === "string" ? JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v) : typeof v;

/** The user's IRI for a concept: absolute http(s), outside the package's namespace. */
function conceptIri(value: unknown, field: string): NamedNode {
  const iri = absoluteIri(value, field);
  let url: URL | undefined;
  try {
    url = new URL(iri);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "")
    throw new NewsgraphError("invalid-value", field, `${shown(iri)} is not an absolute http(s) IRI`);
  const folded = `${url.protocol}//${url.host}${url.pathname}`;
  if (folded.startsWith(BASE) || folded.startsWith(BASE.replace(/^https:/, "http:")))
    throw new NewsgraphError(
      "invalid-value",
      field,
      `${shown(iri)} is inside newsgraph's namespace ${BASE}: declare your concepts in your own namespace`,
    );
  return namedNode(iri);
}

/** Refuse options the declaration does not know (a misspelt "broadmatch" would silently align nothing). */
function checkKeys(input: Record<string, unknown>, allowed: readonly string[], field: string): void {
  for (const key of Object.keys(input))
    if (!allowed.includes(key))
      throw new NewsgraphError(
        "invalid-input",
        `${field}.${key}`,
        `is not an option of ${field} (one of ${allowed.join(", ")})`,
      );
}

/**
 * Whether a value is a user concept made by a define… function (a look-alike object is not).
 *
 * @example
 * isUserConcept(defineStance({ iri: "https://example.org/vocab#MightConsider", label: "might consider",
 *   definition: "Says it may be willing to consider something.", broadMatch: "openTo" })); // true
 */
export function isUserConcept(value: unknown): value is UserConcept<ConceptScheme> {
  return typeof value === "object" && value !== null && DEFINED.has(value);
}

/**
 * A target of an alignment: a key of the scheme's built-in table, a user concept of the same scheme, or an
 * absolute IRI (anything with a colon).
 */
function target(
  scheme: ConceptScheme,
  table: Readonly<Record<string, NamedNode | readonly NamedNode[]>>,
  value: unknown,
  field: string,
): { iri: NamedNode; uses?: UserConcept<ConceptScheme>; builtIn?: string } {
  if (isUserConcept(value)) {
    if (value.scheme !== scheme)
      throw new NewsgraphError(
        "invalid-value",
        field,
        `<${value.iri.value}> is a user ${value.scheme} concept, not a ${scheme} one`,
      );
    return {
      iri: value.iri,
      uses: value,
      ...(value.builtIn === undefined ? {} : { builtIn: value.builtIn }),
    };
  }
  if (typeof value === "string" && value.includes(":")) return { iri: namedNode(absoluteIri(value, field)) };
  const key = lookup(table, value, field, scheme === "cameo" ? "CAMEO code" : scheme) as string;
  const entry = table[key] as NamedNode | readonly NamedNode[];
  return { iri: Array.isArray(entry) ? (entry[0] as NamedNode) : (entry as NamedNode), builtIn: key };
}

function define<S extends ConceptScheme>(
  scheme: S,
  input: unknown,
  extra: readonly string[],
  body: (
    given: Record<string, unknown>,
    field: string,
  ) => Omit<UserConcept<S>, "scheme" | "iri" | "label" | "definition">,
): UserConcept<S> {
  const field = DEFINERS[scheme];
  const given = requireObject(input, field);
  checkKeys(given, [...COMMON, ...extra], field);
  const iri = conceptIri(given.iri, `${field}.iri`);
  const label = requireName(given.label, `${field}.label`);
  const definition = requireName(given.definition, `${field}.definition`);
  const rest = body(given, field);
  const concept = Object.freeze({ scheme, iri, label, definition, ...rest }) as UserConcept<S>;
  DEFINED.add(concept);
  return concept;
}

/** The SKOS matches of a declaration; at least `min` alignments overall (counting `extra`). */
function matches(
  scheme: ConceptScheme,
  table: Readonly<Record<string, NamedNode | readonly NamedNode[]>>,
  given: Record<string, unknown>,
  field: string,
): { alignments: [NamedNode, NamedNode][]; uses: UserConcept<ConceptScheme>[] } {
  const alignments: [NamedNode, NamedNode][] = [];
  const uses: UserConcept<ConceptScheme>[] = [];
  for (const m of MATCHES) {
    if (given[m] === undefined) continue;
    const t = target(scheme, table, given[m], `${field}.${m}`);
    alignments.push([skos(m), t.iri]);
    if (t.uses !== undefined) uses.push(t.uses);
  }
  return { alignments, uses };
}

const noAlignment = (field: string, what: string) =>
  new NewsgraphError("invalid-input", field, `needs an alignment: ${what}`);

/**
 * Declare a stance of your own ("might consider"), aligned to a built-in stance or an external concept.
 * Pass it as `stance` to `position()` or `statement()`.
 *
 * @example
 * const hedges = defineStance({ iri: "https://example.org/vocab#MightConsider", label: "might consider",
 *   definition: "Says it may be willing to consider something.", broadMatch: "openTo" });
 */
export function defineStance(
  input: ConceptInput & MatchInput<Stance | UserConcept<"stance"> | HttpIri>,
): UserConcept<"stance"> {
  return define("stance", input, MATCHES, (given, field) => {
    const m = matches("stance", STANCES, given, field);
    if (m.alignments.length === 0)
      throw noAlignment(field, `broadMatch, closeMatch, exactMatch, narrowMatch or relatedMatch`);
    return m;
  });
}

/**
 * Declare a kind of tension of your own ("hedge versus refusal"), aligned to a built-in kind or an external
 * concept. Pass it as `kind` to `tension()`.
 *
 * @example
 * const hedgeVersusRefusal = defineTensionKind({ iri: "https://example.org/vocab#HedgeVersusRefusal",
 *   label: "hedge versus refusal", definition: "A hedged opening set against a refusal.",
 *   broadMatch: "flexibilityVersusRefusal" });
 */
export function defineTensionKind(
  input: ConceptInput & MatchInput<TensionKind | UserConcept<"tensionKind"> | HttpIri>,
): UserConcept<"tensionKind"> {
  return define("tensionKind", input, MATCHES, (given, field) => {
    const m = matches("tensionKind", TENSION_KINDS, given, field);
    if (m.alignments.length === 0)
      throw noAlignment(field, `broadMatch, closeMatch, exactMatch, narrowMatch or relatedMatch`);
    return m;
  });
}

/**
 * Declare a kind of event of your own (a press conference, a summit), a subclass of a built-in kind, of
 * another user kind or of an external event class; it is always a `sem:Event` and a `schema:Event`. Pass
 * it as `kind` to `event()`.
 *
 * @example
 * const pressConference = defineEventKind({ iri: "https://example.org/vocab#PressConference",
 *   label: "press conference", definition: "Officials answer reporters' questions.",
 *   subClassOf: "meeting" });
 */
export function defineEventKind(
  input: ConceptInput & { readonly subClassOf: EventKind | UserConcept<"eventKind"> | HttpIri },
): UserConcept<"eventKind"> {
  return define("eventKind", input, ["subClassOf"], (given, field) => {
    if (given.subClassOf === undefined)
      throw noAlignment(`${field}.subClassOf`, "a built-in event kind, a user event kind or an event class");
    const t = target("eventKind", EVENT_CLASSES, given.subClassOf, `${field}.subClassOf`);
    return {
      alignments: [[rdfs("subClassOf"), t.iri]],
      uses: t.uses === undefined ? [] : [t.uses],
      ...(t.builtIn === undefined ? {} : { builtIn: t.builtIn }),
    };
  });
}

/**
 * Declare a type of organisation of your own (a parliament, a think tank), a subclass of a built-in type,
 * of another user type or of an external organisation class. Pass it as `type` to `organisation()`.
 *
 * @example
 * const parliament = defineOrganisationType({ iri: "https://example.org/vocab#Parliament",
 *   label: "parliament", definition: "A state's legislature.", subClassOf: "government" });
 */
export function defineOrganisationType(
  input: ConceptInput & {
    readonly subClassOf: BuiltInOrganisationType | UserConcept<"organisationType"> | HttpIri;
  },
): UserConcept<"organisationType"> {
  return define("organisationType", input, ["subClassOf"], (given, field) => {
    if (given.subClassOf === undefined)
      throw noAlignment(
        `${field}.subClassOf`,
        "a built-in organisation type, a user organisation type or an organisation class",
      );
    const t = target("organisationType", ORGANISATION_CLASSES, given.subClassOf, `${field}.subClassOf`);
    const supers =
      t.builtIn === undefined ? [t.iri] : [...ORGANISATION_CLASSES[t.builtIn as BuiltInOrganisationType]];
    return {
      alignments: supers.map((s) => [rdfs("subClassOf"), s] as const),
      uses: t.uses === undefined ? [] : [t.uses],
      ...(t.builtIn === undefined ? {} : { builtIn: t.builtIn }),
    };
  });
}

const CAMEO_TABLE: Record<string, NamedNode> = Object.fromEntries(
  Object.keys(CAMEO_CODES).map((code) => [code, mintIri("cameo", code)]),
);

/**
 * Declare a CAMEO-style event code of your own: its notation (2 to 4 digits, kept as a string) and its
 * broader code (a built-in code, another user code or an external concept), or a SKOS match. Pass it as
 * `eventType` to `statement()`, `action()` or `event()`.
 *
 * @example
 * const expressIntentToMediate = defineCameoCode({ iri: "https://example.org/cameo#0311",
 *   label: "Express intent to mediate", definition: "Offers to mediate between parties.",
 *   notation: "0311", broader: "036" });
 */
export function defineCameoCode(
  input: ConceptInput & {
    readonly notation: string;
    readonly broader?: CameoCode | UserConcept<"cameo"> | HttpIri;
  } & MatchInput<CameoCode | UserConcept<"cameo"> | HttpIri>,
): UserConcept<"cameo"> {
  return define("cameo", input, ["notation", "broader", ...MATCHES], (given, field) => {
    const notation = given.notation;
    if (typeof notation !== "string" || !/^[0-9]{2,4}$/.test(notation))
      throw new NewsgraphError(
        "invalid-value",
        `${field}.notation`,
        notation === undefined
          ? 'is missing: a code of 2 to 4 digits, as a string ("0369"), is needed'
          : `${typeof notation === "string" ? shown(notation) : `a ${typeof notation}`} is not a code of 2 to 4 digits as a string ("0369", never 369)`,
      );
    if (Object.hasOwn(CAMEO_CODES, notation))
      throw new NewsgraphError(
        "invalid-value",
        `${field}.notation`,
        `"${notation}" is a CAMEO code newsgraph knows: pass "${notation}" itself`,
      );
    const m = matches("cameo", CAMEO_TABLE, given, field);
    if (given.broader !== undefined) {
      const t = target("cameo", CAMEO_TABLE, given.broader, `${field}.broader`);
      m.alignments.unshift([skos("broader"), t.iri]);
      if (t.uses !== undefined) m.uses.push(t.uses);
    }
    if (m.alignments.length === 0) throw noAlignment(field, "broader, or a SKOS match");
    return { ...m, notation };
  });
}

/**
 * The IRI of a concept of `scheme` given to a builder — a built-in key (looked up in `table`) or a user
 * concept, whose description is then added to the graph (once; a different concept under the same IRI is a
 * `duplicate-iri` error). `what` names the scheme in the error for an unknown key.
 */
export function conceptOf<K extends string>(
  g: GraphBuilder,
  scheme: ConceptScheme,
  table: Readonly<Record<K, unknown>>,
  value: unknown,
  field: string,
  what: string,
): { key: K | undefined; user: UserConcept<ConceptScheme> | undefined; id: string } {
  if (typeof value === "object" && value !== null) {
    if (!isUserConcept(value))
      throw new NewsgraphError(
        "invalid-value",
        field,
        `is an object that ${DEFINERS[scheme]} did not make: declare user concepts with it`,
      );
    if (value.scheme !== scheme)
      throw new NewsgraphError(
        "invalid-value",
        field,
        `<${value.iri.value}> is a user ${value.scheme} concept, not a ${scheme} one`,
      );
    emitConcept(g, value, field);
    return { key: undefined, user: value, id: value.iri.value };
  }
  const key = lookup(table, value, field, what) as K;
  return { key, user: undefined, id: key };
}

/** Add a user concept's description (and of the user concepts it is aligned to) to the graph. */
function emitConcept(g: GraphBuilder, c: UserConcept<ConceptScheme>, field: string): void {
  const details = {
    scheme: c.scheme,
    label: c.label,
    definition: c.definition,
    notation: c.notation ?? null,
    alignments: c.alignments.map(([p, o]) => `${p.value} ${o.value}`).sort(),
  };
  const { isNew } = g.register("concept", c.iri, details, field, `${field}.iri`);
  if (!isNew) return;
  for (const used of c.uses) emitConcept(g, used, field);
  const { iri } = c;
  if (c.scheme === "eventKind" || c.scheme === "organisationType") {
    g.type(iri, owl("Class"));
    const roots = c.scheme === "eventKind" ? [sem("Event"), schema("Event")] : [schema("Organization")];
    for (const r of roots) g.add(iri, rdfs("subClassOf"), r);
  } else {
    g.type(iri, skos("Concept"));
    g.type(
      iri,
      c.scheme === "stance"
        ? ng("Stance")
        : c.scheme === "tensionKind"
          ? ng("TensionKind")
          : ng("CameoEventType"),
    );
  }
  g.add(iri, skos("inScheme"), CONCEPT_SCHEMES[c.scheme]);
  g.add(iri, skos("prefLabel"), en(c.label));
  g.add(iri, rdfs("label"), en(c.label));
  g.add(iri, skos("definition"), en(c.definition));
  if (c.notation !== undefined) g.add(iri, skos("notation"), str(c.notation));
  for (const [p, o] of c.alignments) g.add(iri, p, o);
  // A built-in CAMEO code a user code is aligned to is described in the graph like any code used.
  if (c.scheme === "cameo")
    for (const [, o] of c.alignments) {
      const code = o.value.startsWith(`${BASE}id/cameo/`) ? o.value.slice(`${BASE}id/cameo/`.length) : "";
      if (Object.hasOwn(CAMEO_CODES, code)) builtInCameo(g, code as CameoCode, field);
    }
}

/** Register and describe a built-in CAMEO code (checked by the caller) as a SKOS concept of its scheme. */
export function builtInCameo(g: GraphBuilder, code: CameoCode, field: string): Ref<"concept"> {
  const label = CAMEO_CODES[code];
  const iri = mintIri("cameo", code);
  const { ref, isNew } = g.register("concept", iri, { code }, field);
  if (isNew) {
    g.type(iri, ng("CameoEventType"), skos("Concept"));
    g.add(iri, skos("notation"), str(code));
    g.add(iri, skos("prefLabel"), en(label));
    g.add(iri, rdfs("label"), en(label));
    g.add(iri, skos("inScheme"), CONCEPT_SCHEMES.cameo);
  }
  return ref;
}
