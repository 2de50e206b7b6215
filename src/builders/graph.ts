import type { Literal, NamedNode, Quad, Quad_Object } from "@rdfjs/types";
import { DataFactory, termToId } from "n3";
import { NewsgraphError } from "../errors.js";
import { rdf, xsd } from "../vocab/namespaces.js";
import type { NameOwner } from "./duplicates.js";
import { checkSlug } from "./iri.js";
import type { Kind, Ref } from "./kinds.js";
import { REF_GRAPH } from "./kinds.js";
import { checkText, requireObject } from "./validate.js";

const { quad, literal } = DataFactory;

/** What a node was defined with: each field as it would be emitted, as JSON. */
export type Details = Readonly<Record<string, unknown>>;

interface NodeRecord {
  readonly kind: Kind;
  readonly details: ReadonlyMap<string, string>;
}

const MAX_SHOWN = 80;
const showJson = (json: string) => (json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json);

/** A value of any type, described without calling anything the value could have overridden. */
function describe(value: unknown): string {
  if (typeof value === "string") return showJson(JSON.stringify(value));
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  return typeof value === "symbol" || typeof value === "function" ? `a ${typeof value}` : String(value);
}

/**
 * The context every builder writes into: the article's source text (indexed by Unicode code point),
 * the quads built so far, and a registry of every node minted, so that references can be checked and
 * two different things can never share an IRI. Builders do no I/O; this object is the whole output.
 *
 * @example
 * const g = new GraphBuilder("my-article", "Full text of the article…");
 */
export class GraphBuilder {
  /** The source text split into code points: offsets in anchors index this array. */
  readonly codePoints: readonly string[];
  private readonly quadList: Quad[] = [];
  private unique: readonly Quad[] | undefined;
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly details = new Map<string, unknown>();
  /** How deep in builder calls we are; the outermost call commits or rolls back. */
  private depth = 0;
  /** How to undo what the current outermost builder call registered, newest last. */
  private undo: (() => void)[] = [];
  // ── Names of the named entities built so far, for the duplicate check (src/builders/duplicates.ts) ──
  private readonly ownNames: NameOwner[] = [];
  private readonly warningList: string[] = [];

  constructor(
    readonly articleSlug: string,
    readonly text: string,
  ) {
    checkSlug(articleSlug, "GraphBuilder.articleSlug");
    if (typeof text !== "string") {
      throw new NewsgraphError(
        "invalid-input",
        "GraphBuilder.text",
        `must be a string, got ${describe(text)}`,
      );
    }
    checkText(text, "GraphBuilder.text", true);
    this.codePoints = Array.from(text);
  }

  /**
   * Run one builder call as a unit: if it throws, every quad it added and every node it registered are
   * taken back, so a corrected retry builds the node in full. Nested builder calls join the outer unit.
   */
  atomic<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    const mark = this.quadList.length;
    this.depth = 1;
    this.undo = [];
    try {
      return fn();
    } catch (error) {
      if (this.quadList.length !== mark) {
        this.quadList.length = mark;
        this.unique = undefined;
      }
      for (const step of this.undo.reverse()) step();
      throw error;
    } finally {
      this.depth = 0;
      this.undo = [];
    }
  }

  /** Every quad built, in insertion order and without duplicates. */
  get quads(): readonly Quad[] {
    if (this.unique === undefined) {
      // n3's terms carry a canonical id, so the key costs no parsing of literals.
      const seen = new Set<string>();
      this.unique = this.quadList.filter((q) => {
        const key = `${idOf(q.subject as NamedNode)}\u0001${idOf(q.predicate as NamedNode)}\u0001${idOf(q.object)}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    return this.unique;
  }

  /**
   * Every quad as emitted, duplicates included: for a consumer that keeps each quad once anyway (a
   * store), this skips the deduplication `quads` does.
   */
  get emitted(): readonly Quad[] {
    return this.quadList;
  }

  /** The number of distinct nodes registered so far, by kind. */
  countByKind(): Map<Kind, number> {
    const counts = new Map<Kind, number>();
    for (const { kind } of this.nodes.values()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return counts;
  }

  /**
   * Register a node with the details it is defined by (each field as it would be emitted). Registering the
   * same IRI again with the same kind and the same details is harmless and returns `isNew: false` (nothing
   * to emit: articles re-emit shared entities); a different kind is a `duplicate-iri` error on `slugField`,
   * and different details a `duplicate-iri` error naming the first field that differs (`<field>.<name>`).
   */
  register<K extends Kind>(
    kind: K,
    iri: NamedNode,
    details: Details,
    field: string,
    slugField = `${field}.slug`,
  ): { ref: Ref<K>; isNew: boolean } {
    const ref = { iri, kind, [REF_GRAPH]: this } as Ref<K>;
    const fields = new Map(Object.entries(details).map(([k, v]) => [k, JSON.stringify(v ?? null)]));
    const existing = this.nodes.get(iri.value);
    if (existing === undefined) {
      this.nodes.set(iri.value, { kind, details: fields });
      if (this.depth > 0) this.undo.push(() => this.nodes.delete(iri.value));
      return { ref, isNew: true };
    }
    if (existing.kind !== kind) {
      throw new NewsgraphError(
        "duplicate-iri",
        slugField,
        `<${iri.value}> is already used by a different ${existing.kind}`,
      );
    }
    for (const [name, json] of fields) {
      const before = existing.details.get(name) ?? "null";
      if (before !== json) {
        throw new NewsgraphError(
          "duplicate-iri",
          `${field}.${name}`,
          `<${iri.value}> is already defined with ${name} ${showJson(before)}, not ${showJson(json)}`,
        );
      }
    }
    return { ref, isNew: false };
  }

  /** Check that a reference was built in this graph and is of an allowed kind. */
  check<K extends Kind>(ref: Ref<K>, field: string, allowed?: readonly K[]): NamedNode {
    const iri: unknown = typeof ref === "object" && ref !== null ? ref.iri : undefined;
    const value: unknown =
      typeof iri === "object" && iri !== null ? (iri as { value?: unknown }).value : undefined;
    const record = typeof value === "string" ? this.nodes.get(value) : undefined;
    if (record === undefined || ref[REF_GRAPH] !== this) {
      throw new NewsgraphError(
        "unknown-reference",
        field,
        `refers to ${typeof value === "string" ? `<${value}>` : describe(ref)}, which was not built in this graph`,
      );
    }
    if (record.kind !== ref.kind || (allowed !== undefined && !allowed.includes(record.kind as K))) {
      throw new NewsgraphError(
        "unknown-reference",
        field,
        `<${ref.iri.value}> is a ${record.kind}, expected ${allowed?.join(" or ") ?? ref.kind}`,
      );
    }
    return ref.iri;
  }

  /**
   * What the builders let through but a reader should know: each name of a new entity that matches
   * another entity's name (or nearly), kept apart because the input said `distinctFrom`.
   */
  get warnings(): readonly string[] {
    return [...this.warningList];
  }

  /** Record a warning (taken back if the builder call fails). */
  warn(message: string): void {
    this.warningList.push(message);
    if (this.depth > 0) this.undo.push(() => this.warningList.pop());
  }

  /** The names of every named entity built in this graph so far. */
  namesBuilt(): readonly NameOwner[] {
    return this.ownNames;
  }

  /** Remember the names of a new named entity (taken back if the builder call fails). */
  addNames(owners: readonly NameOwner[]): void {
    this.ownNames.push(...owners);
    if (this.depth > 0) this.undo.push(() => (this.ownNames.length -= owners.length));
  }

  /** Remember builder-side details of a node (e.g. a post's organisation) for later builders. */
  remember(iri: NamedNode, value: unknown): void {
    const had = this.details.has(iri.value);
    const before = this.details.get(iri.value);
    this.details.set(iri.value, value);
    if (this.depth > 0) {
      this.undo.push(() => (had ? this.details.set(iri.value, before) : this.details.delete(iri.value)));
    }
  }

  /** Details remembered for a node, if any. */
  recall<T>(iri: NamedNode): T | undefined {
    return this.details.get(iri.value) as T | undefined;
  }

  /** Add one triple (duplicates are dropped when `quads` is read). */
  add(subject: NamedNode, predicate: NamedNode, object: Quad_Object): void {
    this.quadList.push(quad(subject, predicate, object));
    this.unique = undefined;
  }

  /** Add `subject rdf:type` for each class. */
  type(subject: NamedNode, ...classes: NamedNode[]): void {
    for (const c of classes) this.add(subject, rdf("type"), c);
  }
}

/**
 * Run a public builder: check that `g` is a GraphBuilder and `input` an object of options, then run the
 * body atomically (see `GraphBuilder.atomic`), so a call that throws leaves the graph as it was.
 */
export function build<T>(g: unknown, name: string, input: unknown, body: (g: GraphBuilder) => T): T {
  if (!(g instanceof GraphBuilder)) {
    throw new NewsgraphError("invalid-input", `${name}.g`, `must be a GraphBuilder, got ${describe(g)}`);
  }
  requireObject(input, name);
  return g.atomic(() => body(g));
}

/** Like `build`, for a builder whose arguments are not one object of options. */
export function buildWith<T>(g: unknown, name: string, body: (g: GraphBuilder) => T): T {
  if (!(g instanceof GraphBuilder)) {
    throw new NewsgraphError("invalid-input", `${name}.g`, `must be a GraphBuilder, got ${describe(g)}`);
  }
  return g.atomic(() => body(g));
}

function idOf(term: Quad_Object | NamedNode): string {
  const id = (term as { id?: unknown }).id;
  return typeof id === "string" ? id : termToId(term as never);
}

/** An English-language string literal. */
export function en(text: string): Literal {
  return literal(text, "en");
}

/** A plain xsd:string literal. */
export function str(text: string): Literal {
  return literal(text);
}

/** An xsd:integer literal. */
export function int(n: number): Literal {
  return literal(String(n), xsd("integer"));
}

/** An xsd:nonNegativeInteger literal. */
export function nonNegative(n: number): Literal {
  return literal(String(n), xsd("nonNegativeInteger"));
}

/** An xsd:positiveInteger literal. */
export function positive(n: number): Literal {
  return literal(String(n), xsd("positiveInteger"));
}

/** An xsd:boolean literal. */
export function bool(b: boolean): Literal {
  return literal(String(b), xsd("boolean"));
}

/** An xsd:date literal (the value must already be validated). */
export function dateLiteral(isoDate: string): Literal {
  return literal(isoDate, xsd("date"));
}
