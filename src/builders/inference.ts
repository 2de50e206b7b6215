import type { NamedNode } from "@rdfjs/types";
import { ng } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { en } from "./graph.js";
import { mintArticleIri } from "./iri.js";
import { requireName } from "./validate.js";

/**
 * Record one inference the annotation makes (`ng:Inference`): which value of which node the text does not
 * state outright (a speaker known only as "he", an outlet named for an earlier sentence, a date carried
 * over, a tension no contrast word marks), by which rule, and from which words. Every inference of every
 * kind has this one shape, so a user can list them all with one query. Called by the builders that make
 * such inferences, inside their own unit of work.
 */
export function recordInference(
  g: GraphBuilder,
  input: {
    /** The node whose value is inferred. */
    readonly subject: NamedNode;
    /** The property whose value is inferred. */
    readonly property: NamedNode;
    /** Slug of the subject, unique in the article, used to mint the inference's IRI with the property. */
    readonly slug: string;
    readonly rule: string;
    readonly field: string;
    /** The words the inference rests on. */
    readonly basis?: readonly NamedNode[];
  },
): NamedNode {
  const rule = requireName(input.rule, input.field);
  const local = input.property.value.split(/[#/]/).pop() ?? "value";
  const iri = mintArticleIri(g.articleSlug, "inference", `${input.slug}-${local.toLowerCase()}`);
  g.type(iri, ng("Inference"));
  g.add(iri, ng("inferredFor"), input.subject);
  g.add(iri, ng("inferredProperty"), input.property);
  g.add(iri, ng("inferenceRule"), en(rule));
  for (const b of input.basis ?? []) g.add(iri, ng("inferenceBasis"), b);
  return iri;
}
