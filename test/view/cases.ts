// The views the page's tests run for: the hand-written view of the bridge-talks fixture and, once the views
// are read from graphs, every article of the corpus.
import type { ArticleView } from "../../src/view/model.js";
import { bridgeTalksView } from "../fixtures/view/bridge-talks.js";

/** A view to render, named for the test titles; built lazily so a failing build fails its own tests. */
export interface PageCase {
  readonly name: string;
  readonly view: () => ArticleView;
}

/** Every view the page tests cover. */
export function pageCases(): PageCase[] {
  return [{ name: "bridge-talks fixture (hand-written view)", view: bridgeTalksView }];
}
