import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { NewsgraphError } from "../errors.js";
import { ID } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { buildWith } from "./graph.js";
import type { Ref } from "./kinds.js";
import { absoluteIri } from "./validate.js";

/** The kinds of another article's nodes this article may refer to, and the kind of reference each gives. */
const FOREIGN_KINDS = { statement: "foreignStatement" } as const;
/** A kind of node of another article that can be referred to. */
export type ForeignKind = keyof typeof FOREIGN_KINDS;

const SCOPED =
  /^https:\/\/w3id\.org\/newsgraph\/id\/article\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z]+)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Refer to a node of another article by its IRI — today a statement, for a tension across articles. The
 * reference is typed (`Ref<"foreignStatement">`) and only the builders that accept a foreign end take it;
 * nothing is emitted about the node itself, which belongs to the other article's graph. The IRI must be a
 * statement in the scope of an article other than this one (`…/id/article/<other>/statement/<slug>`).
 *
 * @example
 * const cooled = fromArticle(g, "statement",
 *   "https://w3id.org/newsgraph/id/article/zelensky-aide-neutrality/statement/zelensky-cooled-down-on-nato");
 */
export function fromArticle(
  g: GraphBuilder,
  kind: ForeignKind,
  iri: NamedNode | string,
): Ref<(typeof FOREIGN_KINDS)[ForeignKind]> {
  return buildWith(g, "fromArticle", (g) => {
    if (typeof kind !== "string" || !Object.hasOwn(FOREIGN_KINDS, kind))
      throw new NewsgraphError(
        "invalid-value",
        "fromArticle.kind",
        `${JSON.stringify(kind)} is not a kind of node another article can be referred to by (${Object.keys(FOREIGN_KINDS).join(", ")})`,
      );
    const value = absoluteIri(
      typeof iri === "object" && iri !== null ? (iri as { value?: unknown }).value : iri,
      "fromArticle.iri",
    );
    const m = SCOPED.exec(value);
    if (m === null || m[2] !== kind)
      throw new NewsgraphError(
        "invalid-value",
        "fromArticle.iri",
        `<${value}> is not a ${kind} of an article (${ID}article/<article>/${kind}/<slug>)`,
      );
    if (m[1] === g.articleSlug)
      throw new NewsgraphError(
        "invalid-input",
        "fromArticle.iri",
        `<${value}> is in this article's own scope: pass the reference its builder returned`,
      );
    const node = DataFactory.namedNode(value);
    return g.register(FOREIGN_KINDS[kind], node, { article: m[1] }, "fromArticle", "fromArticle.iri").ref;
  });
}
