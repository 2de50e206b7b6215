import type { Term } from "@rdfjs/types";
import { compareForOrder } from "./terms.js";

/**
 * Sort result rows the way SPARQL's ORDER BY does (unbound first, then blank nodes, IRIs, literals;
 * numbers and dates by value), by each key in turn; keys listed in `descending` sort the other way.
 *
 * @example
 * sortRows(timeline(store), ["date", "label"], ["date"]); // ORDER BY DESC(?date) ?label
 */
export function sortRows<T extends object>(
  rows: readonly T[],
  keys: readonly string[],
  descending: readonly string[] = [],
): T[] {
  const terms = (row: T) => row as unknown as Readonly<Record<string, Term | undefined>>;
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const c = compareForOrder(terms(a)[k], terms(b)[k]);
      if (c !== 0) return descending.includes(k) ? -c : c;
    }
    return 0;
  });
}
