import type { NamedNode, Quad_Object } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { CameoCode } from "../vocab/cameo.js";
import type { EventKind } from "../vocab/concepts.js";
import { EVENT_CLASSES } from "../vocab/concepts.js";
import { ng, schema, sem } from "../vocab/namespaces.js";
import { cameo, checkCameo } from "./concept.js";
import type { NamedInput } from "./entity.js";
import { checkNamed, namedEntity } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { bool, build, en, nonNegative } from "./graph.js";
import type { AgentKind, EntityKind, PlaceKind, Ref } from "./kinds.js";
import { AGENT_KINDS, ENTITY_KINDS, PLACE_KINDS } from "./kinds.js";
import { recordObservation } from "./observation.js";
import { lookup, optionalArray, optionalBoolean, requireName } from "./validate.js";

/**
 * An event the article reports in its own voice (`sem:Event`, `schema:Event`): rounds of negotiations,
 * a meeting with participants, place and purpose, an offensive. Each is anchored to the words that report
 * it. The event's IRI is shared by every article and carries only what stays true; the round count, whether
 * it is ongoing and when it took place are recorded as an `ng:Observation` of this article, dated as of its
 * publication (build the article first).
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
    readonly kind: EventKind;
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
    readonly eventType?: CameoCode;
  },
): Ref<"event"> {
  return build(g, "event", input, (g) => {
    const kind = lookup(EVENT_CLASSES, input.kind, "event.kind", "kind");
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
    const ongoing = optionalBoolean(input.ongoing, "event.ongoing");
    // An article's unnamed agents ("Ukrainian officials") exist only in that article: they take part in a
    // shared event through the article's observation of it, so another article's merge never mixes them.
    const scoped = actors.filter((_, i) => input.actors?.[i]?.kind === "unnamedAgent");
    const shared = actors.filter((_, i) => input.actors?.[i]?.kind !== "unnamedAgent");
    checkNamed(input, "event");
    if (input.eventType !== undefined) checkCameo(input.eventType, "event.eventType");
    const type = input.eventType === undefined ? undefined : cameo(g, input.eventType, "event.eventType").iri;
    const { ref, iri, isNew } = namedEntity(
      g,
      "event",
      "event",
      input,
      [EVENT_CLASSES[kind], sem("Event"), schema("Event")],
      "event",
      {
        kind,
        actors: actors.map((a) => a.value).sort(),
        place: placeIri?.value ?? null,
        time: timeIri?.value ?? null,
        purpose: purpose ?? null,
        purposeAbout: purposeAbout.map((p) => p.value).sort(),
        roundCount: roundCount ?? null,
        ongoing: ongoing ?? null,
        eventType: input.eventType ?? null,
      },
    );
    if (isNew) {
      for (const a of shared) g.add(iri, sem("hasActor"), a);
      if (placeIri !== undefined) g.add(iri, sem("hasPlace"), placeIri);
      if (purpose !== undefined) g.add(iri, ng("purpose"), en(purpose));
      for (const p of purposeAbout) g.add(iri, ng("purposeAbout"), p);
      if (type !== undefined) g.add(iri, ng("eventType"), type);
    }
    // What one report says of a shared event that can change or differ between reports (how many rounds,
    // whether it goes on, when it happened) is an observation of this article, as of its publication day.
    const values: [NamedNode, Quad_Object][] = scoped.map((a) => [sem("hasActor"), a]);
    if (roundCount !== undefined) values.push([ng("roundCount"), nonNegative(roundCount)]);
    if (ongoing !== undefined) values.push([ng("ongoing"), bool(ongoing)]);
    if (timeIri !== undefined) values.push([ng("occurredAt"), timeIri]);
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
