import type { NamedNode, Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import { isAbsoluteIri } from "../builders/validate.js";
import { NewsgraphError } from "../errors.js";
import { ID, rdf, schema } from "../vocab/namespaces.js";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The article `--article` names — a slug (`zelensky-aide-neutrality`), `article:<slug>` or the article's
 * IRI — checked against the articles of the data; an unknown one is an error listing those there are.
 */
export function articleOption(value: string, quads: readonly Quad[]): NamedNode {
  const iri = SLUG.test(value)
    ? `${ID}article/${value}`
    : value.startsWith("article:") && SLUG.test(value.slice("article:".length))
      ? `${ID}article/${value.slice("article:".length)}`
      : isAbsoluteIri(value)
        ? value
        : undefined;
  if (iri === undefined)
    throw new NewsgraphError(
      "usage",
      "--article",
      `"${value.slice(0, 80)}" is neither an article's slug nor its IRI`,
    );
  const articles = [
    ...new Set(
      quads
        .filter((q) => q.predicate.equals(rdf("type")) && q.object.equals(schema("NewsArticle")))
        .map((q) => q.subject.value),
    ),
  ].sort();
  if (!articles.includes(iri))
    throw new NewsgraphError(
      "invalid-input",
      "--article",
      `the data holds no article ${iri} (articles: ${articles.map((a) => a.replace(`${ID}article/`, "")).join(", ") || "none"})`,
    );
  return DataFactory.namedNode(iri);
}
