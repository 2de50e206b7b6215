import { NewsgraphError } from "../errors.js";
import { ng, oa, rdfs } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { nonNegative, str } from "./graph.js";
import { mintArticleIri, mintIri } from "./iri.js";
import type { Ref } from "./kinds.js";

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

/**
 * Find the span of an exact phrase in the source text. A phrase that occurs more than once must say
 * which occurrence (1-based) it means; a wrong guess is an error, never a silent first match.
 *
 * @example
 * findSpan(g, "Zhovka", { occurrence: 2 });
 */
export function findSpan(g: GraphBuilder, exact: string, options: { occurrence?: number } = {}): Span {
  if (exact === "") throw new NewsgraphError("span-not-found", "exact", "must not be empty");
  const starts: number[] = [];
  let from = 0;
  for (;;) {
    const at = g.text.indexOf(exact, from);
    if (at < 0) break;
    starts.push(at);
    from = at + 1;
  }
  if (starts.length === 0) {
    throw new NewsgraphError("span-not-found", "exact", `"${exact}" does not occur in the text of ${g.articleSlug}`);
  }
  const { occurrence } = options;
  if (occurrence === undefined && starts.length > 1) {
    throw new NewsgraphError(
      "ambiguous-span",
      "exact",
      `"${exact}" occurs ${starts.length} times in ${g.articleSlug}; say which occurrence`,
    );
  }
  const unit = starts[(occurrence ?? 1) - 1];
  if (unit === undefined) {
    throw new NewsgraphError(
      "span-not-found",
      "occurrence",
      `"${exact}" occurs ${starts.length} times, not ${occurrence}`,
    );
  }
  const start = Array.from(g.text.slice(0, unit)).length;
  return { start, end: start + Array.from(exact).length };
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
  const { start, end, exact } = input;
  const length = g.codePoints.length;
  for (const [field, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > length) {
      throw new NewsgraphError(
        "offset-out-of-range",
        `anchor.${field}`,
        `${value} is outside the text of ${g.articleSlug} (0..${length} code points)`,
      );
    }
  }
  if (end <= start) {
    throw new NewsgraphError("offset-out-of-range", "anchor.end", `end ${end} must be greater than start ${start}`);
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
  const { ref, isNew } = g.register("anchor", iri, exact, "anchor");
  if (!isNew) return ref;
  g.remember(iri, exact);
  const quoteSel = mintArticleIri(g.articleSlug, "anchor", `${slug}-quote`);
  const posSel = mintArticleIri(g.articleSlug, "anchor", `${slug}-position`);
  g.type(iri, ng("TextAnchor"), oa("SpecificResource"));
  g.add(iri, oa("hasSource"), mintIri("article", g.articleSlug));
  g.add(iri, oa("hasSelector"), quoteSel);
  g.add(iri, oa("hasSelector"), posSel);
  g.add(iri, rdfs("label"), str(exact));
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
}

/**
 * Anchor an exact phrase found in the text (see `findSpan`).
 *
 * @example
 * anchorText(g, "Ihor Zhovkva");
 */
export function anchorText(g: GraphBuilder, exact: string, options: { occurrence?: number } = {}): Ref<"anchor"> {
  return anchor(g, { ...findSpan(g, exact, options), exact });
}
