import type { Quad } from "@rdfjs/types";
import jsonld from "jsonld";
import { NewsgraphError } from "../errors.js";
import { toNQuads } from "./ntriples.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";

/** A JSON-LD context: the given prefixes as terms (the package publishes one as data/context.jsonld). */
export function jsonldContext(prefixes: Readonly<Record<string, string>>): {
  "@context": Record<string, unknown>;
} {
  return { "@context": { "@version": 1.1, ...prefixes } };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * In expanded JSON-LD, write xsd:boolean and xsd:integer values as native JSON booleans and numbers when
 * their lexical form is canonical, so that reading them back gives the very same literal.
 */
function nativeValues(node: Json): Json {
  if (Array.isArray(node)) return node.map(nativeValues);
  if (node === null || typeof node !== "object") return node;
  const value = node["@value"];
  const type = node["@type"];
  if (typeof value === "string" && typeof type === "string" && Object.keys(node).length === 2) {
    if (type === `${XSD}boolean` && (value === "true" || value === "false"))
      return { "@value": value === "true" };
    if (type === `${XSD}integer` && /^(0|-?[1-9][0-9]{0,14})$/.test(value))
      return { "@value": Number(value) };
  }
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = nativeValues(v);
  return out;
}

function byId(a: Json, b: Json): number {
  const x = (a as { "@id"?: string })["@id"] ?? "";
  const y = (b as { "@id"?: string })["@id"] ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Compacted JSON-LD of quads against a context (embedded, so the document stands alone), with native
 * JSON booleans and integers where the datatype allows, nodes sorted by `@id`: deterministic.
 *
 * @example
 * const text = await toJsonLd(quads, jsonldContext({ schema: "https://schema.org/" }));
 */
export async function toJsonLd(
  quads: Iterable<Quad>,
  context: { "@context": Record<string, unknown> },
): Promise<string> {
  const nquads = toNQuads(quads);
  try {
    const expanded = (await jsonld.fromRDF(nquads, { format: "application/n-quads" })) as Json[];
    const sorted = nativeValues(expanded) as Json[];
    sorted.sort(byId);
    for (const node of sorted) {
      const graph = (node as { "@graph"?: Json[] })["@graph"];
      if (Array.isArray(graph)) graph.sort(byId);
    }
    const compacted = await jsonld.compact(sorted as never, context as never, { compactArrays: true });
    return `${JSON.stringify(compacted, null, 2)}\n`;
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError(
      "invalid-input",
      "jsonld",
      error instanceof Error ? error.message : String(error),
    );
  }
}

/**
 * Read JSON-LD back into N-Quads text (with the JSON-LD processor), e.g. to prove a round trip.
 *
 * @example
 * const nquads = await jsonLdToNQuads(text);
 */
export async function jsonLdToNQuads(text: string): Promise<string> {
  return (await jsonld.toRDF(JSON.parse(text), { format: "application/n-quads" })) as unknown as string;
}
