import { NewsgraphError } from "../errors.js";

/** The longest name or one-line text a builder accepts, in code points. */
export const MAX_TEXT = 1000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls other than tab and line breaks, DEL and the C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Bidi embeddings, overrides and isolates reorder the text around a name when it is displayed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\t\n\r\u2028\u2029\u0085]/;
// Invisible characters that make two names look alike and differ: zero-width space, (non-)joiners,
// directional marks, word joiner and invisible operators, byte-order mark, variation selectors, tags, the
// Hangul fillers and the braille blank (Unicode's default-ignorable code points and a few look-alikes).
// Allowed in running text only.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u115F\u1160\u3164\uFFA0\u2800]/u;

const shown = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

const typeName = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;

/** A number, boolean or null as written; anything else by its type. */
const scalar = (value: unknown): string =>
  value === null || typeof value === "number" || typeof value === "boolean" ? String(value) : typeName(value);

/**
 * Check that a string can be held by RDF and read back: well-formed UTF-16 (no lone surrogate), no control
 * characters (tab and line breaks only where `multiline`), no bidi overrides.
 */
export function checkText(value: string, field: string, multiline = false): string {
  if (LONE_SURROGATE.test(value)) {
    throw new NewsgraphError("invalid-value", field, `${shown(value)} contains a lone surrogate`);
  }
  const control = CONTROL.exec(value) ?? (multiline ? null : LINE_BREAK.exec(value));
  if (control !== null) {
    const code = control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    throw new NewsgraphError(
      "invalid-value",
      field,
      `${shown(value)} contains the control character U+${code}`,
    );
  }
  if (!multiline && BIDI_CONTROL.test(value)) {
    throw new NewsgraphError(
      "invalid-value",
      field,
      `${shown(value)} contains a bidi embedding, override or isolate character`,
    );
  }
  const invisible = multiline ? null : INVISIBLE.exec(value);
  if (invisible !== null) {
    const code = invisible[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    throw new NewsgraphError(
      "invalid-value",
      field,
      `${shown(value)} contains the invisible character U+${code}`,
    );
  }
  return value;
}

/** A trimmed, non-empty one-line name of printable characters, or a NewsgraphError naming the field. */
export function requireName(value: unknown, field: string): string {
  if (typeof value !== "string") {
    throw new NewsgraphError(
      "empty-name",
      field,
      value === undefined ? "is missing" : `must be a string, got ${typeName(value)}`,
    );
  }
  const trimmed = value.trim();
  if (trimmed === "") throw new NewsgraphError("empty-name", field, "must not be empty or whitespace");
  if (trimmed !== value) {
    throw new NewsgraphError("empty-name", field, `${shown(value)} has leading or trailing whitespace`);
  }
  checkText(value, field);
  // Counted in code points, as MAX_TEXT says (an astral character is two UTF-16 units); checkText has
  // refused lone surrogates, so every low surrogate ends a pair.
  const length =
    value.length <= MAX_TEXT ? value.length : value.length - (value.match(/[\uDC00-\uDFFF]/g)?.length ?? 0);
  if (length > MAX_TEXT) {
    throw new NewsgraphError(
      "invalid-value",
      field,
      `is ${length} characters long; at most ${MAX_TEXT} are accepted`,
    );
  }
  return value;
}

/** A plain object of options (not null, not an array), or a NewsgraphError naming the field. */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new NewsgraphError(
      "invalid-input",
      field,
      value === undefined ? "is missing" : `must be an object, got ${typeName(value)}`,
    );
  }
  return value as Record<string, unknown>;
}

/** An array (possibly empty), or a NewsgraphError naming the field. */
export function requireArray<T>(value: unknown, field: string): readonly T[] {
  if (!Array.isArray(value)) {
    throw new NewsgraphError(
      "invalid-input",
      field,
      value === undefined ? "is missing" : `must be an array, got ${typeName(value)}`,
    );
  }
  // A sparse array ([, x]) has holes that map() and forEach() skip: they would slip past every check.
  for (let i = 0; i < value.length; i++)
    if (!(i in value)) throw new NewsgraphError("invalid-input", `${field}[${i}]`, "is a hole in the array");
  return value as readonly T[];
}

/** An optional array: undefined gives an empty list. */
export function optionalArray<T>(value: unknown, field: string): readonly T[] {
  return value === undefined ? [] : requireArray<T>(value, field);
}

/** An optional boolean, or a NewsgraphError naming the field. */
export function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value !== undefined && typeof value !== "boolean") {
    throw new NewsgraphError("invalid-input", field, `must be true or false, got ${typeName(value)}`);
  }
  return value;
}

/**
 * Look a key up in a table by its own properties only, so "constructor" or "__proto__" are unknown
 * values, never something inherited from Object.prototype.
 */
export function lookup<T extends object>(table: T, value: unknown, field: string, what: string): keyof T {
  if (typeof value !== "string" || !Object.hasOwn(table, value)) {
    throw new NewsgraphError(
      "invalid-value",
      field,
      `unknown ${what} ${typeof value === "string" ? shown(value) : typeName(value)} (one of ${Object.keys(table).join(", ")})`,
    );
  }
  return value as keyof T;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Check an ISO 8601 calendar date (YYYY-MM-DD) that exists, from 0001-01-01 to 9999-12-31: "2022-02-30" and
 * "2022-13-01" are rejected.
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
      `${typeof value === "string" ? shown(value) : scalar(value)} is not a date of the form YYYY-MM-DD`,
    );
  }
  // Pure arithmetic: Date.UTC maps the years 0–99 to 1900–1999.
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new NewsgraphError("invalid-date", field, `${value} is not a day of the calendar`);
  }
  return value as string;
}

/** Milliseconds at midnight UTC of a validated ISO date (years below 100 included). */
function utc(value: string): Date {
  const [y, mo, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y, mo - 1, d);
  return date;
}

/** The weekday (0 = Sunday) of a validated ISO date. */
export function weekday(value: string): number {
  return utc(value).getUTCDay();
}

/** Add a number of days to a validated ISO date (the result may fall outside 0001–9999). */
export function addDays(value: string, days: number): string {
  const d = utc(value);
  d.setUTCDate(d.getUTCDate() + days);
  const y = d.getUTCFullYear();
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${y < 0 ? `-${pad(-y, 4)}` : pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Check a Wikidata item id: `Q` followed by digits, no leading zero.
 *
 * @example
 * wikidataId("Q212", "wikidata"); // "Q212"
 */
export function wikidataId(value: unknown, field: string): string {
  if (typeof value !== "string" || !/^Q[1-9][0-9]{0,11}$/.test(value)) {
    throw new NewsgraphError(
      "invalid-wikidata-id",
      field,
      `${typeof value === "string" ? JSON.stringify(value) : typeName(value)} is not a Wikidata id (Q<digits>)`,
    );
  }
  return value;
}

// What N-Triples' IRIREF excludes: controls, space, <>"{}|^` and backslash; plus a scheme in front.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\\u007F-\u009F]/;
const IRI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

// N-Triples' IRIREF: no controls, space, <>"{}|^` or backslash.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const IRIREF_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/;

/**
 * Whether a string is an absolute IRI as RDF's syntaxes write it: a scheme, then nothing N-Triples'
 * IRIREF excludes (controls, space, `<>"{}|^\``, backquote). The one test of IRI syntax the package's
 * readers share; the builders add their own stricter policy on top.
 *
 * @example
 * isAbsoluteIri("https://w3id.org/newsgraph/id/state/russia"); // true
 */
export function isAbsoluteIri(value: string): boolean {
  return IRI_SCHEME.test(value) && !IRIREF_FORBIDDEN.test(value);
}

/**
 * Check an absolute IRI that every RDF syntax can write and read back: a scheme, no spaces, controls or
 * `<>"{}|^\`` and backquote, no lone surrogates.
 */
export function absoluteIri(value: unknown, field: string): string {
  if (typeof value !== "string") {
    throw new NewsgraphError("invalid-value", field, `must be an IRI string, got ${typeName(value)}`);
  }
  const bad = IRI_FORBIDDEN.exec(value);
  if (!isAbsoluteIri(value) || bad !== null || LONE_SURROGATE.test(value) || value.length > 4096) {
    throw new NewsgraphError(
      "invalid-value",
      field,
      `${shown(value)} is not an absolute IRI${bad === null ? "" : ` (it contains ${JSON.stringify(bad[0])})`}`,
    );
  }
  return value;
}

/**
 * Check an absolute http(s) URL and return it normalised by the WHATWG URL parser ("http://example.com"
 * becomes "http://example.com/"; a URL already in normal form is returned unchanged).
 */
export function httpUrl(value: unknown, field: string): string {
  const iri = absoluteIri(value, field);
  let href: string | undefined;
  try {
    const u = new URL(iri);
    if ((u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "") href = u.href;
  } catch {
    href = undefined;
  }
  if (href === undefined) {
    throw new NewsgraphError("invalid-value", field, `${shown(iri)} is not an absolute http(s) URL`);
  }
  return absoluteIri(href, field);
}
