import type { Quad, Term } from "@rdfjs/types";
import { DataFactory, Writer } from "n3";
import oxigraph from "oxigraph";
import sparqljs from "sparqljs";
import { NewsgraphError } from "../errors.js";

/*
 * SHACL-SPARQL constraints (https://www.w3.org/TR/shacl/#sparql-constraints), the subset newsgraph uses,
 * evaluated with Oxigraph (a runtime dependency anyway) rather than Comunica (100+ MB, many times slower):
 * - `sh:sparql` constraints with `sh:select` on node shapes, and on property shapes that have targets or are
 *   reached through `sh:property` from a node shape (`$PATH` stands for a predicate path, inverse allowed);
 * - prefixes from `sh:prefixes` → `sh:declare` (`sh:prefix`, `sh:namespace`), following `owl:imports`;
 * - focus nodes from `sh:targetClass` (through `rdfs:subClassOf*` in the data graph, which holds the
 *   ontology), `sh:targetNode`, `sh:targetSubjectsOf`, `sh:targetObjectsOf`;
 * - `$this` (and `$currentShape`) pre-bound by a VALUES block the parser injects into the parsed query — the
 *   focus nodes are terms in the syntax tree, never text spliced into the query; as the spec requires,
 *   queries with MINUS, SERVICE or VALUES of their own are refused;
 * - `sh:deactivated true` on the shape or the constraint; `sh:message` with `{$var}` / `{?var}` replaced by
 *   the binding in N-Triples form; `?path` and `?value` from the solution.
 * Not supported: `$shapesGraph`, SPARQL-based targets, ASK validators, `?failure`, `?message` bindings.
 * Blank nodes of the data, and IRIs that SPARQL syntax cannot hold, are given reserved IRIs inside the
 * store (VALUES cannot hold blank nodes) and mapped back in the results. The store loads leniently, so that ill-formed values (a language tag "d")
 * reach the constraints that judge them.
 */

/** One violation of a SPARQL constraint. */
export interface SparqlViolation {
  readonly focusNode: string;
  readonly path: string | undefined;
  readonly value: string | undefined;
  readonly message: string;
  readonly shape: string;
}

const SH = "http://www.w3.org/ns/shacl#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const OWL_IMPORTS = "http://www.w3.org/2002/07/owl#imports";
const SKOLEM = "urn:newsgraph:validate:bnode:";
/**
 * IRIs that SPARQL's IRIREF cannot hold (spaces, "<>", quotes, braces…) get reserved IRIs too: the query
 * text is generated from the syntax tree, and a focus node must never turn into query syntax.
 */
const UNSAFE = "urn:newsgraph:validate:iri:";
const safeIri = (iri: string) => ![...iri].some((c) => c <= " " || '<>"{}|^`\\'.includes(c));
const hex = (s: string) => [...s].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(6, "0")).join("");
const unhex = (s: string) =>
  String.fromCodePoint(...(s.match(/.{6}/g) ?? []).map((h) => Number.parseInt(h, 16)));

type Index = Map<string, Map<string, Term[]>>;

const key = (t: Term): string => `${t.termType}:${t.value}`;

function indexOf(quads: Iterable<Quad>): Index {
  const index: Index = new Map();
  for (const q of quads) {
    const s = key(q.subject);
    const byPredicate = index.get(s) ?? new Map<string, Term[]>();
    index.set(s, byPredicate);
    const objects = byPredicate.get(q.predicate.value) ?? [];
    objects.push(q.object);
    byPredicate.set(q.predicate.value, objects);
  }
  return index;
}

const out = (index: Index, node: Term, predicate: string): Term[] =>
  index.get(key(node))?.get(predicate) ?? [];

const isTrue = (terms: Term[]): boolean => terms.some((t) => t.termType === "Literal" && t.value === "true");

/** The N-Triples form of a term, as messages show it. */
function nt(t: Term): string {
  if (t.termType === "NamedNode") return `<${t.value}>`;
  if (t.termType === "BlankNode") return `_:${t.value}`;
  if (t.termType === "Literal") {
    const text = JSON.stringify(t.value);
    if (t.language) return `${text}@${t.language}`;
    return t.datatype.value === "http://www.w3.org/2001/XMLSchema#string"
      ? text
      : `${text}^^<${t.datatype.value}>`;
  }
  return t.value;
}

/** True when the quads hold any SHACL-SPARQL constraint. */
export function hasSparqlConstraints(shapes: Iterable<Quad>): boolean {
  for (const q of shapes) if (q.predicate.value === `${SH}sparql`) return true;
  return false;
}

/** The shapes without their `sh:sparql` links, for a core-only validator. */
export function withoutSparqlConstraints(shapes: Iterable<Quad>): Quad[] {
  return [...shapes].filter((q) => q.predicate.value !== `${SH}sparql`);
}

function prefixesOf(index: Index, node: Term, into: Record<string, string>, seen: Set<string>): void {
  if (seen.has(key(node))) return;
  seen.add(key(node));
  for (const imported of out(index, node, OWL_IMPORTS)) prefixesOf(index, imported, into, seen);
  for (const declaration of out(index, node, `${SH}declare`)) {
    const prefix = out(index, declaration, `${SH}prefix`)[0]?.value;
    const namespace = out(index, declaration, `${SH}namespace`)[0]?.value;
    if (prefix !== undefined && namespace !== undefined) into[prefix] = namespace;
  }
}

/** A predicate path as SPARQL: an IRI, or `^` and an IRI for an inverse path. */
function pathText(index: Index, path: Term | undefined): string | undefined {
  if (!path) return undefined;
  const iri = (t: Term | undefined): string | undefined =>
    t?.termType === "NamedNode" && /^[^<>"{}|^`\\\s]*$/.test(t.value) ? `<${t.value}>` : undefined;
  if (path.termType === "NamedNode") return iri(path);
  const inverse = iri(out(index, path, `${SH}inversePath`)[0]);
  return inverse === undefined ? undefined : `^${inverse}`;
}

function forbidden(node: unknown, where: string): void {
  if (Array.isArray(node)) {
    for (const n of node) forbidden(n, where);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const type = (node as { type?: unknown }).type;
  if (type === "minus" || type === "service" || type === "values")
    throw new NewsgraphError(
      "invalid-input",
      where,
      `a SHACL-SPARQL query must not use ${String(type).toUpperCase()}`,
    );
  for (const value of Object.values(node)) forbidden(value, where);
}

interface Constraint {
  readonly shape: Term;
  readonly source: Term;
  readonly query: sparqljs.SelectQuery;
  readonly messages: readonly Term[];
  readonly path: Term | undefined;
  readonly targets: readonly Term[];
}

/** The focus nodes a shape's targets select in the store. */
function focusNodes(index: Index, shape: Term, store: InstanceType<typeof oxigraph.Store>): Term[] {
  const found = new Map<string, Term>();
  const add = (t: Term) => found.set(key(skolemise(t)), skolemise(t));
  for (const node of out(index, shape, `${SH}targetNode`)) add(node);
  for (const cls of out(index, shape, `${SH}targetClass`)) {
    const classes = new Map<string, Term>([[key(cls), cls]]);
    for (let todo = [cls]; todo.length > 0; ) {
      const next: Term[] = [];
      for (const c of todo)
        for (const q of store.match(null, DataFactory.namedNode(SUBCLASS) as never, c as never, null))
          if (!classes.has(key(q.subject))) {
            classes.set(key(q.subject), q.subject);
            next.push(q.subject);
          }
      todo = next;
    }
    for (const c of classes.values())
      for (const q of store.match(null, DataFactory.namedNode(RDF_TYPE) as never, c as never, null))
        add(q.subject);
  }
  for (const p of out(index, shape, `${SH}targetSubjectsOf`))
    if (p.termType === "NamedNode") for (const q of store.match(null, p as never, null, null)) add(q.subject);
  for (const p of out(index, shape, `${SH}targetObjectsOf`))
    if (p.termType === "NamedNode") for (const q of store.match(null, p as never, null, null)) add(q.object);
  return [...found.values()];
}

function constraintsOf(shapes: readonly Quad[]): Constraint[] {
  const index = indexOf(shapes);
  // A property shape without targets of its own takes them from the node shapes that point at it.
  const parents = new Map<string, Term[]>();
  for (const q of shapes)
    if (q.predicate.value === `${SH}property`) {
      const list = parents.get(key(q.object)) ?? [];
      list.push(q.subject);
      parents.set(key(q.object), list);
    }
  const constraints: Constraint[] = [];
  const seen = new Set<string>();
  for (const q of shapes) {
    if (q.predicate.value !== `${SH}sparql`) continue;
    const shape = q.subject;
    const source = q.object;
    if (seen.has(`${key(shape)} ${key(source)}`)) continue;
    seen.add(`${key(shape)} ${key(source)}`);
    if (isTrue(out(index, shape, `${SH}deactivated`)) || isTrue(out(index, source, `${SH}deactivated`)))
      continue;
    const where = `shape <${shape.value}>`;
    const select = out(index, source, `${SH}select`)[0];
    if (!select) throw new NewsgraphError("invalid-input", where, "a SPARQL constraint needs sh:select");
    const prefixes: Record<string, string> = {};
    const seenPrefixes = new Set<string>();
    for (const p of out(index, source, `${SH}prefixes`)) prefixesOf(index, p, prefixes, seenPrefixes);
    const path = out(index, shape, `${SH}path`)[0];
    let text = select.value;
    if (text.includes("$PATH")) {
      const sparqlPath = pathText(index, path);
      if (sparqlPath === undefined)
        throw new NewsgraphError("invalid-input", where, "$PATH needs a predicate or inverse path");
      text = text.split("$PATH").join(sparqlPath);
    }
    let parsed: sparqljs.SparqlQuery;
    try {
      parsed = new sparqljs.Parser({ prefixes }).parse(text);
    } catch (error) {
      throw new NewsgraphError(
        "invalid-input",
        where,
        `its SPARQL does not parse: ${(error as Error).message}`,
      );
    }
    if (parsed.type !== "query" || parsed.queryType !== "SELECT")
      throw new NewsgraphError("invalid-input", where, "sh:select must hold a SELECT query");
    forbidden(parsed.where, where);
    const targets =
      out(index, shape, `${SH}path`).length > 0 && !hasTargets(index, shape)
        ? (parents.get(key(shape)) ?? [])
        : [shape];
    constraints.push({
      shape,
      source,
      query: parsed,
      messages: out(index, source, `${SH}message`),
      path,
      targets,
    });
  }
  return constraints;
}

function hasTargets(index: Index, shape: Term): boolean {
  return ["targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"].some(
    (t) => out(index, shape, `${SH}${t}`).length > 0,
  );
}

/** Give blank nodes and unsafe IRIs reserved IRIs, so that they can stand in VALUES; `back` undoes it. */
function skolemise(t: Term): Term {
  if (t.termType === "BlankNode") return DataFactory.namedNode(`${SKOLEM}${t.value}`);
  if (t.termType === "NamedNode" && !safeIri(t.value))
    return DataFactory.namedNode(`${UNSAFE}${hex(t.value)}`);
  if (t.termType === "Literal" && !t.language && !safeIri(t.datatype.value))
    return DataFactory.literal(t.value, DataFactory.namedNode(`${UNSAFE}${hex(t.datatype.value)}`));
  return t;
}
function plain(t: Term): Term {
  if (t.termType === "Literal")
    return DataFactory.literal(t.value, t.language ? t.language : DataFactory.namedNode(t.datatype.value));
  if (t.termType === "NamedNode") return DataFactory.namedNode(t.value);
  return t;
}
function back(t: Term): Term {
  if (t.termType === "NamedNode" && t.value.startsWith(SKOLEM))
    return DataFactory.blankNode(t.value.slice(SKOLEM.length));
  if (t.termType === "NamedNode" && t.value.startsWith(UNSAFE))
    return DataFactory.namedNode(unhex(t.value.slice(UNSAFE.length)));
  if (t.termType === "Literal" && t.datatype.value.startsWith(UNSAFE))
    return DataFactory.literal(t.value, DataFactory.namedNode(unhex(t.datatype.value.slice(UNSAFE.length))));
  return plain(t);
}

/**
 * One bulk load (adding quads one by one crosses into WebAssembly per quad), lenient so that the
 * constraints, not the loader, judge ill-formed values such as a language tag "d".
 */
function loadStore(data: Iterable<Quad>): InstanceType<typeof oxigraph.Store> {
  const writer = new Writer({ format: "N-Quads" });
  for (const q of data)
    writer.addQuad(
      DataFactory.quad(
        skolemise(q.subject) as never,
        skolemise(q.predicate) as never,
        skolemise(q.object) as never,
        DataFactory.defaultGraph(),
      ),
    );
  let text = "";
  writer.end((error, result) => {
    if (error) throw error;
    text = result;
  });
  const store = new oxigraph.Store();
  if (text !== "") store.load(text, { format: "application/n-quads", lenient: true, no_transaction: true });
  return store;
}

function substitute(message: string, row: Map<string, Term>): string {
  return message.replace(/\{[$?]([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
    const value = row.get(name);
    return value ? nt(back(value)) : whole;
  });
}

/**
 * Evaluate every SHACL-SPARQL constraint of the shapes on the data (the ontology included, for class
 * targets). Returns the violations, sorted by focus node, message and value.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * const ttl = (file: string) => parseTurtle(readFileSync(file, "utf8"), file);
 * const violations = validateSparqlConstraints(
 *   [...quads, ...ttl("ontology/newsgraph.ttl")], ttl("ontology/newsgraph.shapes.ttl"));
 */
export function validateSparqlConstraints(data: Iterable<Quad>, shapes: Iterable<Quad>): SparqlViolation[] {
  const constraints = constraintsOf([...shapes]);
  if (constraints.length === 0) return [];
  const store = loadStore(data);
  const generator = new sparqljs.Generator();
  const shapeIndex = indexOf([...shapes]);
  const violations: SparqlViolation[] = [];
  for (const c of constraints) {
    const focus = new Map<string, Term>();
    for (const target of c.targets)
      for (const t of focusNodes(shapeIndex, target, store)) focus.set(key(t), t);
    if (focus.size === 0) continue;
    const thisVar = DataFactory.variable("this");
    const values: sparqljs.ValuePatternRow[] = [...focus.values()].map((t) => ({
      "?this": plain(skolemise(t)) as sparqljs.ValuePatternRow[string],
      "?currentShape": plain(skolemise(c.shape)) as sparqljs.ValuePatternRow[string],
    }));
    const query: sparqljs.SelectQuery = {
      ...c.query,
      where: [{ type: "values", values }, ...(c.query.where ?? [])],
    };
    const vars = c.query.variables as readonly { termType?: string; value?: string }[];
    if (!vars.some((v) => v.termType === "Wildcard")) {
      const projected = c.query.variables as sparqljs.Variable[];
      if (!vars.some((v) => v.termType === "Variable" && v.value === "this"))
        query.variables = [thisVar, ...projected];
    }
    let rows: Map<string, Term>[];
    try {
      rows = store.query(generator.stringify(query)) as Map<string, Term>[];
    } catch (error) {
      throw new NewsgraphError(
        "invalid-input",
        `shape <${c.shape.value}>`,
        `its SPARQL constraint cannot run: ${(error as Error).message}`,
      );
    }
    for (const row of rows) {
      const self = row.get("this");
      if (!self) continue;
      const path = row.get("path") ?? (c.path?.termType === "NamedNode" ? c.path : undefined);
      const value = row.get("value");
      const messages = c.messages.map((m) => substitute(m.value, row));
      violations.push({
        focusNode: back(self).value,
        path: path ? back(path).value : undefined,
        value: value ? nt(back(value)) : undefined,
        message: messages.join("; ") || "violates a SPARQL constraint",
        shape: c.shape.value,
      });
    }
  }
  const order = (v: SparqlViolation) =>
    `${v.focusNode}\u0000${v.message}\u0000${v.value ?? ""}\u0000${v.path ?? ""}`;
  return violations.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
