import type { Quad } from "@rdfjs/types";
import { oa } from "../vocab/namespaces.js";

/** An anchor whose selectors disagree with the source text. */
export interface AnchorProblem {
  readonly anchor: string;
  readonly problem: string;
}

/**
 * Check every text anchor in a graph against the source text: the position selector's code points must
 * read exactly the quote selector's `exact`, and prefix/suffix must be the text just before and after.
 *
 * @example
 * const problems = checkAnchors(quads, text); // [] when every span matches
 */
export function checkAnchors(quads: readonly Quad[], text: string): AnchorProblem[] {
  const cps = Array.from(text);
  const by = new Map<string, Map<string, string[]>>();
  for (const q of quads) {
    const props = by.get(q.subject.value) ?? new Map<string, string[]>();
    by.set(q.subject.value, props);
    const list = props.get(q.predicate.value) ?? [];
    list.push(q.object.value);
    props.set(q.predicate.value, list);
  }
  const one = (s: string, p: string) => by.get(s)?.get(p)?.[0];
  const problems: AnchorProblem[] = [];
  for (const [anchor, props] of by) {
    const selectors = props.get(oa("hasSelector").value);
    if (selectors === undefined) continue;
    const pos = selectors.find((s) => one(s, oa("start").value) !== undefined);
    const quote = selectors.find((s) => one(s, oa("exact").value) !== undefined);
    if (pos === undefined || quote === undefined) {
      problems.push({ anchor, problem: "needs both a position and a quote selector" });
      continue;
    }
    const rawStart = one(pos, oa("start").value) ?? "";
    const rawEnd = one(pos, oa("end").value) ?? "";
    const start = /^\d+$/.test(rawStart) ? Number(rawStart) : Number.NaN;
    const end = /^\d+$/.test(rawEnd) ? Number(rawEnd) : Number.NaN;
    if (Number.isNaN(start) || Number.isNaN(end)) {
      problems.push({ anchor, problem: `offsets "${rawStart}".."${rawEnd}" are not whole numbers` });
      continue;
    }
    const exact = one(quote, oa("exact").value) ?? "";
    if (
      !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= cps.length)
    ) {
      problems.push({
        anchor,
        problem: `offsets ${start}..${end} are outside the text (${cps.length} code points)`,
      });
      continue;
    }
    const actual = cps.slice(start, end).join("");
    if (actual !== exact)
      problems.push({ anchor, problem: `reads "${actual}" at ${start}..${end}, not "${exact}"` });
    const prefix = one(quote, oa("prefix").value) ?? "";
    const suffix = one(quote, oa("suffix").value) ?? "";
    if (cps.slice(Math.max(0, start - Array.from(prefix).length), start).join("") !== prefix) {
      problems.push({ anchor, problem: "prefix does not match the text before the span" });
    }
    if (cps.slice(end, end + Array.from(suffix).length).join("") !== suffix) {
      problems.push({ anchor, problem: "suffix does not match the text after the span" });
    }
  }
  return problems;
}
