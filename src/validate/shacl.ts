import type { Quad, Term } from "@rdfjs/types";
import rdf from "rdf-ext";
import SHACLValidator from "rdf-validate-shacl";
import { validateSparqlConstraints, withoutSparqlConstraints } from "./sparql-constraints.js";

/** One SHACL violation, flattened for messages and tests. */
export interface ShapeViolation {
  /** The node that violates the shape. */
  readonly focusNode: string;
  /** The property path, when the violation is about a property. */
  readonly path: string | undefined;
  /** The shape's own message (sh:message), or the validator's default. */
  readonly message: string;
  /** The shape that was violated. */
  readonly shape: string;
}

const SH = "http://www.w3.org/ns/shacl#";
const termText = (t: Term | null | undefined): string | undefined => (t ? t.value : undefined);

/**
 * Validate quads against SHACL shapes. The ontology is added to the data graph so that targets by class
 * reach instances of subclasses. SHACL core runs on rdf-validate-shacl; SHACL-SPARQL constraints
 * (`sh:sparql`, the subset described in `sparql-constraints.ts`) run on Oxigraph. Returns every
 * violation (empty when the data conforms), sorted.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * const ttl = (file: string) => parseTurtle(readFileSync(file, "utf8"), file);
 * const violations = await validateShapes(quads, ttl("ontology/newsgraph.shapes.ttl"), ttl("ontology/newsgraph.ttl"));
 */
export async function validateShapes(
  data: Iterable<Quad>,
  shapes: Iterable<Quad>,
  ontology: Iterable<Quad> = [],
): Promise<ShapeViolation[]> {
  const shapeQuads = [...shapes];
  const dataQuads = [...data, ...ontology];
  // rdf-validate-shacl brings its own RDF/JS environment; passing rdf-ext as its factory throws. It knows
  // SHACL core only and throws on sh:sparql, so it sees the shapes without their SPARQL constraints.
  const validator = new SHACLValidator(rdf.dataset(withoutSparqlConstraints(shapeQuads)));
  const report = await validator.validate(rdf.dataset(dataQuads));
  // The shape's own sh:message comes first, as SHACL says; rdf-validate-shacl puts some validators'
  // messages (sh:uniqueLang's "Language … has been used by …") before it.
  const shapeMessages = new Map<string, string[]>();
  for (const q of shapeQuads)
    if (q.predicate.value === `${SH}message` && q.subject.termType === "NamedNode")
      shapeMessages.set(q.subject.value, [...(shapeMessages.get(q.subject.value) ?? []), q.object.value]);
  const core = report.results.map((r) => {
    const shape = termText(r.sourceShape) ?? "";
    return {
      focusNode: termText(r.focusNode) ?? "",
      path: termText(r.path as Term | null),
      message:
        shapeMessages.get(shape)?.join("; ") ||
        r.message.map((m) => m.value).join("; ") ||
        "violates a shape",
      shape,
    };
  });
  const sparql = validateSparqlConstraints(dataQuads, shapeQuads).map(
    ({ focusNode, path, message, shape }) => ({
      focusNode,
      path,
      message,
      shape,
    }),
  );
  const order = (v: ShapeViolation) =>
    `${v.focusNode}\u0000${v.message}\u0000${v.path ?? ""}\u0000${v.shape}`;
  return [...core, ...sparql].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
