// The views the page's tests run for: the hand-written view of the bridge-talks fixture, and the view read
// from the graph of every corpus article (the bundled article, the later-report and astral fixtures) and of
// the abc-interview and coverage fixtures — so the page works for every article, not only the bundled one.
import { readFileSync } from "node:fs";
import type { Quad } from "@rdfjs/types";
import type { ArticleView } from "../../src/view/model.js";
import { readArticleView } from "../../src/view/read.js";
import { CORPUS } from "../corpus/corpus.js";
import { abcInterview } from "../fixtures/abc-interview/abc-interview.js";
import { ledgerReport } from "../fixtures/coverage/ledger-report.js";
import { radioReport } from "../fixtures/coverage/radio-report.js";
import { bridgeTalksView } from "../fixtures/view/bridge-talks.js";

/** A view to render, named for the test titles; built lazily so a failing build fails its own tests. */
export interface PageCase {
  readonly name: string;
  readonly view: () => ArticleView;
}

interface Source {
  readonly module: {
    readonly slug: string;
    readonly build: (text: string) => { readonly quads: readonly Quad[] };
  };
  readonly text: string;
}

const fixture = (dir: string, file: string) =>
  readFileSync(new URL(`../fixtures/${dir}/${file}`, import.meta.url), "utf8");

/** Every article whose graph the page tests read a view from. */
export const PAGE_ARTICLES: readonly Source[] = [
  ...CORPUS,
  { module: abcInterview, text: fixture("abc-interview", "abc-interview.txt") },
  { module: ledgerReport, text: fixture("coverage", ledgerReport.textFile) },
  { module: radioReport, text: fixture("coverage", radioReport.textFile) },
];

/** Every view the page tests cover. */
export function pageCases(): PageCase[] {
  return [
    { name: "bridge-talks fixture (hand-written view)", view: bridgeTalksView },
    ...PAGE_ARTICLES.map((a) => ({
      name: a.module.slug,
      view: () => readArticleView(a.module.build(a.text).quads, a.text),
    })),
  ];
}
