import type { Quad, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { foldName } from "../../src/query/helpers.js";
import { HELPERS, type HelperEntry } from "../../src/query/registry.js";
import type { SparqlJsonResults, SparqlJsonTerm } from "../../src/query/results.js";
import { rowKey } from "../../src/query/results.js";
import { selectJson } from "../../src/query/sparql.js";
import { oxigraphStore } from "../../src/store/oxigraph.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { read } from "../helpers.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
// Oxigraph 0.5 stores the integer-derived types (xsd:nonNegativeInteger, the type of oa:start/oa:end) as
// xsd:integer; the values are equal, so both sides are compared with that one type.
const INTEGER_TYPES = new Set(
  [
    "nonNegativeInteger",
    "positiveInteger",
    "nonPositiveInteger",
    "negativeInteger",
    "long",
    "int",
    "short",
    "byte",
    "unsignedLong",
    "unsignedInt",
    "unsignedShort",
    "unsignedByte",
  ].map((t) => `${XSD}${t}`),
);
const datatypeOf = (dt: string) => (INTEGER_TYPES.has(dt) ? `${XSD}integer` : dt);

/** An RDF/JS term as a SPARQL JSON results term, so helper rows and engine rows compare exactly. */
function asJson(t: Term): SparqlJsonTerm {
  if (t.termType === "NamedNode") return { type: "uri", value: t.value };
  if (t.termType === "BlankNode") return { type: "bnode", value: t.value };
  if (t.termType === "Literal") {
    return t.language
      ? { type: "literal", value: t.value, "xml:lang": t.language }
      : { type: "literal", value: t.value, datatype: datatypeOf(t.datatype.value) };
  }
  throw new Error(`unexpected ${t.termType}`);
}

const normalised = (t: SparqlJsonTerm): SparqlJsonTerm =>
  t.datatype === undefined ? t : { ...t, datatype: datatypeOf(t.datatype) };

const helperKeys = (h: HelperEntry, rows: readonly Readonly<Record<string, Term>>[]) =>
  rows.map((r) => {
    const row: Record<string, SparqlJsonTerm> = {};
    for (const c of h.columns) if (r[c] !== undefined) row[c] = asJson(r[c] as Term);
    return rowKey(h.columns, row);
  });

function crossCheck(label: string, quads: readonly Quad[], sampleSize: number): void {
  const store = new NewsStore(quads);
  const ox = oxigraphStore(quads);
  describe(label, () => {
    for (const [name, entry] of Object.entries(HELPERS) as [string, HelperEntry][]) {
      it(`${name} answers exactly as queries/${entry.twin}.rq on Oxigraph`, () => {
        const twin: SparqlJsonResults = selectJson(ox, read("queries", `${entry.twin}.rq`), entry.twin);
        const project = (rows: SparqlJsonResults["results"]["bindings"]) =>
          rows.map((b) => {
            const row: Record<string, SparqlJsonTerm> = {};
            for (const c of entry.columns)
              if (b[c] !== undefined) row[c] = normalised(b[c] as SparqlJsonTerm);
            return rowKey(entry.columns, row);
          });
        const param = entry.param;
        if (param.kind === "none") {
          expect(helperKeys(entry, entry.run(store, undefined))).toEqual(project(twin.results.bindings));
          return;
        }
        if (param.kind === "iri" || param.kind === "date") {
          const values = [...new Set(twin.results.bindings.map((b) => b[param.name]?.value ?? ""))].sort();
          expect(values.length, `${entry.twin} gives no ${param.name} to try`).toBeGreaterThan(0);
          const step = Math.max(1, Math.floor(values.length / sampleSize));
          const sample = values.filter((_, i) => i % step === 0);
          const absent = param.kind === "iri" ? "https://w3id.org/newsgraph/id/person/nobody" : "1999-12-31";
          for (const value of [...sample, absent]) {
            const expected = project(twin.results.bindings.filter((b) => b[param.name]?.value === value));
            const actual = helperKeys(
              entry,
              entry.run(store, param.kind === "iri" ? DataFactory.namedNode(value) : value),
            );
            expect(actual, `${name}(<${value}>)`).toEqual(expected);
          }
          return;
        }
        // findEntities folds case and accents in JavaScript; the twin lists every (entity, name, alias),
        // and the same folding applied to the twin's rows must give the helper's answer.
        const aliases = [...new Set(twin.results.bindings.map((b) => b.alias?.value ?? ""))].sort();
        const step = Math.max(1, Math.floor(aliases.length / sampleSize));
        const probes = aliases
          .filter((_, i) => i % step === 0)
          .flatMap((a) => [a, a.toUpperCase(), a.normalize("NFD")]);
        for (const probe of [...probes, "no such name", ""]) {
          const wanted = foldName(probe);
          const expected = new Set(
            twin.results.bindings
              .filter((b) => wanted !== "" && foldName(b.alias?.value ?? "") === wanted)
              .map((b) =>
                rowKey(["entity", "name", "matched"], {
                  entity: b.entity as SparqlJsonTerm,
                  name: b.name as SparqlJsonTerm,
                  matched: b.alias as SparqlJsonTerm,
                }),
              ),
          );
          const actual = new Set(helperKeys(entry, entry.run(store, probe)));
          expect(actual, `findEntities(${JSON.stringify(probe)})`).toEqual(expected);
        }
      });
    }
  });
}

const article = parseRdf(read("data", "zelensky-aide-neutrality.ttl"), "turtle", "data");
crossCheck("on the article graph", article, 1000);
crossCheck("on a synthetic corpus", generateCorpus(15_000, 7).quads, 25);
