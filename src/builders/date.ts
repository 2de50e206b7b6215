import type { NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { DateMethod } from "../vocab/concepts.js";
import { DATE_METHODS } from "../vocab/concepts.js";
import { ng, time } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { build, dateLiteral, en, str } from "./graph.js";
import { recordInference } from "./inference.js";
import { checkSlug, mintArticleIri } from "./iri.js";
import type { Ref } from "./kinds.js";
import { addDays, isoDate, lookup, requireName, weekday } from "./validate.js";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
/** An English weekday name. */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Resolve a weekday named in a news text against the publication date: the latest such day on or before
 * it (news reports the past week). Returns the date and the rule, spelled out for the graph.
 *
 * @example
 * resolveWeekday("2022-03-09", "Monday"); // { date: "2022-03-07", rule: "…" }
 */
export function resolveWeekday(published: string, day: Weekday): { date: string; rule: string } {
  const pub = isoDate(published, "published");
  const target = typeof day === "string" ? WEEKDAYS.indexOf(day) : -1;
  if (target < 0) {
    throw new NewsgraphError(
      "invalid-value",
      "weekday",
      `${typeof day === "string" ? JSON.stringify(day.length > 40 ? `${day.slice(0, 40)}…` : day) : `a ${typeof day}`} is not a weekday (${WEEKDAYS.join(", ")})`,
    );
  }
  const back = (weekday(pub) - target + 7) % 7;
  const date = addDays(pub, -back);
  if (date < "0001-01-01" || date.startsWith("-")) {
    throw new NewsgraphError("invalid-date", "weekday", `the ${day} before ${pub} falls before 0001-01-01`);
  }
  const pubDay = WEEKDAYS[weekday(pub)];
  return {
    date,
    rule:
      back === 0
        ? `"${day}" is the publication day itself (${pub} is a ${pubDay})`
        : `"${day}" is the latest ${day} before the publication date ${pub} (a ${pubDay}): ${back} day(s) earlier`,
  };
}

/**
 * A resolved date (`time:Instant`): the phrase as printed, the day it resolves to when the text gives
 * one, how it was resolved and the rule, and known bounds (`time:before` / `time:after`) when no day is
 * given — a day is never invented.
 *
 * @example
 * const monday = resolveWeekday("2022-03-09", "Monday");
 * resolvedDate(g, { slug: "on-monday", method: "explicit", date: monday.date, phrase: anchorText(g, "On Monday"),
 *   rule: monday.rule });
 */
export function resolvedDate(
  g: GraphBuilder,
  input: {
    readonly slug: string;
    readonly method: DateMethod;
    readonly rule: string;
    readonly date?: string;
    readonly phrase?: Ref<"anchor">;
    /** The date (a temporal entity) this date is known to precede: the publication, another date. */
    readonly before?: Ref<"date">;
    /** The date this date is known to follow (an event's date, never the event itself). */
    readonly after?: Ref<"date">;
  },
): Ref<"date"> {
  return build(g, "date", input, (g) => {
    const method = lookup(DATE_METHODS, input.method, "date.method", "method");
    const rule = requireName(input.rule, "date.rule");
    const date = input.date === undefined ? undefined : isoDate(input.date, "date.date");
    if (method === "unstated" && date !== undefined) {
      throw new NewsgraphError(
        "invalid-date",
        "date.date",
        "a date the text does not give must not be filled in",
      );
    }
    if (method !== "unstated" && date === undefined) {
      throw new NewsgraphError("invalid-date", "date.date", `method "${method}" needs the resolved day`);
    }
    if (method === "context" && input.phrase === undefined) {
      throw new NewsgraphError(
        "invalid-input",
        "date.phrase",
        "a date carried over from context needs the dated words it is carried from (the inference's basis)",
      );
    }
    if (method === "explicit" && input.phrase === undefined) {
      throw new NewsgraphError(
        "invalid-input",
        "date.phrase",
        "a date resolved from a phrase needs the phrase's anchor",
      );
    }
    const phrase = input.phrase === undefined ? undefined : g.check(input.phrase, "date.phrase", ["anchor"]);
    // OWL-Time relates temporal entities: an event is bounded through its date node.
    const bound = (r: Ref<"date"> | undefined, field: string): NamedNode | undefined =>
      r === undefined ? undefined : g.check(r, field, ["date"]);
    const before = bound(input.before, "date.before");
    const after = bound(input.after, "date.after");
    const slug = checkSlug(input.slug, "date.slug");
    const iri = mintArticleIri(g.articleSlug, "date", slug);
    const details = {
      method,
      rule,
      date: date ?? null,
      phrase: phrase?.value ?? null,
      before: before?.value ?? null,
      after: after?.value ?? null,
    };
    const { ref, isNew } = g.register("date", iri, details, "date");
    if (!isNew) return ref;
    g.type(iri, ng("ResolvedDate"), time("Instant"));
    if (date !== undefined) g.add(iri, time("inXSDDate"), dateLiteral(date));
    g.add(iri, ng("resolutionMethod"), DATE_METHODS[method]);
    g.add(iri, ng("resolutionRule"), en(rule));
    if (phrase !== undefined) {
      g.add(iri, ng("phraseAnchor"), phrase);
      const surface = g.recall<string>(phrase);
      if (surface !== undefined) g.add(iri, ng("surfaceForm"), str(surface));
    }
    if (method === "context")
      recordInference(g, {
        subject: iri,
        property: time("inXSDDate"),
        slug,
        rule,
        field: "date.rule",
        basis: phrase === undefined ? [] : [phrase],
      });
    if (before !== undefined) g.add(iri, time("before"), before);
    if (after !== undefined) g.add(iri, time("after"), after);
    return ref;
  });
}
