import type { Literal, NamedNode, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import type { NewsStore } from "../store/store.js";
import { rdfs, schema, skos } from "../vocab/namespaces.js";
import { Query, v } from "./pattern.js";
import { sortRows } from "./sort.js";
import { termKey } from "./terms.js";

/** One triple around a node: what the node says (outgoing) or what points at it (incoming). */
export interface DescriptionRow {
  /** "outgoing" (the node is the subject) or "incoming" (the node is the object). */
  readonly direction: Literal;
  readonly predicate: NamedNode;
  readonly predicateLabel?: Literal;
  /** The object of an outgoing triple, the subject of an incoming one. */
  readonly other: Term;
  readonly otherLabel?: Literal;
}

/** The columns of `describe`, in order. */
export const DESCRIPTION_COLUMNS = [
  "direction",
  "predicate",
  "predicateLabel",
  "other",
  "otherLabel",
] as const;

/** The label properties, most preferred first: a node's labels are those of the first it has. */
export const LABEL_PROPERTIES: readonly NamedNode[] = [skos("prefLabel"), rdfs("label"), schema("name")];

const OUTGOING = DataFactory.literal("outgoing");
const INCOMING = DataFactory.literal("incoming");

/** A node's labels: its skos:prefLabels, or else its rdfs:labels, or else its schema:names. */
function labeller(store: NewsStore): (term: Term) => Term[] {
  const cache = new Map<string, Term[]>();
  return (term) => {
    if (term.termType !== "NamedNode" && term.termType !== "BlankNode") return [];
    const key = termKey(term);
    let labels = cache.get(key);
    if (labels === undefined) {
      labels = [];
      for (const p of LABEL_PROPERTIES) {
        labels = Query.on(store)
          .where([term, p, v("label")])
          .rows()
          .map((r) => r.label);
        if (labels.length > 0) break;
      }
      cache.set(key, labels);
    }
    return labels;
  };
}

/**
 * Everything the graph says about a node — its outgoing triples — and everything that points at it —
 * the incoming ones — each with the labels of the predicate and of the node at the other end where
 * they have one (skos:prefLabel, else rdfs:label, else schema:name; predicates are labelled when the
 * ontology is loaded too). Outgoing rows first, then by predicate and the other node.
 *
 * @example
 * describe(store, mintIri("person", "ihor-zhovkva")); // his names and post, then what points at him
 */
export function describe(store: NewsStore, node: NamedNode): DescriptionRow[] {
  const labels = labeller(store);
  const rows: Record<string, Term>[] = [];
  const around = (direction: Literal, triples: { predicate: Term; other: Term }[]) => {
    for (const { predicate, other } of triples) {
      const predicateLabels = labels(predicate);
      const otherLabels = labels(other);
      for (const predicateLabel of predicateLabels.length > 0 ? predicateLabels : [undefined]) {
        for (const otherLabel of otherLabels.length > 0 ? otherLabels : [undefined]) {
          const row: Record<string, Term> = { direction, predicate, other };
          if (predicateLabel !== undefined) row.predicateLabel = predicateLabel;
          if (otherLabel !== undefined) row.otherLabel = otherLabel;
          rows.push(row);
        }
      }
    }
  };
  around(
    OUTGOING,
    Query.on(store)
      .where([node, v("predicate"), v("other")])
      .rows(),
  );
  around(
    INCOMING,
    Query.on(store)
      .where([v("other"), v("predicate"), node])
      .rows(),
  );
  return sortRows(
    rows,
    ["direction", "predicate", "other", "predicateLabel", "otherLabel"],
    ["direction"],
  ) as unknown as DescriptionRow[];
}
