import type { NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { CameoCode } from "../vocab/cameo.js";
import { CAMEO_CODES } from "../vocab/cameo.js";
import { ng, skos } from "../vocab/namespaces.js";
import type { NamedInput } from "./entity.js";
import { namedEntity } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { build, buildWith } from "./graph.js";
import { mintIri } from "./iri.js";
import type { Ref } from "./kinds.js";
import type { UserConcept } from "./vocabulary.js";
import { builtInCameo, conceptOf } from "./vocabulary.js";

/**
 * A topic a statement is about ("neutrality", "security guarantees"), a SKOS concept shared by articles.
 *
 * @example
 * topic(g, { name: "neutrality" });
 */
export function topic(g: GraphBuilder, input: NamedInput): Ref<"topic"> {
  return build(g, "topic", input, (g) => {
    const { ref, iri, isNew } = namedEntity(
      g,
      "topic",
      "topic",
      input,
      [ng("Topic"), skos("Concept")],
      "topic",
    );
    if (isNew) g.add(iri, skos("inScheme"), mintIri("topic", "scheme"));
    return ref;
  });
}

/** Check a CAMEO code against the codebook by own properties only ("constructor" is no code). */
export function checkCameo(code: unknown, field: string): CameoCode {
  if (typeof code !== "string" || !Object.hasOwn(CAMEO_CODES, code)) {
    throw new NewsgraphError(
      "invalid-value",
      field,
      `${typeof code === "string" ? JSON.stringify(code.length > 40 ? `${code.slice(0, 40)}…` : code) : `a ${typeof code}`} is not a CAMEO code known to newsgraph`,
    );
  }
  return code as CameoCode;
}

/**
 * A CAMEO code the builders accept: a code of the codebook newsgraph knows, or a user's CAMEO-style code.
 *
 * @example
 * const type: EventTypeInput = "046";
 */
export type EventTypeInput = CameoCode | UserConcept<"cameo">;

/**
 * The IRI of an event type given to a builder (checked, described in the graph) and the value its
 * redefinition check compares: the code, or the user concept's IRI.
 */
export function eventTypeOf(g: GraphBuilder, value: unknown, field: string): { iri: NamedNode; id: string } {
  if (typeof value === "object" && value !== null) {
    const { user, id } = conceptOf(g, "cameo", {}, value, field, "CAMEO code");
    return { iri: (user as UserConcept<"cameo">).iri, id };
  }
  const code = checkCameo(value, field);
  return { iri: builtInCameo(g, code, field).iri, id: code };
}

/**
 * A CAMEO event type as a SKOS concept; the code stays a string ("0871", never 871). A user's CAMEO-style
 * code (`defineCameoCode`) is described in the graph the same way, in the same scheme.
 *
 * @example
 * cameo(g, "0871");
 */
export function cameo(g: GraphBuilder, code: EventTypeInput, field = "eventType"): Ref<"concept"> {
  return buildWith(g, "cameo", (g) => {
    const { iri } = eventTypeOf(g, code, field);
    return g.register("concept", iri, {}, field).ref;
  });
}
