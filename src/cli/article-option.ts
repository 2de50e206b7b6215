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
  const articles = quads
    .filter((q) => q.predicate.equals(rdf("type")) && q.object.equals(schema("NewsArticle")))
    .map((q) => q.subject.value);
  return articleAmong(value, articles, "the data");
}

/**
 * The article `--article` names, checked against `articles` (the IRIs of the articles `where` holds: the
 * data, or an endpoint's answer); an unknown one is an error listing those there are.
 */
export function articleAmong(value: string, articles: readonly string[], where: string): NamedNode {
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
  const known = [...new Set(articles)].sort();
  if (!known.includes(iri))
    throw new NewsgraphError(
      "invalid-input",
      "--article",
      `${where} holds no article ${iri} (articles: ${known.map((a) => a.replace(`${ID}article/`, "")).join(", ") || "none"})`,
    );
  return DataFactory.namedNode(iri);
}
