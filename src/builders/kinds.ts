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
  | "choice"
  // Cross-article layer: shared nodes several articles report, and another article's statement.
  | "remark"
  | "claimItem"
  | "document"
  | "foreignStatement";

/** Who can say something, hold a post, demand or propose: people, unnamed officials, organisations, states. */
export const AGENT_KINDS = [
  "person",
  "unnamedAgent",
  "organisation",
  "outlet",
  "state",
  "stateGroup",
] as const;
export type AgentKind = (typeof AGENT_KINDS)[number];
/** Agents that act as a news outlet. */
export type OutletKind = "outlet";
/** Organisations and states: what a post or an unnamed official can belong to. */
export const INSTITUTION_KINDS = ["organisation", "outlet", "state", "stateGroup"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
/** Places: states are places too. */
export const PLACE_KINDS = ["territory", "place", "state"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
/** Anything a statement can be about. */
export const ENTITY_KINDS = [...AGENT_KINDS, "territory", "place", "event", "post", "topic"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
/** The content of a claim: what is demanded, required, proposed, refused or held. */
export const CONTENT_KINDS = [
  "action",
  "recognition",
  "guarantee",
  "demand",
  "condition",
  "proposal",
  "refusal",
  "position",
  "choice",
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

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
