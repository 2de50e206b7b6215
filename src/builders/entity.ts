import type { NamedNode, Quad_Object } from "@rdfjs/types";
import { ng, owl, rdf, rdfs, skos, wd } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { en } from "./graph.js";
import type { GlobalPath } from "./iri.js";
import { mintArticleIri, mintIri, slugify } from "./iri.js";
import type { Kind, Ref } from "./kinds.js";
import { requireName, wikidataId } from "./validate.js";

/** What every named entity builder accepts. */
export interface NamedInput {
  /** The canonical name (becomes `skos:prefLabel` and `rdfs:label`). Never a misspelling. */
  readonly name: string;
  /** Correct variants of the name (`skos:altLabel`). Misspellings belong on mentions, not here. */
  readonly altNames?: readonly string[];
  /** A Wikidata item id, `Q<digits>`: only ids verified as the modeling guide demands. */
  readonly wikidata?: string;
  /** Overrides the slug derived from the name. */
  readonly slug?: string;
}

/** Origins of facts that do not come from the article's body text. */
export type FactOrigin = "PublisherPage" | "VerifiedWikidataLink";

/**
 * Record that one triple comes from outside the body text (standard RDF reification, so any store reads
 * it): the triple itself is also added, and the record says where it came from.
 */
export function externalFact(
  g: GraphBuilder,
  slug: string,
  subject: NamedNode,
  predicate: NamedNode,
  object: Quad_Object,
  origin: FactOrigin,
  source: NamedNode,
): void {
  const iri = mintArticleIri(g.articleSlug, "fact", slug);
  const key = `${subject.value} ${predicate.value} ${object.value}`;
  const { isNew } = g.register("fact", iri, key, "fact");
  g.add(subject, predicate, object);
  if (!isNew) return;
  g.type(iri, ng("ExternalFact"), rdf("Statement"));
  g.add(iri, rdf("subject"), subject);
  g.add(iri, rdf("predicate"), predicate);
  g.add(iri, rdf("object"), object);
  g.add(iri, ng("factOrigin"), ng(origin));
  g.add(iri, ng("factSource"), source);
}

/** Emit a named entity: type, labels and the optional Wikidata link. Returns its reference. */
export function namedEntity<K extends Kind>(
  g: GraphBuilder,
  kind: K,
  path: GlobalPath,
  input: NamedInput,
  classes: readonly NamedNode[],
  field: string,
): { ref: Ref<K>; iri: NamedNode; isNew: boolean } {
  const name = requireName(input.name, `${field}.name`);
  const altNames = (input.altNames ?? []).map((n, i) => requireName(n, `${field}.altNames[${i}]`));
  const wikidata = input.wikidata === undefined ? undefined : wikidataId(input.wikidata, `${field}.wikidata`);
  const slug = input.slug ?? slugify(name, `${field}.name`);
  const iri = mintIri(path, slug);
  const key = JSON.stringify([name, [...altNames].sort(), wikidata ?? null, classes.map((c) => c.value)]);
  const { ref, isNew } = g.register(kind, iri, key, field);
  if (isNew) {
    g.type(iri, ...classes);
    g.add(iri, rdfs("label"), en(name));
    g.add(iri, skos("prefLabel"), en(name));
    for (const alt of altNames) g.add(iri, skos("altLabel"), en(alt));
    if (wikidata !== undefined) {
      externalFact(
        g,
        `${path}-${slug}-wikidata`,
        iri,
        owl("sameAs"),
        wd(wikidata),
        "VerifiedWikidataLink",
        wd(wikidata),
      );
    }
  }
  return { ref, iri, isNew };
}
