import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";

/** The one base IRI of the project; every minted IRI starts with it. */
export const BASE = "https://w3id.org/newsgraph/";
/** Namespace of the project's own ontology terms. */
export const NG = `${BASE}ontology#`;
/** Namespace of every resource the builders mint. */
export const ID = `${BASE}id/`;

/** The standard vocabularies the graph uses, by their usual prefixes. */
export const PREFIXES = {
  ng: NG,
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  owl: "http://www.w3.org/2002/07/owl#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  schema: "https://schema.org/",
  org: "http://www.w3.org/ns/org#",
  prov: "http://www.w3.org/ns/prov#",
  oa: "http://www.w3.org/ns/oa#",
  time: "http://www.w3.org/2006/time#",
  sem: "http://semanticweb.cs.vu.nl/2009/11/sem/",
  foaf: "http://xmlns.com/foaf/0.1/",
  dcterms: "http://purl.org/dc/terms/",
  sh: "http://www.w3.org/ns/shacl#",
  wd: "http://www.wikidata.org/entity/",
} as const;

export type Prefix = keyof typeof PREFIXES;

/** A namespace: `ns("name")` gives the NamedNode for that local name. */
export type Namespace = (local: string) => NamedNode;

/** Make a namespace function for an IRI prefix. */
export function namespace(base: string): Namespace {
  return (local) => DataFactory.namedNode(`${base}${local}`);
}

export const ng = namespace(NG);
export const rdf = namespace(PREFIXES.rdf);
export const rdfs = namespace(PREFIXES.rdfs);
export const owl = namespace(PREFIXES.owl);
export const xsd = namespace(PREFIXES.xsd);
export const skos = namespace(PREFIXES.skos);
export const schema = namespace(PREFIXES.schema);
export const org = namespace(PREFIXES.org);
export const prov = namespace(PREFIXES.prov);
export const oa = namespace(PREFIXES.oa);
export const time = namespace(PREFIXES.time);
export const sem = namespace(PREFIXES.sem);
export const foaf = namespace(PREFIXES.foaf);
export const dcterms = namespace(PREFIXES.dcterms);
export const wd = namespace(PREFIXES.wd);

/** Prefixes for the resources the builders mint, readable in Turtle (`person:ihor-zhovkva`). */
export const RESOURCE_PREFIXES = {
  article: `${ID}article/`,
  person: `${ID}person/`,
  ngorg: `${ID}org/`,
  state: `${ID}state/`,
  group: `${ID}group/`,
  territory: `${ID}territory/`,
  place: `${ID}place/`,
  post: `${ID}post/`,
  role: `${ID}role/`,
  membership: `${ID}membership/`,
  event: `${ID}event/`,
  topic: `${ID}topic/`,
  cameo: `${ID}cameo/`,
} as const;

/** Prefixes for one article's scoped resources (`stmt:zhovkva-precondition-for-talks`). */
export function articlePrefixes(articleSlug: string): Record<string, string> {
  const base = `${ID}article/${articleSlug}/`;
  return {
    stmt: `${base}statement/`,
    quote: `${base}quote/`,
    claim: `${base}claim/`,
    agent: `${base}agent/`,
    anchor: `${base}anchor/`,
    mention: `${base}mention/`,
    date: `${base}date/`,
    tension: `${base}tension/`,
    fact: `${base}fact/`,
  };
}
