/** What went wrong, as a stable machine-readable code. */
export type NewsgraphErrorCode =
  | "empty-name"
  | "invalid-slug"
  | "anchor-mismatch"
  | "offset-out-of-range"
  | "span-not-found"
  | "ambiguous-span"
  | "unknown-reference"
  | "duplicate-iri"
  | "invalid-date"
  | "invalid-wikidata-id"
  | "invalid-value"
  | "invalid-input"
  | "shape-violation"
  // ── the catalogue and the duplicate check (src/vocab/catalogue.ts, src/builders/duplicates.ts) ──
  /** A new entity's name is (or looks like a misspelling of) a name of another entity. */
  | "duplicate-entity"
  /** A name the catalogue does not know. */
  | "unknown-entity"
  | "io"
  /** The command line itself is wrong (a missing argument, an unknown helper): exit 2 and the usage. */
  | "usage";

/**
 * The one error class newsgraph throws for bad input. Its message always starts with the field (or
 * file and line) it is about, so a user can find the problem without a stack trace.
 *
 * @example
 * try { person(g, { name: " " }); } catch (e) { if (e instanceof NewsgraphError) console.error(e.message); }
 */
export class NewsgraphError extends Error {
  override readonly name = "NewsgraphError";
  constructor(
    readonly code: NewsgraphErrorCode,
    /** The field, path or file:line the error is about. */
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}
