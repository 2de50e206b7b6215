// A release with a second article must keep its data contract (issue #10: registering a second article
// once failed 51 tests that assumed one). The release is built in memory from ARTICLES plus the
// later-report fixture (never written to data/) and the same per-article checks the data tests run over
// data/ (article-contract.ts) run over each of its articles.
import { beforeAll, describe, expect, it } from "vitest";
import type { Release } from "../../src/index.js";
import { contractProblems, type PublishedArticle, publishedArticles } from "./article-contract.js";
import { BUNDLED, type CorpusArticle, FIXTURES, releaseOf } from "./corpus.js";

const later = FIXTURES.find((f) => f.module.slug === "later-report-fixture") as CorpusArticle;

describe("a release of the bundled articles plus a second, fixture article", () => {
  let release: Release;
  let articles: PublishedArticle[];
  beforeAll(async () => {
    release = await releaseOf([...BUNDLED, later]);
    articles = publishedArticles(release.files);
  }, 180_000);

  it("publishes every article's Turtle and text", () => {
    expect(articles.map((a) => a.slug)).toEqual(
      [...BUNDLED.map((a) => a.module.slug), later.module.slug].sort(),
    );
  });

  it("keeps the data contract for each of its articles", () => {
    expect(articles.length).toBeGreaterThan(1);
    for (const article of articles) expect(contractProblems(article), article.slug).toEqual([]);
  });

  it("would report a broken article: an anchor read against another article's text", () => {
    const [a, b] = articles;
    if (a === undefined || b === undefined) throw new Error("fewer than two articles");
    expect(contractProblems({ ...a, text: b.text }).length).toBeGreaterThan(0);
  });
});
