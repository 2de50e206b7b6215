// Time to draw the picture of an article's graph (issue #11): the DOT text alone, the first SVG (which
// instantiates Graphviz's WebAssembly module) and warm SVG renders, for every bundled article.
// Usage: node dist-bench/bench/picture.js [--runs N] [--json]
//   (npx tsc -p tsconfig.bench.json && node dist-bench/bench/picture.js --json)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ARTICLES } from "../src/articles/index.js";
import { graphDot } from "../src/view/dot.js";
import { graphPicture } from "../src/view/picture.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 10;
const json = args.includes("--json");

const time = async (fn: () => unknown) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const results = [];
for (const module of ARTICLES) {
  const quads = module.build(readFileSync(join(ROOT, "src", "articles", module.textFile), "utf8")).quads;
  const firstSvgMs = await time(() => graphPicture(quads));
  const dotMs: number[] = [];
  const svgMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    dotMs.push(await time(() => graphDot(quads)));
    svgMs.push(await time(() => graphPicture(quads)));
  }
  const svg = await graphPicture(quads);
  results.push({
    article: module.slug,
    quads: quads.length,
    runs,
    dotMedianMs: median(dotMs),
    firstSvgMs,
    svgMedianMs: median(svgMs),
    svgMaxMs: Math.max(...svgMs),
    svgBytes: Buffer.byteLength(svg),
  });
}
if (json) console.log(JSON.stringify({ node: process.version, results }, null, 2));
else
  for (const r of results)
    console.log(
      `${r.article}: ${r.quads} quads; DOT ${r.dotMedianMs.toFixed(1)} ms; first SVG ${r.firstSvgMs.toFixed(0)} ms ` +
        `(with Graphviz start-up); SVG ${r.svgMedianMs.toFixed(0)} ms median of ${r.runs}, ${r.svgBytes} bytes`,
    );
