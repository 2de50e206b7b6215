import { NewsgraphError } from "../errors.js";

/** A trimmed, non-empty name, or a NewsgraphError naming the field. */
export function requireName(value: unknown, field: string): string {
  if (typeof value !== "string") {
    throw new NewsgraphError("empty-name", field, `must be a string, got ${typeof value}`);
  }
  const trimmed = value.trim();
  if (trimmed === "") throw new NewsgraphError("empty-name", field, "must not be empty or whitespace");
  if (trimmed !== value) {
    throw new NewsgraphError("empty-name", field, `"${value}" has leading or trailing whitespace`);
  }
  return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Check an ISO 8601 calendar date (YYYY-MM-DD) that exists: "2022-02-30" and "2022-13-01" are rejected.
 *
 * @example
 * isoDate("2022-03-09", "datePublished"); // "2022-03-09"
 */
export function isoDate(value: unknown, field: string): string {
  const m = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (m === null) {
    throw new NewsgraphError(
      "invalid-date",
      field,
      `${JSON.stringify(value)} is not a date of the form YYYY-MM-DD`,
    );
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    throw new NewsgraphError("invalid-date", field, `${value} is not a day of the calendar`);
  }
  return value as string;
}

/** The weekday (0 = Sunday) of a validated ISO date. */
export function weekday(value: string): number {
  return new Date(`${value}T00:00:00Z`).getUTCDay();
}

/** Add a number of days to a validated ISO date. */
export function addDays(value: string, days: number): string {
  const d = new Date(`${value}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Check a Wikidata item id: `Q` followed by digits, no leading zero.
 *
 * @example
 * wikidataId("Q212", "wikidata"); // "Q212"
 */
export function wikidataId(value: unknown, field: string): string {
  if (typeof value !== "string" || !/^Q[1-9][0-9]*$/.test(value)) {
    throw new NewsgraphError(
      "invalid-wikidata-id",
      field,
      `${JSON.stringify(value)} is not a Wikidata id (Q<digits>)`,
    );
  }
  return value;
}

/** Check an absolute http(s) URL. */
export function httpUrl(value: unknown, field: string): string {
  let ok = false;
  if (typeof value === "string") {
    try {
      const u = new URL(value);
      ok = (u.protocol === "http:" || u.protocol === "https:") && u.href === value;
    } catch {
      ok = false;
    }
  }
  if (!ok)
    throw new NewsgraphError(
      "invalid-value",
      field,
      `${JSON.stringify(value)} is not an absolute http(s) URL`,
    );
  return value as string;
}
