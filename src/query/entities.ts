import type { Literal, NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { NewsStore } from "../store/store.js";
import { ng, rdf, schema, sem, skos } from "../vocab/namespaces.js";
import { Query, v } from "./pattern.js";
import { sortRows } from "./sort.js";
import { termKey } from "./terms.js";

/** The kinds of entity `entitiesOfKind` lists. */
export const ENTITY_KIND_NAMES = [
  "people",
  "states",
  "organisations",
  "outlets",
  "territories",
  "events",
] as const;
/** A kind of entity: people, states, organisations, outlets, territories or events. */
export type EntityKindName = (typeof ENTITY_KIND_NAMES)[number];

/**
 * The classes each kind is made of. Organisations are schema:Organization and
 * schema:GovernmentOrganization but not groups of states (ng:GroupOfStates), as in the build summary;
 * outlets (schema:NewsMediaOrganization) are a kind of their own; people are named people only (unnamed
 * speakers are `unnamedSpeakers`).
 */
export const ENTITY_KIND_CLASSES: Readonly<Record<EntityKindName, readonly NamedNode[]>> = {
  people: [schema("Person")],
  states: [ng("State")],
  organisations: [schema("Organization"), schema("GovernmentOrganization"), schema("Corporation")],
  outlets: [schema("NewsMediaOrganization")],
  territories: [ng("Territory")],
  events: [sem("Event")],
};

/**
 * Check that a string names a kind of entity.
 *
 * @example
 * entityKind("people"); // "people"; entityKind("cats") throws
 */
export function entityKind(kind: string, field = "kind"): EntityKindName {
  if (!(ENTITY_KIND_NAMES as readonly string[]).includes(kind)) {
    throw new NewsgraphError(
      "invalid-input",
      field,
      `"${kind}" is not one of ${ENTITY_KIND_NAMES.join(", ")}`,
    );
  }
  return kind as EntityKindName;
}

/** An entity of a kind, with its canonical name. */
export interface EntityOfKind {
  readonly entity: NamedNode;
  /** The canonical name (skos:prefLabel), when it has one. */
  readonly name?: Literal;
}

/**
 * Every entity of a kind — people, states, organisations, outlets, territories or events — with its
 * canonical name, by name.
 *
 * @example
 * entitiesOfKind(store, "outlets").map((e) => e.name?.value); // ["Antiwar.com", "Axios", "Bloomberg", …]
 */
export function entitiesOfKind(store: NewsStore, kind: EntityKindName): EntityOfKind[] {
  const classes = ENTITY_KIND_CLASSES[entityKind(kind)];
  const seen = new Map<string, Record<string, NamedNode | Literal>>();
  for (const cls of classes) {
    for (const r of Query.on(store)
      .where([v("entity"), rdf("type"), cls])
      .optional([v("entity"), skos("prefLabel"), v("name")])
      .rows()) {
      if (kind === "organisations" && store.count(r.entity, rdf("type"), ng("GroupOfStates")) > 0) continue;
      const row: Record<string, NamedNode | Literal> = { entity: r.entity as NamedNode };
      if (r.name !== undefined) row.name = r.name as Literal;
      seen.set(`${termKey(r.entity)}\u0000${termKey(r.name)}`, row);
    }
  }
  return sortRows([...seen.values()], ["name", "entity"]) as unknown as EntityOfKind[];
}
