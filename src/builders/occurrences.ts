/** One occurrence of a phrase in a text: code-point offsets (as anchors use them), line and column, context. */
export interface Occurrence {
  /** Start in Unicode code points from the start of the text. */
  readonly start: number;
  /** End in code points, exclusive. */
  readonly end: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in code points from the start of the line. */
  readonly column: number;
  /** Up to `CONTEXT` code points before the phrase, on its line. */
  readonly before: string;
  /** Up to `CONTEXT` code points after the phrase, on its line. */
  readonly after: string;
  /**
   * The narrowest longer phrase of whole words around this occurrence that occurs once in the text and holds
   * the phrase once — what `{ within }` needs — or undefined when the phrase itself occurs once or no such
   * phrase exists on its line (then only `{ occurrence }` says which one).
   */
  readonly within: string | undefined;
}

/** How many code points of context an occurrence shows on each side. */
const CONTEXT = 30;
/** How many words a `within` may add on either side before giving up. */
const MAX_WORDS = 12;

/** UTF-16 offsets of every (overlapping) match of a non-empty needle. */
function unitStarts(haystack: string, needle: string): number[] {
  if (needle === "") return [];
  const starts: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

const count = (haystack: string, needle: string) => unitStarts(haystack, needle).length;
const codePoints = (text: string) => Array.from(text).length;

/** The UTF-16 offsets where words start (left edges) and end (right edges) between `from` and `to`. */
function edges(line: string): { lefts: number[]; rights: number[] } {
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    lefts.push(m.index);
    rights.push(m.index + m[0].length);
  }
  return { lefts, rights };
}

/**
 * The narrowest phrase of whole words, on the occurrence's line, that contains the occurrence, occurs
 * exactly once in the text and holds the phrase exactly once; fewest added words first, then fewest code
 * points, then the one that reaches less far to the left.
 */
function narrowest(text: string, phrase: string, unit: number): string | undefined {
  const lineStart = text.lastIndexOf("\n", unit - 1) + 1;
  const lineEndAt = text.indexOf("\n", unit + phrase.length);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  // A phrase that itself spans lines gets no within: its line is not one line.
  if (text.slice(unit, unit + phrase.length).includes("\n")) return undefined;
  const line = text.slice(lineStart, lineEnd);
  const { lefts, rights } = edges(line);
  const from = unit - lineStart;
  const to = from + phrase.length;
  // Left edges at or before the phrase (nearest first), right edges at or after it (nearest first); the
  // phrase's own edges come first, so a phrase inside a word widens to that word.
  const leftEdges = [from, ...lefts.filter((l) => l < from).reverse()].slice(0, MAX_WORDS + 1);
  const rightEdges = [to, ...rights.filter((r) => r > to)].slice(0, MAX_WORDS + 1);
  let best: { text: string; words: number; length: number; left: number } | undefined;
  for (const [i, left] of leftEdges.entries()) {
    for (const [j, right] of rightEdges.entries()) {
      if (i === 0 && j === 0) continue;
      const candidate = line.slice(left, right);
      const words = i + j;
      const length = codePoints(candidate);
      if (
        best !== undefined &&
        (words > best.words ||
          (words === best.words && (length > best.length || (length === best.length && i >= best.left))))
      )
        continue;
      if (count(text, candidate) === 1 && count(candidate, phrase) === 1)
        best = { text: candidate, words, length, left: i };
    }
  }
  return best?.text;
}

/**
 * Every occurrence of an exact phrase in a text (the first `limit` of them), with code-point offsets,
 * line:column, context, and the narrowest `within` that singles it out (for `findSpan` and `anchorText`).
 *
 * @example
 * occurrences("Russia and Russia’s demand", "Russia")[1]?.within; // "Russia’s"
 */
export function occurrences(text: string, phrase: string, limit = Number.POSITIVE_INFINITY): Occurrence[] {
  const all = unitStarts(text, phrase);
  const starts = all.slice(0, limit);
  const unique = all.length === 1;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return starts.map((unit) => {
    for (let i = text.indexOf("\n", scanned); i >= 0 && i < unit; i = text.indexOf("\n", i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    scanned = unit;
    const start = codePoints(text.slice(0, unit));
    const end = start + codePoints(phrase);
    const lineEndAt = text.indexOf("\n", unit + phrase.length);
    const beforeAll = Array.from(text.slice(lineStart, unit));
    const afterAll = Array.from(text.slice(unit + phrase.length, lineEndAt < 0 ? text.length : lineEndAt));
    return {
      start,
      end,
      line,
      column: beforeAll.length + 1,
      before: beforeAll.slice(-CONTEXT).join(""),
      after: afterAll.slice(0, CONTEXT).join(""),
      within: unique ? undefined : narrowest(text, phrase, unit),
    };
  });
}

/**
 * One occurrence, for a message: `3:14 (code points 120–126) “…before [phrase] after…”`.
 *
 * @example
 * describeOccurrence(occurrences("a Russia b", "Russia")[0]!, "Russia"); // '1:3 (code points 2–8) "a [Russia] b"'
 */
export function describeOccurrence(o: Occurrence, phrase: string): string {
  return `${o.line}:${o.column} (code points ${o.start}–${o.end}) ${JSON.stringify(`${o.before}[${phrase}]${o.after}`)}`;
}

/**
 * The first place a phrase not found as given occurs with other capitals ("russia" → "Russia"), with the
 * words as printed; undefined when it does not, or when case folding would shift offsets (ß, İ).
 *
 * @example
 * withOtherCapitals("Russia said", "russia")?.printed; // "Russia"
 */
export function withOtherCapitals(
  text: string,
  phrase: string,
): (Occurrence & { printed: string }) | undefined {
  const lower = text.toLowerCase();
  const target = phrase.toLowerCase();
  if (lower.length !== text.length || target.length !== phrase.length) return undefined;
  const at = lower.indexOf(target);
  if (at < 0) return undefined;
  const printed = text.slice(at, at + phrase.length);
  const [o] = occurrences(text, printed, 1);
  return o === undefined ? undefined : { ...o, printed };
}
