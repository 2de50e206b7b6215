// Screenshots of each article's page and graph picture in the release (data/ or --data DIR), in headless
// Chromium, at phone (390 px) and desktop (1280 px) widths: into test/screenshots/ (git-ignored), and — with
// --docs — the README's copies into docs/images/. Run by `npm run screenshots` after `npm run build`;
// the README's images are refreshed this way, never by hand. Prints a JSON line per file written.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "./browser.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const args = process.argv.slice(2);
const dataAt = args.indexOf("--data");
const data = resolve(dataAt >= 0 ? (args[dataAt + 1] ?? "data") : join(ROOT, "data"));
const docs = args.includes("--docs");
const out = join(ROOT, "test", "screenshots");
mkdirSync(out, { recursive: true });

/** The README shows the bundled article's page at both widths (with one statement selected) and its picture. */
const README_ARTICLE = "zelensky-aide-neutrality";

const browser = await launchChromium();
try {
  const pages = readdirSync(data)
    .filter((f) => f.endsWith(".html"))
    .sort();
  if (pages.length === 0) throw new Error(`${data}: no <slug>.html page (run npm run build first)`);
  for (const file of pages) {
    const slug = file.slice(0, -".html".length);
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 } });
      await page.goto(pathToFileURL(join(data, file)).href);
      // The page as a reader first sees it, then with the first statement selected.
      const first = join(out, `${slug}-page-${width}.png`);
      await page.screenshot({ path: first });
      await page.locator('#ng-text .mk.first[data-kind="statement"]').first().focus();
      await page.keyboard.press("Enter");
      const selected = join(out, `${slug}-page-${width}-selected.png`);
      await page.screenshot({ path: selected });
      console.log(JSON.stringify({ article: slug, width, files: [first, selected] }));
      await page.close();
    }
    const svg = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    await svg.setContent(
      `<body style="margin:0;background:#fff"><img alt="" style="width:1600px" src="data:image/svg+xml;base64,${Buffer.from(
        await (await import("node:fs/promises")).readFile(join(data, `${slug}.svg`)),
      ).toString("base64")}"></body>`,
    );
    const picture = join(out, `${slug}-graph.png`);
    await svg.screenshot({ path: picture, fullPage: true });
    await svg.close();
    console.log(JSON.stringify({ article: slug, picture }));
    if (docs && slug === README_ARTICLE) {
      const images = join(ROOT, "docs", "images");
      mkdirSync(images, { recursive: true });
      for (const [from, to] of [
        [`${slug}-page-1280-selected.png`, "page-desktop.png"],
        [`${slug}-page-390.png`, "page-phone.png"],
        [`${slug}-graph.png`, "graph.png"],
      ] as const) {
        copyFileSync(join(out, from), join(images, to));
        console.log(JSON.stringify({ readme: join("docs", "images", to), from: join(out, from) }));
      }
    }
  }
} finally {
  await browser.close();
}
