import type { Literal, NamedNode, Quad, Quad_Object } from "@rdfjs/types";
import { DataFactory, termToId } from "n3";
import { NewsgraphError } from "../errors.js";
import { rdf, xsd } from "../vocab/namespaces.js";
import type { Kind, Ref } from "./kinds.js";
import { REF_GRAPH } from "./kinds.js";

const { quad, literal } = DataFactory;

interface NodeRecord {
  readonly kind: Kind;
  readonly key: string;
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

  constructor(
    readonly articleSlug: string,
    readonly text: string,
  ) {
    this.codePoints = Array.from(text);
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
   * Register a node. Registering the same IRI again with the same kind and the same defining input is
   * harmless and returns `false` (nothing to emit); anything else with that IRI is an error.
   */
  register<K extends Kind>(
    kind: K,
    iri: NamedNode,
    key: string,
    field: string,
  ): { ref: Ref<K>; isNew: boolean } {
    const ref = { iri, kind, [REF_GRAPH]: this } as Ref<K>;
    const existing = this.nodes.get(iri.value);
    if (existing === undefined) {
      this.nodes.set(iri.value, { kind, key });
      return { ref, isNew: true };
    }
    if (existing.kind === kind && existing.key === key) return { ref, isNew: false };
    throw new NewsgraphError(
      "duplicate-iri",
      field,
      `<${iri.value}> is already used by a different ${existing.kind}${existing.kind === kind ? " with other details" : ""}`,
    );
  }

  /** Check that a reference was built in this graph and is of an allowed kind. */
  check<K extends Kind>(ref: Ref<K>, field: string, allowed?: readonly K[]): NamedNode {
    const record = this.nodes.get(ref?.iri?.value ?? "");
    if (ref === undefined || ref === null || ref[REF_GRAPH] !== this || record === undefined) {
      throw new NewsgraphError(
        "unknown-reference",
        field,
        `refers to ${ref?.iri ? `<${ref.iri.value}>` : String(ref)}, which was not built in this graph`,
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

  /** Remember builder-side details of a node (e.g. a post's organisation) for later builders. */
  remember(iri: NamedNode, value: unknown): void {
    this.details.set(iri.value, value);
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

/** An xsd:boolean literal. */
export function bool(b: boolean): Literal {
  return literal(String(b), xsd("boolean"));
}

/** An xsd:date literal (the value must already be validated). */
export function dateLiteral(isoDate: string): Literal {
  return literal(isoDate, xsd("date"));
}
