import type { Quad } from "@rdfjs/types";
import { ng, oa, org, rdf, schema } from "../vocab/namespaces.js";

/** Counts that describe one article graph. */
export interface GraphSummary {
  readonly article: string;
  readonly triples: number;
  readonly people: number;
  readonly unnamedAgents: number;
  readonly states: number;
  readonly groupsOfStates: number;
  readonly organisations: number;
  readonly outlets: number;
  readonly territories: number;
  readonly places: number;
  readonly posts: number;
  readonly memberships: number;
  readonly events: number;
  readonly statements: number;
  readonly statementsByMode: Readonly<Record<string, number>>;
  readonly quotations: number;
  readonly claimContents: number;
  readonly demands: number;
  readonly conditions: number;
  readonly proposals: number;
  readonly refusals: number;
  readonly positions: number;
  readonly tensions: number;
  readonly mentions: number;
  readonly anchors: number;
  readonly externalFacts: number;
  /** Dated, article-scoped observations of shared nodes (memberships, events). */
  readonly observations: number;
  /** The inferences the annotation made (speaker, outlet, date, tension). */
  readonly inferences: number;
}

/**
 * Count what an article graph holds, by rdf:type (and statements by report mode).
 *
 * @example
 * summarise("my-article", quads).statements;
 */
export function summarise(article: string, quads: readonly Quad[]): GraphSummary {
  const typed = new Map<string, Set<string>>();
  const modes: Record<string, number> = {};
  for (const q of quads) {
    if (q.predicate.equals(rdf("type"))) {
      const set = typed.get(q.object.value) ?? new Set<string>();
      set.add(q.subject.value);
      typed.set(q.object.value, set);
    }
    if (q.predicate.equals(ng("reportMode"))) {
      const mode = q.object.value.slice(q.object.value.indexOf("#") + 1);
      modes[mode] = (modes[mode] ?? 0) + 1;
    }
  }
  const n = (t: { value: string }) => typed.get(t.value)?.size ?? 0;
  const organisations = new Set(typed.get(schema("Organization").value));
  for (const cls of ["GovernmentOrganization", "Corporation"])
    for (const s of typed.get(schema(cls).value) ?? []) organisations.add(s);
  for (const s of typed.get(ng("GroupOfStates").value) ?? []) organisations.delete(s);
  return {
    article,
    triples: new Set(
      quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}${q.object.value}`),
    ).size,
    people: n(schema("Person")),
    unnamedAgents: n(ng("UnnamedAgent")),
    states: n(schema("Country")),
    groupsOfStates: n(ng("GroupOfStates")),
    organisations: organisations.size,
    outlets: n(schema("NewsMediaOrganization")),
    territories: n(ng("Territory")),
    places: n(schema("Place")) - n(ng("Territory")),
    posts: n(org("Post")),
    memberships: n(org("Membership")),
    events: n({ value: "http://semanticweb.cs.vu.nl/2009/11/sem/Event" }),
    statements: n(ng("Statement")),
    statementsByMode: Object.fromEntries(Object.entries(modes).sort()),
    quotations: n(schema("Quotation")),
    claimContents: n(ng("ClaimContent")),
    demands: n(ng("Demand")),
    conditions: n(ng("Condition")),
    proposals: n(ng("Proposal")),
    refusals: n(ng("Refusal")),
    positions: n(ng("Position")),
    tensions: n(ng("Tension")),
    mentions: n(ng("EntityMention")),
    anchors: n(oa("SpecificResource")),
    externalFacts: n(ng("ExternalFact")),
    observations: n(ng("Observation")),
    inferences: n(ng("Inference")),
  };
}
