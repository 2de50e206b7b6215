// The test corpus: every article of the release (ARTICLES) plus the fixture articles under test/fixtures/
// (never in data/). Data-contract tests run over each of them, and the corpus tests over their union.
import { readFileSync } from "node:fs";
import type { Quad } from "@rdfjs/types";
import { readReleaseInput } from "../../src/cli/files.js";
import { articleGraph, inGraph } from "../../src/export/graphs.js";
import type { ArticleModule } from "../../src/index.js";
import { ARTICLES, buildRelease, type Release } from "../../src/index.js";
import { astralReport } from "../fixtures/astral/astral-report.js";
import { laterReport } from "../fixtures/later-report/later-report.js";
import { ROOT } from "../helpers.js";

/** An article of the corpus: its module and its source text. */
export interface CorpusArticle {
  readonly module: ArticleModule;
  readonly text: string;
}

const fixtureText = (dir: string, file: string) =>
  readFileSync(new URL(`../fixtures/${dir}/${file}`, import.meta.url), "utf8");

/** The bundled articles, with their committed texts. */
export const BUNDLED: readonly CorpusArticle[] = ARTICLES.map((module) => ({
  module,
  text: readFileSync(`${ROOT}/src/articles/${module.textFile}`, "utf8"),
}));

/** The fixture articles written for the test suite (never released). */
export const FIXTURES: readonly CorpusArticle[] = [
  { module: laterReport, text: fixtureText("later-report", laterReport.textFile) },
  { module: astralReport, text: fixtureText("astral", astralReport.textFile) },
];

/** Every article the data-contract tests run for. */
export const CORPUS: readonly CorpusArticle[] = [...BUNDLED, ...FIXTURES];

/** A release built from some corpus articles (with the package's ontology and shapes). */
export async function releaseOf(articles: readonly CorpusArticle[]): Promise<Release> {
  const input = await readReleaseInput();
  return buildRelease({ ...input, articles });
}

/**
 * Each article's complete graph in its own named graph — what loading the per-article files into one
 * store gives: every shared triple once per article that states it.
 */
export function overlappingGraphs(articles: readonly CorpusArticle[]): Quad[] {
  return articles.flatMap((a) => inGraph(a.module.build(a.text).quads, articleGraph(a.module.slug)));
}
