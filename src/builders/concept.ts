import { NewsgraphError } from "../errors.js";
import type { CameoCode } from "../vocab/cameo.js";
import { CAMEO_CODES } from "../vocab/cameo.js";
import { ng, rdfs, skos } from "../vocab/namespaces.js";
import type { NamedInput } from "./entity.js";
import { namedEntity } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { build, buildWith, en, str } from "./graph.js";
import { mintIri } from "./iri.js";
import type { Ref } from "./kinds.js";

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
 * A CAMEO event type as a SKOS concept; the code stays a string ("0871", never 871).
 *
 * @example
 * cameo(g, "0871");
 */
export function cameo(g: GraphBuilder, code: CameoCode, field = "eventType"): Ref<"concept"> {
  return buildWith(g, "cameo", (g) => {
    checkCameo(code, field);
    const label = CAMEO_CODES[code];
    const iri = mintIri("cameo", code);
    const { ref, isNew } = g.register("concept", iri, { code }, field);
    if (isNew) {
      g.type(iri, ng("CameoEventType"), skos("Concept"));
      g.add(iri, skos("notation"), str(code));
      g.add(iri, skos("prefLabel"), en(label));
      g.add(iri, rdfs("label"), en(label));
      g.add(iri, skos("inScheme"), mintIri("cameo", "scheme"));
    }
    return ref;
  });
}
