import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { NewsgraphError } from "../errors.js";
import { ng, prov, rdfs, schema } from "../vocab/namespaces.js";
import { externalFact } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { build, dateLiteral, en } from "./graph.js";
import { checkSlug, mintIri } from "./iri.js";
import type { Ref } from "./kinds.js";
import { httpUrl, isoDate, lookup, requireName } from "./validate.js";

/** The kinds of report a statement can derive from, each a `schema:CreativeWork` subclass. */
export const CITED_REPORT_CLASSES = {
  /** An interview (a conversation with the speaker, however published). */
  interview: schema("Conversation"),
  /** A broadcast: a television or radio programme. */
  broadcast: schema("Episode"),
  /** Another outlet's written piece (never an `schema:NewsArticle`: those are the articles expressed here). */
  article: schema("Article"),
  /** A post on a social network. */
  post: schema("SocialMediaPosting"),
} as const satisfies Record<string, NamedNode>;
/** A kind of cited report. */
export type CitedReportKind = keyof typeof CITED_REPORT_CLASSES;

/**
 * A report that statements derive from (`ng:CitedReport`, a `schema:CreativeWork`): an interview,
 * another outlet's piece, a broadcast. Shared under `…/id/document/<slug>` so every article that cites it
 * meets on it; its publisher is an outlet. A URL and a publication day come from outside the text and are
 * recorded as external facts from the publisher's page (the URL), so a day needs the URL.
 *
 * @example
 * const abc = outlet(g, { name: "ABC News" });
 * const interview = citedReport(g, { slug: "abc-zelensky-interview", title: "Zelensky interview with ABC News",
 *   publisher: abc, kind: "interview" });
 */
export function citedReport(
  g: GraphBuilder,
  input: {
    readonly slug: string;
    /** The report's title, or a short description in our words when it has none. */
    readonly title: string;
    readonly publisher: Ref<"outlet">;
    readonly kind: CitedReportKind;
    /** The report's page. */
    readonly url?: string;
    /** Its publication day (YYYY-MM-DD), as its page gives it: needs `url`. */
    readonly published?: string;
  },
): Ref<"document"> {
  return build(g, "citedReport", input, (g) => {
    const slug = checkSlug(input.slug, "citedReport.slug");
    const title = requireName(input.title, "citedReport.title");
    const publisher = g.check(input.publisher, "citedReport.publisher", ["outlet"]);
    const kind = lookup(CITED_REPORT_CLASSES, input.kind, "citedReport.kind", "kind");
    const url = input.url === undefined ? undefined : httpUrl(input.url, "citedReport.url");
    const published =
      input.published === undefined ? undefined : isoDate(input.published, "citedReport.published");
    if (published !== undefined && url === undefined)
      throw new NewsgraphError(
        "invalid-input",
        "citedReport.published",
        "a publication day comes from the report's page: give its `url` too",
      );
    const iri = mintIri("document", slug);
    const { ref, isNew } = g.register(
      "document",
      iri,
      { title, publisher: publisher.value, kind, url: url ?? null, published: published ?? null },
      "citedReport",
    );
    if (isNew) {
      g.type(iri, ng("CitedReport"), CITED_REPORT_CLASSES[kind], schema("CreativeWork"), prov("Entity"));
      g.add(iri, schema("name"), en(title));
      g.add(iri, rdfs("label"), en(title));
      g.add(iri, schema("publisher"), publisher);
    }
    // Each article that cites the report records where it read the URL and the day (its own fact records).
    if (url !== undefined) {
      const page = DataFactory.namedNode(url);
      externalFact(g, `${slug}-url`, iri, schema("url"), page, "PublisherPage", page);
      if (published !== undefined)
        externalFact(
          g,
          `${slug}-date-published`,
          iri,
          schema("datePublished"),
          dateLiteral(published),
          "PublisherPage",
          page,
        );
    }
    return ref;
  });
}
