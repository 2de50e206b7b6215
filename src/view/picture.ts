// The picture of one article's graph as SVG: the DOT text of ./dot.ts laid out by Graphviz compiled to
// WebAssembly (@viz-js/viz), then made self-contained and accessible: no XML prolog, doctype or comments,
// `role="img"` with a `<title>` and `<desc>`, and each node's and edge's `<title>` (its tooltip) set to its
// full label. Graphviz is deterministic, so the same graph gives the same bytes.
import type { Quad } from "@rdfjs/types";
import { instance, type Viz } from "@viz-js/viz";
import { NewsgraphError } from "../errors.js";
import { EDGE_STYLE, legendKinds, NODE_STYLE, type Picture, pictureDot, pictureOf } from "./dot.js";

let viz: Promise<Viz> | undefined;
/** One Graphviz instance for the process: instantiating the WebAssembly module is the slow part. */
const graphviz = () => {
  viz ??= instance();
  return viz;
};

/** Text for XML content and attribute values. */
const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Make Graphviz's SVG self-contained and accessible. Works on the exact strings Graphviz writes for the ids
 * the DOT text gave it, and fails loudly if one is missing, rather than guess.
 *
 * @internal
 */
export function finishSvg(svg: string, picture: Picture): string {
  const start = svg.indexOf("<svg");
  if (start < 0) throw new NewsgraphError("invalid-value", "graphviz output", "holds no <svg> element");
  // `&#45;` is how Graphviz writes "-" in names and ids; the character itself means the same in XML.
  let out = svg
    .slice(start)
    .replace(/<!--[\s\S]*?-->\n?/g, "")
    .replace(/&#45;/g, "-");
  const titleId = `picture-${picture.article.slug}-title`;
  const descId = `picture-${picture.article.slug}-desc`;
  const open = out.indexOf(">") + 1;
  const svgTag = out
    .slice(0, open)
    .replace(/\s+xmlns:xlink="[^"]*"/, "")
    .replace(/^<svg/, `<svg role="img" aria-labelledby="${titleId} ${descId}"`);
  out =
    `${svgTag}\n<title id="${titleId}">${xml(`Graph of the article “${picture.article.headline}”`)}</title>\n` +
    `<desc id="${descId}">${xml(picture.summary)}</desc>${out.slice(open)}`;
  // Graphviz titles a node by its DOT name (its id here) and an edge by "from->to"; each becomes its label.
  const retitle = (id: string, classes: string, graphvizName: string, title: string) => {
    const found = `<g id="${id}" class="${classes}">\n<title>${graphvizName}</title>`;
    if (!out.includes(found))
      throw new NewsgraphError(
        "invalid-value",
        `graphviz output, ${classes} ${id}`,
        "is not where the picture put it",
      );
    // A function, so "$&" or "$1" in a label is not read as a replacement pattern.
    out = out.replace(found, () => `<g id="${id}" class="${classes}">\n<title>${xml(title)}</title>`);
  };
  // The background's and the legend's titles are Graphviz's names for them (internal ids): the SVG's own
  // title already names the picture, so the background has none, and the legend is titled "Legend".
  const graphTitle = `<g id="picture-${picture.article.slug}" class="graph" `;
  const at = out.indexOf(graphTitle);
  const ownTitle = `<title>picture-${picture.article.slug}</title>\n`;
  const titleAt = out.indexOf(ownTitle, at);
  if (at < 0 || titleAt < 0 || titleAt > out.indexOf(">", at) + 2)
    throw new NewsgraphError(
      "invalid-value",
      "graphviz output, the graph",
      "is not where the picture put it",
    );
  out = out.slice(0, titleAt) + out.slice(titleAt + ownTitle.length);
  const shown = legendKinds(picture);
  if (shown.nodes.length + shown.edges.length > 0) retitle("legend", "cluster", "cluster_legend", "Legend");
  for (const k of shown.nodes)
    retitle(`legend-node-${k}`, "node legend", `legend-node-${k}`, `Legend: ${NODE_STYLE[k].name}`);
  for (const k of shown.edges) {
    const title = `Legend: ${EDGE_STYLE[k].name}`;
    retitle(`legend-edge-${k}`, "node legend", `legend-edge-${k}`, title);
    retitle(`legend-edge-${k}-to`, "node legend", `legend-edge-${k}-to`, title);
    retitle(`legend-line-${k}`, "edge legend", xml(`legend-edge-${k}->legend-edge-${k}-to`), title);
  }
  for (const n of picture.nodes) retitle(n.id, `node ${n.kind}`, n.id, n.title);
  for (const e of picture.edges) retitle(e.id, `edge ${e.kind}`, xml(`${e.from}->${e.to}`), e.title);
  return out.endsWith("\n") ? out : `${out}\n`;
}

/**
 * The SVG picture of an article's graph (see `graphDot` for what it draws), laid out by Graphviz's `dot`.
 * Self-contained (no external fonts, images or links), `role="img"` with a title and a summary, node ids
 * derived from the IRIs; the same graph gives the same bytes. Throws a NewsgraphError when the graph holds
 * no `schema:NewsArticle` or more than one.
 *
 * @example
 * const svg = await graphPicture(quads); // "<svg role=\"img\" …"
 */
export async function graphPicture(quads: readonly Quad[]): Promise<string> {
  const picture = pictureOf(quads);
  const dot = pictureDot(picture);
  const svg = (await graphviz()).renderString(dot, { format: "svg", engine: "dot" });
  return finishSvg(svg, picture);
}
