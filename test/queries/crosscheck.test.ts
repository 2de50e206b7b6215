import type { Quad, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { INTEGER_DERIVED_DATATYPES } from "../../src/query/quirks.js";
import { HELPERS, type HelperEntry } from "../../src/query/registry.js";
import type { SparqlJsonResults, SparqlJsonTerm } from "../../src/query/results.js";
import { rowKey } from "../../src/query/results.js";
import { type NameCandidate, rankNameMatches } from "../../src/query/search.js";
import { selectJson } from "../../src/query/sparql.js";
import { oxigraphStore } from "../../src/store/oxigraph.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { read } from "../helpers.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
// Oxigraph 0.5 stores the integer-derived types (xsd:nonNegativeInteger, the type of oa:start/oa:end) as
// xsd:integer; the values are equal, so both sides are compared with that one type.
const datatypeOf = (dt: string) => (INTEGER_DERIVED_DATATYPES.has(dt) ? `${XSD}integer` : dt);

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

/** A SPARQL JSON results term as an RDF/JS term. */
function fromJson(t: SparqlJsonTerm): Term {
  if (t.type === "uri") return DataFactory.namedNode(t.value);
  if (t.type === "bnode") return DataFactory.blankNode(t.value);
  return DataFactory.literal(
    t.value,
    t["xml:lang"] ?? (t.datatype === undefined ? undefined : DataFactory.namedNode(t.datatype)),
  );
}

/** Every IRI in subject or object position, in order: the nodes `describe`-like twins are bound to. */
const nodesOf = (quads: readonly Quad[]) =>
  [
    ...new Set(
      quads.flatMap((q) =>
        [q.subject, q.object].filter((t) => t.termType === "NamedNode").map((t) => t.value),
      ),
    ),
  ].sort();

/** Probes for name search: a name as written, shouted, decomposed, in part, possessive and misspelled. */
function probesFor(alias: string): string[] {
  const words = alias.split(/\s+/).filter((w) => w !== "");
  const misspelt = alias.length >= 6 ? `${alias.slice(0, 3)}${alias.slice(4)}` : alias;
  return [
    alias,
    alias.toUpperCase(),
    alias.normalize("NFD"),
    words[0] ?? "",
    words.at(-1) ?? "",
    `${alias}’s`,
    misspelt,
    `${alias.slice(0, -1)}x`,
  ];
}

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
        const valuesClause = new RegExp(`VALUES \\?${param.name} \\{[^}]*\\}`);
        const text = read("queries", `${entry.twin}.rq`);
        if (param.kind === "iri" && valuesClause.test(text)) {
          // The twin asks about one node in a VALUES clause: bind it to a sample of the graph's nodes.
          const nodes = nodesOf(quads);
          const step = Math.max(1, Math.floor(nodes.length / Math.min(sampleSize, 120)));
          const sample = nodes.filter((_, i) => i % step === 0);
          for (const value of [...sample, "https://w3id.org/newsgraph/id/person/nobody"]) {
            const bound = text.replace(valuesClause, `VALUES ?${param.name} { <${value}> }`);
            const expected = project(selectJson(ox, bound, entry.twin).results.bindings);
            const actual = helperKeys(entry, entry.run(store, DataFactory.namedNode(value)));
            expect(actual, `${name}(<${value}>)`).toEqual(expected);
          }
          return;
        }
        if (param.kind === "iri" || param.kind === "date" || param.kind === "oneOf") {
          const values =
            param.kind === "oneOf"
              ? [...param.values]
              : [...new Set(twin.results.bindings.map((b) => b[param.name]?.value ?? ""))].sort();
          expect(values.length, `${entry.twin} gives no ${param.name} to try`).toBeGreaterThan(0);
          const step = param.kind === "oneOf" ? 1 : Math.max(1, Math.floor(values.length / sampleSize));
          const sample = values.filter((_, i) => i % step === 0);
          const absent =
            param.kind === "iri"
              ? ["https://w3id.org/newsgraph/id/person/nobody"]
              : param.kind === "date"
                ? ["1999-12-31"]
                : [];
          for (const value of [...sample, ...absent]) {
            const expected = project(twin.results.bindings.filter((b) => b[param.name]?.value === value));
            const actual = helperKeys(
              entry,
              entry.run(store, param.kind === "iri" ? DataFactory.namedNode(value) : value),
            );
            expect(actual, `${name}(${JSON.stringify(value)})`).toEqual(expected);
          }
          return;
        }
        // findEntities folds and matches names in JavaScript; the twin lists every (entity, name, alias,
        // via), and the same ranking applied to the twin's rows must give the helper's answer, in order.
        const candidates = twin.results.bindings.map(
          (b) =>
            ({
              entity: fromJson(b.entity as SparqlJsonTerm),
              name: fromJson(b.name as SparqlJsonTerm),
              alias: fromJson(b.alias as SparqlJsonTerm),
              via: fromJson(b.via as SparqlJsonTerm),
            }) as NameCandidate,
        );
        const aliases = [...new Set(candidates.map((c) => c.alias.value))].sort();
        const step = Math.max(1, Math.floor(aliases.length / sampleSize));
        const probes = aliases.filter((_, i) => i % step === 0).flatMap(probesFor);
        for (const probe of [...probes, "no such name", "", "’s"]) {
          const expected = helperKeys(entry, rankNameMatches(probe, candidates) as never);
          const actual = helperKeys(entry, entry.run(store, probe));
          expect(actual, `findEntities(${JSON.stringify(probe)})`).toEqual(expected);
        }
      });
    }
  });
}

const article = parseRdf(read("data", "zelensky-aide-neutrality.ttl"), "turtle", "data");
crossCheck("on the article graph", article, 1000);
crossCheck("on a synthetic corpus", generateCorpus(15_000, 7).quads, 25);
