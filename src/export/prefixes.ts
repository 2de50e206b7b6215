import type { Quad, Term } from "@rdfjs/types";

/** A local name n3's writer accepts in a prefixed name (it writes the full IRI otherwise). */
const LOCAL = /^[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/;
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

/**
 * The prefixes a serialisation of these quads actually uses, in the order given: an IRI uses the longest
 * namespace it starts with when the rest is a valid local name. `rdf:type` as a predicate is written `a`
 * and plain or language-tagged literals show no datatype, so neither needs a prefix.
 *
 * @example
 * usedPrefixes(quads, { ex: "https://example.org/", unused: "https://unused.org/" }); // { ex: … }
 */
export function usedPrefixes(
  quads: Iterable<Quad>,
  prefixes: Readonly<Record<string, string>>,
): Record<string, string> {
  const byLength = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const used = new Set<string>();
  const seen = new Set<string>();
  const note = (iri: string) => {
    if (seen.has(iri)) return;
    seen.add(iri);
    for (const [prefix, ns] of byLength) {
      if (iri.startsWith(ns) && LOCAL.test(iri.slice(ns.length))) {
        used.add(prefix);
        return;
      }
    }
  };
  const term = (t: Term, predicate = false) => {
    if (t.termType === "NamedNode") {
      if (!(predicate && t.value === RDF_TYPE)) note(t.value);
    } else if (t.termType === "Literal") {
      if (t.datatype.value !== XSD_STRING && t.datatype.value !== LANG_STRING) note(t.datatype.value);
    }
  };
  for (const q of quads) {
    term(q.subject);
    term(q.predicate, true);
    term(q.object);
    term(q.graph);
  }
  return Object.fromEntries(Object.entries(prefixes).filter(([p]) => used.has(p)));
}
