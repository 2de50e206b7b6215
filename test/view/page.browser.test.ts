/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The annotated page in a real browser (issue #11, part 2): headless Chromium opens each article's page
// from file:// and checks what a reader sees and does — no errors and no requests, every statement and
// quotation marked with its anchor's text, details on selection, filters that change what is shown,
// keyboard access to every mark, AA contrast and no sideways scrolling on a phone. Screenshots at 390 and
// 1280 px go to test/screenshots/ (git-ignored).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { instance } from "@viz-js/viz";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleView, StatementView } from "../../src/view/model.js";
import { articlePage } from "../../src/view/page.js";
import { committedStore, PREFIXES, ROOT, SLUG, select } from "../helpers.js";
import { launchChromium } from "./browser.js";
import { type PageCase, pageCases } from "./cases.js";

const SHOTS = join(ROOT, "test", "screenshots");
const dir = mkdtempSync(join(tmpdir(), "newsgraph-page-"));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A small Graphviz picture of the hand-written view's speakers and statements (graph cases use the real one). */
async function pictureOf(view: ArticleView): Promise<string> {
  const viz = await instance();
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    ...view.speakers.map((s) => `${q(s.id)} [label=${q(s.node.label)}];`),
    ...view.statements.flatMap((st) => st.speakers.map((s) => `${q(s)} -> ${q(st.id)};`)),
  ];
  return viz.renderString(`digraph G { rankdir=LR; ${lines.join(" ")} }`, { format: "svg" });
}

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

interface Opened {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
  readonly url: string;
}

async function open(view: ArticleView, width: number, from: PageCase): Promise<Opened> {
  let file = from.file;
  if (file === undefined) {
    file = join(dir, `${view.article.slug}-${width}.html`);
    writeFileSync(file, articlePage(view, await (from.picture ?? (() => pictureOf(view)))()));
  }
  return openFile(file, width, 900);
}

/** Open a page file from file://, recording console errors, page errors and every request. */
async function openFile(file: string, width: number, height: number): Promise<Opened> {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: "load" });
  return { page, errors, requests, url };
}

/** What the filter form should show for one choice, computed from the view, independently of the page. */
function expectedMatches(sts: readonly StatementView[], name: string, value: string): StatementView[] {
  return sts.filter((st) => {
    switch (name) {
      case "speaker":
        return st.speakers.includes(value);
      case "outlet":
        return value === "(none)" ? st.outlets.length === 0 : st.outlets.some((o) => o.iri === value);
      case "date":
        if (value === "(none)") return !st.date;
        if (value === "(noday)") return !!st.date && !st.date.day;
        return st.date?.day === value;
      default:
        return value === "(none)" ? st.claimKinds.length === 0 : st.claimKinds.includes(value);
    }
  });
}

/** WCAG contrast of every mark (and its badge and flag) and of every other text on the page. */
async function contrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m?.[1]) return [0, 0, 0, 0];
      const p = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
    };
    const background = (el: Element | null): number[] => {
      const layers: [number, number, number, number][] = [];
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let [R, G, B] = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse()) {
        R = r * a + R * (1 - a);
        G = g * a + G * (1 - a);
        B = b * a + B * (1 - a);
      }
      return [R, G, B];
    };
    const ratio = (fg: number[], bg: number[]) => {
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x) as [number, number];
      return (a + 0.05) / (b + 0.05);
    };
    const fails: string[] = [];
    const check = (what: string, fg: string, bg: number[]) => {
      const r = ratio(parse(fg), bg);
      if (r < 4.5) fails.push(`${what}: ${fg} on rgb(${bg.map(Math.round).join(",")}) is ${r.toFixed(2)}:1`);
    };
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (el.closest("svg, script, style") || el.closest("[hidden]")) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} ${el.getAttribute("data-ref") ?? ""}`;
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? "").trim() !== "");
      if (ownText) check(name, getComputedStyle(el).color, background(el));
      for (const pseudo of ["::before", "::after"]) {
        const s = getComputedStyle(el, pseudo);
        if (s.content === "none" || s.content === "normal" || s.display === "none") continue;
        const bg = parse(s.backgroundColor);
        check(`${name}${pseudo}`, s.color, bg[3] >= 1 ? bg : background(el));
      }
    }
    return fails;
  });
}

const cases = pageCases();

describe("the annotated page in Chromium", () => {
  it("has a case for the hand-written fixture view and for every corpus article", () => {
    expect(cases.map((c) => c.name)).toContain("bridge-talks fixture (hand-written view)");
    expect(cases.length).toBeGreaterThanOrEqual(1);
  });

  describe.each(cases)("$name", (from) => {
    let view: ArticleView;
    let desk: Opened;
    beforeAll(async () => {
      view = from.view();
      desk = await open(view, 1280, from);
    });
    afterAll(async () => {
      await desk?.page.close();
    });

    it("loads without console errors and requests nothing but the file itself", async () => {
      await desk.page.waitForTimeout(100);
      expect(desk.errors).toEqual([]);
      expect(desk.requests).toEqual([desk.url]);
      expect(await desk.page.getAttribute("html", "lang")).toBe(view.article.language);
    });

    it("shows the whole source text, in order, inside the text container", async () => {
      expect(await desk.page.textContent("#ng-text")).toBe(view.article.text);
      const paragraphs = view.article.text.split(/[\r\n]+/).filter((l) => l !== "").length;
      expect(await desk.page.locator("#ng-text > p").count()).toBe(paragraphs);
    });

    it("marks every statement and quotation with an element whose text is its anchor", async () => {
      const marks = await desk.page.evaluate(() => {
        const out: Record<string, { text: string; first: number; label: string }> = {};
        for (const el of document.querySelectorAll<HTMLElement>("#ng-text .mk")) {
          const key = `${el.dataset.kind} ${el.dataset.ref}`;
          const o = out[key] ?? { text: "", first: 0, label: "" };
          o.text += el.textContent;
          if (el.classList.contains("first")) {
            o.first++;
            o.label = el.getAttribute("aria-label") ?? "";
          }
          out[key] = o;
        }
        return out;
      });
      const things = [
        ...view.statements.map((s) => ({ key: `statement ${s.id}`, start: s.start, end: s.end })),
        ...view.quotations.map((q) => ({ key: `quotation ${q.id}`, start: q.start, end: q.end })),
      ];
      expect(things.length).toBeGreaterThan(0);
      for (const t of things) {
        expect(marks[t.key]?.text, t.key).toBe(slice(view.article.text, t.start, t.end));
        expect(marks[t.key]?.first, t.key).toBe(1);
        expect(marks[t.key]?.label, t.key).not.toBe("");
      }
      for (const s of view.spans) expect(marks[`${s.kind} ${s.ref}`], `${s.kind} ${s.ref}`).toBeDefined();
    });

    it("shows each statement's speaker, outlet and date when it is selected with the keyboard", async () => {
      const { page } = desk;
      for (const st of view.statements) {
        await page.focus(`#ng-text .mk.first[data-kind="statement"][data-ref="${st.id}"]`);
        await page.keyboard.press("Enter");
        const details = (await page.textContent("#ng-details")) ?? "";
        expect(await page.isVisible("#ng-details"), st.id).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.id), st.id).toBe("ng-details-h");
        const speakers = st.speakers.map((id) => view.speakers.find((s) => s.id === id)?.node.label);
        for (const label of speakers) expect(details, st.id).toContain(label);
        for (const o of st.outlets) expect(details, st.id).toContain(o.label);
        if (st.outlets.length === 0) expect(details, st.id).toContain("none given");
        expect(details, st.id).toContain(st.date ? (st.date.day ?? "no day given") : "undated");
        expect(details, st.id).toContain(st.node.curie);
        await page.keyboard.press("Escape");
        expect(await page.isVisible("#ng-details"), st.id).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-ref")), st.id).toBe(
          st.id,
        );
      }
    });

    it("lists every other mark on the text under a click, so overlapping ones can each be picked", async () => {
      const { page } = desk;
      const nested = await page.$$eval("#ng-text .mk .mk", (els) =>
        els.map((e) => ({ ref: e.getAttribute("data-ref"), kind: e.getAttribute("data-kind") })),
      );
      for (const n of nested.slice(0, 5)) {
        await page.click(`#ng-text .mk[data-kind="${n.kind}"][data-ref="${n.ref}"]`);
        const others = await page.$$eval("#ng-details-body [data-go]", (bs) => bs.length);
        expect(others, `${n.kind} ${n.ref}`).toBeGreaterThan(0);
        await page.keyboard.press("Escape");
      }
    });

    it("narrows the statements with each filter, hiding the marks and list entries that do not match", async () => {
      const { page } = desk;
      const total = view.statements.length;
      let narrowed = 0;
      for (const name of ["speaker", "outlet", "date", "kind"]) {
        const values = await page.$$eval(`#f-${name} option`, (os) =>
          os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ""),
        );
        expect(values.length, name).toBeGreaterThan(0);
        for (const value of values) {
          await page.selectOption(`#f-${name}`, value);
          const want = expectedMatches(view.statements, name, value);
          expect(await page.textContent("#ng-count"), `${name}=${value}`).toBe(
            `Showing ${want.length} of ${total} statements`,
          );
          const off = await page.$$eval('#ng-text .mk.first.off[data-kind="statement"]', (els) =>
            els.map((e) => e.getAttribute("data-ref")).sort(),
          );
          const ids = new Set(want.map((s) => s.id));
          expect(off, `${name}=${value}`).toEqual(
            view.statements
              .filter((s) => !ids.has(s.id))
              .map((s) => s.id)
              .sort(),
          );
          const hidden = await page.$$eval("li[data-st][hidden]", (els) => els.length);
          if (want.length < total) {
            narrowed++;
            expect(hidden, `${name}=${value}`).toBeGreaterThan(0);
          }
          await page.selectOption(`#f-${name}`, "");
        }
        expect(await page.textContent("#ng-count")).toBe(`Showing all ${total} statements`);
      }
      if (view.speakers.filter((s) => view.statements.some((st) => st.speakers.includes(s.id))).length > 1)
        expect(narrowed).toBeGreaterThan(0);
    });

    it("reaches every mark with Tab after the skip link, and with the arrow keys", async () => {
      const { page } = desk;
      const unique = new Map(view.spans.map((s) => [`${s.kind} ${s.ref} ${s.start} ${s.end}`, s]));
      const all = [...unique.values()].map((s) => `${s.kind} ${s.ref}`).sort();
      await page.reload({ waitUntil: "load" });
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip");
      await page.keyboard.press("Enter");
      const seen: string[] = [];
      for (let i = 0; i < all.length + 5; i++) {
        await page.keyboard.press("Tab");
        const key = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return a?.closest("#ng-text") ? `${a.dataset.kind} ${a.dataset.ref}` : null;
        });
        if (key === null) break;
        seen.push(key);
      }
      expect([...seen].sort()).toEqual(all);
      await page.focus("#ng-text .mk.first");
      const arrows = [await page.evaluate(() => (document.activeElement as HTMLElement).dataset.ref)];
      for (let i = 1; i < seen.length; i++) {
        await page.keyboard.press("ArrowRight");
        arrows.push(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.ref));
      }
      expect(arrows).toEqual(seen.map((k) => k.split(" ")[1]));
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline).not.toBe("none");
    });

    it("highlights both statements of a tension when the tension is selected", async () => {
      const { page } = desk;
      for (const t of view.tensions) {
        await page.click(`.side [data-go="${t.id}"][data-kind="contrast"]`);
        const hl = await page.$$eval("#ng-text .mk.hl", (els) => [
          ...new Set(els.map((e) => e.getAttribute("data-ref"))),
        ]);
        for (const end of [t.first, t.second])
          if (view.statements.some((s) => s.id === end)) expect(hl, t.id).toContain(end);
        expect(await page.textContent("#ng-details"), t.id).toContain(t.kind.label);
        await page.keyboard.press("Escape");
      }
    });

    it("passes WCAG AA contrast for the marks, their badges and flags, and all other text", async () => {
      expect(await contrastFailures(desk.page)).toEqual([]);
      await desk.page.selectOption("#f-speaker", { index: 1 });
      expect(await contrastFailures(desk.page)).toEqual([]);
      await desk.page.selectOption("#f-speaker", "");
    });

    it("fits a 390 px phone without sideways scrolling, and writes screenshots at 390 and 1280 px", async () => {
      const phone = await open(view, 390, from);
      try {
        expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          390,
        );
        // The key to the marks starts folded on a phone and open on a desktop.
        expect(
          await phone.page.evaluate(() => document.querySelector("details.legend")?.hasAttribute("open")),
        ).toBe(false);
        expect(
          await desk.page.evaluate(() => document.querySelector("details.legend")?.hasAttribute("open")),
        ).toBe(true);
        await phone.page.focus('#ng-text .mk.first[data-kind="statement"]');
        await phone.page.keyboard.press("Enter");
        expect(phone.errors).toEqual([]);
        await phone.page.screenshot({ path: join(SHOTS, `${view.article.slug}-390.png`), fullPage: true });
      } finally {
        await phone.page.close();
      }
      await desk.page.focus('#ng-text .mk.first[data-kind="statement"]');
      await desk.page.keyboard.press("Enter");
      await desk.page.screenshot({ path: join(SHOTS, `${view.article.slug}-1280.png`), fullPage: true });
      expect(desk.errors).toEqual([]);
    });
  });
});

// The committed page held to the graph itself, not to the view model it was made from: every statement and
// quotation of data/<slug>.ttl (read with Oxigraph's SPARQL) is a mark whose words are its anchor's oa:exact.
describe("the committed page against its graph", () => {
  it("marks every statement and quotation of the graph, by IRI, with exactly its anchor's words", async () => {
    const store = committedStore();
    const rows = select(
      store,
      `${PREFIXES} SELECT ?node ?kind ?exact WHERE {
        { ?node a ng:Statement BIND("statement" AS ?kind) } UNION { ?node a schema:Quotation BIND("quotation" AS ?kind) }
        ?node ng:anchor/oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?exact .
      }`,
    );
    expect(rows.length).toBeGreaterThan(20);
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(ROOT, "data", `${SLUG}.html`)).href);
      const marks = await page.evaluate(() => {
        const model = JSON.parse(document.getElementById("ng-model")?.textContent ?? "{}") as {
          statements: { id: string; node: { iri: string } }[];
          quotations: { id: string; node: { iri: string } }[];
        };
        const iri = new Map([...model.statements, ...model.quotations].map((x) => [x.id, x.node.iri]));
        const out: Record<string, string> = {};
        for (const el of document.querySelectorAll<HTMLElement>(
          '#ng-text .mk[data-kind="statement"], #ng-text .mk[data-kind="quotation"]',
        )) {
          const key = `${el.dataset.kind} ${iri.get(el.dataset.ref ?? "")}`;
          out[key] = (out[key] ?? "") + el.textContent;
        }
        return out;
      });
      const expected = Object.fromEntries(rows.map((r) => [`${r.kind} ${r.node}`, r.exact]));
      expect(marks).toEqual(expected);
    } finally {
      await page.close();
    }
  });
});

// ── what a new reader found in Chromium (the fresh-user report), each held by a test ───────────────────────

/** "A", "A and B", "A, B and C": how the page should name several things, written out here independently. */
const named = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** Two opening (or two closing) quotation marks in a row, one of them curly: a passage quoted twice over. */
const DOUBLED = /“\s*“|”\s*”|“\s*"|"\s*”/;

/** The page rendered now from the view and its picture (for the committed-file case too), linking the picture. */
async function openFresh(view: ArticleView, width: number, height: number, from: PageCase): Promise<Opened> {
  const file = join(dir, `${view.article.slug}-fresh-${width}.html`);
  const picture = await (from.picture ?? (() => pictureOf(view)))();
  writeFileSync(file, articlePage(view, picture, { pictureFile: `${view.article.slug}.svg` }));
  return openFile(file, width, height);
}

/** Where the selected marks are against the details panel, read in the page (viewport coordinates). */
async function placement(page: Page, groups: readonly string[][]) {
  return page.evaluate((gs) => {
    const rects = (kind: string, ids: string[]) =>
      ids.flatMap((id) =>
        [
          ...document.querySelectorAll(`#ng-text .mk[data-kind="${kind}"][data-ref="${CSS.escape(id)}"]`),
        ].flatMap((e) => [...e.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom }))),
      );
    const panel = document.getElementById("ng-details") as HTMLElement;
    const p = panel.getBoundingClientRect();
    const boxes = gs.map((ids) => {
      const rs = rects(ids[0] as string, ids.slice(1));
      return {
        top: Math.min(...rs.map((r) => r.top)),
        bottom: Math.max(...rs.map((r) => r.bottom)),
        firstLine: rs[0] ?? { top: Number.NaN, bottom: Number.NaN },
      };
    });
    return {
      boxes,
      panelTop: p.top,
      panelHidden: panel.hidden,
      sideways: panel.scrollWidth - panel.clientWidth,
      heading: document.getElementById("ng-details-h")?.textContent ?? "",
      closeLines: (() => {
        const r = document.createRange();
        // its visible word (the rest is for screen readers only)
        r.selectNodeContents(document.getElementById("ng-close")?.firstChild as Node);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      })(),
      text: panel.textContent ?? "",
    };
  }, groups as string[][]);
}

describe.each(cases)("what a new reader reported, on $name", (from) => {
  let view: ArticleView;
  let desk: Opened;
  let phone: Opened;
  beforeAll(async () => {
    view = from.view();
    desk = await openFresh(view, 1280, 900, from);
    phone = await openFresh(view, 390, 844, from);
  });
  afterAll(async () => {
    await desk?.page.close();
    await phone?.page.close();
  });

  it("shows the picture at its natural size, scrolling in its frame, with a keyboard toggle to fit it", async () => {
    const { page } = desk;
    const size = () =>
      page.evaluate(() => {
        const frame = document.getElementById("ng-picture") as HTMLElement;
        const svg = frame.querySelector("svg") as SVGSVGElement;
        const px = (v: string | null) => {
          const m = /^([\d.]+)(pt|px)?$/.exec(v ?? "");
          return m ? Number(m[1]) * (m[2] === "pt" ? 4 / 3 : 1) : Number.NaN;
        };
        return {
          natural: px(svg.getAttribute("width")),
          shown: svg.getBoundingClientRect().width,
          frame: frame.clientWidth,
          frameScroll: frame.scrollWidth,
          pageScroll: document.documentElement.scrollWidth,
          pressed: document.getElementById("ng-fit")?.getAttribute("aria-pressed"),
        };
      });
    const full = await size();
    expect(full.natural).toBeGreaterThan(0);
    expect(full.pressed).toBe("false");
    expect(Math.abs(full.shown - full.natural)).toBeLessThan(1);
    if (full.natural > full.frame) expect(full.frameScroll).toBeGreaterThan(full.frame);
    expect(full.pageScroll).toBeLessThanOrEqual(1280);
    expect((await page.textContent("#ng-fit"))?.trim()).toBe("Fit to width");
    await page.focus("#ng-fit");
    await page.keyboard.press("Space");
    const fitted = await size();
    expect(fitted.pressed).toBe("true");
    expect(fitted.shown).toBeLessThanOrEqual(fitted.frame);
    expect(fitted.frameScroll).toBeLessThanOrEqual(fitted.frame);
    await page.keyboard.press("Enter");
    const back = await size();
    expect(back.pressed).toBe("false");
    expect(Math.abs(back.shown - back.natural)).toBeLessThan(1);
  });

  it("links the picture's own file and still requests nothing but the page", async () => {
    const href = `${view.article.slug}.svg`;
    const link = desk.page.locator(`#ng-graph a[href="${href}"]`);
    expect(await link.textContent()).toBe(`Open the picture alone (${href})`);
    await desk.page.waitForTimeout(100);
    expect(desk.requests).toEqual([desk.url]);
    expect(desk.errors).toEqual([]);
  });

  it("on a phone, keeps each selected statement above the details panel, which never scrolls sideways", async () => {
    const { page } = phone;
    for (const st of view.statements) {
      await page.focus(`#ng-text .mk.first[data-kind="statement"][data-ref="${st.id}"]`);
      await page.keyboard.press("Enter");
      const at = await placement(page, [["statement", st.id]]);
      const box = at.boxes[0];
      expect(at.panelHidden, st.id).toBe(false);
      expect(at.sideways, `${st.id} scrolls sideways by ${at.sideways}px`).toBeLessThanOrEqual(0);
      expect(at.closeLines, `${st.id}: the Close button breaks over lines`).toBe(1);
      expect(box?.firstLine.top, st.id).toBeGreaterThanOrEqual(0);
      expect(box?.firstLine.bottom, st.id).toBeLessThanOrEqual(at.panelTop);
      if (box && box.bottom - box.top < at.panelTop - 16) {
        expect(box.top, st.id).toBeGreaterThanOrEqual(0);
        expect(box.bottom, st.id).toBeLessThanOrEqual(at.panelTop);
      }
      await page.keyboard.press("Escape");
    }
  });

  it("on a phone, shows both statements of a tension above the panel, or the first when both cannot fit", async () => {
    const { page } = phone;
    for (const t of view.tensions) {
      const ends = [t.first, t.second].filter((id) => view.statements.some((s) => s.id === id));
      if (ends.length === 0) continue;
      await page.click(`.side [data-go="${t.id}"][data-kind="contrast"]`);
      const at = await placement(
        page,
        ends.map((id) => ["statement", id]),
      );
      const [first, second] = at.boxes;
      expect(first?.firstLine.top, t.id).toBeGreaterThanOrEqual(0);
      expect(first?.firstLine.bottom, t.id).toBeLessThanOrEqual(at.panelTop);
      const top = Math.min(...at.boxes.map((b) => b.top));
      const bottom = Math.max(...at.boxes.map((b) => b.bottom));
      if (second && bottom - top < at.panelTop - 16) {
        expect(top, t.id).toBeGreaterThanOrEqual(0);
        expect(bottom, t.id).toBeLessThanOrEqual(at.panelTop);
      }
      expect(at.heading, t.id).toBe(`Tension: ${t.kind.label}`);
      await page.keyboard.press("Escape");
    }
  });

  it("names every mark in words a reader can tell apart: headings without ids, all entities, printed words", async () => {
    const { page } = desk;
    // Select every mark in turn (as a click does) and read the panel: heading and the other marks listed.
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("#ng-text .mk.first")].map((m) => {
        m.click();
        const others = [
          ...document.querySelectorAll<HTMLElement>("#ng-details-body > ul:last-child [data-go]"),
        ];
        const listed = document.querySelector("#ng-details-body > h3") ? others : [];
        return {
          kind: m.dataset.kind ?? "",
          ref: m.dataset.ref ?? "",
          label: m.getAttribute("aria-label") ?? "",
          heading: document.getElementById("ng-details-h")?.textContent ?? "",
          others: listed.map((b) => ({ kind: b.dataset.kind, ref: b.dataset.go, text: b.textContent ?? "" })),
        };
      }),
    );
    expect(seen.length).toBeGreaterThan(0);
    const speakers = new Map(view.speakers.map((s) => [s.id, s.node.label]));
    const ids = new Set([
      ...view.statements.map((x) => x.id),
      ...view.quotations.map((x) => x.id),
      ...view.mentions.map((x) => x.id),
      ...view.dates.map((x) => x.id),
      ...view.tensions.map((x) => x.id),
    ]);
    for (const s of seen) {
      const where = `${s.kind} ${s.ref}`;
      for (const word of s.heading.split(/[^\p{L}\p{N}]+/u)) expect(ids.has(word), where).toBe(false);
      expect(s.heading, where).not.toMatch(/^(Statement|Mention|Tension|Date|Verbatim quotation|Event)$/);
      const texts = s.others.map((o) => o.text);
      expect(new Set(texts).size, `${where}: ${texts.join(" | ")}`).toBe(texts.length);
      if (s.kind === "statement") {
        const st = view.statements.find((x) => x.id === s.ref);
        expect(s.heading, where).toBe(
          `Statement by ${named((st?.speakers ?? []).map((id) => speakers.get(id) ?? id))} — ${st?.node.label}`,
        );
      }
      if (s.kind === "mention") {
        const m = view.mentions.find((x) => x.id === s.ref);
        const all = named((m?.entities ?? []).map((e) => e.label));
        expect(s.heading, where).toBe(`Mention of ${all}`);
        expect(s.label, where).toMatch(
          new RegExp(`^Mention of ${all.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ :]`),
        );
      }
      if (s.kind === "contrast") {
        const t = view.tensions.find((x) => x.id === s.ref);
        expect(s.heading, where).toBe(`Tension: ${t?.kind.label}`);
      }
      for (const o of s.others.filter((x) => x.kind === "mention")) {
        const m = view.mentions.find((x) => x.id === o.ref);
        // the same words marked twice in one passage carry their order: "(2nd in this passage)"
        expect(o.text.replace(/ \(\d+(?:nd|rd|th) in this passage\)$/, ""), where).toBe(
          `Mention “${m?.surface}” → ${named((m?.entities ?? []).map((e) => e.label))}`,
        );
      }
    }
    await page.keyboard.press("Escape");
  });

  it("never wraps a passage that brings its own quotation marks in a second pair", async () => {
    const { page } = desk;
    expect(view.article.text).not.toMatch(DOUBLED);
    expect((await page.textContent(".side")) ?? "").not.toMatch(DOUBLED);
    for (const st of view.statements) {
      await page.focus(`#ng-text .mk.first[data-kind="statement"][data-ref="${st.id}"]`);
      await page.keyboard.press("Enter");
      expect((await page.textContent("#ng-details")) ?? "", st.id).not.toMatch(DOUBLED);
      await page.keyboard.press("Escape");
    }
  });

  it("lines up each list's number or bullet with the first line of its button", async () => {
    const { page } = desk;
    await page.focus(`#ng-text .mk.first[data-kind="statement"]`);
    await page.keyboard.press("Enter");
    const buttons = await page.$$eval("li .go", (bs) =>
      bs.map((b) => ({
        display: getComputedStyle(b).display,
        where: `${b.closest("section")?.id ?? ""} ${b.getAttribute("data-go")}`,
      })),
    );
    expect(buttons.length).toBeGreaterThan(0);
    // A block button starts its list item's first line; an inline-block one puts the whole button on one
    // line box, whose baseline (and so the marker) is the button's last line.
    for (const b of buttons) expect(b.display, b.where).toBe("block");
    await page.keyboard.press("Escape");
  });

  it("dims statements a filter leaves out (grey, badge kept, readable) and keeps them selectable", async () => {
    const { page } = desk;
    const speaker = view.speakers.find(
      (s) =>
        view.statements.some((st) => st.speakers.includes(s.id)) &&
        view.statements.some((st) => !st.speakers.includes(s.id)),
    );
    if (!speaker) {
      // One speaker says everything: no speaker filter leaves anything out; the claim-kind filter still can.
      expect(view.statements.every((st) => st.speakers.includes(view.statements[0]?.speakers[0] ?? ""))).toBe(
        true,
      );
      return;
    }
    await page.selectOption("#f-speaker", speaker.id);
    const marks = await page.$$eval('#ng-text .mk.first[data-kind="statement"]', (els) =>
      els.map((e) => ({
        ref: e.getAttribute("data-ref") ?? "",
        off: e.classList.contains("off"),
        background: getComputedStyle(e).backgroundColor,
        badge:
          getComputedStyle(e, "::before").display !== "none" &&
          getComputedStyle(e, "::before").content !== "none",
        tabindex: e.getAttribute("tabindex"),
      })),
    );
    const off = marks.filter((m) => m.off);
    const on = marks.filter((m) => !m.off);
    expect(off.length).toBeGreaterThan(0);
    for (const m of off) {
      expect(m.background, m.ref).not.toBe("rgba(0, 0, 0, 0)");
      for (const o of on) expect(m.background, m.ref).not.toBe(o.background);
      expect(m.badge, m.ref).toBe(true);
      expect(m.tabindex, m.ref).toBe("0");
    }
    expect(await contrastFailures(page)).toEqual([]);
    const first = off[0] as { ref: string };
    await page.focus(`#ng-text .mk.first[data-kind="statement"][data-ref="${first.ref}"]`);
    await page.keyboard.press("Enter");
    expect(await page.isVisible("#ng-details")).toBe(true);
    await page.keyboard.press("Escape");
    await page.selectOption("#f-speaker", "");
  });
});

// A scaffolded article before its statements are written (what `newsgraph new` builds): the page still works.
describe("the page of an article with no statement yet", () => {
  it("loads without errors, says there is no statement, and still marks the mentions", async () => {
    const full = pageCases()
      .find((c) => c.name === SLUG)
      ?.view();
    expect(full).toBeDefined();
    const base = full as ArticleView;
    const kept = new Set(["mention", "date", "headline"]);
    const view: ArticleView = {
      ...base,
      speakers: [],
      statements: [],
      quotations: [],
      tensions: [],
      spans: base.spans.filter((s) => kept.has(s.kind)),
    };
    const opened = await open(view, 1280, { name: "no statement", view: () => view });
    try {
      expect(opened.errors).toEqual([]);
      expect(await opened.page.textContent("#ng-list-h + p")).toBe(
        "The graph records no statement of this article yet.",
      );
      expect(await opened.page.locator('#ng-text .mk[data-kind="mention"]').count()).toBeGreaterThan(0);
      expect(await opened.page.locator('#ng-text .mk[data-kind="statement"]').count()).toBe(0);
      expect(await opened.page.textContent("#ng-text")).toBe(view.article.text);
    } finally {
      await opened.page.close();
    }
  });
});

// ── what a second new reader found in Chromium, each held by a test ─────────────────────────────────────────

/** The text with whitespace collapsed, as excerpts show it. */
const flat = (t: string) => t.replace(/\s+/g, " ").trim();

/** Where an excerpt in a string is cut inside a word of the text: the words before each "…" must end a word of
 *  the text, and the words after the "…" of a "head … tail" excerpt must start one. */
function cutsInsideWords(s: string, text: string): string[] {
  const t = flat(text);
  const bad: string[] = [];
  const pieces = s.split("…");
  for (let i = 0; i + 1 < pieces.length; i++) {
    const line = (pieces[i] ?? "").split(/\n/).at(-1) ?? "";
    const head = line
      .replace(/[\s“”"]+$/u, "")
      .split(/\s+/)
      .slice(-3)
      .join(" ")
      .replace(/^.*[“"(:]\s*/u, "");
    if (head !== "" && !new RegExp(`${escapeRe(head)}(?![\\p{L}\\p{N}])`, "u").test(t)) bad.push(`${head}|…`);
    const after = pieces[i + 1] ?? "";
    if (line.endsWith(" ") && after.startsWith(" ")) {
      const tail = (after.split(/\n/)[0] ?? "")
        .trim()
        .split(/\s+/)
        .slice(0, 3)
        .join(" ")
        .replace(/[”"].*$/u, "");
      if (tail !== "" && !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(tail)}`, "u").test(t))
        bad.push(`…|${tail}`);
    }
  }
  return bad;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(cases)("what a second new reader reported, on $name", (from) => {
  let view: ArticleView;
  let desk: Opened;
  beforeAll(async () => {
    view = from.view();
    desk = await openFresh(view, 1280, 900, from);
  });
  afterAll(async () => {
    await desk?.page.close();
  });

  /** Select a mark as a keyboard user does and read the panel. */
  const pick = async (kind: string, ref: string) => {
    const { page } = desk;
    await page.focus(`#ng-text .mk.first[data-kind="${kind}"][data-ref="${ref}"]`);
    await page.keyboard.press("Enter");
    return page.evaluate(() => {
      const body = document.getElementById("ng-details-body") as HTMLElement;
      // every list whose entries lead somewhere (other marks, tensions, statements, quotations), by entry text
      const lists = [...body.querySelectorAll("ul, ol")]
        .filter((l) => l.querySelector(":scope > li > [data-go], :scope > li > span > [data-go]"))
        .map((l) => [...l.children].map((li) => li.textContent ?? ""));
      const rows = [...body.querySelectorAll("dt")].map((dt) => {
        const dd = dt.nextElementSibling as HTMLElement;
        return {
          name: dt.textContent ?? "",
          text: dd.textContent ?? "",
          codes: [...dd.querySelectorAll("code")].map((c) => c.textContent ?? ""),
          styles: [...dd.querySelectorAll<HTMLElement>(".passage, .quote")].map((e) => ({
            cls: e.className,
            text: e.textContent ?? "",
            italic: getComputedStyle(e).fontStyle,
          })),
        };
      });
      return {
        heading: document.getElementById("ng-details-h")?.textContent ?? "",
        lists,
        rows,
        text: document.getElementById("ng-details")?.textContent ?? "",
      };
    });
  };

  it("tells every two statements apart: their accessible names, panel headings and list entries", async () => {
    const { page } = desk;
    const names = await page.$$eval('#ng-text .mk.first[data-kind="statement"]', (els) =>
      els.map((e) => ({ ref: e.getAttribute("data-ref") ?? "", label: e.getAttribute("aria-label") ?? "" })),
    );
    expect(names.length).toBe(view.statements.length);
    expect(new Set(names.map((n) => n.label)).size, names.map((n) => n.label).join("\n")).toBe(names.length);
    const headings: string[] = [];
    for (const st of view.statements) {
      expect(names.find((n) => n.ref === st.id)?.label, st.id).toContain(st.node.label);
      const seen = await pick("statement", st.id);
      headings.push(seen.heading);
      expect(seen.heading, st.id).toContain(st.node.label);
      for (const l of seen.lists) expect(new Set(l).size, `${st.id}: ${l.join(" | ")}`).toBe(l.length);
      await page.keyboard.press("Escape");
    }
    expect(new Set(headings).size, headings.join("\n")).toBe(headings.length);
    for (const t of view.tensions) {
      await page.click(`.side [data-go="${t.id}"][data-kind="contrast"]`);
      const lists = await page.$$eval("#ng-details-body ul", (ls) =>
        ls.map((l) => [...l.children].map((li) => li.textContent ?? "")),
      );
      for (const l of lists) expect(new Set(l).size, `${t.id}: ${l.join(" | ")}`).toBe(l.length);
      await page.keyboard.press("Escape");
    }
    // Statements by speaker, the tensions and the timeline: within each list, no two entries read alike.
    const side = await page.$$eval(".side ol, .side ul", (ls) =>
      ls.map((l) =>
        [...l.children].filter((li) => !(li as HTMLElement).hidden).map((li) => li.textContent ?? ""),
      ),
    );
    expect(side.length).toBeGreaterThan(0);
    for (const l of side) expect(new Set(l).size, l.join(" | ")).toBe(l.length);
    const entries = await page.$$eval("#ng-list-h ~ .group li[data-st] > .go", (bs) =>
      bs.map((b) => b.textContent),
    );
    for (const st of view.statements) expect(entries, st.id).toContain(st.node.label);
  });

  it("lists the IRI of every entity a mention refers to, in the order of its Entities row", async () => {
    for (const m of view.mentions) {
      const seen = await pick("mention", m.id);
      const entities = m.entities.length ? m.entities : [m.entity];
      const row = seen.rows.find((r) => r.name.startsWith("Entity IRI"));
      expect(row?.name, m.id).toBe(entities.length > 1 ? "Entity IRIs" : "Entity IRI");
      expect(row?.codes, m.id).toEqual(entities.map((e) => e.curie));
      const listed = seen.rows.find((r) => r.name.startsWith("Entit") && !r.name.includes("IRI"));
      const at = entities.map((e) => listed?.text.indexOf(e.label) ?? -1);
      expect(at, m.id).toEqual([...at].sort((a, b) => a - b));
      await desk.page.keyboard.press("Escape");
    }
  });

  it("sets a statement's words off upright and unquoted; only a verbatim quotation is in italics and quotes", async () => {
    for (const st of view.statements) {
      const seen = await pick("statement", st.id);
      const text = seen.rows.find((r) => r.name === "Text");
      expect(text?.styles, st.id).toEqual([
        { cls: "passage", text: slice(view.article.text, st.start, st.end), italic: "normal" },
      ]);
      await desk.page.keyboard.press("Escape");
    }
    for (const q of view.quotations) {
      const seen = await pick("quotation", q.id);
      const row = seen.rows.find((r) => r.name === "Quotation");
      expect(row?.styles[0]?.italic, q.id).toBe("italic");
      expect(row?.styles[0]?.text, q.id).toContain(q.text);
      expect(row?.styles[0]?.text, q.id).not.toMatch(DOUBLED);
      await desk.page.keyboard.press("Escape");
    }
  });

  it("cuts every excerpt at a word boundary, in accessible names, the side lists and the panel", async () => {
    const { page } = desk;
    const texts: string[] = await page.$$eval("#ng-text .mk.first", (els) =>
      els.map((e) => e.getAttribute("aria-label") ?? ""),
    );
    texts.push((await page.textContent(".side")) ?? "");
    const marks = await page.$$eval("#ng-text .mk.first", (els) =>
      els.map((e) => [e.getAttribute("data-kind") ?? "", e.getAttribute("data-ref") ?? ""]),
    );
    for (const [kind, ref] of marks) {
      texts.push((await pick(kind as string, ref as string)).text);
      await page.keyboard.press("Escape");
    }
    const cut = texts.filter((t) => t.includes("…"));
    expect(texts.length).toBeGreaterThan(marks.length);
    const bad = cut.flatMap((t) => cutsInsideWords(t, view.article.text));
    expect(bad).toEqual([]);
  });

  it("says in a filtered-out statement's accessible name that the filters leave it out, and only while they do", async () => {
    const { page } = desk;
    const labels = () =>
      page.$$eval(
        '#ng-text .mk.first[data-kind="statement"], #ng-text .mk.first[data-kind="quotation"]',
        (els) =>
          els.map((e) => ({ off: e.classList.contains("off"), label: e.getAttribute("aria-label") ?? "" })),
      );
    const before = await labels();
    for (const l of before) expect(l.label).not.toContain("left out");
    let dimmed = 0;
    for (const name of ["speaker", "kind"]) {
      const values = await page.$$eval(`#f-${name} option`, (os) =>
        os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ""),
      );
      for (const value of values) {
        await page.selectOption(`#f-${name}`, value);
        for (const l of await labels()) {
          expect(l.label.endsWith(", left out by the filters"), `${name}=${value}: ${l.label}`).toBe(l.off);
          if (l.off) dimmed++;
        }
        await page.selectOption(`#f-${name}`, "");
      }
    }
    expect(await labels()).toEqual(before);
    if (view.statements.length > 1) expect(dimmed).toBeGreaterThan(0);
  });
});
