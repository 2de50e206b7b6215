import type { NamedNode, Quad_Object } from "@rdfjs/types";
import { DataFactory } from "n3";
import { NewsgraphError } from "../errors.js";
import { CATALOGUE_PATHS, type CatalogueKind } from "../vocab/catalogue.js";
import { ng, owl, rdf, rdfs, skos, wd } from "../vocab/namespaces.js";
import { checkDuplicate, ownersOf } from "./duplicates.js";
import type { Details, GraphBuilder } from "./graph.js";
import { buildWith, en } from "./graph.js";
import type { GlobalPath } from "./iri.js";
import { checkSlug, mintArticleIri, mintIri, slugify } from "./iri.js";
import type { Kind, Ref } from "./kinds.js";
import {
  absoluteIri,
  checkText,
  httpUrl,
  lookup,
  optionalArray,
  requireName,
  wikidataId,
} from "./validate.js";

const { namedNode } = DataFactory;

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
  /**
   * The page that backs what the builder records from outside the text (an office's state, a city's
   * country, an outlet's parent company); the Wikidata item when not given.
   */
  readonly knownFrom?: string;
  /**
   * IRIs of entities this one is not, though a name matches (or nearly matches) theirs: the builders refuse
   * such a look-alike unless it is named here, and the graph records the decision (`owl:differentFrom`).
   */
  readonly distinctFrom?: readonly string[];
}

/** Origins of facts that do not come from the article's body text. */
export type FactOrigin = "PublisherPage" | "VerifiedWikidataLink" | "WorldKnowledge";

const FACT_ORIGINS = { PublisherPage: true, VerifiedWikidataLink: true, WorldKnowledge: true } as const;

const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;

/** Check an RDF term given to a builder: an IRI that can be written and read back, or a sound literal. */
function checkTerm(term: unknown, field: string, literalAllowed: boolean): string {
  const t = (typeof term === "object" && term !== null ? term : {}) as {
    termType?: unknown;
    value?: unknown;
    language?: unknown;
    datatype?: unknown;
  };
  if (t.termType === "NamedNode") return `<${absoluteIri(t.value, field)}>`;
  if (literalAllowed && t.termType === "Literal") {
    if (typeof t.value !== "string") {
      throw new NewsgraphError("invalid-value", field, "a literal's value must be a string");
    }
    checkText(t.value, field, true);
    const language = t.language ?? "";
    if (typeof language !== "string" || (language !== "" && !LANGUAGE_TAG.test(language))) {
      throw new NewsgraphError("invalid-value", field, `${JSON.stringify(language)} is not a language tag`);
    }
    const datatype = checkTerm(t.datatype, `${field}.datatype`, false);
    return `${JSON.stringify(t.value)}@${language}^^${datatype}`;
  }
  throw new NewsgraphError(
    "invalid-input",
    field,
    `must be ${literalAllowed ? "a NamedNode or a Literal" : "a NamedNode"}`,
  );
}

/**
 * Record that one triple comes from outside the body text (standard RDF reification, so any store reads
 * it): the triple itself is also added, and the record says where it came from. Every IRI is checked as
 * it enters.
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
  buildWith(g, "fact", () => {
    checkSlug(slug, "fact.slug");
    const details = {
      subject: checkTerm(subject, "fact.subject", false),
      predicate: checkTerm(predicate, "fact.predicate", false),
      object: checkTerm(object, "fact.object", true),
      origin: lookup(FACT_ORIGINS, origin, "fact.origin", "origin"),
      source: checkTerm(source, "fact.source", false),
    };
    const iri = mintArticleIri(g.articleSlug, "fact", slug);
    const { isNew } = g.register("fact", iri, details, "fact");
    g.add(subject, predicate, object);
    if (!isNew) return;
    g.type(iri, ng("ExternalFact"), rdf("Statement"));
    g.add(iri, rdf("subject"), subject);
    g.add(iri, rdf("predicate"), predicate);
    g.add(iri, rdf("object"), object);
    g.add(iri, ng("factOrigin"), ng(origin));
    g.add(iri, ng("factSource"), source);
  });
}

/**
 * Emit a named entity: type, labels and the optional Wikidata link. Returns its reference. `extra` holds
 * what else the builder emits for the entity (its type, its organisation…), so that a second definition
 * that differs in any of it is refused, never silently dropped.
 */
export function namedEntity<K extends Kind>(
  g: GraphBuilder,
  kind: K,
  path: GlobalPath,
  input: NamedInput,
  classes: readonly NamedNode[],
  field: string,
  extra: Details = {},
): { ref: Ref<K>; iri: NamedNode; isNew: boolean } {
  const { name, altNames, wikidata, slug } = checkNamed(input, field);
  const iri = mintIri(path, slug);
  const distinctFrom = optionalArray<unknown>(input.distinctFrom, `${field}.distinctFrom`).map((d, i) => {
    const other = absoluteIri(d, `${field}.distinctFrom[${i}]`);
    if (other === iri.value)
      throw new NewsgraphError("invalid-value", `${field}.distinctFrom[${i}]`, "is this entity's own IRI");
    return other;
  });
  const details = {
    name,
    altNames: [...altNames].sort(),
    wikidata: wikidata ?? null,
    ...extra,
    distinctFrom: [...new Set(distinctFrom)].sort(),
  };
  const slugField = input.slug === undefined ? `${field}.name` : `${field}.slug`;
  // One Wikidata item, one node: a second entity linked to the same item would claim an identity that
  // cannot hold for both.
  if (wikidata !== undefined) {
    const owner = g.recall<string>(wd(wikidata));
    if (owner !== undefined && owner !== iri.value)
      throw new NewsgraphError(
        "duplicate-iri",
        `${field}.wikidata`,
        `${wikidata} is already the Wikidata item of <${owner}>: two nodes cannot both be the same thing`,
      );
  }
  const { ref, isNew } = g.register(kind, iri, details, field, slugField);
  if (isNew && wikidata !== undefined) g.remember(wd(wikidata), iri.value);
  if (isNew && Object.hasOwn(CATALOGUE_PATHS, kind)) {
    // A look-alike of a known entity or of one built before: refused unless distinctFrom names it.
    const named = { name, altNames, wikidata };
    checkDuplicate(g, kind as CatalogueKind, iri.value, named, new Set(distinctFrom), field);
    g.addNames(ownersOf(kind as CatalogueKind, iri.value, named));
  }
  if (isNew) {
    g.type(iri, ...classes);
    for (const other of distinctFrom) g.add(iri, owl("differentFrom"), namedNode(other));
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

/**
 * Where a fact from outside the text comes from: the `knownFrom` page given for it, else the entity's
 * verified Wikidata item. A fact from outside the text with no origin is refused.
 */
export function worldSource(
  input: { readonly knownFrom?: string; readonly wikidata?: string },
  field: string,
): NamedNode {
  if (input.knownFrom !== undefined) return namedNode(httpUrl(input.knownFrom, `${field}.knownFrom`));
  if (input.wikidata !== undefined) return wd(wikidataId(input.wikidata, `${field}.wikidata`));
  throw new NewsgraphError(
    "invalid-input",
    `${field}.knownFrom`,
    "a fact from outside the text needs its origin: a page (knownFrom) or a verified Wikidata id",
  );
}

/** Check the fields every named entity has (name, alternative names, Wikidata id, slug), naming each. */
export function checkNamed(
  input: NamedInput,
  field: string,
): { name: string; altNames: readonly string[]; wikidata: string | undefined; slug: string } {
  const name = requireName(input.name, `${field}.name`);
  const altNames = optionalArray<unknown>(input.altNames, `${field}.altNames`).map((n, i) =>
    requireName(n, `${field}.altNames[${i}]`),
  );
  const wikidata = input.wikidata === undefined ? undefined : wikidataId(input.wikidata, `${field}.wikidata`);
  const slug =
    input.slug === undefined ? slugify(name, `${field}.name`) : checkSlug(input.slug, `${field}.slug`);
  return { name, altNames, wikidata, slug };
}
