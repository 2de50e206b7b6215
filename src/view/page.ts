// The annotated article page (issue #11): one self-contained HTML file — inline CSS and JS, no request of any
// kind — that shows an article's graph over its text. Everything a reader sees without script (the marked
// text, the lists, the timeline, the picture) is rendered here; the client script (./page-script.ts) adds
// selection, the details panel and the filters, reading the view embedded as JSON.
import { NewsgraphError } from "../errors.js";
import { clipLabel, counted } from "./dot.js";
import type { ArticleView, DateInfo, MentionView, NodeRef, SpanView, StatementView } from "./model.js";
import { PAGE_SCRIPT } from "./page-script.js";
import { PAGE_STYLE, PALETTE } from "./page-style.js";

/** Options of `articlePage`. */
export interface ArticlePageOptions {
  /**
   * The picture's own file, relative to the page (`<slug>.svg` beside it): the page then links to it,
   * "Open the picture alone". A plain file name or relative path, without `..`, a scheme or a leading `/`.
   */
  readonly pictureFile?: string;
}

/**
 * One self-contained HTML page of an article's view: the text with every span marked, a details panel, a
 * side panel (statements by speaker, filters, tensions, timeline) and the graph picture. The same view and
 * picture give the same bytes.
 *
 * @param view the article's view model (`readArticleView`).
 * @param picture an SVG document (the graph picture), embedded as it is; an XML prolog before `<svg` is
 *   dropped. It may not run code nor point outside itself. It is shown at its natural size, scrolling in
 *   its frame, with a button that fits it to the column's width.
 * @param options `pictureFile`: the picture's own file beside the page, linked as "Open the picture alone".
 * @throws NewsgraphError when a span falls outside the text or names nothing, when the picture holds a
 *   script, an event handler or an external reference, or is not SVG, or when `pictureFile` is not a plain
 *   relative file name.
 * @example
 * const page = articlePage(readArticleView(quads, text), await graphPicture(quads));
 */
export function articlePage(view: ArticleView, picture: string, options: ArticlePageOptions = {}): string {
  const cps = checkView(view);
  const svg = checkPicture(picture);
  const pictureFile = checkPictureFile(options.pictureFile);
  const ctx = context(view, cps);
  const { article } = view;
  const json = scriptJson(view);
  const aids = scriptJson(textAids(view, ctx));
  return `<!DOCTYPE html>
<html lang="${esc(article.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="newsgraph">
<title>${esc(article.headline)} — newsgraph</title>
<link rel="icon" href="data:,">
<style>${PAGE_STYLE}</style>
</head>
<body>
<a class="skip" href="#ng-text">Skip to the article text</a>
<header class="top wrap">
<p class="kicker">newsgraph · annotated article</p>
<h1>${esc(article.headline)}</h1>
<p class="meta">${metaLine(view)}</p>
</header>
<div class="wrap">
${legend(view, ctx)}
</div>
<div class="layout wrap">
<main id="ng-main">
<section aria-labelledby="ng-text-h">
<h2 id="ng-text-h">Article text</h2>
<p class="sub">Select a marked passage (click, or Tab to it and press Enter) to see what the graph says about it; the arrow keys move between marks and Escape closes the details.</p>
<div id="ng-text" tabindex="-1" lang="${esc(article.language)}">${markedText(view, cps, ctx)}</div>
</section>
${graphSection(view, svg, pictureFile)}
</main>
<aside class="side" aria-label="Statements, tensions and timeline">
${filters(view, ctx)}
${statementList(view, ctx)}
${tensionList(view, ctx)}
${timeline(view, ctx)}
</aside>
</div>
<footer class="wrap">Made by newsgraph from the article's graph and its source text. <code>${esc(article.iri)}</code></footer>
<section id="ng-details" aria-labelledby="ng-details-h" hidden>
<div class="head"><h2 id="ng-details-h" tabindex="-1">Details</h2><button type="button" id="ng-close">Close<span class="sr"> details</span></button></div>
<div id="ng-details-body" aria-live="polite"></div>
</section>
<script type="application/json" id="ng-model">${json}</script>
<script type="application/json" id="ng-aids">${aids}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

// ── checks ──────────────────────────────────────────────────────────────────────────────────────────────

const SPAN_KINDS = new Set(["statement", "quotation", "mention", "date", "contrast", "headline"]);

/** Validate what the page relies on and return the text's code points. */
function checkView(view: ArticleView): string[] {
  const cps = Array.from(view.article.text);
  const n = cps.length;
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(view.article.language))
    throw new NewsgraphError(
      "invalid-value",
      "article.language",
      `"${view.article.language}" is not a language tag (BCP 47, e.g. "en")`,
    );
  const range = (where: string, start: number, end: number) => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start >= end)
      throw new NewsgraphError(
        "offset-out-of-range",
        where,
        `span [${start}, ${end}) does not lie inside the text (0 to ${n} code points, start before end)`,
      );
  };
  const ids = (what: string, items: readonly { readonly id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        throw new NewsgraphError("invalid-value", `${what}[${i}].id`, `"${item.id}" is used twice`);
      seen.add(item.id);
    });
    return seen;
  };
  const speakers = ids("speakers", view.speakers);
  const known: Record<string, Set<string>> = {
    statement: ids("statements", view.statements),
    quotation: ids("quotations", view.quotations),
    mention: ids("mentions", view.mentions),
    date: ids("dates", view.dates),
    contrast: ids("tensions", view.tensions),
  };
  ids("events", view.events);
  view.speakers.forEach((s, i) => {
    if (!Number.isInteger(s.colour) || s.colour < 0)
      throw new NewsgraphError(
        "invalid-value",
        `speakers[${i}] (${s.id}).colour`,
        `${s.colour} is not a palette index`,
      );
  });
  const speakersOf = (where: string, list: readonly string[]) => {
    for (const s of list)
      if (!speakers.has(s))
        throw new NewsgraphError("unknown-reference", `${where}.speakers`, `"${s}" names no speaker`);
  };
  view.statements.forEach((s, i) => {
    const where = `statements[${i}] (${s.id} ${s.node.iri})`;
    range(where, s.start, s.end);
    speakersOf(where, s.speakers);
    for (const q of s.quotations)
      if (!known.quotation?.has(q))
        throw new NewsgraphError("unknown-reference", `${where}.quotations`, `"${q}" names no quotation`);
  });
  view.quotations.forEach((q, i) => {
    const where = `quotations[${i}] (${q.id} ${q.node.iri})`;
    range(where, q.start, q.end);
    speakersOf(where, q.speakers);
  });
  view.mentions.forEach((m, i) => {
    range(`mentions[${i}] (${m.id} ${m.node.iri})`, m.start, m.end);
  });
  view.spans.forEach((s, i) => {
    const where = `spans[${i}] (${s.kind} ${s.ref})`;
    if (!SPAN_KINDS.has(s.kind))
      throw new NewsgraphError("invalid-value", `${where}.kind`, `"${s.kind}" is not a kind of span`);
    range(where, s.start, s.end);
    const set = known[s.kind];
    if (set && !set.has(s.ref))
      throw new NewsgraphError(
        "unknown-reference",
        `${where}.ref`,
        `"${s.ref}" names no ${s.kind} of the view`,
      );
  });
  return cps;
}

/** Check the picture is SVG that runs nothing and fetches nothing; drop what precedes `<svg`. */
function checkPicture(picture: string): string {
  const refuse = (problem: string) => {
    throw new NewsgraphError("invalid-input", "picture", problem);
  };
  const at = picture.search(/<svg[\s>]/i);
  if (at < 0) refuse("is not an SVG document (no <svg> element)");
  if (/<script/i.test(picture)) refuse("contains a <script>: the embedded picture must not run code");
  const handler = /<[^>]*\son[a-z]+\s*=/i.exec(picture);
  if (handler)
    refuse(`has an event-handler attribute (${handler[0].slice(-24).trim()}…): it must not run code`);
  const href = /\b(?:xlink:)?href\s*=\s*(["'])\s*(?!#)([^"']*)\1/i.exec(picture);
  if (href)
    refuse(`refers outside itself (href="${href[2]}"): only in-document (#id) references are allowed`);
  const url = /url\(\s*["']?\s*(?!#)([^)"']*)/i.exec(picture);
  if (url) refuse(`refers outside itself (url(${url[1]})): only in-document (#id) references are allowed`);
  if (/@import/i.test(picture)) refuse("imports a stylesheet (@import)");
  return picture.slice(at).trim();
}

/** A relative file the page may link to: no scheme, no absolute path, no `..`, no control character (a
 *  name with spaces, `#` or `?` is fine: the link percent-encodes each path segment). */
function checkPictureFile(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const refuse = (problem: string) => {
    throw new NewsgraphError("invalid-value", "options.pictureFile", `"${file}" ${problem}`);
  };
  if (file.trim() === "" || file !== file.trim()) refuse("is not a file name (empty, or spaces around it)");
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith("/") || file.startsWith("\\"))
    refuse("is not relative to the page (a scheme or an absolute path)");
  if (file.split(/[/\\]/).some((part) => part === ".." || part === ""))
    refuse("leaves the page's folder or has an empty path segment");
  if (/\p{Cc}/u.test(file)) refuse("holds a control character");
  return file;
}

// ── shared helpers ──────────────────────────────────────────────────────────────────────────────────────

/** Escape text for HTML content and attribute values. @internal */
export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Compare ids such as `st2` and `st10` by their numbers; a plain code-unit order otherwise (no locale). */
function natural(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    if (nx && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

const words = (camel: string) =>
  camel
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase();

/** "verbatim quote" for `VerbatimQuote`. @internal */
export const modeLabel = (mode: string) => words(mode);

interface Context {
  readonly badge: ReadonlyMap<string, string>;
  readonly speakerLabel: ReadonlyMap<string, string>;
  readonly colourOf: ReadonlyMap<string, number>;
  readonly statement: ReadonlyMap<string, StatementView>;
  /** The passage, whitespace collapsed, cut to `max` characters at a word boundary (`clipLabel`). */
  readonly snippet: (start: number, end: number, max?: number) => string;
  /** Each statement's name (`statementNames`), by id. */
  readonly name: ReadonlyMap<string, string>;
}

function context(view: ArticleView, cps: readonly string[]): Context {
  const badge = new Map<string, string>();
  const used = new Map<string, number>();
  const initials = (label: string) => {
    const ws = label.split(/[\s\-–—]+/).filter((w) => /^\p{Lu}/u.test(w));
    const pick = ws.length > 0 ? ws : label.split(/\s+/);
    const letters = pick.map((w) => Array.from(w)[0] ?? "").join("");
    return Array.from(letters.length > 2 ? `${letters[0]}${Array.from(letters).at(-1)}` : letters)
      .join("")
      .toUpperCase();
  };
  for (const s of [...view.speakers].sort((a, b) => natural(a.id, b.id))) {
    const base = initials(s.node.label) || s.id;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    badge.set(s.id, n === 1 ? base : `${base}${n}`);
  }
  const snippet = (start: number, end: number, max = 90) =>
    clipLabel(cps.slice(start, end).join(""), max, Number.POSITIVE_INFINITY);
  return {
    badge,
    speakerLabel: new Map(view.speakers.map((s) => [s.id, s.node.label])),
    colourOf: new Map(view.speakers.map((s) => [s.id, s.colour % PALETTE.length])),
    statement: new Map(view.statements.map((s) => [s.id, s])),
    snippet,
    name: statementNames(view),
  };
}

/**
 * What tells statements apart in words: each statement's own label (`node.label`, e.g. "Zhovkva: Ukraine is
 * not willing to cede a single inch of territory"); two statements that share a label are numbered in id
 * order ("… (2)"), so no two read alike.
 */
function statementNames(view: ArticleView): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const st of [...view.statements].sort((a, b) => natural(a.id, b.id))) {
    const label = st.node.label.replace(/\s+/g, " ").trim() || st.node.curie;
    const key = label.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.set(st.id, n === 1 ? label : `${label} (${n})`);
  }
  return out;
}

const SEGMENTS = new Intl.Segmenter("en", { granularity: "grapheme" });
const graphemeCount = (text: string) => Array.from(SEGMENTS.segment(text)).length;

/**
 * A long passage by its first and last words ("Ukraine is open to discussing … as long as it gets"), each
 * part ending at a word boundary, so two passages that begin alike still read apart. @internal
 */
export function passageExcerpt(text: string, head = 44, tail = 22): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (graphemeCount(flat) <= head + tail + 4) return flat;
  const start = clipLabel(flat, head, Number.POSITIVE_INFINITY).replace(/…$/u, "");
  const ws = flat.split(" ");
  let end = "";
  for (let i = ws.length - 1; i > 0; i--) {
    const next = end === "" ? (ws[i] as string) : `${ws[i]} ${end}`;
    if (graphemeCount(next) > tail) break;
    end = next;
  }
  return end === "" ? `${start} …` : `${start} … ${end}`;
}

/** What the client script needs besides the view: each statement's name and each quotation's excerpt. */
function textAids(view: ArticleView, ctx: Context) {
  const text = Array.from(view.article.text);
  return {
    names: Object.fromEntries(ctx.name),
    excerpts: Object.fromEntries(
      view.quotations.map((q) => [q.id, passageExcerpt(text.slice(q.start, q.end).join(""))]),
    ),
  };
}

/** JSON for a `<script type="application/json">`: nothing in it can end the element or the line early. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

/** "A", "A and B", "A, B and C". @internal */
export const andList = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

const who = (ctx: Context, speakers: readonly string[]) =>
  andList(speakers.map((s) => ctx.speakerLabel.get(s) ?? s)) || "no speaker given";

/**
 * The text in curly quotes, unless the passage holds a double quotation mark of its own anywhere (opening,
 * closing or inside: `he said “no” today`): then it reads as it is, never a quotation inside the same
 * style of marks. `whole` is the untruncated passage, which decides. The client script has the same rule.
 *
 * @internal
 */
export function quoted(text: string, whole = text): string {
  const t = whole.trim();
  return /[“”"«»„]/.test(t) || /^[‘'‹]/.test(t) || /›$/.test(t) ? text : `“${text}”`;
}

/** The first letter in upper case: "Security guarantee". */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dateText(d: DateInfo | undefined): string {
  if (!d) return "undated";
  if (d.day) return d.day;
  const bounds = [d.after ? `after ${d.after}` : "", d.before ? `before ${d.before}` : ""].filter(Boolean);
  return `no day given${bounds.length ? ` (${bounds.join(", ")})` : ""}`;
}

/** Every outlet that carried a statement (`outlets`; a view without the list gives its `outlet`). */
const outletsOf = (st: StatementView): readonly NodeRef[] =>
  st.outlets?.length ? st.outlets : st.outlet ? [st.outlet] : [];

/** Every entity a mention refers to (`entities`; a view without the list gives its `entity`). */
const entitiesOf = (m: MentionView): readonly NodeRef[] => (m.entities?.length ? m.entities : [m.entity]);

const go = (ref: string, kind: string, label: string, extra = "") =>
  `<button type="button" class="go" data-go="${esc(ref)}" data-kind="${esc(kind)}"${extra}>${label}</button>`;

// ── header and legend ───────────────────────────────────────────────────────────────────────────────────

function metaLine(view: ArticleView): string {
  const a = view.article;
  const parts = [esc(a.publisher.label), `<time datetime="${esc(a.published)}">${esc(a.published)}</time>`];
  if (a.authors.length) parts.push(`by ${a.authors.map((x) => esc(x.label)).join(", ")}`);
  if (a.url) parts.push(`<a href="${esc(a.url)}" rel="noopener noreferrer">the original article</a>`);
  return parts.join(" · ");
}

function legend(view: ArticleView, ctx: Context): string {
  const speakers = [...view.speakers]
    .sort((a, b) => natural(a.id, b.id))
    .map(
      (s) =>
        `<li><span class="c${ctx.colourOf.get(s.id)} badge">${esc(ctx.badge.get(s.id) ?? "")}</span> ${esc(s.node.label)}</li>`,
    )
    .join("");
  const kinds = [
    `<li><span class="c0 tint">tinted, underlined, with the speaker's badge</span>: a statement (colour and badge by speaker)</li>`,
    `<li><span class="k-quotation">italic, double underline</span>: a verbatim quotation</li>`,
    `<li><span class="k-mention">dotted underline</span>: a mention of an entity (a wavy line and [sic: …] flag a misspelling)</li>`,
    `<li><span class="k-date">dashed underline</span>: a date, with its resolved day</li>`,
    `<li><span class="k-contrast">boxed, bold</span>: the contrast word of a tension</li>`,
    `<li><span class="dim">grey, dotted underline</span>: a statement the filters leave out (still selectable)</li>`,
  ].join("");
  return `<details class="legend" open>
<summary>How to read the marks</summary>
<ul aria-label="Kinds of mark">${kinds}</ul>
<ul aria-label="Speakers">${speakers}</ul>
</details>`;
}

// ── the marked text ─────────────────────────────────────────────────────────────────────────────────────

const KIND_RANK: Record<string, number> = {
  headline: 0,
  statement: 1,
  quotation: 2,
  contrast: 3,
  date: 4,
  mention: 5,
};

/** Outer marks first: earlier start, then longer, then by kind and ref. */
function outerFirst(a: SpanView, b: SpanView): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) ||
    natural(a.ref, b.ref)
  );
}

/** Paragraph blocks: each line with the line breaks after it (the first also takes leading breaks). */
function blocks(cps: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  const nl = (c: string | undefined) => c === "\n" || c === "\r";
  let i = 0;
  while (i < cps.length && nl(cps[i])) i++;
  let start = 0;
  while (i < cps.length) {
    while (i < cps.length && !nl(cps[i])) i++;
    while (i < cps.length && nl(cps[i])) i++;
    out.push([start, i]);
    start = i;
  }
  if (out.length === 0) out.push([0, cps.length]);
  return out;
}

function markAttrs(span: SpanView, first: boolean, view: ArticleView, ctx: Context): string {
  const cls = ["mk", `k-${span.kind}`];
  const attrs: string[] = [`data-ref="${esc(span.ref)}"`, `data-kind="${span.kind}"`];
  const text = ctx.snippet(span.start, span.end, 160);
  let label = "";
  switch (span.kind) {
    case "statement": {
      const st = ctx.statement.get(span.ref);
      const speakers = st?.speakers ?? [];
      cls.push(`c${ctx.colourOf.get(speakers[0] ?? "") ?? 0}`);
      attrs.push(`data-badge="${esc(speakers.map((s) => ctx.badge.get(s) ?? s).join("+"))}"`);
      label = `Statement by ${who(ctx, speakers)} (${modeLabel(st?.mode ?? "")}): ${ctx.name.get(span.ref) ?? ""}. Text: ${text}`;
      break;
    }
    case "quotation": {
      const q = view.quotations.find((x) => x.id === span.ref);
      label = `Verbatim quotation of ${who(ctx, q?.speakers ?? [])}: ${text}`;
      break;
    }
    case "mention": {
      const m = view.mentions.find((x) => x.id === span.ref);
      if (m?.misspelling) {
        cls.push("missp");
        attrs.push(`data-canon="${esc(andList(entitiesOf(m).map((e) => e.label)))}"`);
      }
      label = `Mention of ${m ? andList(entitiesOf(m).map((e) => e.label)) : "an entity"}${m?.misspelling ? " (misspelt in the text)" : ""}: ${text}`;
      break;
    }
    case "date": {
      const d = view.dates.find((x) => x.id === span.ref);
      // Two date nodes on one phrase (the phrase's day, and a remark's day inferred from it) show it once.
      const dayOf = (ref: string) => view.dates.find((x) => x.id === ref)?.day;
      const firstOfPhrase = view.spans.find(
        (s) => s.kind === "date" && s.start === span.start && s.end === span.end && dayOf(s.ref) === d?.day,
      );
      if (d?.day && firstOfPhrase?.ref === span.ref) attrs.push(`data-day="${esc(d.day)}"`);
      label = `Date, ${d?.day ? `resolved to ${d.day}` : dateText(d)}: ${text}`;
      break;
    }
    case "contrast": {
      const t = view.tensions.find((x) => x.id === span.ref);
      label = `Contrast word of a tension (${t?.kind.label ?? "tension"}): ${text}`;
      break;
    }
    default:
      label = `${span.ref === "alternativeHeadline" ? "Subheadline" : "Headline"}: ${text}`;
  }
  if (first) {
    cls.push("first");
    attrs.push(`tabindex="0"`, `role="button"`, `aria-controls="ng-details"`, `aria-label="${esc(label)}"`);
  }
  return `<span class="${cls.join(" ")}" ${attrs.join(" ")}>`;
}

/**
 * The text as paragraphs, split at every span boundary; each piece sits inside one element per span that
 * covers it, outer spans outside. Every code point of the text is in exactly one text node, in order, so the
 * text container's textContent is the source text and a span's elements together read its anchor.
 */
function markedText(view: ArticleView, cps: readonly string[], ctx: Context): string {
  const seen = new Set<string>();
  const spans = [...view.spans]
    .filter((s) => {
      const key = `${s.kind} ${s.ref} ${s.start} ${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(outerFirst);
  const opened = new Set<SpanView>();
  const out: string[] = [];
  for (const [bs, be] of blocks(cps)) {
    const cuts = new Set<number>([bs, be]);
    for (const s of spans) {
      if (s.start > bs && s.start < be) cuts.add(s.start);
      if (s.end > bs && s.end < be) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const stack: SpanView[] = [];
    let html = "<p>";
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] as number;
      const b = points[i + 1] as number;
      const cover = spans.filter((s) => s.start <= a && s.end >= b);
      let keep = 0;
      while (keep < stack.length && keep < cover.length && stack[keep] === cover[keep]) keep++;
      for (let k = stack.length; k > keep; k--) html += "</span>";
      stack.length = keep;
      for (const s of cover.slice(keep)) {
        html += markAttrs(s, !opened.has(s), view, ctx);
        opened.add(s);
        stack.push(s);
      }
      html += esc(cps.slice(a, b).join(""));
    }
    html += "</span>".repeat(stack.length);
    out.push(`${html}</p>`);
  }
  return out.join("");
}

// ── the side panel ──────────────────────────────────────────────────────────────────────────────────────

function options(values: readonly [string, string][]): string {
  return values.map(([v, l]) => `<option value="${esc(v)}">${esc(l)}</option>`).join("");
}

function filters(view: ArticleView, ctx: Context): string {
  const sts = view.statements;
  const speakers = [...view.speakers]
    .filter((s) => sts.some((st) => st.speakers.includes(s.id)))
    .sort((a, b) => natural(a.id, b.id))
    // options start with a capital, as a list of choices does ("An aide (AA)"); the label is the graph's
    .map((s): [string, string] => [s.id, `${capital(s.node.label)} (${ctx.badge.get(s.id)})`]);
  const outlets = new Map<string, string>();
  for (const st of sts) for (const o of outletsOf(st)) outlets.set(o.iri, o.label);
  const outletOpts = [...outlets].sort((a, b) => natural(a[1], b[1]) || natural(a[0], b[0]));
  if (sts.some((st) => outletsOf(st).length === 0)) outletOpts.push(["(none)", "No outlet given"]);
  const days = [...new Set(sts.flatMap((st) => (st.date?.day ? [st.date.day] : [])))].sort();
  const dateOpts = days.map((d): [string, string] => [d, d]);
  if (sts.some((st) => st.date && !st.date.day)) dateOpts.push(["(noday)", "No day given"]);
  if (sts.some((st) => !st.date)) dateOpts.push(["(none)", "Undated"]);
  const kinds = [...new Set(sts.flatMap((st) => st.claimKinds))].sort(natural);
  const kindOpts = kinds.map((k): [string, string] => [k, capital(words(k))]);
  if (sts.some((st) => st.claimKinds.length === 0)) kindOpts.push(["(none)", "No claim structure"]);
  const select = (id: string, label: string, all: string, opts: [string, string][]) =>
    `<label for="f-${id}">${label}</label><select id="f-${id}" name="${id}"><option value="">${all}</option>${options(opts)}</select>`;
  return `<section aria-labelledby="ng-filters-h">
<h2 id="ng-filters-h">Filter statements</h2>
<form id="ng-filters" class="filters">
${select("speaker", "Speaker", "All speakers", speakers)}
${select("outlet", "Outlet", "All outlets", outletOpts)}
${select("date", "Date", "All dates", dateOpts)}
${select("kind", "Claim kind", "All claim kinds", kindOpts)}
<button type="reset">Show all statements</button>
<p id="ng-count" role="status">Showing all ${sts.length} statements</p>
</form>
</section>`;
}

function statementEntry(st: StatementView, ctx: Context): string {
  const sub = [
    modeLabel(st.mode),
    outletsOf(st).length
      ? `${outletsOf(st)
          .map((o) => o.label)
          .join(", ")}${st.outletInferred ? " (inferred)" : ""}`
      : "no outlet given",
    dateText(st.date),
    ...(st.claimKinds.length ? [st.claimKinds.map(words).join(", ")] : []),
  ];
  return `<li data-st="${esc(st.id)}">${go(st.id, "statement", esc(ctx.name.get(st.id) ?? st.id))}<span class="sub">${esc(sub.join(" · "))}</span></li>`;
}

function statementList(view: ArticleView, ctx: Context): string {
  const groups = [...view.speakers]
    .sort((a, b) => natural(a.id, b.id))
    .map((s) => {
      const sts = view.statements
        .filter((st) => st.speakers.includes(s.id))
        .sort((a, b) => natural(a.id, b.id));
      const posts = s.posts
        .map(
          (p) =>
            `${p.post.label}${p.organisation ? `, ${p.organisation.label}` : ""}${
              p.state && p.state.iri !== p.organisation?.iri ? ` (${p.state.label})` : ""
            }`,
        )
        .concat(s.affiliation ? [`affiliated with ${s.affiliation.label}`] : []);
      return `<section class="group" data-speaker="${esc(s.id)}">
<h3><span class="c${ctx.colourOf.get(s.id)} badge">${esc(ctx.badge.get(s.id) ?? "")}</span> ${esc(s.node.label)}</h3>
${posts.length ? `<p class="sub">${esc(posts.join("; "))}</p>` : ""}
${sts.length ? `<ol>${sts.map((st) => statementEntry(st, ctx)).join("")}</ol>` : `<p class="sub">No statement of their own.</p>`}
</section>`;
    });
  return `<section aria-labelledby="ng-list-h">
<h2 id="ng-list-h">Statements by speaker</h2>
${groups.length ? groups.join("\n") : `<p class="sub">The graph records no statement of this article yet.</p>`}
</section>`;
}

function tensionList(view: ArticleView, ctx: Context): string {
  const end = (id: string) => {
    const st = ctx.statement.get(id);
    if (!st) return `a statement of another article (<code>${esc(id)}</code>)`;
    return go(st.id, "statement", esc(ctx.name.get(st.id) ?? st.id));
  };
  const items = [...view.tensions]
    .sort((a, b) => natural(a.id, b.id))
    .map((t) => {
      const words = t.markers.map((m) => `“${ctx.snippet(m.start, m.end)}”`).join(", ");
      const how = words ? `contrast word ${words}` : "no contrast word (inferred)";
      return `<li data-tension="${esc(t.id)}">${go(t.id, "contrast", `${esc(t.kind.label)}`)}<span class="sub">${esc(how)}${t.inferred ? " · inferred" : ""}</span>
<ul><li>${end(t.first)}</li><li><span aria-hidden="true">⇄</span> <span class="sr">opposed by</span> ${end(t.second)}</li></ul></li>`;
    });
  return `<section aria-labelledby="ng-tensions-h">
<h2 id="ng-tensions-h">Tensions</h2>
${items.length ? `<ol>${items.join("\n")}</ol>` : `<p class="sub">The graph records no tension between statements.</p>`}
</section>`;
}

function timeline(view: ArticleView, ctx: Context): string {
  interface Entry {
    readonly date: DateInfo;
    readonly html: string;
    readonly st?: string;
    readonly order: string;
  }
  const entries: Entry[] = [];
  for (const st of view.statements)
    if (st.date)
      entries.push({
        date: st.date,
        st: st.id,
        order: `0 ${st.id}`,
        html: `Statement: ${go(st.id, "statement", esc(ctx.name.get(st.id) ?? st.id))}`,
      });
  for (const ev of view.events)
    if (ev.date)
      entries.push({
        date: ev.date,
        order: `1 ${ev.id}`,
        html: `Event: ${go(ev.id, "event", esc(ev.node.label))}`,
      });
  const li = (e: Entry) => `<li${e.st ? ` data-st="${esc(e.st)}"` : ""}>${e.html}</li>`;
  const byDay = new Map<string, Entry[]>();
  for (const e of entries) if (e.date.day) byDay.set(e.date.day, [...(byDay.get(e.date.day) ?? []), e]);
  const days = [...byDay]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(
      ([day, es]) =>
        `<li><time datetime="${esc(day)}">${esc(day)}</time><ul>${es
          .sort((a, b) => natural(a.order, b.order))
          .map(li)
          .join("")}</ul></li>`,
    );
  const undated = entries
    .filter((e) => !e.date.day)
    .sort((a, b) => natural(a.order, b.order))
    .map(
      (e) =>
        `<li${e.st ? ` data-st="${esc(e.st)}"` : ""}>${e.html}<span class="sub">${esc(
          `${e.date.phrase ? `“${e.date.phrase}”: ` : ""}${dateText(e.date)}`,
        )}</span></li>`,
    );
  return `<section aria-labelledby="ng-timeline-h">
<h2 id="ng-timeline-h">Timeline</h2>
${days.length ? `<ol class="timeline">${days.join("\n")}</ol>` : `<p class="sub">No statement or event has a resolved day.</p>`}
${undated.length ? `<h3>No day given</h3><ul>${undated.join("\n")}</ul>` : ""}
</section>`;
}

// ── the graph picture ───────────────────────────────────────────────────────────────────────────────────

function graphSection(view: ArticleView, svg: string, pictureFile: string | undefined): string {
  const labels = (refs: readonly NodeRef[]) => refs.map((r) => r.label).join(", ");
  const alt = [
    `The graph of “${view.article.headline}”:`,
    `${counted(view.speakers.length, "speaker", "speakers")} (${labels(view.speakers.map((s) => s.node))}),`,
    `${counted(view.statements.length, "statement", "statements")},`,
    `${counted(view.quotations.length, "verbatim quotation", "verbatim quotations")},`,
    `${counted(view.mentions.length, "mention", "mentions")} and`,
    `${counted(view.tensions.length, "tension", "tensions")};`,
    "people are linked to their posts, posts to organisations and states, statements to their speakers and claims.",
    "The lists beside the text give the same facts in words.",
  ].join(" ");
  return `<section id="ng-graph" aria-labelledby="ng-graph-h">
<h2 id="ng-graph-h">The graph</h2>
<div class="picture-tools">
<button type="button" id="ng-fit" aria-pressed="false" aria-controls="ng-picture">Fit to width</button>
<span class="sub" id="ng-fit-note">Full size: scroll inside the frame to see all of it.</span>
${pictureFile ? `<a href="${esc(pictureFile.split("/").map(encodeURIComponent).join("/"))}">Open the picture alone (${esc(pictureFile)})</a>` : ""}
</div>
<figure>
<div class="picture" id="ng-picture" role="img" aria-label="${esc(alt)}">
${svg}
</div>
<figcaption>${esc(alt)}</figcaption>
</figure>
</section>`;
}
