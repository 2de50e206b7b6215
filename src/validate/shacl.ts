import type { Quad, Term } from "@rdfjs/types";
import rdf from "rdf-ext";
import SHACLValidator from "rdf-validate-shacl";

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

const termText = (t: Term | null | undefined): string | undefined => (t ? t.value : undefined);

/**
 * Validate quads against SHACL shapes. The ontology is added to the data graph so that targets by class
 * reach instances of subclasses. Returns every violation (empty when the data conforms).
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
  // rdf-validate-shacl brings its own RDF/JS environment; passing rdf-ext as its factory throws.
  const validator = new SHACLValidator(rdf.dataset([...shapes]));
  const report = await validator.validate(rdf.dataset([...data, ...ontology]));
  return report.results
    .map((r) => ({
      focusNode: termText(r.focusNode) ?? "",
      path: termText(r.path as Term | null),
      message: r.message.map((m) => m.value).join("; ") || "violates a shape",
      shape: termText(r.sourceShape) ?? "",
    }))
    .sort((a, b) => (a.focusNode + a.message < b.focusNode + b.message ? -1 : 1));
}
