// How two names are compared, by every layer that looks names up: the builders' duplicate check, the
// catalogue's look-up and the query helpers' search. Kept here, below all of them, so each folds alike.

/**
 * Fold a name for look-up: no accents, lower case, letters and digits only, single spaces.
 *
 * @example
 * foldName("Zelénskyy!"); // "zelenskyy"
 */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The key two names are compared by: the folded name without the "s" a possessive leaves behind, so
 * "Zhovkva's" and "Zhovkva’s" compare as "zhovkva".
 *
 * @example
 * nameKey("Zhovkva’s"); // "zhovkva"
 */
export function nameKey(name: string): string {
  return foldName(name)
    .split(" ")
    .filter((token, i) => !(i > 0 && token === "s"))
    .join(" ");
}
