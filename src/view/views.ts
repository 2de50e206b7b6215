import type { ReleasedArticle, ReleaseFile } from "../release/release.js";
import { articlePage } from "./page.js";
import { graphPicture } from "./picture.js";
import { readArticleView } from "./read.js";

/**
 * The files that show one article: `<slug>.html`, its text annotated with the graph (a self-contained page),
 * and `<slug>.svg`, a picture of the graph laid out by Graphviz. Both are made from the article's graph and
 * its source text alone, and are byte-identical for the same graph. Pass it to `buildRelease` as `views`.
 *
 * @example
 * declare const input: ReleaseInput;
 * const release = await buildRelease({ ...input, views: articleViews });
 */
export async function articleViews(article: ReleasedArticle): Promise<readonly ReleaseFile[]> {
  const view = readArticleView(article.quads, article.text);
  const picture = await graphPicture(article.quads);
  return [
    {
      name: `${article.slug}.html`,
      content: articlePage(view, picture, { pictureFile: `${article.slug}.svg` }),
    },
    { name: `${article.slug}.svg`, content: picture },
  ];
}
