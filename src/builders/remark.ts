import type { NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import { ng, prov, time } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { build, dateLiteral } from "./graph.js";
import { checkSlug, mintIri } from "./iri.js";
import type { AgentKind, Ref } from "./kinds.js";
import { AGENT_KINDS } from "./kinds.js";
import { isoDate, optionalArray } from "./validate.js";

/** Agents that exist once across articles: every agent but an article's unnamed ones. */
export type SharedAgentKind = Exclude<AgentKind, "unnamedAgent">;

/** What every report of a remark agrees on: who spoke, the day when known, and the occasion. */
export interface RemarkInput {
  /** The stable key every article that reports the remark uses ("zelensky-abc-interview-nato"). */
  readonly slug: string;
  /** Who spoke: one agent, or several for a joint remark. Shared agents only (no unnamed agents). */
  readonly speaker: Ref<SharedAgentKind> | readonly Ref<SharedAgentKind>[];
  /** The day it was said (YYYY-MM-DD), when the reports give it: every report must agree on it. */
  readonly said?: string;
  /** The event it was said at (an interview, a press conference, a meeting), itself shared. */
  readonly occasion?: Ref<"event">;
}

/** What a statement that reports a remark is checked against. */
interface RemarkFacts {
  readonly speakers: readonly string[];
  readonly said: string | null;
}

/**
 * A remark (`ng:Remark`, a `prov:Activity`): one act of saying, shared by every article that reports it.
 * Its IRI (`…/id/remark/<slug>`) is minted from a stable key, so two articles that report the same remark
 * meet on one node; it holds only what every report agrees on (speakers, the day when given, the occasion).
 * Each article's statements point at it with `reports`; their wording, mode and anchors stay on them.
 *
 * @example
 * const zelensky = person(g, { name: "Volodymyr Zelenskyy" });
 * const nato = remark(g, { slug: "zelensky-nato-remark-2022-03-07", speaker: zelensky, said: "2022-03-07" });
 */
export function remark(g: GraphBuilder, input: RemarkInput): Ref<"remark"> {
  return build(g, "remark", input, (g) => {
    const slug = checkSlug(input.slug, "remark.slug");
    const given: readonly Ref<SharedAgentKind>[] = Array.isArray(input.speaker)
      ? optionalArray<Ref<SharedAgentKind>>(input.speaker, "remark.speaker")
      : [input.speaker as Ref<SharedAgentKind>];
    if (given.length === 0)
      throw new NewsgraphError("invalid-input", "remark.speaker", "needs at least one speaker");
    const field = (i: number) => (Array.isArray(input.speaker) ? `remark.speaker[${i}]` : "remark.speaker");
    const speakers = given.map((s, i) => {
      if ((s as { kind?: unknown } | undefined)?.kind === "unnamedAgent")
        throw new NewsgraphError(
          "invalid-input",
          field(i),
          "an unnamed agent exists only in its own article, so a remark shared by several articles cannot name it: leave `reports` off the statement",
        );
      return g.check<AgentKind>(s, field(i), AGENT_KINDS);
    });
    const said = input.said === undefined ? undefined : isoDate(input.said, "remark.said");
    const occasion =
      input.occasion === undefined ? undefined : g.check(input.occasion, "remark.occasion", ["event"]);
    const iri = mintIri("remark", slug);
    const sortedSpeakers = [...new Set(speakers.map((s) => s.value))].sort();
    const { ref, isNew } = g.register(
      "remark",
      iri,
      { speakers: sortedSpeakers, said: said ?? null, occasion: occasion?.value ?? null },
      "remark",
    );
    if (isNew) {
      g.type(iri, ng("Remark"), prov("Activity"));
      for (const s of speakers) g.add(iri, prov("wasAssociatedWith"), s);
      if (said !== undefined) g.add(iri, ng("saidOn"), dateLiteral(said));
      if (occasion !== undefined) g.add(iri, ng("occasion"), occasion);
      g.remember(iri, { speakers: sortedSpeakers, said: said ?? null } satisfies RemarkFacts);
    }
    return ref;
  });
}

/**
 * Check a statement's `reports` against the remark: the remark was built in this graph, one of the
 * statement's speakers is one of the remark's, and a statement dated to a day is dated to the remark's day when it has
 * one. Returns the remark's IRI. Called by `statement()` inside its own unit of work.
 */
export function checkReport(
  g: GraphBuilder,
  reports: Ref<"remark">,
  speakers: readonly NamedNode[],
  date: NamedNode,
  field: string,
): NamedNode {
  const iri = g.check(reports, field, ["remark"]);
  const facts = g.recall<RemarkFacts>(iri);
  if (facts === undefined) return iri;
  if (!speakers.some((s) => facts.speakers.includes(s.value)))
    throw new NewsgraphError(
      "invalid-input",
      field,
      `the statement's speaker ${speakers.map((s) => `<${s.value}>`).join(", ")} is not a speaker of the remark <${iri.value}>`,
    );
  if (facts.said !== null) {
    const day = g.emitted.find((q) => q.subject.equals(date) && q.predicate.equals(time("inXSDDate")))?.object
      .value;
    if (day !== undefined && day !== facts.said)
      throw new NewsgraphError(
        "invalid-input",
        field,
        `the statement is dated ${day}, but the remark <${iri.value}> was said on ${facts.said}`,
      );
  }
  return iri;
}
