import { ng, schema } from "../vocab/namespaces.js";
import type { NamedInput } from "./entity.js";
import { externalFact, namedEntity, worldSource } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { build } from "./graph.js";
import type { PlaceKind, Ref } from "./kinds.js";
import { PLACE_KINDS } from "./kinds.js";
import { recordObservation } from "./observation.js";
import { lookup, optionalArray, requireObject } from "./validate.js";

const PLACE_TYPES = {
  city: [schema("City"), schema("Place")],
  place: [schema("Place")],
} as const;

/** A containment stated by the text, with the words that state it. */
export interface PartOf {
  readonly whole: Ref<PlaceKind>;
  readonly anchor: Ref<"anchor">;
}

/**
 * A territory (`ng:Territory`, a `schema:Place`): a region, a peninsula, a self-proclaimed republic.
 * `partOf` records containment the text itself states (`schema:containedInPlace`), each anchored by an
 * `ng:Observation` of this article (build the article first);
 * contested status (whose territory it is) belongs in claims, never here.
 *
 * @example
 * const donbas = territory(g, { name: "Donbas" });
 * territory(g, { name: "Luhansk People's Republic", wikidata: "Q114327408",
 *   partOf: [{ whole: donbas, anchor: anchorText(g, "the Donbas republics of Donestk and Luhansk") }] });
 */
export function territory(
  g: GraphBuilder,
  input: NamedInput & { readonly partOf?: readonly PartOf[] },
): Ref<"territory"> {
  return build(g, "territory", input, (g) => {
    const parts = optionalArray<PartOf>(input.partOf, "territory.partOf").map((p, i) => {
      const part = requireObject(p, `territory.partOf[${i}]`) as Partial<PartOf>;
      return {
        whole: g.check(part.whole as Ref<PlaceKind>, `territory.partOf[${i}].whole`, PLACE_KINDS),
        anchor: g.check(part.anchor as Ref<"anchor">, `territory.partOf[${i}].anchor`, ["anchor"]),
      };
    });
    const { ref, iri, isNew } = namedEntity(
      g,
      "territory",
      "territory",
      input,
      [ng("Territory"), schema("Place")],
      "territory",
      { partOf: parts.map((p) => `${p.whole.value} ${p.anchor.value}`).sort() },
    );
    if (isNew) {
      // The containment is stable and shared; the words that state it are this article's observation.
      for (const [i, p] of parts.entries()) {
        g.add(iri, schema("containedInPlace"), p.whole);
        recordObservation(g, {
          observes: iri,
          slug: `${iri.value.split("/").pop() ?? ""}-in-${p.whole.value.split("/").pop() ?? ""}`,
          anchor: p.anchor,
          field: `territory.partOf[${i}]`,
          values: [[ng("observedWithin"), p.whole]],
        });
      }
    }
    return ref;
  });
}

/**
 * A place that is not a territory under dispute: a city where a meeting happened, a capital.
 *
 * @example
 * place(g, { name: "Moscow", wikidata: "Q649", type: "city" });
 */
export function place(
  g: GraphBuilder,
  input: NamedInput & { readonly type?: "city" | "place"; readonly containedIn?: Ref<PlaceKind> },
): Ref<"place"> {
  return build(g, "place", input, (g) => {
    const within =
      input.containedIn === undefined
        ? undefined
        : g.check(input.containedIn, "place.containedIn", PLACE_KINDS);
    const type = input.type === undefined ? "place" : lookup(PLACE_TYPES, input.type, "place.type", "type");
    const { ref, iri, isNew } = namedEntity(g, "place", "place", input, PLACE_TYPES[type], "place", {
      type,
      containedIn: within?.value ?? null,
    });
    // Which country a city lies in is knowledge from outside the text: recorded with its origin.
    if (isNew && within !== undefined)
      externalFact(
        g,
        `place-${iri.value.split("/").pop() ?? ""}-contained-in`,
        iri,
        schema("containedInPlace"),
        within,
        "WorldKnowledge",
        worldSource(input, "place"),
      );
    return ref;
  });
}
