import { NewsgraphError } from "../errors.js";
import { ng, oa } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { build, buildWith, nonNegative, str } from "./graph.js";
import { mintArticleIri } from "./iri.js";
import type { Ref } from "./kinds.js";
import { describeOccurrence, occurrences, withOtherCapitals } from "./occurrences.js";
import { checkText, requireObject } from "./validate.js";

/** A span of the source text in Unicode code points; `end` is exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How many code points of context a quote selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** The text of a span, counted in code points. */
export function spanText(g: GraphBuilder, span: Span): string {
  return g.codePoints.slice(span.start, span.end).join("");
}

/** Where to look for a phrase: its 1-based occurrence, optionally inside a unique longer context. */
export interface FindOptions {
  /** Which occurrence (1-based) of the phrase is meant; required when it occurs more than once. */
  readonly occurrence?: number;
  /** A longer phrase that occurs exactly once and contains the phrase ("Russia’s Neutrality" for "Russia"). */
  readonly within?: string;
}

function unitStarts(haystack: string, needle: string): number[] {
  // An empty needle would match everywhere and never move on: callers refuse it first.
  if (needle === "") return [];
  const starts: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

const ORDINAL = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;

/** How many occurrences an error message lists before it says how many more there are. */
const LISTED = 5;

/**
 * Where a phrase occurs, for an error message: each occurrence's line:column, code points and context, and
 * what singles it out (`{ within: … }` or `{ occurrence: n }`).
 */
function whereItOccurs(haystack: string, exact: string, inText: boolean): string {
  const total = unitStarts(haystack, exact).length;
  const listed = occurrences(haystack, exact, LISTED).map((o, i) => {
    const at = inText ? describeOccurrence(o, exact) : JSON.stringify(`${o.before}[${exact}]${o.after}`);
    const which =
      inText && o.within !== undefined
        ? `{ within: ${JSON.stringify(o.within)} }`
        : `{ occurrence: ${i + 1} }`;
    return `${ORDINAL(i + 1)} at ${at} → ${which}`;
  });
  const more = total > LISTED ? `; and ${total - LISTED} more` : "";
  return `${listed.join("; ")}${more}`;
}

/** For a phrase not found: where it occurs with other capitals, if it does. */
function otherCase(haystack: string, exact: string): string {
  const o = withOtherCapitals(haystack, exact);
  return o === undefined
    ? ""
    : ` (${JSON.stringify(o.printed)}, with other capitals, occurs at ${describeOccurrence(o, o.printed)})`;
}

function pick(
  haystack: string,
  exact: string,
  where: string,
  occurrence: number | undefined,
  field: string,
  inText: boolean,
): number {
  const starts = unitStarts(haystack, exact);
  if (starts.length === 0)
    throw new NewsgraphError(
      "span-not-found",
      field,
      `${shown(exact)} does not occur in ${where}${otherCase(haystack, exact)}`,
    );
  if (occurrence === undefined && starts.length > 1) {
    throw new NewsgraphError(
      "ambiguous-span",
      field,
      `${shown(exact)} occurs ${starts.length} times in ${where}; say which: ${whereItOccurs(haystack, exact, inText)}`,
    );
  }
  const unit = starts[(occurrence ?? 1) - 1];
  if (unit === undefined) {
    throw new NewsgraphError(
      "span-not-found",
      "occurrence",
      `${shown(exact)} occurs ${starts.length} times in ${where}, not ${occurrence}: ${whereItOccurs(haystack, exact, inText)}`,
    );
  }
  return unit;
}

const shown = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** A phrase to look for: a non-empty string of well-formed text. */
function phrase(value: unknown, field: string): string {
  if (typeof value !== "string") {
    throw new NewsgraphError(
      "span-not-found",
      field,
      value === undefined ? "is missing" : `must be a string, got ${value === null ? "null" : typeof value}`,
    );
  }
  if (value === "") throw new NewsgraphError("span-not-found", field, "must not be empty");
  return checkText(value, field, true);
}

/** Check find options: `within` a non-empty phrase, `occurrence` a whole number from 1. */
function findOptions(options: unknown): { within: string | undefined; occurrence: number | undefined } {
  const o = requireObject(options, "options") as FindOptions;
  const within = o.within === undefined ? undefined : phrase(o.within, "within");
  const occurrence = o.occurrence;
  if (occurrence !== undefined && (!Number.isSafeInteger(occurrence) || occurrence < 1)) {
    throw new NewsgraphError(
      "invalid-value",
      "occurrence",
      `${String(occurrence)} is not an occurrence (a whole number from 1)`,
    );
  }
  return { within, occurrence };
}

/**
 * Find the span of an exact phrase in the source text. A phrase that occurs more than once must say
 * which occurrence it means, or name a unique context it sits in; never a silent first match.
 *
 * @example
 * findSpan(g, "Russia", { within: "Russia’s Neutrality" });
 */
export function findSpan(g: GraphBuilder, exact: string, options: FindOptions = {}): Span {
  return buildWith(g, "findSpan", (g) => {
    const text = phrase(exact, "exact");
    const { within, occurrence } = findOptions(options);
    const where = `the text of ${g.articleSlug}`;
    let unit: number;
    if (within !== undefined) {
      const ctx = pick(g.text, within, where, undefined, "within", true);
      const inner = pick(within, text, shown(within), occurrence, "exact", false);
      unit = ctx + inner;
    } else {
      unit = pick(g.text, text, where, occurrence, "exact", true);
    }
    const start = Array.from(g.text.slice(0, unit)).length;
    return { start, end: start + Array.from(text).length };
  });
}

/**
 * A text anchor: a Web Annotation specific resource on the article with a quote selector
 * (exact/prefix/suffix) and a position selector (start/end in code points, end exclusive). The exact
 * text must be what the source has at those offsets.
 *
 * @example
 * anchor(g, { start: 0, end: 8, exact: "Zelensky" });
 */
export function anchor(g: GraphBuilder, input: Span & { readonly exact: string }): Ref<"anchor"> {
  return build(g, "anchor", input, (g) => {
    const { start, end, exact } = input;
    const length = g.codePoints.length;
    for (const [field, value] of [
      ["start", start],
      ["end", end],
    ] as const) {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > length) {
        throw new NewsgraphError(
          "offset-out-of-range",
          `anchor.${field}`,
          `${typeof value === "number" ? value : `a ${value === null ? "null" : typeof value}`} is outside the text of ${g.articleSlug} (0..${length} code points)`,
        );
      }
    }
    if (end <= start) {
      throw new NewsgraphError(
        "offset-out-of-range",
        "anchor.end",
        `end ${end} must be greater than start ${start}`,
      );
    }
    if (typeof exact !== "string") {
      throw new NewsgraphError("anchor-mismatch", "anchor.exact", `must be a string, got ${typeof exact}`);
    }
    const actual = spanText(g, input);
    if (actual !== exact) {
      throw new NewsgraphError(
        "anchor-mismatch",
        "anchor.exact",
        `"${exact}" is not the text at ${start}..${end}, which reads "${actual}"`,
      );
    }
    const slug = `${start}-${end}`;
    const iri = mintArticleIri(g.articleSlug, "anchor", slug);
    const { ref, isNew } = g.register("anchor", iri, { exact }, "anchor", "anchor.start");
    if (!isNew) return ref;
    g.remember(iri, exact);
    const quoteSel = mintArticleIri(g.articleSlug, "anchor", `${slug}-quote`);
    const posSel = mintArticleIri(g.articleSlug, "anchor", `${slug}-position`);
    g.type(iri, ng("TextAnchor"), oa("SpecificResource"));
    g.add(iri, oa("hasSource"), mintArticleIri(g.articleSlug, "rendition", "text"));
    g.add(iri, oa("hasSelector"), quoteSel);
    g.add(iri, oa("hasSelector"), posSel);
    g.type(quoteSel, oa("TextQuoteSelector"));
    g.add(quoteSel, oa("exact"), str(exact));
    // At the very start or end of the text there is no context to give, so the selector has none.
    const prefix = g.codePoints.slice(Math.max(0, start - CONTEXT_LENGTH), start).join("");
    const suffix = g.codePoints.slice(end, end + CONTEXT_LENGTH).join("");
    if (prefix !== "") g.add(quoteSel, oa("prefix"), str(prefix));
    if (suffix !== "") g.add(quoteSel, oa("suffix"), str(suffix));
    g.type(posSel, oa("TextPositionSelector"));
    g.add(posSel, oa("start"), nonNegative(start));
    g.add(posSel, oa("end"), nonNegative(end));
    return ref;
  });
}

/**
 * Anchor an exact phrase found in the text (see `findSpan`).
 *
 * @example
 * anchorText(g, "Ihor Zhovkva");
 */
/**
 * The code-point span of an anchor the builders minted (its IRI ends in `<start>-<end>`).
 *
 * @example
 * anchorSpan(anchorText(g, "on Wednesday", { within: "said on Wednesday" }).iri); // { start: 386, end: 398 }
 */
export function anchorSpan(anchor: { readonly value: string }): Span {
  const m = /\/(\d+)-(\d+)$/.exec(anchor.value);
  if (m === null) throw new Error(`internal: <${anchor.value}> is not an anchor the builders minted`);
  return { start: Number(m[1]), end: Number(m[2]) };
}

export function anchorText(g: GraphBuilder, exact: string, options: FindOptions = {}): Ref<"anchor"> {
  return buildWith(g, "anchorText", (g) => anchor(g, { ...findSpan(g, exact, options), exact }));
}
