import { createHash } from "node:crypto";
import type { NamedNode, Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import { BASE, dcterms, namespace, ng, PREFIXES, prov, rdf, rdfs, xsd } from "../vocab/namespaces.js";

const { namedNode, literal, quad } = DataFactory;
export const voidNs = namespace("http://rdfs.org/ns/void#");
export const dcat = namespace("http://www.w3.org/ns/dcat#");
export const spdx = namespace("http://spdx.org/rdf/terms#");
/** Prefixes of the VoID/DCAT description. */
export const VOID_PREFIXES = {
  void: "http://rdfs.org/ns/void#",
  dcat: "http://www.w3.org/ns/dcat#",
  spdx: "http://spdx.org/rdf/terms#",
  sd: "http://www.w3.org/ns/sparql-service-description#",
} as const;
/** SPARQL 1.1 Service Description: `sd:name` gives the named graph a subset is published in. */
export const sd = namespace("http://www.w3.org/ns/sparql-service-description#");

/** Where the dataset and its files are identified. */
export const DATASET = namedNode(`${BASE}dataset`);
export const DATA_BASE = `${BASE}data/`;

/** A file of the release as the description lists it. */
export interface Distribution {
  readonly name: string;
  readonly content: string;
  readonly mediaType: string;
  readonly title: string;
}

/** What the description says about the dataset. */
export interface VoidInput {
  /** Every article graph's triples (the knowledge graph itself). */
  readonly articleQuads: readonly Quad[];
  /** Each article, with the triples of its own named graph (its node and its scope). */
  readonly articles: readonly {
    readonly slug: string;
    readonly url: string;
    readonly triples: number;
    /** The named graph that holds them in the combined files. */
    readonly graph?: NamedNode;
  }[];
  /** The shared layer's triples and named graph (nodes several articles can speak of), when partitioned. */
  readonly shared?: { readonly triples: number; readonly graph: NamedNode };
  /** The ontology's named graph in the combined files. */
  readonly ontologyGraph?: NamedNode;
  readonly ontologyTriples: number;
  readonly distributions: readonly Distribution[];
  /** SHA-256 of the canonical N-Quads of the whole dataset (RDFC-1.0). */
  readonly fingerprint: string;
  readonly generator: string;
}

const count = (n: number) => literal(String(n), xsd("nonNegativeInteger"));
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const localName = (iri: string) => {
  for (const [p, ns] of Object.entries(PREFIXES))
    if (iri.startsWith(ns)) return `${p}-${iri.slice(ns.length)}`;
  return sha256(iri).slice(0, 12);
};

/**
 * A VoID + DCAT description of the release: triples, entities, class and property partitions,
 * vocabularies, license, sources, generator, the canonical fingerprint, and one `dcat:Distribution` per
 * file with media type, byte size and SHA-256. No blank nodes: partitions and checksums have IRIs.
 *
 * @example
 * const description = voidDescription({ articleQuads: release.quads, articles: [], ontologyTriples: 0,
 *   distributions: [], fingerprint: release.fingerprint, generator: "newsgraph 0.1.0" });
 */
export function voidDescription(input: VoidInput): Quad[] {
  const out: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: Quad["object"]) =>
    out.push(quad(s, p, o as never) as unknown as Quad);
  const d = DATASET;
  add(d, rdf("type"), voidNs("Dataset"));
  add(d, rdf("type"), dcat("Dataset"));
  add(
    d,
    dcterms("title"),
    literal("newsgraph: news articles as attributed, text-anchored knowledge graphs", "en"),
  );
  add(
    d,
    dcterms("description"),
    literal(
      "Who said what, in which role, about which states and territories, reported through which outlets: every claim attributed and anchored to the exact words of its source article.",
      "en",
    ),
  );
  add(d, dcterms("license"), namedNode("https://opensource.org/licenses/MIT"));
  add(
    d,
    dcterms("rights"),
    literal(
      "The source texts are the publishers' and are included only so that every anchor can be checked.",
      "en",
    ),
  );
  add(d, dcterms("creator"), literal(input.generator));
  add(
    d,
    prov("wasGeneratedBy"),
    namedNode(`${BASE}generator/${input.generator.replace(/[^A-Za-z0-9.-]+/g, "-")}`),
  );
  add(d, ng("canonicalSha256"), literal(input.fingerprint));
  add(d, voidNs("uriSpace"), literal(`${BASE}id/`));
  const unique = new Set(
    input.articleQuads.map(
      (q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}${q.object.value}`,
    ),
  );
  add(d, voidNs("triples"), count(unique.size));
  const entities = new Set(
    input.articleQuads.filter((q) => q.subject.value.startsWith(`${BASE}id/`)).map((q) => q.subject.value),
  );
  add(d, voidNs("entities"), count(entities.size));
  const classes = new Map<string, Set<string>>();
  const properties = new Map<string, number>();
  for (const q of input.articleQuads) {
    properties.set(q.predicate.value, (properties.get(q.predicate.value) ?? 0) + 1);
    if (q.predicate.equals(rdf("type"))) {
      const set = classes.get(q.object.value) ?? new Set<string>();
      set.add(q.subject.value);
      classes.set(q.object.value, set);
    }
  }
  add(d, voidNs("classes"), count(classes.size));
  add(d, voidNs("properties"), count(properties.size));
  for (const [cls, members] of [...classes].sort()) {
    const part = namedNode(`${BASE}dataset/class/${localName(cls)}`);
    add(d, voidNs("classPartition"), part);
    add(part, voidNs("class"), namedNode(cls));
    add(part, voidNs("entities"), count(members.size));
  }
  for (const [prop, n] of [...properties].sort()) {
    const part = namedNode(`${BASE}dataset/property/${localName(prop)}`);
    add(d, voidNs("propertyPartition"), part);
    add(part, voidNs("property"), namedNode(prop));
    add(part, voidNs("triples"), count(n));
  }
  const namespaces = new Set<string>();
  for (const iri of [...classes.keys(), ...properties.keys()]) {
    const ns = Object.values(PREFIXES).find((n) => iri.startsWith(n));
    if (ns !== undefined) namespaces.add(ns);
  }
  for (const ns of [...namespaces].sort()) add(d, voidNs("vocabulary"), namedNode(ns));
  for (const a of input.articles) {
    add(d, dcterms("source"), namedNode(a.url));
    const subset = namedNode(`${BASE}dataset/article/${a.slug}`);
    add(d, voidNs("subset"), subset);
    add(subset, rdf("type"), voidNs("Dataset"));
    add(subset, voidNs("triples"), count(a.triples));
    add(subset, dcterms("source"), namedNode(a.url));
    add(subset, voidNs("inDataset"), d);
    if (a.graph !== undefined) add(subset, sd("name"), a.graph);
  }
  // One subset per named graph of the combined files: each triple of the release is in exactly one.
  if (input.shared !== undefined) {
    const shared = namedNode(`${BASE}dataset/shared`);
    add(d, voidNs("subset"), shared);
    add(shared, rdf("type"), voidNs("Dataset"));
    add(shared, voidNs("triples"), count(input.shared.triples));
    add(shared, voidNs("inDataset"), d);
    add(shared, sd("name"), input.shared.graph);
  }
  const ontology = namedNode(`${BASE}dataset/ontology`);
  add(d, voidNs("subset"), ontology);
  add(ontology, rdf("type"), voidNs("Dataset"));
  add(ontology, voidNs("triples"), count(input.ontologyTriples));
  add(ontology, rdfs("seeAlso"), namedNode(`${BASE}ontology`));
  if (input.ontologyGraph !== undefined) add(ontology, sd("name"), input.ontologyGraph);
  for (const f of [...input.distributions].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const dist = namedNode(`${DATA_BASE}${f.name}`);
    const sum = namedNode(`${DATA_BASE}${f.name}#sha256`);
    add(d, dcat("distribution"), dist);
    add(dist, rdf("type"), dcat("Distribution"));
    add(dist, dcterms("title"), literal(f.title, "en"));
    add(dist, dcat("downloadURL"), dist);
    add(dist, dcat("mediaType"), namedNode(`https://www.iana.org/assignments/media-types/${f.mediaType}`));
    add(dist, dcat("byteSize"), count(Buffer.byteLength(f.content, "utf8")));
    add(dist, spdx("checksum"), sum);
    add(sum, rdf("type"), spdx("Checksum"));
    add(sum, spdx("algorithm"), spdx("checksumAlgorithm_sha256"));
    add(sum, spdx("checksumValue"), literal(sha256(f.content), xsd("hexBinary")));
  }
  return out;
}
