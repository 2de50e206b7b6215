// The views the page's tests run for: the hand-written view of the bridge-talks fixture, and the view read
// from the graph of every corpus article (the bundled article, the later-report and astral fixtures) and of
// the abc-interview and coverage fixtures — so the page works for every article, not only the bundled one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import { parseRdf } from "../../src/store/store.js";
import type { ArticleView } from "../../src/view/model.js";
import { graphPicture } from "../../src/view/picture.js";
import { readArticleView } from "../../src/view/read.js";
import { BUNDLED, CORPUS } from "../corpus/corpus.js";
import { abcInterview } from "../fixtures/abc-interview/abc-interview.js";
import { ledgerReport } from "../fixtures/coverage/ledger-report.js";
import { radioReport } from "../fixtures/coverage/radio-report.js";
import { bridgeTalksView } from "../fixtures/view/bridge-talks.js";
import { ROOT, read } from "../helpers.js";

/** A view to render, named for the test titles; built lazily so a failing build fails its own tests. */
export interface PageCase {
  readonly name: string;
  readonly view: () => ArticleView;
  /** The article's real graph picture (Graphviz), for the cases read from a graph. */
  readonly picture?: () => Promise<string>;
  /** A page already written (the release's own `data/<slug>.html`), opened as it is. */
  readonly file?: string;
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
      picture: () => graphPicture(a.module.build(a.text).quads),
    })),
    // The page the release ships, exactly as committed: what a reader opens from data/.
    ...BUNDLED.map((a) => ({
      name: `data/${a.module.slug}.html (the committed release file)`,
      view: () => readArticleView(parseRdf(read("data", `${a.module.slug}.ttl`), "turtle", "ttl"), a.text),
      picture: () => graphPicture(parseRdf(read("data", `${a.module.slug}.ttl`), "turtle", "ttl")),
      file: join(ROOT, "data", `${a.module.slug}.html`),
    })),
  ];
}
