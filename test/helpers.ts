import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import oxigraph from "oxigraph";
import { GraphBuilder } from "../src/builders/graph.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA = join(ROOT, "data");
export const SLUG = "zelensky-aide-neutrality";

/** Read a file of the repository as UTF-8. */
export const read = (...parts: string[]) => readFileSync(join(ROOT, ...parts), "utf8");

/** The committed source text of the article. */
export const articleText = () => read("src", "articles", `${SLUG}.txt`);

/** The committed article graph and ontology, parsed by Oxigraph (not by n3, which wrote them). */
export function committedStore(): InstanceType<typeof oxigraph.Store> {
  const store = new oxigraph.Store();
  for (const f of readdirSync(DATA).filter((n) => n.endsWith(".ttl") && !n.endsWith(".shapes.ttl"))) {
    store.load(readFileSync(join(DATA, f), "utf8"), { format: "text/turtle" });
  }
  return store;
}

/**
 * One article's committed graph (data/<slug>.ttl) with the ontology, parsed by Oxigraph: for tests of that
 * article's own facts, which other articles of the release must not change.
 */
export function articleStore(slug: string): InstanceType<typeof oxigraph.Store> {
  const store = new oxigraph.Store();
  for (const f of [`${slug}.ttl`, "newsgraph.ttl"])
    store.load(readFileSync(join(DATA, f), "utf8"), { format: "text/turtle" });
  return store;
}

/** Run a SELECT on an Oxigraph store and return rows of plain string values. */
export function select(store: InstanceType<typeof oxigraph.Store>, query: string): Record<string, string>[] {
  const result = store.query(query) as Map<string, { value: string }>[];
  return result.map((row) => Object.fromEntries([...row.entries()].map(([k, v]) => [k, v.value])));
}

export const PREFIXES = `
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX time: <http://www.w3.org/2006/time#>
`;

/** A small builder context over a given text, for builder tests. */
export const graphOver = (text: string, slug = "test-article") => new GraphBuilder(slug, text);
