// Where a phrase occurs, as `newsgraph anchor` and the builders' anchor errors report it: offsets in code
// points (astral characters count once), line:column, and a `within` that findSpan accepts and that
// singles out exactly that occurrence.
import { describe, expect, it } from "vitest";
import { describeOccurrence, occurrences, withOtherCapitals } from "../../src/builders/occurrences.js";
import { findSpan, GraphBuilder, NewsgraphError } from "../../src/index.js";
import { read } from "../helpers.js";

const ASTRAL = read("test", "fixtures", "astral", "astral-report.txt");
const BUNDLED = read("src", "articles", "zelensky-aide-neutrality.txt");

/** The code points of a span, the way anchors read them. */
const at = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

function caught(f: () => unknown): NewsgraphError {
  try {
    f();
  } catch (e) {
    if (e instanceof NewsgraphError) return e;
    throw e;
  }
  throw new Error("expected a NewsgraphError");
}

describe("occurrences", () => {
  it("counts offsets and columns in code points, before and after astral characters", () => {
    const text = "😀 Russia\n🇺🇦 said Russia";
    expect(
      occurrences(text, "Russia").map(({ start, end, line, column }) => [start, end, line, column]),
    ).toEqual([
      [2, 8, 1, 3],
      [17, 23, 2, 9],
    ]);
  });

  it("gives, for every word of the astral fixture and of the bundled article, spans that read the word", () => {
    for (const text of [ASTRAL, BUNDLED]) {
      const words = [...new Set(text.split(/\s+/).filter((w) => w !== ""))];
      for (const word of words)
        for (const o of occurrences(text, word)) expect(at(text, o.start, o.end)).toBe(word);
    }
  });

  it("offers a within that findSpan accepts and that picks out the very same occurrence", () => {
    let checked = 0;
    for (const [slug, text] of [
      ["astral", ASTRAL],
      ["bundled", BUNDLED],
    ] as const) {
      const g = new GraphBuilder(slug, text);
      const words = [...new Set(text.split(/[\s,.“”"]+/).filter((w) => w.length > 1))];
      for (const word of words) {
        const found = occurrences(text, word);
        if (found.length < 2) {
          expect(found.every((o) => o.within === undefined)).toBe(true);
          continue;
        }
        for (const o of found) {
          if (o.within === undefined) continue;
          expect(o.within).toContain(word);
          expect(findSpan(g, word, { within: o.within })).toEqual({ start: o.start, end: o.end });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("gives no within when no longer phrase on the line occurs once", () => {
    const [first, second] = occurrences("same line\nsame line", "same");
    expect(first?.within).toBeUndefined();
    expect(second?.within).toBeUndefined();
  });

  it("keeps the context to the occurrence's line", () => {
    const [o] = occurrences("first line\nthe Russia line\nlast", "Russia");
    expect(o && describeOccurrence(o, "Russia")).toBe('2:5 (code points 15–21) "the [Russia] line"');
  });

  it("finds a phrase written with other capitals", () => {
    expect(withOtherCapitals("Say RUSSIA now", "russia")).toMatchObject({
      printed: "RUSSIA",
      start: 4,
      line: 1,
    });
    expect(withOtherCapitals("Say Russia", "Ukraine")).toBeUndefined();
  });
});

describe("anchor errors say where the phrase occurs", () => {
  it("lists each occurrence of an ambiguous phrase with its position, context and the within that singles it out", () => {
    const g = new GraphBuilder("astral", ASTRAL);
    // A word the astral fixture repeats, with astral characters before it.
    const word = ASTRAL.split(/\s+/).find((w) => w.length > 3 && occurrences(ASTRAL, w).length > 2) ?? "";
    const count = occurrences(ASTRAL, word).length;
    expect(count).toBeGreaterThan(2);
    const e = caught(() => findSpan(g, word));
    expect(e.code).toBe("ambiguous-span");
    expect(e.message).toMatch(
      new RegExp(
        `^exact: "${word}" occurs ${count} times in the text of astral; say which: 1st at \\d+:\\d+ \\(code points \\d+–\\d+\\) "`,
      ),
    );
    for (const o of occurrences(ASTRAL, word).slice(0, 5)) {
      expect(e.message).toContain(describeOccurrence(o, word));
      expect(e.message).toContain(
        o.within === undefined ? "{ occurrence:" : `{ within: ${JSON.stringify(o.within)} }`,
      );
    }
  });

  it("lists the occurrences when the occurrence asked for is not there", () => {
    const g = new GraphBuilder("t", "Russia and Russia");
    expect(caught(() => findSpan(g, "Russia", { occurrence: 3 })).message).toBe(
      'occurrence: "Russia" occurs 2 times in the text of t, not 3: 1st at 1:1 (code points 0–6) "[Russia] and Russia" → { within: "Russia and" }; 2nd at 1:12 (code points 11–17) "Russia and [Russia]" → { within: "and Russia" }',
    );
  });

  it("says where a phrase not found occurs with other capitals", () => {
    const g = new GraphBuilder("t", "Ukraine and Russia");
    expect(caught(() => findSpan(g, "russia")).message).toBe(
      'exact: "russia" does not occur in the text of t ("Russia", with other capitals, occurs at 1:13 (code points 12–18) "Ukraine and [Russia]")',
    );
  });

  it("lists five occurrences and counts the rest", () => {
    const g = new GraphBuilder("t", "a b a c a d a e a f a g a");
    expect(caught(() => findSpan(g, "a")).message).toMatch(/5th at [^;]+; and 2 more$/);
  });
});
