import type { NamedNode } from "@rdfjs/types";

/** Every kind of node a builder can return a reference to. */
export type Kind =
  | "article"
  | "person"
  | "unnamedAgent"
  | "organisation"
  | "outlet"
  | "state"
  | "stateGroup"
  | "territory"
  | "place"
  | "role"
  | "post"
  | "membership"
  | "topic"
  | "concept"
  | "event"
  | "statement"
  | "quotation"
  | "anchor"
  | "mention"
  | "date"
  | "tension"
  | "fact"
  | "action"
  | "recognition"
  | "guarantee"
  | "demand"
  | "condition"
  | "proposal"
  | "refusal"
  | "position"
  | "choice";

/** Who can say something, hold a post, demand or propose: people, unnamed officials, organisations, states. */
export type AgentKind = "person" | "unnamedAgent" | "organisation" | "outlet" | "state" | "stateGroup";
/** Agents that act as a news outlet. */
export type OutletKind = "outlet";
/** Organisations and states: what a post or an unnamed official can belong to. */
export type InstitutionKind = "organisation" | "outlet" | "state" | "stateGroup";
/** Places: states are places too. */
export type PlaceKind = "territory" | "place" | "state";
/** Anything a statement can be about. */
export type EntityKind = AgentKind | "territory" | "place" | "event" | "post" | "topic";
/** The content of a claim: what is demanded, required, proposed, refused or held. */
export type ContentKind =
  | "action"
  | "recognition"
  | "guarantee"
  | "demand"
  | "condition"
  | "proposal"
  | "refusal"
  | "position"
  | "choice";

export const AGENT_KINDS: readonly AgentKind[] = [
  "person",
  "unnamedAgent",
  "organisation",
  "outlet",
  "state",
  "stateGroup",
];
export const INSTITUTION_KINDS: readonly InstitutionKind[] = [
  "organisation",
  "outlet",
  "state",
  "stateGroup",
];
export const PLACE_KINDS: readonly PlaceKind[] = ["territory", "place", "state"];
export const ENTITY_KINDS: readonly EntityKind[] = [
  ...AGENT_KINDS,
  "territory",
  "place",
  "event",
  "post",
  "topic",
];
export const CONTENT_KINDS: readonly ContentKind[] = [
  "action",
  "recognition",
  "guarantee",
  "demand",
  "condition",
  "proposal",
  "refusal",
  "position",
  "choice",
];

/** @internal the graph a reference was built in; references from another graph are rejected. */
export const REF_GRAPH: unique symbol = Symbol("newsgraph.graph");

/**
 * A reference to a node built in a graph, typed by its kind: a `Ref<"territory">` cannot be passed where
 * a `Ref<AgentKind>` (a speaker) is expected — that is a compile error, and a runtime error if forced.
 *
 * @example
 * const zhovkva: Ref<"person"> = person(g, { name: "Ihor Zhovkva" });
 */
export interface Ref<K extends Kind> {
  readonly iri: NamedNode;
  readonly kind: K;
  readonly [REF_GRAPH]: unknown;
}
