import type { NamedNode, Quad_Object } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { EventKind } from "../vocab/concepts.js";
import { EVENT_CLASSES } from "../vocab/concepts.js";
import { ng, schema, sem } from "../vocab/namespaces.js";
import type { EventTypeInput } from "./concept.js";
import { eventTypeOf } from "./concept.js";
import type { NamedInput } from "./entity.js";
import { checkNamed, namedEntity } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { bool, build, en, nonNegative, positive } from "./graph.js";
import type { AgentKind, EntityKind, PlaceKind, Ref } from "./kinds.js";
import { AGENT_KINDS, ENTITY_KINDS, PLACE_KINDS } from "./kinds.js";
import { recordObservation } from "./observation.js";
import { optionalArray, optionalBoolean, requireName } from "./validate.js";
import type { UserConcept } from "./vocabulary.js";
import { conceptOf } from "./vocabulary.js";

/**
 * An event the article reports in its own voice (`sem:Event`, `schema:Event`): rounds of negotiations,
 * a meeting with participants, place and purpose, an offensive. Each is anchored to the words that report
 * it. The event's IRI is shared by every article and carries only what stays true; the round count, whether
 * it is ongoing and when it took place are recorded as an `ng:Observation` of this article, dated as of its
 * publication (build the article first).
 *
 * An `interview` names its interviewer, interviewees and the outlet that aired it (`airedBy`, also for a
 * `broadcast`); a `round` is `partOf` a negotiation series (`schema:superEvent`), and its ordinal ("the third
 * round") is what the article states, on its observation. Without a slug, a round with an ordinal is minted
 * from its series and ordinal (`…-round-3`), so two articles that report the same round meet on one node.
 * `kind` may also be a user event kind (`defineEventKind`).
 *
 * @example
 * const [bennett, putin] = [person(g, { name: "Naftali Bennett" }), person(g, { name: "Vladimir Putin" })];
 * event(g, { name: "Bennett–Putin meeting in Moscow", kind: "meeting", actors: [bennett, putin],
 *   place: place(g, { name: "Moscow", type: "city" }), purpose: "to discuss negotiations with Ukraine",
 *   anchor: anchorText(g, "met with Russian President Vladimir Putin in Moscow") });
 */
export function event(
  g: GraphBuilder,
  input: NamedInput & {
    /** A built-in kind, or one declared with `defineEventKind`. */
    readonly kind: EventKind | UserConcept<"eventKind">;
    readonly anchor: Ref<"anchor">;
    readonly actors?: readonly Ref<AgentKind>[];
    readonly place?: Ref<PlaceKind>;
    readonly time?: Ref<"date">;
    /** Why the event took place, in the article's words. */
    readonly purpose?: string;
    /** What the purpose is about. */
    readonly purposeAbout?: readonly Ref<EntityKind>[];
    /** How many rounds a negotiation series has had, as the article reports it. */
    readonly roundCount?: number;
    /** Whether the article reports the event as still going on. */
    readonly ongoing?: boolean;
    readonly eventType?: EventTypeInput;
    /** Who asked the questions (an interview). */
    readonly interviewer?: Ref<AgentKind>;
    /** Who answered them (an interview). */
    readonly interviewees?: readonly Ref<AgentKind>[];
    /** The outlet that aired the interview or broadcast. */
    readonly airedBy?: Ref<"outlet">;
    /** The event this one is part of: a round's negotiation series, an interview's broadcast. */
    readonly partOf?: Ref<"event">;
    /** Which round of its series this is, as the article states it ("the third round" → 3). */
    readonly ordinal?: number;
  },
): Ref<"event"> {
  return build(g, "event", input, (g) => {
    const given = conceptOf(g, "eventKind", EVENT_CLASSES, input.kind, "event.kind", "kind");
    // The built-in kind the event is (a user kind specialises at most one): it decides what applies.
    const kind = (given.key ?? given.user?.builtIn) as EventKind | undefined;
    const anchorIri = g.check(input.anchor, "event.anchor", ["anchor"]);
    const actors = optionalArray<Ref<AgentKind>>(input.actors, "event.actors").map((a, i) =>
      g.check(a, `event.actors[${i}]`, AGENT_KINDS),
    );
    const placeIri = input.place === undefined ? undefined : g.check(input.place, "event.place", PLACE_KINDS);
    const timeIri = input.time === undefined ? undefined : g.check(input.time, "event.time", ["date"]);
    const purpose = input.purpose === undefined ? undefined : requireName(input.purpose, "event.purpose");
    const purposeAbout = optionalArray<Ref<EntityKind>>(input.purposeAbout, "event.purposeAbout").map(
      (e, i) => g.check(e, `event.purposeAbout[${i}]`, ENTITY_KINDS),
    );
    const { roundCount } = input;
    if (
      roundCount !== undefined &&
      (typeof roundCount !== "number" || !Number.isSafeInteger(roundCount) || roundCount < 0)
    ) {
      throw new NewsgraphError("invalid-value", "event.roundCount", `${String(roundCount)} is not a count`);
    }
    if (roundCount !== undefined && kind !== "negotiations") {
      throw new NewsgraphError("invalid-input", "event.roundCount", "only a negotiation series has rounds");
    }
    const interviewer =
      input.interviewer === undefined
        ? undefined
        : g.check(input.interviewer, "event.interviewer", AGENT_KINDS);
    const interviewees = optionalArray<Ref<AgentKind>>(input.interviewees, "event.interviewees").map((a, i) =>
      g.check(a, `event.interviewees[${i}]`, AGENT_KINDS),
    );
    if ((interviewer !== undefined || interviewees.length > 0) && kind !== "interview")
      throw new NewsgraphError(
        "invalid-input",
        interviewer === undefined ? "event.interviewees" : "event.interviewer",
        "only an interview has an interviewer and interviewees",
      );
    const airedBy =
      input.airedBy === undefined ? undefined : g.check(input.airedBy, "event.airedBy", ["outlet"]);
    if (airedBy !== undefined && kind !== "interview" && kind !== "broadcast")
      throw new NewsgraphError("invalid-input", "event.airedBy", "only an interview or a broadcast is aired");
    const partOf = input.partOf === undefined ? undefined : g.check(input.partOf, "event.partOf", ["event"]);
    const partOfKind = partOf === undefined ? undefined : g.recall<{ eventKind?: string }>(partOf)?.eventKind;
    if (kind === "round" && partOfKind !== "negotiations")
      throw new NewsgraphError(
        "invalid-input",
        "event.partOf",
        partOf === undefined
          ? "a round is part of a negotiation series: pass it as partOf"
          : "a round is part of a negotiation series, and this event is not one",
      );
    const { ordinal } = input;
    if (
      ordinal !== undefined &&
      (typeof ordinal !== "number" || !Number.isSafeInteger(ordinal) || ordinal < 1)
    )
      throw new NewsgraphError(
        "invalid-value",
        "event.ordinal",
        `${String(ordinal)} is not an ordinal (1, 2, 3…)`,
      );
    if (ordinal !== undefined && kind !== "round")
      throw new NewsgraphError("invalid-input", "event.ordinal", "only a round of a series has an ordinal");
    const ongoing = optionalBoolean(input.ongoing, "event.ongoing");
    // An article's unnamed agents ("Ukrainian officials") exist only in that article: they take part in a
    // shared event through the article's observation of it, so another article's merge never mixes them.
    const scoped = actors.filter((_, i) => input.actors?.[i]?.kind === "unnamedAgent");
    const shared = actors.filter((_, i) => input.actors?.[i]?.kind !== "unnamedAgent");
    checkNamed(input, "event");
    const type =
      input.eventType === undefined ? undefined : eventTypeOf(g, input.eventType, "event.eventType");
    // A round the text numbers is minted from its series and ordinal, so reports of it meet on one node.
    const named =
      kind === "round" && ordinal !== undefined && input.slug === undefined && partOf !== undefined
        ? { ...input, slug: `${partOf.value.split("/").pop() ?? ""}-round-${ordinal}` }
        : input;
    const classes = [
      ...(given.user === undefined ? [] : [given.user.iri]),
      ...(kind === undefined ? [] : [EVENT_CLASSES[kind]]),
      sem("Event"),
      schema("Event"),
    ];
    const { ref, iri, isNew } = namedEntity(g, "event", "event", named, classes, "event", {
      kind: given.id,
      actors: actors.map((a) => a.value).sort(),
      place: placeIri?.value ?? null,
      time: timeIri?.value ?? null,
      purpose: purpose ?? null,
      purposeAbout: purposeAbout.map((p) => p.value).sort(),
      roundCount: roundCount ?? null,
      ongoing: ongoing ?? null,
      eventType: type?.id ?? null,
      interviewer: interviewer?.value ?? null,
      interviewees: interviewees.map((a) => a.value).sort(),
      airedBy: airedBy?.value ?? null,
      partOf: partOf?.value ?? null,
      ordinal: ordinal ?? null,
    });
    if (isNew) {
      if (kind !== undefined) g.remember(iri, { eventKind: kind });
      for (const a of shared) g.add(iri, sem("hasActor"), a);
      // Who interviewed whom stays true (an article's unnamed agents take part through its observation).
      if (interviewer !== undefined && input.interviewer?.kind !== "unnamedAgent") {
        g.add(iri, ng("interviewer"), interviewer);
        g.add(iri, sem("hasActor"), interviewer);
      }
      interviewees.forEach((a, i) => {
        if (input.interviewees?.[i]?.kind === "unnamedAgent") return;
        g.add(iri, ng("interviewee"), a);
        g.add(iri, sem("hasActor"), a);
      });
      if (airedBy !== undefined) g.add(iri, ng("airedBy"), airedBy);
      if (partOf !== undefined) g.add(iri, schema("superEvent"), partOf);
      if (placeIri !== undefined) g.add(iri, sem("hasPlace"), placeIri);
      if (purpose !== undefined) g.add(iri, ng("purpose"), en(purpose));
      for (const p of purposeAbout) g.add(iri, ng("purposeAbout"), p);
      if (type !== undefined) g.add(iri, ng("eventType"), type.iri);
    }
    // What one report says of a shared event that can change or differ between reports (how many rounds,
    // whether it goes on, when it happened) is an observation of this article, as of its publication day.
    const values: [NamedNode, Quad_Object][] = scoped.map((a) => [sem("hasActor"), a]);
    if (roundCount !== undefined) values.push([ng("roundCount"), nonNegative(roundCount)]);
    if (ongoing !== undefined) values.push([ng("ongoing"), bool(ongoing)]);
    if (timeIri !== undefined) values.push([ng("occurredAt"), timeIri]);
    if (ordinal !== undefined) values.push([ng("roundOrdinal"), positive(ordinal)]);
    if (input.interviewer?.kind === "unnamedAgent" && interviewer !== undefined)
      values.push([ng("interviewer"), interviewer], [sem("hasActor"), interviewer]);
    interviewees.forEach((a, i) => {
      if (input.interviewees?.[i]?.kind === "unnamedAgent")
        values.push([ng("interviewee"), a], [sem("hasActor"), a]);
    });
    // Every report of the event is this article's observation of it, anchored to the words that report it:
    // the shared IRI carries no article's anchors.
    recordObservation(g, {
      observes: iri,
      slug: iri.value.split("/").pop() ?? "",
      anchor: anchorIri,
      field: "event",
      values,
    });
    return ref;
  });
}
