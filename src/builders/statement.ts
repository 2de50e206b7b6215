import type { NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { Polarity, ReportMode, Stance } from "../vocab/concepts.js";
import { POLARITIES, REPORT_MODES, STANCES } from "../vocab/concepts.js";
import { ng, prov, rdfs, schema } from "../vocab/namespaces.js";
import { anchorSpan } from "./anchor.js";
import { articleFacts } from "./article.js";
import type { EventTypeInput } from "./concept.js";
import { eventTypeOf } from "./concept.js";
import type { GraphBuilder } from "./graph.js";
import { bool, build, en, str } from "./graph.js";
import { recordInference } from "./inference.js";
import { checkSlug, mintArticleIri, mintIri } from "./iri.js";
import type { AgentKind, ContentKind, EntityKind, Ref } from "./kinds.js";
import { AGENT_KINDS, CONTENT_KINDS, ENTITY_KINDS } from "./kinds.js";
import type { HedgeInput } from "./modality.js";
import { checkHedge, emitHedge } from "./modality.js";
import { checkReport } from "./remark.js";
import {
  lookup,
  optionalArray,
  optionalBoolean,
  requireArray,
  requireName,
  requireObject,
} from "./validate.js";
import type { UserConcept } from "./vocabulary.js";
import { conceptOf } from "./vocabulary.js";

/**
 * The one rule by which an outlet carries a statement the text does not attribute to it: an outlet named
 * for a remark ("told Bloomberg", "according to The Times of Israel", "told Axios") also carries the remarks
 * that follow in the same paragraph from the same source, or from one member of a group of sources it
 * carried, until another outlet is named. Such statements are marked `ng:outletFromContext true` and carry
 * an `ng:Inference` with this rule.
 */
export const OUTLET_FROM_CONTEXT_RULE =
  "an outlet named for a remark also carries the remarks that follow in the same paragraph from the same source (or one member of a group of sources it carried), until another outlet is named";

/** Everything a statement needs: who, how reported, when, where in the text, and what it says. */
export interface StatementInput {
  /** Readable slug, unique in the article ("zhovkva-precondition-for-talks"). */
  readonly slug: string;
  /** A one-line English summary in our words (not the speaker's): the statement's label. */
  readonly summary: string;
  /**
   * Who said it; several for a joint statement ("both sides said", "Zelensky and Kuleba said"), each with
   * its own attribution.
   */
  readonly speaker: Ref<AgentKind> | readonly Ref<AgentKind>[];
  readonly mode: ReportMode;
  /** The span of the article that carries the statement. */
  readonly anchor: Ref<"anchor">;
  /** When it was said, as resolved from the text. */
  readonly date: Ref<"date">;
  /**
   * The outlet the article says carried the statement (Bloomberg, Axios…), when it names one; several when
   * the article says several outlets carried the same remark.
   */
  readonly carriedBy?: Ref<"outlet"> | readonly Ref<"outlet">[];
  /**
   * True when the outlet is not named for this statement but follows from {@link OUTLET_FROM_CONTEXT_RULE}
   * (recorded as an `ng:Inference`).
   */
  readonly outletFromContext?: boolean;
  /**
   * With `outletFromContext`: the words that name the outlet for the remark this one follows ("Bloomberg" in
   * "told Bloomberg"), the basis of the inference.
   */
  readonly outletNamedAt?: Ref<"anchor">;
  /**
   * Set when the text does not name the speaker for this statement ("he said", "an aide to…"): the rule by
   * which the speaker is known and the words it rests on (recorded as an `ng:Inference`).
   */
  readonly speakerFromContext?: { readonly rule: string; readonly basis?: readonly Ref<"anchor">[] };
  /** Other places that restate the statement (a headline, a standfirst). */
  readonly restatedAt?: readonly Ref<"anchor">[];
  /**
   * The statements this one sums up (mode `summary`: a lead that condenses remarks the body reports in
   * full). Linked with `ng:summarises`.
   */
  readonly summarises?: readonly Ref<"statement">[];
  /** The words that name who speaks ("Ihor Zhovkva, Zelensky’s deputy chief of staff"), inside the anchor. */
  readonly sourceSpan?: Ref<"anchor">;
  /** The verb or phrase of saying ("told", "said", "according to"), inside the anchor. */
  readonly cueSpan?: Ref<"anchor">;
  /** What is said, without the attribution, inside the anchor; the whole anchor when not given. */
  readonly contentSpan?: Ref<"anchor">;
  /** The language of the quotations; defaults to the article's language. */
  readonly quotationLanguage?: string;
  readonly topics: readonly Ref<"topic">[];
  /** The entities the statement is about. */
  readonly about: readonly Ref<EntityKind>[];
  /** A built-in stance, or one declared with `defineStance`. */
  readonly stance?: Stance | UserConcept<"stance">;
  readonly polarity: Polarity;
  /** A CAMEO code, or a CAMEO-style code declared with `defineCameoCode`. */
  readonly eventType?: EventTypeInput;
  /**
   * Words of the speaker quoted verbatim inside the statement, each anchored. In a joint statement each
   * quotation names which speaker's words it is (`{ words, by }`).
   */
  readonly quotations?: readonly (Ref<"anchor"> | QuotationInput)[];
  /** How the statement is hedged ("might be willing"): the modality and the words that mark it. */
  readonly hedge?: HedgeInput;
  /** The event the remark was made during (an interview, a broadcast, a meeting): `ng:madeDuring`. */
  readonly occasion?: Ref<"event">;
  /** What is claimed: a demand, a condition, a refusal, a position… */
  readonly content?: readonly Ref<ContentKind>[];
  /** Cross-article layer: the shared remark (one act of saying) this statement reports (`ng:reports`). */
  readonly reports?: Ref<"remark">;
  /** Cross-article layer: the cited reports (an interview, a broadcast) the statement derives from. */
  readonly derivedFrom?: Ref<"document"> | readonly Ref<"document">[];
}

/**
 * A quotation in a joint statement: the quoted words and the one speaker whose words they are.
 *
 * @example
 * const quote: QuotationInput = { words: anchorText(g, "We will meet again"), by: person(g, { name: "Dmytro Kuleba" }) };
 */
export interface QuotationInput {
  readonly words: Ref<"anchor">;
  readonly by: Ref<AgentKind>;
}

/** The speakers of a statement: one, or several for a joint statement (each once). */
function speakersOf(g: GraphBuilder, given: unknown): NamedNode[] {
  if (!Array.isArray(given)) return [g.check(given as Ref<AgentKind>, "statement.speaker", AGENT_KINDS)];
  const list = requireArray<Ref<AgentKind>>(given, "statement.speaker");
  if (list.length === 0)
    throw new NewsgraphError("invalid-input", "statement.speaker", "needs at least one speaker");
  const iris = list.map((s, i) => g.check(s, `statement.speaker[${i}]`, AGENT_KINDS));
  iris.forEach((iri, i) => {
    if (iris.findIndex((o) => o.equals(iri)) !== i)
      throw new NewsgraphError(
        "invalid-input",
        `statement.speaker[${i}]`,
        `<${iri.value}> is already a speaker`,
      );
  });
  return iris;
}

/**
 * A statement (`ng:Statement`, a `prov:Entity`): one attributed claim of the article, with its speaker
 * (also as a `prov:qualifiedAttribution`), report mode, resolved date, the outlet that carried it, topics,
 * the entities it is about, stance, polarity, CAMEO event type, verbatim quotations (`schema:Quotation`)
 * and structured content. Nothing it says is asserted as fact outside it.
 *
 * @example
 * const wednesday = resolveWeekday("2022-03-09", "Wednesday");
 * const date = resolvedDate(g, { slug: "on-wednesday", method: "explicit", ...wednesday,
 *   phrase: anchorText(g, "on Wednesday", { within: "said on Wednesday" }) });
 * statement(g, { slug: "open-to-neutrality", summary: "Zhovkva: Ukraine is open to discussing neutrality",
 *   speaker: person(g, { name: "Ihor Zhovkva" }), mode: "reported",
 *   anchor: anchorText(g, "Ukraine is open to discussing neutrality with Russia"), date,
 *   topics: [topic(g, { name: "neutrality" })], about: [state(g, { name: "Ukraine" })], polarity: "affirmative" });
 */
export function statement(g: GraphBuilder, input: StatementInput): Ref<"statement"> {
  // The anchor covers the whole attribution: source, cue and content spans lie inside it.
  return build(g, "statement", input, (g) => buildStatement(g, input));
}

function buildStatement(g: GraphBuilder, input: StatementInput): Ref<"statement"> {
  const slug = checkSlug(input.slug, "statement.slug");
  const summary = requireName(input.summary, "statement.summary");
  const speakers = speakersOf(g, input.speaker);
  const anchorIri = g.check(input.anchor, "statement.anchor", ["anchor"]);
  const date = g.check(input.date, "statement.date", ["date"]);
  const carriers: NamedNode[] =
    input.carriedBy === undefined
      ? []
      : Array.isArray(input.carriedBy)
        ? requireArray<Ref<"outlet">>(input.carriedBy, "statement.carriedBy").map((o, i) =>
            g.check(o, `statement.carriedBy[${i}]`, ["outlet"]),
          )
        : [g.check(input.carriedBy as Ref<"outlet">, "statement.carriedBy", ["outlet"])];
  const carrier = carriers.length === 0 ? undefined : carriers;
  const mode = lookup(REPORT_MODES, input.mode, "statement.mode", "report mode");
  const polarity = lookup(POLARITIES, input.polarity, "statement.polarity", "polarity");
  const stance =
    input.stance === undefined
      ? undefined
      : conceptOf(g, "stance", STANCES, input.stance, "statement.stance", "stance");
  if (requireArray(input.topics, "statement.topics").length === 0)
    throw new NewsgraphError("invalid-input", "statement.topics", "needs at least one topic");
  const topics = input.topics.map((t, i) => g.check(t, `statement.topics[${i}]`, ["topic"]));
  const about = requireArray<Ref<EntityKind>>(input.about, "statement.about").map((e, i) =>
    g.check(e, `statement.about[${i}]`, ENTITY_KINDS),
  );
  const restated = optionalArray<Ref<"anchor">>(input.restatedAt, "statement.restatedAt").map((a, i) =>
    g.check(a, `statement.restatedAt[${i}]`, ["anchor"]),
  );
  const fromContext = optionalBoolean(input.outletFromContext, "statement.outletFromContext") === true;
  if (fromContext && carrier === undefined) {
    throw new NewsgraphError("invalid-input", "statement.outletFromContext", "is set but no outlet is given");
  }
  const outletNamedAt =
    input.outletNamedAt === undefined
      ? undefined
      : g.check(input.outletNamedAt, "statement.outletNamedAt", ["anchor"]);
  if (fromContext !== (outletNamedAt !== undefined))
    throw new NewsgraphError(
      "invalid-input",
      "statement.outletNamedAt",
      fromContext
        ? "an outlet from context needs the words that name it for the earlier remark (the inference's basis)"
        : "is given, but outletFromContext is not set",
    );
  const quoted = optionalArray<Ref<"anchor"> | QuotationInput>(input.quotations, "statement.quotations").map(
    (q, i) => {
      const field = `statement.quotations[${i}]`;
      const joint = typeof q === "object" && q !== null && "words" in q;
      const words = joint
        ? g.check(
            (requireObject(q, field) as Partial<QuotationInput>).words as Ref<"anchor">,
            `${field}.words`,
            ["anchor"],
          )
        : g.check(q as Ref<"anchor">, field, ["anchor"]);
      // A quotation's creator is one of the statement's speakers: the speaker, or the one it names.
      if (!joint && speakers.length > 1)
        throw new NewsgraphError(
          "invalid-input",
          field,
          "a joint statement's quotation names whose words it is: pass { words, by }",
        );
      const by = joint
        ? g.check((q as QuotationInput).by, `${field}.by`, AGENT_KINDS)
        : (speakers[0] as NamedNode);
      if (!speakers.some((s) => s.equals(by)))
        throw new NewsgraphError(
          "invalid-input",
          `${field}.by`,
          `<${by.value}> is not a speaker of the statement`,
        );
      return { words, by, field: joint ? `${field}.words` : field };
    },
  );
  const quotes = quoted.map((q) => q.words);
  const whole = anchorSpan(anchorIri);
  const inside = (a: NamedNode, field: string) => {
    const span = anchorSpan(a);
    if (span.start < whole.start || span.end > whole.end)
      throw new NewsgraphError(
        "invalid-input",
        field,
        `the span ${span.start}..${span.end} lies outside the statement's anchor ${whole.start}..${whole.end}`,
      );
    return a;
  };
  for (const q of quoted) inside(q.words, q.field);
  const hedge = checkHedge(g, input.hedge, "statement.hedge", anchorIri);
  const occasion =
    input.occasion === undefined ? undefined : g.check(input.occasion, "statement.occasion", ["event"]);
  const contentSpan =
    input.contentSpan === undefined
      ? anchorIri
      : inside(g.check(input.contentSpan, "statement.contentSpan", ["anchor"]), "statement.contentSpan");
  const sourceSpan =
    input.sourceSpan === undefined
      ? undefined
      : inside(g.check(input.sourceSpan, "statement.sourceSpan", ["anchor"]), "statement.sourceSpan");
  const cueSpan =
    input.cueSpan === undefined
      ? undefined
      : inside(g.check(input.cueSpan, "statement.cueSpan", ["anchor"]), "statement.cueSpan");
  if (mode === "narration" && (sourceSpan !== undefined || cueSpan !== undefined))
    throw new NewsgraphError(
      "invalid-input",
      sourceSpan === undefined ? "statement.cueSpan" : "statement.sourceSpan",
      "the article's own narration has no words that attribute it",
    );
  const summarised = optionalArray<Ref<"statement">>(input.summarises, "statement.summarises").map((st, i) =>
    g.check(st, `statement.summarises[${i}]`, ["statement"]),
  );
  if ((mode === "summary") !== summarised.length > 0)
    throw new NewsgraphError(
      "invalid-input",
      "statement.summarises",
      mode === "summary"
        ? "a summary names the statements it sums up"
        : 'only a statement in mode "summary" sums up others',
    );
  const inferredSpeaker =
    input.speakerFromContext === undefined
      ? undefined
      : {
          rule: requireName(input.speakerFromContext.rule, "statement.speakerFromContext.rule"),
          basis: optionalArray<Ref<"anchor">>(
            input.speakerFromContext.basis,
            "statement.speakerFromContext.basis",
          ).map((b, i) => g.check(b, `statement.speakerFromContext.basis[${i}]`, ["anchor"])),
        };
  const language =
    input.quotationLanguage === undefined
      ? articleFacts(g)?.language
      : requireName(input.quotationLanguage, "statement.quotationLanguage");
  if (quotes.length > 0 && language === undefined)
    throw new NewsgraphError(
      "invalid-input",
      "statement.quotationLanguage",
      "is needed for quotations when the article has not been built first",
    );
  if (mode === "verbatim" && quotes.length === 0) {
    throw new NewsgraphError(
      "invalid-input",
      "statement.quotations",
      "a verbatim statement needs its quotation",
    );
  }
  const content = optionalArray<Ref<ContentKind>>(input.content, "statement.content").map((c, i) =>
    g.check(c, `statement.content[${i}]`, CONTENT_KINDS),
  );
  const eventType =
    input.eventType === undefined ? undefined : eventTypeOf(g, input.eventType, "statement.eventType");

  // Cross-article layer: the remark reported (its quotations quote it) and the reports derived from.
  const reports =
    input.reports === undefined
      ? undefined
      : checkReport(g, input.reports, speakers, date, "statement.reports");
  const derivedFrom = optionalArray<Ref<"document">>(
    input.derivedFrom === undefined || Array.isArray(input.derivedFrom)
      ? input.derivedFrom
      : [input.derivedFrom],
    "statement.derivedFrom",
  ).map((d, i) =>
    g.check(d, Array.isArray(input.derivedFrom) ? `statement.derivedFrom[${i}]` : "statement.derivedFrom", [
      "document",
    ]),
  );
  const iri = mintArticleIri(g.articleSlug, "statement", slug);
  const sorted = (nodes: readonly NamedNode[]) => nodes.map((n) => n.value).sort();
  const details = {
    summary,
    speaker: speakers.length === 1 ? (speakers[0] as NamedNode).value : sorted(speakers),
    mode,
    anchor: anchorIri.value,
    date: date.value,
    carriedBy: carrier === undefined ? null : sorted(carrier),
    outletFromContext: carrier === undefined ? null : fromContext,
    outletNamedAt: outletNamedAt?.value ?? null,
    restatedAt: sorted(restated),
    topics: sorted(topics),
    about: sorted(about),
    stance: stance?.id ?? null,
    polarity,
    eventType: eventType?.id ?? null,
    quotations: quoted.map((q) => (speakers.length === 1 ? q.words.value : [q.words.value, q.by.value])),
    hedge: hedge === undefined ? null : [hedge.modality, hedge.words.value],
    occasion: occasion?.value ?? null,
    content: sorted(content),
    contentSpan: contentSpan.value,
    sourceSpan: sourceSpan?.value ?? null,
    cueSpan: cueSpan?.value ?? null,
    summarises: sorted(summarised),
    speakerFromContext:
      inferredSpeaker === undefined
        ? null
        : { rule: inferredSpeaker.rule, basis: inferredSpeaker.basis.map((b) => b.value) },
    quotationLanguage: language ?? null,
    reports: reports?.value ?? null,
    derivedFrom: sorted(derivedFrom),
  };
  const { ref, isNew } = g.register("statement", iri, details, "statement");
  if (!isNew) return ref;
  const article = mintIri("article", g.articleSlug);
  g.type(iri, ng("Statement"), prov("Entity"));
  g.add(iri, rdfs("label"), en(summary));
  // Each speaker of a joint statement has its own attribution, numbered in IRI order (not input order).
  const ordered = [...speakers].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  for (const [i, speaker] of ordered.entries()) {
    g.add(iri, ng("speaker"), speaker);
    g.add(iri, prov("wasAttributedTo"), speaker);
    const local = ordered.length === 1 ? `${slug}-speaker` : `${slug}-speaker-${i + 1}`;
    const attribution = mintArticleIri(g.articleSlug, "statement", local);
    g.type(attribution, prov("Attribution"));
    g.add(attribution, prov("agent"), speaker);
    g.add(attribution, prov("hadRole"), ng("SpeakerRole"));
    g.add(iri, prov("qualifiedAttribution"), attribution);
  }
  if (inferredSpeaker !== undefined)
    recordInference(g, {
      subject: iri,
      property: ng("speaker"),
      slug,
      rule: inferredSpeaker.rule,
      field: "statement.speakerFromContext.rule",
      basis: inferredSpeaker.basis,
    });
  // An outlet carried the words; it did not say them: related to the statement, never its author.
  if (carrier !== undefined) {
    for (const c of carrier) g.add(iri, ng("carriedBy"), c);
    g.add(iri, ng("outletFromContext"), bool(fromContext));
    if (fromContext)
      recordInference(g, {
        subject: iri,
        property: ng("carriedBy"),
        slug,
        rule: OUTLET_FROM_CONTEXT_RULE,
        field: "statement.outletFromContext",
        basis: outletNamedAt === undefined ? [] : [outletNamedAt],
      });
  }
  g.add(iri, ng("contentSpan"), contentSpan);
  if (sourceSpan !== undefined) g.add(iri, ng("sourceSpan"), sourceSpan);
  if (cueSpan !== undefined) g.add(iri, ng("cueSpan"), cueSpan);
  for (const s of summarised) g.add(iri, ng("summarises"), s);
  for (const a of restated) g.add(iri, ng("restatedAt"), a);
  g.add(iri, ng("reportedIn"), article);
  g.add(iri, prov("wasDerivedFrom"), article);
  g.add(iri, ng("reportMode"), REPORT_MODES[mode]);
  g.add(iri, ng("statedAt"), date);
  g.add(iri, ng("anchor"), anchorIri);
  g.add(iri, ng("polarity"), POLARITIES[polarity]);
  if (stance !== undefined) g.add(iri, ng("stance"), stance.user?.iri ?? STANCES[stance.key as Stance]);
  if (eventType !== undefined) g.add(iri, ng("eventType"), eventType.iri);
  emitHedge(g, iri, hedge);
  if (occasion !== undefined) g.add(iri, ng("madeDuring"), occasion);
  for (const t of topics) g.add(iri, ng("topic"), t);
  for (const e of about) g.add(iri, schema("about"), e);
  for (const c of content) g.add(iri, ng("content"), c);
  if (reports !== undefined) g.add(iri, ng("reports"), reports);
  for (const d of derivedFrom) g.add(iri, prov("wasDerivedFrom"), d);
  quoted.forEach(({ words: q, by: speaker }, i) => {
    const quote = mintArticleIri(g.articleSlug, "quote", `${slug}-${i + 1}`);
    const exact = g.recall<string>(q) ?? "";
    g.register("quotation", quote, { text: exact }, "statement.quotations", "statement.slug");
    g.type(quote, schema("Quotation"));
    g.add(quote, schema("text"), str(exact));
    g.add(quote, schema("creator"), speaker);
    g.add(quote, prov("wasAttributedTo"), speaker);
    g.add(quote, ng("anchor"), q);
    g.add(quote, schema("isPartOf"), article);
    if (language !== undefined) g.add(quote, schema("inLanguage"), str(language));
    g.add(iri, ng("quotation"), quote);
    if (reports !== undefined) g.add(quote, ng("quotes"), reports);
  });
  return ref;
}
