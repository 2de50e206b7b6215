import { NewsgraphError } from "../errors.js";
import type { CameoCode } from "../vocab/cameo.js";
import type { EventKind } from "../vocab/concepts.js";
import { EVENT_CLASSES } from "../vocab/concepts.js";
import { ng, schema, sem } from "../vocab/namespaces.js";
import { cameo } from "./concept.js";
import type { NamedInput } from "./entity.js";
import { namedEntity } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { bool, en, nonNegative } from "./graph.js";
import type { AgentKind, EntityKind, PlaceKind, Ref } from "./kinds.js";
import { AGENT_KINDS, ENTITY_KINDS, PLACE_KINDS } from "./kinds.js";
import { requireName } from "./validate.js";

/**
 * An event the article reports in its own voice (`sem:Event`, `schema:Event`): rounds of negotiations
 * with their count, a meeting with participants, place and purpose, an ongoing offensive. Each is
 * anchored to the words that report it.
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
  if (!(input.kind in EVENT_CLASSES))
    throw new NewsgraphError("invalid-value", "event.kind", `unknown kind "${input.kind}"`);
  const anchorIri = g.check(input.anchor, "event.anchor", ["anchor"]);
  const actors = (input.actors ?? []).map((a, i) => g.check(a, `event.actors[${i}]`, AGENT_KINDS));
  const placeIri = input.place === undefined ? undefined : g.check(input.place, "event.place", PLACE_KINDS);
  const timeIri = input.time === undefined ? undefined : g.check(input.time, "event.time", ["date"]);
  const purpose = input.purpose === undefined ? undefined : requireName(input.purpose, "event.purpose");
  const purposeAbout = (input.purposeAbout ?? []).map((e, i) =>
    g.check(e, `event.purposeAbout[${i}]`, ENTITY_KINDS),
  );
  if (input.roundCount !== undefined && (!Number.isInteger(input.roundCount) || input.roundCount < 0)) {
    throw new NewsgraphError("invalid-value", "event.roundCount", `${input.roundCount} is not a count`);
  }
  if (input.roundCount !== undefined && input.kind !== "negotiations") {
    throw new NewsgraphError("invalid-input", "event.roundCount", "only a negotiation series has rounds");
  }
  const type = input.eventType === undefined ? undefined : cameo(g, input.eventType).iri;
  const { ref, iri, isNew } = namedEntity(
    g,
    "event",
    "event",
    input,
    [EVENT_CLASSES[input.kind], sem("Event"), schema("Event")],
    "event",
  );
  if (isNew) {
    for (const a of actors) g.add(iri, sem("hasActor"), a);
    if (placeIri !== undefined) g.add(iri, sem("hasPlace"), placeIri);
    if (timeIri !== undefined) g.add(iri, ng("occurredAt"), timeIri);
    if (purpose !== undefined) g.add(iri, ng("purpose"), en(purpose));
    for (const p of purposeAbout) g.add(iri, ng("purposeAbout"), p);
    if (input.roundCount !== undefined) g.add(iri, ng("roundCount"), nonNegative(input.roundCount));
    if (input.ongoing !== undefined) g.add(iri, ng("ongoing"), bool(input.ongoing));
    if (type !== undefined) g.add(iri, ng("eventType"), type);
  }
  g.add(iri, ng("anchor"), anchorIri);
  return ref;
}
