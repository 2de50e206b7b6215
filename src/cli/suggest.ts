import { distance } from "fastest-levenshtein";

/**
 * The known names closest to a misspelt one (at most two, by edit distance, case-insensitive), for
 * "did you mean …?" messages; none when nothing is close.
 *
 * @example
 * closest("statementBy", ["statementsBy", "statementsOn"]); // ["statementsBy"]
 */
export function closest(word: string, known: readonly string[]): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  return known
    .map((k) => ({ k, d: distance(w, k.toLowerCase()) }))
    .filter((x) => x.d <= limit || x.k.toLowerCase().startsWith(w) || w.startsWith(x.k.toLowerCase()))
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))
    .slice(0, 2)
    .map((x) => x.k);
}

/** " (did you mean a or b?)" or "" when there is no close name. */
export function didYouMean(word: string, known: readonly string[]): string {
  const near = closest(word, known);
  return near.length === 0 ? "" : ` (did you mean ${near.join(" or ")}?)`;
}
