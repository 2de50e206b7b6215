import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import rdf from "rdf-ext";
import { Validator } from "shacl-engine";
import { validations as sparqlValidations } from "shacl-engine/sparql.js";
import { describe, expect, it } from "vitest";
import { readReleaseInput } from "../../src/cli/files.js";
import { buildRelease, parseTurtle } from "../../src/release/release.js";
import { validateShapes } from "../../src/validate/shacl.js";
import { ROOT, read } from "../helpers.js";

const shapes = parseTurtle(read("ontology", "newsgraph.shapes.ttl"), "shapes");
const ontology = parseTurtle(read("ontology", "newsgraph.ttl"), "ontology");
const examples = (kind: "invalid" | "valid") =>
  readdirSync(join(ROOT, "ontology", "examples", kind))
    .filter((f) => f.endsWith(".ttl"))
    .sort();
const invalid = examples("invalid");
const valid = examples("valid");
const example = (kind: "invalid" | "valid", file: string) => read("ontology", "examples", kind, file);
const builtArticle = async () => (await buildRelease(await readReleaseInput())).quads;

describe("SHACL shapes", () => {
  it("accept the article graph", async () => {
    expect(await validateShapes(await builtArticle(), shapes, ontology)).toEqual([]);
  });

  it("accept the committed Turtle as parsed back", async () => {
    const committed = parseTurtle(read("data", "zelensky-aide-neutrality.ttl"), "data");
    expect(await validateShapes(committed, shapes, ontology)).toEqual([]);
  });

  it("have at least ten deliberately invalid examples", () => {
    expect(invalid.length).toBeGreaterThanOrEqual(10);
  });

  it.each(invalid)("reject %s with the message it expects", async (file) => {
    const text = example("invalid", file);
    const expected = /^# expect: (.+)$/m.exec(text)?.[1];
    expect(expected, `${file} must say "# expect: <message>"`).toBeDefined();
    const violations = await validateShapes(parseTurtle(text, file), shapes, ontology);
    expect(violations.map((v) => v.message)).toContain(expected);
  });

  it("have deliberately valid examples of what the model tolerates", () => {
    expect(valid.length).toBeGreaterThanOrEqual(4);
  });

  it.each(valid)("accept %s", async (file) => {
    expect(await validateShapes(parseTurtle(example("valid", file), file), shapes, ontology)).toEqual([]);
  });
});

/**
 * A second, independent SHACL engine (shacl-engine, SPARQL through Comunica) must reach the same verdict
 * as the runtime validator (rdf-validate-shacl for core, Oxigraph for SHACL-SPARQL): the same
 * conformance and the same set of (focus node, message) pairs. Two adjustments keep the comparison fair:
 * - shacl-engine 1.1.2 runs the sh:sparql constraints of one shape as one, joining their messages; each
 *   constraint is moved to a shape of its own with the same targets, which SHACL defines as equivalent;
 * - shacl-engine looks rdfs:subClassOf up in the shapes graph, not in the data graph as SHACL says; it
 *   is given the ontology's rdfs:subClassOf triples in both;
 * - both engines see the ontology's rdfs:subClassOf triples and the types of the individuals it declares
 *   (report modes, statuses…), all that class targets and sh:class need, not its classes and properties:
 *   shacl-engine starts a Comunica engine per focus node and SPARQL constraint, and every typed term of the
 *   ontology would be a focus node of the language-tag check.
 */
const SH = "http://www.w3.org/ns/shacl#";
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const TARGETS = ["targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"].map((t) => `${SH}${t}`);
const shapesOneConstraintEach = ((): Quad[] => {
  const sparql = shapes.filter((q) => q.predicate.value === `${SH}sparql`);
  const count = (s: string) => sparql.filter((q) => q.subject.value === s).length;
  const split = sparql.filter((q) => count(q.subject.value) > 1);
  const moved = new Set(split);
  const added = split.flatMap((q) => {
    const shape = rdf.namedNode(`${q.subject.value}--${q.object.value}`);
    return [
      rdf.quad(shape, rdf.namedNode(`${RDF}type`), rdf.namedNode(`${SH}NodeShape`)),
      rdf.quad(shape, rdf.namedNode(`${SH}sparql`), q.object),
      ...shapes
        .filter((t) => t.subject.equals(q.subject) && TARGETS.includes(t.predicate.value))
        .map((t) => rdf.quad(shape, t.predicate, t.object)),
    ];
  });
  return [...shapes.filter((q) => !moved.has(q)), ...(added as Quad[])];
})();
const OWL = "http://www.w3.org/2002/07/owl#";
const OWL_TERMS = ["Class", "ObjectProperty", "DatatypeProperty", "Ontology"].map((t) => `${OWL}${t}`);
const termsOfTheOntology = new Set(
  ontology
    .filter((q) => q.predicate.value === `${RDF}type` && OWL_TERMS.includes(q.object.value))
    .map((q) => q.subject.value),
);
const subClassOf = ontology.filter(
  (q) => q.predicate.value === "http://www.w3.org/2000/01/rdf-schema#subClassOf",
);
const classAxioms = [
  ...subClassOf,
  ...ontology.filter((q) => q.predicate.value === `${RDF}type` && !termsOfTheOntology.has(q.subject.value)),
];

async function secondEngine(data: readonly Quad[]): Promise<string[]> {
  const validator = new Validator(rdf.dataset([...shapesOneConstraintEach, ...subClassOf]), {
    factory: rdf,
    validations: sparqlValidations,
  });
  const report = await validator.validate({ dataset: rdf.dataset([...data, ...classAxioms]) });
  const pairs = report.results.map(
    (r) => `${r.focusNode.term.value} | ${r.message.map((m) => m.value).join("; ")}`,
  );
  return [...new Set<string>(pairs)].sort();
}

async function runtimeEngine(data: readonly Quad[]): Promise<string[]> {
  const violations = await validateShapes(data, shapes, classAxioms);
  return [...new Set(violations.map((v) => `${v.focusNode} | ${v.message}`))].sort();
}

describe("SHACL shapes, checked by a second engine", () => {
  it.each([...invalid.map((f) => ["invalid", f] as const), ...valid.map((f) => ["valid", f] as const)])(
    "agree on %s example %s",
    async (kind, file) => {
      const data = parseTurtle(example(kind, file), file);
      const second = await secondEngine(data);
      expect(second.length === 0).toBe(kind === "valid");
      expect(await runtimeEngine(data)).toEqual(second);
    },
  );

  it("agree on the built article graph", { timeout: 600_000 }, async () => {
    const data = await builtArticle();
    expect(await runtimeEngine(data)).toEqual(await secondEngine(data));
  });
});
