import { describe, expect, it } from "vitest";
import { organisation, outlet, person, state, unnamedAgent } from "../../src/builders/agent.js";
import { anchor, anchorText, findSpan } from "../../src/builders/anchor.js";
import { article } from "../../src/builders/article.js";
import { cameo, topic } from "../../src/builders/concept.js";
import { resolvedDate, resolveWeekday } from "../../src/builders/date.js";
import type { Ref } from "../../src/builders/kinds.js";
import { mention } from "../../src/builders/mention.js";
import { territory } from "../../src/builders/place.js";
import { statement } from "../../src/builders/statement.js";
import { isoDate } from "../../src/builders/validate.js";
import { NewsgraphError } from "../../src/errors.js";
import { graphOver } from "../helpers.js";

/** Run `fn` and return the NewsgraphError it throws (failing the test if it throws nothing else). */
function caught(fn: () => unknown): NewsgraphError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(NewsgraphError);
    return error as NewsgraphError;
  }
  throw new Error("expected a NewsgraphError, but nothing was thrown");
}

describe("names", () => {
  it("rejects an empty name and names the field", () => {
    const e = caught(() => person(graphOver("x"), { name: "" }));
    expect(e.code).toBe("empty-name");
    expect(e.message).toBe("person.name: must not be empty or whitespace");
  });

  it("rejects a whitespace-only name", () => {
    const e = caught(() => state(graphOver("x"), { name: " \t\n" }));
    expect(e.message).toBe("state.name: must not be empty or whitespace");
  });

  it("rejects an empty alternative name with its index", () => {
    const e = caught(() => person(graphOver("x"), { name: "Ihor Zhovkva", altNames: ["Zhovkva", " "] }));
    expect(e.message).toBe("person.altNames[1]: must not be empty or whitespace");
  });

  it("rejects a description of an unnamed agent that is only whitespace", () => {
    const g = graphOver("x");
    const israel = state(g, { name: "Israel" });
    const e = caught(() => unnamedAgent(g, { description: "   ", affiliation: israel }));
    expect(e.message).toBe("unnamedAgent.description: must not be empty or whitespace");
  });
});

describe("text anchors", () => {
  const text = "Zelensky said: “no” 🇺🇦 and Zhovka agreed.";

  it("counts offsets in Unicode code points, so text after an emoji anchors correctly", () => {
    const g = graphOver(text);
    const span = findSpan(g, "Zhovka");
    // "🇺🇦" is two code points but four UTF-16 units: code-point offsets are 2 less than string indexes.
    expect(text.indexOf("Zhovka")).toBe(span.start + 2);
    expect(() => anchor(g, { ...span, exact: "Zhovka" })).not.toThrow();
  });

  it("rejects an anchor whose exact text is not at its offsets", () => {
    const g = graphOver(text);
    const e = caught(() => anchor(g, { start: 0, end: 8, exact: "Zelenskyy" }));
    expect(e.code).toBe("anchor-mismatch");
    expect(e.message).toBe('anchor.exact: "Zelenskyy" is not the text at 0..8, which reads "Zelensky"');
  });

  it("rejects UTF-16 offsets that split the emoji", () => {
    const g = graphOver(text);
    const at = text.indexOf("Zhovka");
    const e = caught(() => anchor(g, { start: at, end: at + 6, exact: "Zhovka" }));
    expect(e.code).toBe("anchor-mismatch");
  });

  it("rejects an offset outside the text", () => {
    const g = graphOver(text);
    const length = Array.from(text).length;
    const e = caught(() => anchor(g, { start: 10, end: length + 1, exact: "x" }));
    expect(e.code).toBe("offset-out-of-range");
    expect(e.message).toBe(
      `anchor.end: ${length + 1} is outside the text of test-article (0..${length} code points)`,
    );
  });

  it("rejects a negative or fractional offset", () => {
    const g = graphOver(text);
    expect(caught(() => anchor(g, { start: -1, end: 3, exact: "Zel" })).code).toBe("offset-out-of-range");
    expect(caught(() => anchor(g, { start: 0.5, end: 3, exact: "Zel" })).code).toBe("offset-out-of-range");
  });

  it("rejects an empty span", () => {
    const g = graphOver(text);
    const e = caught(() => anchor(g, { start: 3, end: 3, exact: "" }));
    expect(e.message).toBe("anchor.end: end 3 must be greater than start 3");
  });

  it("refuses to guess which of several occurrences is meant", () => {
    const g = graphOver("Russia and Russia");
    const e = caught(() => anchorText(g, "Russia"));
    expect(e.code).toBe("ambiguous-span");
    expect(anchorText(g, "Russia", { occurrence: 2 })).toBeDefined();
  });

  it("refuses an empty `within`, which could never make progress", () => {
    const e = caught(() => findSpan(graphOver(text), "Zhovka", { within: "" }));
    expect(e.code).toBe("span-not-found");
    expect(e.message).toBe("within: must not be empty");
  });

  it("refuses an occurrence that is not a whole number from 1", () => {
    for (const occurrence of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(caught(() => findSpan(graphOver(text), "Zhovka", { occurrence })).where).toBe("occurrence");
    }
  });

  it("reports a phrase that is not in the text", () => {
    const e = caught(() => findSpan(graphOver(text), "Putin"));
    expect(e.message).toBe('exact: "Putin" does not occur in the text of test-article');
  });
});

describe("enumerations and shapes of inputs", () => {
  it("does not take an inherited property for a value", () => {
    const g = graphOver("x");
    for (const type of ["constructor", "toString", "__proto__"]) {
      const e = caught(() => organisation(g, { name: "X", type: type as never }));
      expect(e.code).toBe("invalid-value");
      expect(e.where).toBe("organisation.type");
    }
    expect(caught(() => cameo(g, "constructor" as never)).where).toBe("eventType");
  });

  it("names the field of a missing or wrongly typed input", () => {
    const g = graphOver("x");
    expect(caught(() => person(g, {} as never)).message).toBe("person.name: is missing");
    expect(caught(() => person(g, { name: 5 } as never)).message).toBe(
      "person.name: must be a string, got number",
    );
    expect(caught(() => person(g, null as never)).message).toBe("person: must be an object, got null");
  });
});

describe("references", () => {
  it("rejects a reference built in another graph", () => {
    const g1 = graphOver("Ukraine");
    const g2 = graphOver("Ukraine");
    const ukraine = state(g1, { name: "Ukraine" });
    const a = anchorText(g2, "Ukraine");
    const e = caught(() => mention(g2, ukraine, a));
    expect(e.code).toBe("unknown-reference");
    expect(e.message).toBe(
      "mention.entity[0]: refers to <https://w3id.org/newsgraph/id/state/ukraine>, which was not built in this graph",
    );
  });

  it("rejects a forged reference whose kind does not match what was built", () => {
    const g = graphOver("Crimea");
    const crimea = territory(g, { name: "Crimea" });
    const forged = { ...crimea, kind: "person" } as unknown as Ref<"person">;
    const e = caught(() =>
      statement(g, {
        slug: "s",
        summary: "x",
        speaker: forged,
        mode: "reported",
        anchor: anchorText(g, "Crimea"),
        date: resolvedDate(g, { slug: "d", method: "unstated", rule: "no date" }),
        topics: [topic(g, { name: "t" })],
        about: [],
        polarity: "affirmative",
      }),
    );
    expect(e.code).toBe("unknown-reference");
    expect(e.message).toContain("statement.speaker:");
  });

  it("rejects a territory passed as a speaker at run time too", () => {
    const g = graphOver("Crimea");
    const crimea = territory(g, { name: "Crimea" }) as unknown as Ref<"person">;
    const e = caught(() =>
      statement(g, {
        slug: "s",
        summary: "x",
        speaker: crimea,
        mode: "reported",
        anchor: anchorText(g, "Crimea"),
        date: resolvedDate(g, { slug: "d", method: "unstated", rule: "no date" }),
        topics: [topic(g, { name: "t" })],
        about: [],
        polarity: "affirmative",
      }),
    );
    expect(e.message).toBe(
      "statement.speaker: <https://w3id.org/newsgraph/id/territory/crimea> is a territory, expected person or unnamedAgent or organisation or outlet or state or stateGroup",
    );
  });
});

describe("IRIs", () => {
  it("mints the same IRI for the same name and returns the same node", () => {
    const g = graphOver("x");
    const a = person(g, { name: "Ihor Zhovkva" });
    const b = person(g, { name: "Ihor Zhovkva" });
    expect(a.iri.equals(b.iri)).toBe(true);
    expect(g.quads.filter((q) => q.subject.equals(a.iri) && q.predicate.value.endsWith("#type")).length).toBe(
      3,
    );
  });

  it("rejects two different things with the same IRI", () => {
    const g = graphOver("x");
    state(g, { name: "Georgia", wikidata: "Q230" });
    const e = caught(() => state(g, { name: "Georgia", wikidata: "Q1428" }));
    expect(e.code).toBe("duplicate-iri");
    expect(e.where).toBe("state.wikidata");
    expect(e.message).toBe(
      'state.wikidata: <https://w3id.org/newsgraph/id/state/georgia> is already defined with wikidata "Q230", not "Q1428"',
    );
  });

  it("names the field in which a redefinition differs, and allows an identical one", () => {
    const g = graphOver("x");
    const ukraine = state(g, { name: "Ukraine" });
    unnamedAgent(g, { description: "Ukrainian officials", affiliation: ukraine, plural: true });
    expect(() =>
      unnamedAgent(g, { description: "Ukrainian officials", affiliation: ukraine, plural: true }),
    ).not.toThrow();
    const e = caught(() => unnamedAgent(g, { description: "Ukrainian officials", affiliation: ukraine }));
    expect(e.code).toBe("duplicate-iri");
    expect(e.where).toBe("unnamedAgent.plural");
  });

  it("refuses a name that gives no slug and says to pass `slug`", () => {
    const e = caught(() => person(graphOver("x"), { name: "习近平" }));
    expect(e.code).toBe("invalid-slug");
    expect(e.message).toMatch(/^person\.name: "习近平" gives an empty slug .*pass `slug`$/);
    expect(person(graphOver("x"), { name: "习近平", slug: "xi-jinping" }).iri.value).toMatch(
      /person\/xi-jinping$/,
    );
    expect(person(graphOver("x"), { name: "Зеленський" }).iri.value).toMatch(/person\/zelenskyi$/);
  });

  it("refuses an IRI with a space and accepts a URL without a path", () => {
    const e = caught(() => outlet(graphOver("x"), { name: "X", url: "https://example.com/a b" }));
    expect(e.where).toBe("outlet.url");
    expect(() => outlet(graphOver("x"), { name: "X", url: "http://example.com" })).not.toThrow();
  });

  it("keeps a territory and a state of the same name apart, when told they differ", () => {
    const g = graphOver("x");
    const usState = territory(g, { name: "Georgia" });
    // The same name on another IRI is a duplicate unless the input says it is a different thing.
    expect(caught(() => state(g, { name: "Georgia" })).code).toBe("duplicate-entity");
    const country = state(g, { name: "Georgia", distinctFrom: [usState.iri.value] });
    expect(country.iri.value).not.toBe(usState.iri.value);
  });
});

describe("dates", () => {
  it("rejects a date that is not YYYY-MM-DD", () => {
    const e = caught(() => isoDate("09/03/2022", "datePublished"));
    expect(e.code).toBe("invalid-date");
    expect(e.message).toBe('datePublished: "09/03/2022" is not a date of the form YYYY-MM-DD');
  });

  it("rejects an impossible day", () => {
    expect(caught(() => isoDate("2022-02-30", "d")).message).toBe(
      "d: 2022-02-30 is not a day of the calendar",
    );
    expect(caught(() => isoDate("2022-13-01", "d")).code).toBe("invalid-date");
    expect(caught(() => isoDate("2021-02-29", "d")).code).toBe("invalid-date");
    expect(isoDate("2024-02-29", "d")).toBe("2024-02-29");
  });

  it("accepts every day from 0001-01-01 to 9999-12-31, two-digit years included", () => {
    for (const d of ["0001-01-01", "0099-12-31", "0004-02-29", "9999-12-31"]) expect(isoDate(d, "d")).toBe(d);
    expect(caught(() => isoDate("0000-12-31", "d")).code).toBe("invalid-date");
    expect(caught(() => isoDate("0100-02-29", "d")).code).toBe("invalid-date");
  });

  it("rejects an impossible publication date on an article", () => {
    const g = graphOver("Headline");
    const e = caught(() =>
      article(g, {
        headline: anchorText(g, "Headline"),
        url: "https://example.org/a",
        datePublished: "2022-04-31",
        language: "en",
        publisher: {} as never,
        author: {} as never,
      }),
    );
    expect(e.message).toBe("article.datePublished: 2022-04-31 is not a day of the calendar");
  });

  it("resolves weekdays against the publication date, never forward", () => {
    expect(resolveWeekday("2022-03-09", "Wednesday").date).toBe("2022-03-09");
    expect(resolveWeekday("2022-03-09", "Monday").date).toBe("2022-03-07");
    expect(resolveWeekday("2022-03-09", "Thursday").date).toBe("2022-03-03");
  });

  it("refuses to fill in a day the text does not give", () => {
    const g = graphOver("recently");
    const e = caught(() =>
      resolvedDate(g, { slug: "r", method: "unstated", date: "2022-03-05", rule: "guess" }),
    );
    expect(e.message).toBe("date.date: a date the text does not give must not be filled in");
  });
});

describe("Wikidata ids", () => {
  it.each(["212", "Q", "q212", "Q0212", "Q212 ", "P31", "https://www.wikidata.org/entity/Q212"])(
    "rejects %j",
    (id) => {
      const e = caught(() => state(graphOver("x"), { name: "Ukraine", wikidata: id }));
      expect(e.code).toBe("invalid-wikidata-id");
      expect(e.message).toBe(`state.wikidata: ${JSON.stringify(id)} is not a Wikidata id (Q<digits>)`);
    },
  );

  it("accepts Q followed by digits", () => {
    expect(() => state(graphOver("x"), { name: "Ukraine", wikidata: "Q212" })).not.toThrow();
  });
});
