import type { NamedNode, Quad_Object } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import { ng } from "../vocab/namespaces.js";
import { articleFacts } from "./article.js";
import type { GraphBuilder } from "./graph.js";
import { dateLiteral } from "./graph.js";
import { mintArticleIri, mintIri } from "./iri.js";
import { isoDate } from "./validate.js";

/**
 * Record what one article reports about a shared node as of a day (`ng:Observation`): that a membership
 * holds, how many rounds a negotiation series has had, whether an offensive is ongoing, when a meeting took
 * place. Shared IRIs carry only what stays true; anything that can change lives here, scoped to the article
 * and dated, so graphs of articles of different days merge without contradiction. Called by the builders
 * of memberships and events, inside their own unit of work.
 */
export function recordObservation(
  g: GraphBuilder,
  input: {
    /** The shared node observed. */
    readonly observes: NamedNode;
    /** Slug of the observed node, unique in the article. */
    readonly slug: string;
    /** The day the observation holds as of; the article's publication day when not given. */
    readonly asOf?: string;
    readonly anchor: NamedNode;
    readonly field: string;
    /** What is observed: property–value pairs. */
    readonly values?: readonly (readonly [NamedNode, Quad_Object])[];
  },
): NamedNode {
  const asOf =
    input.asOf === undefined ? articleFacts(g)?.datePublished : isoDate(input.asOf, `${input.field}`);
  if (asOf === undefined)
    throw new NewsgraphError(
      "invalid-input",
      input.field,
      "is dated by the article's publication day: build the article first",
    );
  const iri = mintArticleIri(g.articleSlug, "observation", `${input.slug}-${asOf}`);
  g.type(iri, ng("Observation"));
  g.add(iri, ng("observes"), input.observes);
  g.add(iri, ng("observedIn"), mintIri("article", g.articleSlug));
  g.add(iri, ng("asOf"), dateLiteral(asOf));
  g.add(iri, ng("anchor"), input.anchor);
  for (const [p, o] of input.values ?? []) g.add(iri, p, o);
  return iri;
}
