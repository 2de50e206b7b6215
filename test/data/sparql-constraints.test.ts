import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { parseTurtle } from "../../src/release/release.js";
import {
  validateSparqlConstraints,
  withoutSparqlConstraints,
} from "../../src/validate/sparql-constraints.js";

const PREFIXES = `
@prefix sh: <http://www.w3.org/ns/shacl#>.
@prefix xsd: <http://www.w3.org/2001/XMLSchema#>.
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#>.
@prefix ex: <https://example.org/>.
`;
const { namedNode, literal: literal_, quad } = DataFactory;
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const ttl = (text: string) => parseTurtle(`${PREFIXES}${text}`, "test");
const DECLARE = `
ex: sh:declare ex:prefix-ex.
ex:prefix-ex sh:prefix "ex"; sh:namespace "https://example.org/"^^xsd:anyURI.
`;

describe("SHACL-SPARQL constraints on Oxigraph", () => {
  const shapes = ttl(`${DECLARE}
    ex:Shape a sh:NodeShape; sh:targetClass ex:Thing; sh:sparql ex:Shape-sparql.
    ex:Shape-sparql a sh:SPARQLConstraint; sh:prefixes ex:;
      sh:message "{$this} has the bad value {?value}"@en;
      sh:select """SELECT $this ?value WHERE { $this ex:p ?value FILTER (?value = "bad") }""".
  `);

  it("pre-binds $this to each focus node, substitutes the message and reports the value", () => {
    const data = ttl(`ex:a a ex:Thing; ex:p "bad". ex:b a ex:Thing; ex:p "good". ex:c ex:p "bad".`);
    expect(validateSparqlConstraints(data, shapes)).toEqual([
      {
        focusNode: "https://example.org/a",
        path: undefined,
        value: '"bad"',
        message: '<https://example.org/a> has the bad value "bad"',
        shape: "https://example.org/Shape",
      },
    ]);
  });

  it("reaches instances of subclasses, and blank nodes as focus nodes", () => {
    const data = ttl(`ex:Sub rdfs:subClassOf ex:Thing. _:x a ex:Sub; ex:p "bad".`);
    const [violation] = validateSparqlConstraints(data, shapes);
    expect(violation?.message).toMatch(/^_:\S+ has the bad value "bad"$/);
  });

  it("skips a deactivated constraint", () => {
    const off = [...shapes, ...ttl(`ex:Shape-sparql sh:deactivated true.`)];
    expect(validateSparqlConstraints(ttl(`ex:a a ex:Thing; ex:p "bad".`), off)).toEqual([]);
  });

  it("takes a property shape's focus nodes from its node shape and puts its path in $PATH", () => {
    const property = ttl(`${DECLARE}
      ex:Node a sh:NodeShape; sh:targetNode ex:a; sh:property ex:Node-p.
      ex:Node-p a sh:PropertyShape; sh:path ex:p; sh:sparql ex:Node-p-sparql.
      ex:Node-p-sparql a sh:SPARQLConstraint; sh:prefixes ex:; sh:message "too long";
        sh:select """SELECT $this ?value WHERE { $this $PATH ?value FILTER (STRLEN(?value) > 3) }""".
    `);
    const found = validateSparqlConstraints(ttl(`ex:a ex:p "long", "ok".`), property);
    expect(found.map((v) => [v.focusNode, v.path, v.value])).toEqual([
      ["https://example.org/a", "https://example.org/p", '"long"'],
    ]);
  });

  it("refuses a query that SHACL-SPARQL forbids (MINUS, VALUES, SERVICE)", () => {
    const minus = ttl(`
      ex:S a sh:NodeShape; sh:targetNode ex:a; sh:sparql ex:S-sparql.
      ex:S-sparql sh:message "m"; sh:select """SELECT $this WHERE { $this ?p ?o MINUS { $this ?p ?o } }""".
    `);
    expect(() => validateSparqlConstraints(ttl(`ex:a ex:p "x".`), minus)).toThrow(/must not use MINUS/);
  });

  it("never splices a focus node into the query text: IRIs and literals with query syntax stay terms", () => {
    const hostile = "https://example.org/a> } . FILTER(false) { <x";
    const literal = 'x" } FILTER(false) { "';
    const data = [
      quad(namedNode(hostile), namedNode(`${RDF}type`), namedNode("https://example.org/Thing")),
      quad(namedNode(hostile), namedNode("https://example.org/p"), literal_("bad")),
      quad(namedNode("https://example.org/l"), namedNode("https://example.org/q"), literal_(literal)),
    ];
    expect(validateSparqlConstraints(data, shapes).map((v) => v.focusNode)).toEqual([hostile]);
    const onLiterals = ttl(`
      ex:L a sh:NodeShape; sh:targetObjectsOf ex:q; sh:sparql ex:L-sparql.
      ex:L-sparql sh:message "seen"; sh:select """SELECT $this WHERE { FILTER (isLiteral($this)) }""".
    `);
    expect(validateSparqlConstraints(data, onLiterals).map((v) => v.focusNode)).toEqual([literal]);
  });

  it("hands the core validator the shapes without their sh:sparql links", () => {
    expect(withoutSparqlConstraints(shapes).some((q) => q.predicate.value.endsWith("#sparql"))).toBe(false);
  });
});
