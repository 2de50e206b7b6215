import { createHash } from "node:crypto";
import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { NewsgraphError } from "../errors.js";
import { ng, schema } from "../vocab/namespaces.js";
import { resolvedDate } from "./date.js";
import { externalFact } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { build, dateLiteral, en, nonNegative, str } from "./graph.js";
import { mintArticleIri, mintIri } from "./iri.js";
import type { Ref } from "./kinds.js";
import { httpUrl, isoDate, requireName } from "./validate.js";

const { namedNode } = DataFactory;

const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;

/** Article metadata: the headline comes from the text, the rest from the publisher's page. */
export interface ArticleInput {
  readonly headline: Ref<"anchor">;
  readonly alternativeHeadline?: Ref<"anchor">;
  readonly url: string;
  readonly datePublished: string;
  readonly language: string;
  readonly publisher: Ref<"outlet">;
  /** The byline's author; omit it for an unbylined article. */
  readonly author?: Ref<"person">;
}

/** What later builders need to know of the article: its publication day and language. */
export interface ArticleFacts {
  readonly datePublished: string;
  readonly language: string;
}

/**
 * The article's publication day and language, once `article()` has been built in this graph.
 *
 * @example
 * articleFacts(g)?.datePublished; // "2022-03-09"
 */
export function articleFacts(g: GraphBuilder): ArticleFacts | undefined {
  return g.recall<ArticleFacts>(mintIri("article", g.articleSlug));
}

/**
 * The exact text rendition the anchors point into (`schema:MediaObject` that encodes the article): offsets
 * hold for this one sequence of code points, identified by its SHA-256, not for the abstract article.
 *
 * @example
 * textRendition(g).value; // "https://w3id.org/newsgraph/id/article/<slug>/rendition/text"
 */
export function textRendition(g: GraphBuilder): NamedNode {
  return mintArticleIri(g.articleSlug, "rendition", "text");
}

/**
 * The article (`schema:NewsArticle`) with headline, publisher, author (if bylined), URL, publication date
 * and language, plus its exact text rendition (length and SHA-256), the source every anchor points into. Facts from the
 * publisher's page (not from the body text) are recorded as `ng:ExternalFact`s. Returns the article and its
 * publication date, against which relative dates resolve.
 *
 * @example
 * const { article: a, published } = article(g, {
 *   headline: anchorText(g, "Zelensky Aide Says Ukraine Open to Russia’s Neutrality Demand"),
 *   url: "https://news.antiwar.com/2022/03/09/zelensky-aide-says-ukraine-open-to-russias-neutrality-demand-but-wont-cede-territory/",
 *   datePublished: "2022-03-09",
 *   language: "en",
 *   publisher: outlet(g, { name: "Antiwar.com" }),
 *   author: person(g, { name: "Dave DeCamp" }),
 * });
 */
export function article(
  g: GraphBuilder,
  input: ArticleInput,
): { article: Ref<"article">; published: Ref<"date"> } {
  return build(g, "article", input, (g) => {
    const headline = g.check(input.headline, "article.headline", ["anchor"]);
    const alt =
      input.alternativeHeadline === undefined
        ? undefined
        : g.check(input.alternativeHeadline, "article.alternativeHeadline", ["anchor"]);
    const url = httpUrl(input.url, "article.url");
    const date = isoDate(input.datePublished, "article.datePublished");
    const language = requireName(input.language, "article.language");
    if (!LANGUAGE_TAG.test(language)) {
      throw new NewsgraphError("invalid-value", "article.language", `"${language}" is not a language tag`);
    }
    const publisher = g.check(input.publisher, "article.publisher", ["outlet"]);
    const author =
      input.author === undefined ? undefined : g.check(input.author, "article.author", ["person"]);
    const iri = mintIri("article", g.articleSlug);
    const details = {
      headline: headline.value,
      alternativeHeadline: alt?.value ?? null,
      url,
      datePublished: date,
      language,
      publisher: publisher.value,
      author: author?.value ?? null,
    };
    const { ref } = g.register("article", iri, details, "article", "GraphBuilder.articleSlug");
    const page = namedNode(url);
    g.type(iri, schema("NewsArticle"));
    g.add(iri, schema("headline"), en(g.recall<string>(headline) ?? ""));
    g.add(iri, ng("headlineAnchor"), headline);
    if (alt !== undefined) {
      g.add(iri, schema("alternativeHeadline"), en(g.recall<string>(alt) ?? ""));
      g.add(iri, ng("alternativeHeadlineAnchor"), alt);
    }
    g.remember(iri, { datePublished: date, language } satisfies ArticleFacts);
    const rendition = textRendition(g);
    g.type(rendition, schema("MediaObject"));
    g.add(rendition, schema("encodesCreativeWork"), iri);
    g.add(iri, schema("encoding"), rendition);
    g.add(rendition, schema("encodingFormat"), str("text/plain; charset=utf-8"));
    g.add(rendition, ng("textLength"), nonNegative(g.codePoints.length));
    g.add(rendition, schema("sha256"), str(createHash("sha256").update(g.text, "utf8").digest("hex")));
    g.add(iri, ng("metadataSource"), page);
    externalFact(g, "article-url", iri, schema("url"), page, "PublisherPage", page);
    externalFact(
      g,
      "article-date-published",
      iri,
      schema("datePublished"),
      dateLiteral(date),
      "PublisherPage",
      page,
    );
    externalFact(g, "article-language", iri, schema("inLanguage"), str(language), "PublisherPage", page);
    externalFact(g, "article-publisher", iri, schema("publisher"), publisher, "PublisherPage", page);
    if (author !== undefined)
      externalFact(g, "article-author", iri, schema("author"), author, "PublisherPage", page);
    const published = resolvedDate(g, {
      slug: "published",
      method: "publisher",
      date,
      rule: `the publication date given by the publisher's page (${url})`,
    });
    g.add(iri, ng("publishedAt"), published.iri);
    return { article: ref, published };
  });
}
