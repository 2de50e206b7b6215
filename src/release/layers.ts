import type { NamedNode, Quad, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { articleGraph, GRAPH_BASE } from "../export/graphs.js";
import { ID } from "../vocab/namespaces.js";

/**
 * The named graph of the shared layer: every triple about a node that several articles can speak of (a
 * person, a state, a post, an event…), once, whichever articles state it.
 */
export const SHARED_GRAPH: NamedNode = DataFactory.namedNode(`${GRAPH_BASE}shared`);

const ARTICLE_SPACE = `${ID}article/`;

/**
 * The slug of the article a node belongs to — the article node itself or anything in its scope
 * (`…/id/article/<slug>/…`) — or undefined for a shared node.
 *
 * @example
 * articleOfNode("https://w3id.org/newsgraph/id/article/my-article/statement/s1"); // "my-article"
 */
export function articleOfNode(iri: string): string | undefined {
  if (!iri.startsWith(ARTICLE_SPACE)) return undefined;
  const rest = iri.slice(ARTICLE_SPACE.length);
  const slash = rest.indexOf("/");
  const slug = slash < 0 ? rest : rest.slice(0, slash);
  return slug === "" ? undefined : slug;
}

/** One article's triples, by its slug. */
export interface ArticleQuads {
  readonly slug: string;
  readonly quads: readonly Quad[];
}

/** The release's data graphs: the shared layer and one graph per article, each triple in exactly one. */
export interface Layers {
  /** The triples about shared nodes, each once. */
  readonly shared: readonly Quad[];
  /** Each article's own triples (its node and its scope), by slug, in the articles' order. */
  readonly articles: ReadonlyMap<string, readonly Quad[]>;
  /** Every triple once, in the default graph: the union of the layers. */
  readonly union: readonly Quad[];
  /** The layers in their named graphs (`…/graph/shared`, `…/graph/<slug>`). */
  readonly named: readonly Quad[];
}

/** A key that tells two triples apart (and only those): the graph is ignored. */
function tripleKey(q: Quad): string {
  const term = (t: Term) =>
    t.termType === "Literal"
      ? `"${t.value}"@${t.language}^^${t.datatype.value}`
      : `${t.termType === "BlankNode" ? "_:" : ""}${t.value}`;
  return `${term(q.subject)} ${term(q.predicate)} ${term(q.object)}`;
}

/**
 * Split the articles' graphs into the release's layers: a triple whose subject is a shared node goes once
 * into the shared layer, the rest into the graph of the article whose scope the subject is in (its own
 * article, for a subject that names no article of the release). No triple is written twice.
 *
 * @example
 * const { shared, named } = layers([{ slug: "my-article", quads }]);
 */
export function layers(articles: readonly ArticleQuads[]): Layers {
  const slugs = new Set(articles.map((a) => a.slug));
  const seen = new Set<string>();
  const shared: Quad[] = [];
  const own = new Map<string, Quad[]>(articles.map((a) => [a.slug, []]));
  const union: Quad[] = [];
  for (const a of articles) {
    for (const q of a.quads) {
      const key = tripleKey(q);
      if (seen.has(key)) continue;
      seen.add(key);
      const triple = DataFactory.quad(q.subject as never, q.predicate as never, q.object as never);
      union.push(triple as unknown as Quad);
      const owner =
        q.subject.termType === "NamedNode" ? articleOfNode(q.subject.value) : (a.slug as string | undefined);
      if (owner === undefined) shared.push(triple as unknown as Quad);
      else own.get(slugs.has(owner) ? owner : a.slug)?.push(triple as unknown as Quad);
    }
  }
  const named: Quad[] = [];
  const place = (qs: readonly Quad[], g: NamedNode) => {
    for (const q of qs)
      named.push(
        DataFactory.quad(
          q.subject as never,
          q.predicate as never,
          q.object as never,
          g as never,
        ) as unknown as Quad,
      );
  };
  place(shared, SHARED_GRAPH);
  for (const [slug, qs] of own) place(qs, articleGraph(slug));
  return { shared, articles: own, union, named };
}
