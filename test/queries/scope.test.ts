import { describe, expect, it } from "vitest";
import { mintIri, NewsgraphError, NewsStore, verbatimQuotes } from "../../src/index.js";
import { articleText } from "../helpers.js";

describe("an article scope", () => {
  it("refuses what is not an article IRI (a slug from untyped code would otherwise match nothing)", async () => {
    const { zelenskyAideNeutrality } = await import("../../src/articles/index.js");
    const store = new NewsStore(zelenskyAideNeutrality.build(articleText()).quads);
    const rows: [string, unknown, string][] = [
      ["a slug", "zelensky-aide-neutrality", 'got "zelensky-aide-neutrality"'],
      ["a number", 3, "got number"],
    ];
    for (const [, article, tail] of rows) {
      let error: unknown;
      try {
        verbatimQuotes(store, { article } as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NewsgraphError);
      expect((error as Error).message).toMatch(/^options\.article: must be the article's IRI/);
      expect((error as Error).message.endsWith(tail)).toBe(true);
    }
    const scoped = verbatimQuotes(store, { article: mintIri("article", "zelensky-aide-neutrality") });
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped).toEqual(verbatimQuotes(store));
  });
});
