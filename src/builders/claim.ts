import type { NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { Polarity, Stance } from "../vocab/concepts.js";
import { POLARITIES, STANCES } from "../vocab/concepts.js";
import { ng, rdfs, time } from "../vocab/namespaces.js";
import { articleFacts } from "./article.js";
import type { EventTypeInput } from "./concept.js";
import { cameo, eventTypeOf } from "./concept.js";
import type { Details, GraphBuilder } from "./graph.js";
import { build, en } from "./graph.js";
import { checkSlug, mintArticleIri } from "./iri.js";
import type { AgentKind, ContentKind, EntityKind, Kind, Ref } from "./kinds.js";
import { AGENT_KINDS, CONTENT_KINDS, ENTITY_KINDS } from "./kinds.js";
import type { CheckedHedge, HedgeInput } from "./modality.js";
import { checkHedge, emitHedge } from "./modality.js";
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

/** What every piece of claim content has: a slug, a label in our words, and optionally its span. */
export interface ContentInput {
  readonly slug: string;
  readonly label: string;
  readonly anchor?: Ref<"anchor">;
  /**
   * The claim content this one answers: the items of another party's demand that a refusal, position or
   * condition responds to (`ng:answers`).
   */
  readonly answers?: readonly Ref<ContentKind>[];
  /** How the claim is hedged ("might be willing"): the modality and the words that mark it. */
  readonly hedge?: HedgeInput;
  /**
   * The content this one holds only under ("if the West gives guarantees, Ukraine would…"):
   * `ng:conditionalOn`. The hypothesis is claim content too, never asserted; unlike `condition()` (an
   * outcome that requires something), it makes this content hypothetical.
   */
  readonly conditionalOn?: readonly Ref<ContentKind>[];
  /** Cross-article layer: the shared claim item (`claimItem()`) this content names (`ng:reports`). */
  readonly reports?: Ref<"claimItem">;
}

interface CheckedContent {
  readonly label: string;
  readonly slug: string;
  readonly anchor: NamedNode | undefined;
  readonly answers: readonly NamedNode[];
  readonly hedge: CheckedHedge | undefined;
  readonly conditionalOn: readonly NamedNode[];
  readonly reports: NamedNode | undefined;
}

/** Check the slug, label and anchor every piece of claim content has (before anything is emitted). */
function checkContent(g: GraphBuilder, kind: ContentKind, input: ContentInput): CheckedContent {
  const label = requireName(input.label, `${kind}.label`);
  const slug = checkSlug(input.slug, `${kind}.slug`);
  const anchor = input.anchor === undefined ? undefined : g.check(input.anchor, `${kind}.anchor`, ["anchor"]);
  const answers = optionalArray<Ref<ContentKind>>(input.answers, `${kind}.answers`).map((a, i) =>
    g.check(a, `${kind}.answers[${i}]`, CONTENT_KINDS),
  );
  const hedge = checkHedge(g, input.hedge, `${kind}.hedge`, anchor);
  const conditionalOn = optionalArray<Ref<ContentKind>>(input.conditionalOn, `${kind}.conditionalOn`).map(
    (c, i) => g.check(c, `${kind}.conditionalOn[${i}]`, CONTENT_KINDS),
  );
  const reports =
    input.reports === undefined ? undefined : g.check(input.reports, `${kind}.reports`, ["claimItem"]);
  return { label, slug, anchor, answers, hedge, conditionalOn, reports };
}

/** Register and emit the common part of claim content; `details` is everything else it emits. */
function content<K extends ContentKind>(
  g: GraphBuilder,
  kind: K,
  cls: string,
  checked: CheckedContent,
  details: Details,
): { ref: Ref<K>; iri: NamedNode; isNew: boolean } {
  const iri = mintArticleIri(g.articleSlug, "claim", checked.slug);
  const all = {
    label: checked.label,
    anchor: checked.anchor?.value ?? null,
    answers: checked.answers.map((a) => a.value).sort(),
    hedge: checked.hedge === undefined ? null : [checked.hedge.modality, checked.hedge.words.value],
    conditionalOn: checked.conditionalOn.map((c) => c.value).sort(),
    reports: checked.reports?.value ?? null,
    ...details,
  };
  if (checked.conditionalOn.some((c) => c.equals(iri)))
    throw new NewsgraphError(
      "invalid-input",
      `${kind}.conditionalOn`,
      "content cannot be conditional on itself",
    );
  const reg = g.register(kind, iri, all, kind);
  if (reg.isNew) {
    g.type(iri, ng(cls), ng("ClaimContent"));
    g.add(iri, rdfs("label"), en(checked.label));
    if (checked.anchor !== undefined) g.add(iri, ng("anchor"), checked.anchor);
    for (const a of checked.answers) g.add(iri, ng("answers"), a);
    emitHedge(g, iri, checked.hedge);
    for (const c of checked.conditionalOn) g.add(iri, ng("conditionalOn"), c);
    if (checked.reports !== undefined) g.add(iri, ng("reports"), checked.reports);
  }
  return { ...reg, iri };
}

/** Refuse a date whose day is after the article's publication day (the article must be built first). */
function notAfterPublication(g: GraphBuilder, date: NamedNode, field: string): void {
  const published = articleFacts(g)?.datePublished;
  const day = g.emitted.find((q) => q.subject.equals(date) && q.predicate.equals(time("inXSDDate")))?.object
    .value;
  if (published !== undefined && day !== undefined && day > published)
    throw new NewsgraphError(
      "invalid-date",
      field,
      `${day} is after the article's publication day ${published}: a position is dated as of what the text reports`,
    );
}

const agentOf = (g: GraphBuilder, r: Ref<AgentKind>, field: string) => g.check(r, field, AGENT_KINDS);
const entitiesOf = (g: GraphBuilder, rs: readonly Ref<EntityKind>[] | undefined, field: string) =>
  optionalArray<Ref<EntityKind>>(rs, field).map((r, i) => g.check(r, `${field}[${i}]`, ENTITY_KINDS));
const contentsOf = (g: GraphBuilder, rs: readonly Ref<ContentKind>[] | undefined, field: string) =>
  optionalArray<Ref<ContentKind>>(rs, field).map((r, i) => g.check(r, `${field}[${i}]`, CONTENT_KINDS));
const sorted = (nodes: readonly NamedNode[]) => nodes.map((n) => n.value).sort();

/**
 * An action that a claim is about — something someone would, should or will not do ("Ukraine becomes
 * neutral", "Russia withdraws its troops"). It is content, never a fact: it exists only inside claims.
 * `leadsTo` states the consequence the claim attaches to it.
 *
 * @example
 * const ukraine = state(g, { name: "Ukraine", wikidata: "Q212" });
 * action(g, { slug: "ukraine-becomes-neutral", label: "Ukraine becomes neutral", actor: ukraine });
 */
export function action(
  g: GraphBuilder,
  input: ContentInput & {
    readonly actor?: Ref<AgentKind>;
    readonly affects?: readonly Ref<EntityKind>[];
    readonly eventType?: EventTypeInput;
    readonly leadsTo?: Ref<"action">;
    /** Other claim content the action is about ("accept Russia’s terms" concerns Russia's demand). */
    readonly concerns?: readonly Ref<ContentKind>[];
  },
): Ref<"action"> {
  return build(g, "action", input, (g) => {
    const checked = checkContent(g, "action", input);
    const concerns = contentsOf(g, input.concerns, "action.concerns");
    const actor = input.actor === undefined ? undefined : agentOf(g, input.actor, "action.actor");
    const affects = entitiesOf(g, input.affects, "action.affects");
    const leadsTo =
      input.leadsTo === undefined ? undefined : g.check(input.leadsTo, "action.leadsTo", ["action"]);
    const type =
      input.eventType === undefined ? undefined : eventTypeOf(g, input.eventType, "action.eventType");
    const { ref, iri, isNew } = content(g, "action", "Action", checked, {
      actor: actor?.value ?? null,
      affects: sorted(affects),
      eventType: type?.id ?? null,
      leadsTo: leadsTo?.value ?? null,
      concerns: sorted(concerns),
    });
    if (isNew) {
      if (actor !== undefined) g.add(iri, ng("actor"), actor);
      for (const a of affects) g.add(iri, ng("affects"), a);
      if (type !== undefined) g.add(iri, ng("eventType"), type.iri);
      if (leadsTo !== undefined) g.add(iri, ng("leadsTo"), leadsTo);
      for (const c of concerns) g.add(iri, ng("concerns"), c);
    }
    return ref;
  });
}

/** The status a recognition grants a territory. */
export type RecognisedStatus =
  | { readonly status: "partOf"; readonly of: Ref<"state"> }
  | { readonly status: "independent" };

/**
 * Recognition of a territory's status by an agent ("recognize Crimea as Russian territory", "recognize the
 * independence of the Donbas republics"): content of a demand, never a fact about the territory.
 *
 * @example
 * const [ukraine, russia] = [state(g, { name: "Ukraine" }), state(g, { name: "Russia" })];
 * const crimea = territory(g, { name: "Crimea", wikidata: "Q7835" });
 * recognition(g, { slug: "recognise-crimea", label: "Ukraine recognizes Crimea as Russian territory",
 *   recogniser: ukraine, territories: [crimea], status: { status: "partOf", of: russia } });
 */
export function recognition(
  g: GraphBuilder,
  input: ContentInput & {
    readonly recogniser: Ref<AgentKind>;
    readonly territories: readonly Ref<"territory">[];
  } & { readonly status: RecognisedStatus },
): Ref<"recognition"> {
  return build(g, "recognition", input, (g) => {
    const checked = checkContent(g, "recognition", input);
    const recogniser = agentOf(g, input.recogniser, "recognition.recogniser");
    const given = requireArray<Ref<"territory">>(input.territories, "recognition.territories");
    if (given.length === 0) {
      throw new NewsgraphError("invalid-input", "recognition.territories", "needs at least one territory");
    }
    const territories = given.map((t, i) => g.check(t, `recognition.territories[${i}]`, ["territory"]));
    const status = requireObject(input.status, "recognition.status") as Partial<RecognisedStatus> & {
      of?: Ref<"state">;
    };
    if (status.status !== "partOf" && status.status !== "independent") {
      throw new NewsgraphError(
        "invalid-value",
        "recognition.status.status",
        'must be "partOf" (with `of`) or "independent"',
      );
    }
    const partOf =
      status.status === "partOf"
        ? g.check(status.of as Ref<"state">, "recognition.status.of", ["state"])
        : undefined;
    const { ref, iri, isNew } = content(g, "recognition", "Recognition", checked, {
      recogniser: recogniser.value,
      territories: sorted(territories),
      status: status.status,
      of: partOf?.value ?? null,
    });
    if (isNew) {
      g.type(iri, ng("Action"));
      g.add(iri, ng("actor"), recogniser);
      for (const t of territories) g.add(iri, ng("recognisedTerritory"), t);
      if (partOf !== undefined) {
        g.add(iri, ng("recognisedStatus"), ng("PartOfState"));
        g.add(iri, ng("asPartOf"), partOf);
      } else {
        g.add(iri, ng("recognisedStatus"), ng("Independent"));
      }
      g.add(iri, ng("eventType"), cameo(g, "054").iri);
    }
    return ref;
  });
}

/**
 * A security guarantee: who guarantees whose security. Guarantors may be left out when the text does not
 * name them ("as long as it gets security guarantees").
 *
 * @example
 * const [us, ukraine] = [state(g, { name: "United States" }), state(g, { name: "Ukraine" })];
 * const west = stateGroup(g, { name: "Western countries" });
 * guarantee(g, { slug: "western-guarantees", label: "Security guarantees for Ukraine from the US and the West",
 *   guarantors: [us, west], beneficiary: ukraine });
 */
export function guarantee(
  g: GraphBuilder,
  input: ContentInput & {
    readonly guarantors: readonly Ref<AgentKind>[];
    readonly beneficiary: Ref<AgentKind>;
  },
): Ref<"guarantee"> {
  return build(g, "guarantee", input, (g) => {
    const checked = checkContent(g, "guarantee", input);
    const guarantors = requireArray<Ref<AgentKind>>(input.guarantors, "guarantee.guarantors").map((a, i) =>
      agentOf(g, a, `guarantee.guarantors[${i}]`),
    );
    const beneficiary = agentOf(g, input.beneficiary, "guarantee.beneficiary");
    const { ref, iri, isNew } = content(g, "guarantee", "SecurityGuarantee", checked, {
      guarantors: sorted(guarantors),
      beneficiary: beneficiary.value,
    });
    if (isNew) {
      for (const a of guarantors) g.add(iri, ng("guarantor"), a);
      g.add(iri, ng("beneficiary"), beneficiary);
    }
    return ref;
  });
}

/**
 * A demand: who demands what of whom, its items, and what is offered in return.
 *
 * @example
 * const [russia, ukraine] = [state(g, { name: "Russia" }), state(g, { name: "Ukraine" })];
 * const neutral = action(g, { slug: "ukraine-becomes-neutral", label: "Ukraine becomes neutral", actor: ukraine });
 * const stop = action(g, { slug: "russia-stops-offensive", label: "Russia stops its offensive", actor: russia });
 * demand(g, { slug: "russian-demand", label: "…", by: russia, of: ukraine, items: [neutral], inReturn: stop });
 */
export function demand(
  g: GraphBuilder,
  input: ContentInput & {
    readonly by: Ref<AgentKind>;
    readonly of: Ref<AgentKind>;
    readonly items: readonly Ref<ContentKind>[];
    readonly inReturn?: Ref<"action">;
  },
): Ref<"demand"> {
  return build(g, "demand", input, (g) => {
    const checked = checkContent(g, "demand", input);
    const by = agentOf(g, input.by, "demand.by");
    const of = agentOf(g, input.of, "demand.of");
    if (requireArray(input.items, "demand.items").length === 0)
      throw new NewsgraphError("invalid-input", "demand.items", "needs at least one item");
    const items = contentsOf(g, input.items, "demand.items");
    const inReturn =
      input.inReturn === undefined ? undefined : g.check(input.inReturn, "demand.inReturn", ["action"]);
    const { ref, iri, isNew } = content(g, "demand", "Demand", checked, {
      by: by.value,
      of: of.value,
      items: sorted(items),
      inReturn: inReturn?.value ?? null,
    });
    if (isNew) {
      g.add(iri, ng("demandedBy"), by);
      g.add(iri, ng("demandedOf"), of);
      for (const it of items) g.add(iri, ng("item"), it);
      if (inReturn !== undefined) g.add(iri, ng("offersInReturn"), inReturn);
    }
    return ref;
  });
}

/**
 * A condition: `outcome` only if `requires` ("for Ukraine to declare neutrality, it would need security
 * guarantees"). A precondition is a condition that must hold before the outcome can even start (talks).
 *
 * @example
 * const ukraine = state(g, { name: "Ukraine" });
 * const talks = action(g, { slug: "ukraine-discusses-neutrality", label: "Ukraine discusses neutrality", actor: ukraine });
 * const guarantees = guarantee(g, { slug: "guarantees", label: "…", guarantors: [], beneficiary: ukraine });
 * condition(g, { slug: "neutrality-needs-guarantees", label: "…", holder: ukraine, outcome: talks, requires: [guarantees] });
 */
export function condition(
  g: GraphBuilder,
  input: ContentInput & {
    readonly holder: Ref<AgentKind>;
    readonly outcome: Ref<ContentKind> | Ref<"event">;
    readonly requires: readonly Ref<ContentKind>[];
    readonly precondition?: boolean;
  },
): Ref<"condition"> {
  return build(g, "condition", input, (g) => {
    const checked = checkContent(g, "condition", input);
    const holder = agentOf(g, input.holder, "condition.holder");
    const outcome = g.check<Kind>(input.outcome, "condition.outcome", [...CONTENT_KINDS, "event"]);
    if (requireArray(input.requires, "condition.requires").length === 0) {
      throw new NewsgraphError("invalid-input", "condition.requires", "needs at least one requirement");
    }
    const requires = contentsOf(g, input.requires, "condition.requires");
    const precondition = optionalBoolean(input.precondition, "condition.precondition") === true;
    const { ref, iri, isNew } = content(g, "condition", "Condition", checked, {
      holder: holder.value,
      outcome: outcome.value,
      requires: sorted(requires),
      precondition,
    });
    if (isNew) {
      if (precondition) g.type(iri, ng("Precondition"));
      g.add(iri, ng("conditionHolder"), holder);
      g.add(iri, ng("outcome"), outcome);
      for (const r of requires) g.add(iri, ng("requires"), r);
    }
    return ref;
  });
}

/**
 * A proposal by one agent to another, with what it includes, what it rules out and how it is assessed.
 *
 * @example
 * const putin = person(g, { name: "Vladimir Putin" });
 * const zelensky = person(g, { name: "Volodymyr Zelenskyy" });
 * const change = action(g, { slug: "regime-change-in-ukraine", label: "Regime change in Ukraine" });
 * proposal(g, { slug: "putin-proposal", label: "Putin's proposal to Zelensky", by: putin, to: zelensky, excludes: [change] });
 */
export function proposal(
  g: GraphBuilder,
  input: ContentInput & {
    readonly by: Ref<AgentKind>;
    readonly to: Ref<AgentKind>;
    readonly includes?: readonly Ref<ContentKind>[];
    readonly excludes?: readonly Ref<ContentKind>[];
    readonly assessment?: string;
  },
): Ref<"proposal"> {
  return build(g, "proposal", input, (g) => {
    const checked = checkContent(g, "proposal", input);
    const by = agentOf(g, input.by, "proposal.by");
    const to = agentOf(g, input.to, "proposal.to");
    const includes = contentsOf(g, input.includes, "proposal.includes");
    const excludes = contentsOf(g, input.excludes, "proposal.excludes");
    const assessment =
      input.assessment === undefined ? undefined : requireName(input.assessment, "proposal.assessment");
    const { ref, iri, isNew } = content(g, "proposal", "Proposal", checked, {
      by: by.value,
      to: to.value,
      includes: sorted(includes),
      excludes: sorted(excludes),
      assessment: assessment ?? null,
    });
    if (isNew) {
      g.add(iri, ng("proposedBy"), by);
      g.add(iri, ng("proposedTo"), to);
      for (const x of includes) g.add(iri, ng("includes"), x);
      for (const x of excludes) g.add(iri, ng("excludes"), x);
      if (assessment !== undefined) g.add(iri, ng("assessment"), en(assessment));
    }
    return ref;
  });
}

/**
 * A refusal: an agent will not do something ("will not trade our territories").
 *
 * @example
 * const ukraine = state(g, { name: "Ukraine" });
 * const cede = action(g, { slug: "ukraine-cedes-territory", label: "Ukraine cedes territory", actor: ukraine });
 * refusal(g, { slug: "no-territory", label: "Ukraine will not cede territory", by: ukraine, refused: cede });
 */
export function refusal(
  g: GraphBuilder,
  input: ContentInput & { readonly by: Ref<AgentKind>; readonly refused: Ref<ContentKind> },
): Ref<"refusal"> {
  return build(g, "refusal", input, (g) => {
    const checked = checkContent(g, "refusal", input);
    const by = agentOf(g, input.by, "refusal.by");
    const refused = g.check(input.refused, "refusal.refused", CONTENT_KINDS);
    const { ref, iri, isNew } = content(g, "refusal", "Refusal", checked, {
      by: by.value,
      refused: refused.value,
    });
    if (isNew) {
      g.add(iri, ng("refusedBy"), by);
      g.add(iri, ng("refused"), refused);
    }
    return ref;
  });
}

/**
 * A position: an agent's stance toward a topic, an entity or an action ("cooled down on joining NATO").
 * It can be negated (`polarity: "negative"`: "is not open to") and dated (`asOf`: the day it is held as of,
 * a resolved date no later than the article's publication).
 *
 * @example
 * const zelensky = person(g, { name: "Volodymyr Zelenskyy" });
 * const joinNato = action(g, { slug: "ukraine-joins-nato", label: "Ukraine joins NATO" });
 * position(g, { slug: "cooled-on-nato", label: "…", holder: zelensky, stance: "cooledOn", towards: joinNato });
 */
export function position(
  g: GraphBuilder,
  input: ContentInput & {
    readonly holder: Ref<AgentKind>;
    /** A built-in stance, or one declared with `defineStance`. */
    readonly stance: Stance | UserConcept<"stance">;
    readonly towards: Ref<ContentKind> | Ref<EntityKind>;
    /** `"negative"` when the holder is not of that stance ("is not open to"); affirmative when not given. */
    readonly polarity?: Polarity;
    /** The day the position is held as of, when the text dates it. */
    readonly asOf?: Ref<"date">;
  },
): Ref<"position"> {
  return build(g, "position", input, (g) => {
    const checked = checkContent(g, "position", input);
    const holder = agentOf(g, input.holder, "position.holder");
    const stance = conceptOf(g, "stance", STANCES, input.stance, "position.stance", "stance");
    const towards = g.check<Kind>(input.towards, "position.towards", [...CONTENT_KINDS, ...ENTITY_KINDS]);
    const polarity =
      input.polarity === undefined
        ? undefined
        : lookup(POLARITIES, input.polarity, "position.polarity", "polarity");
    const asOf = input.asOf === undefined ? undefined : g.check(input.asOf, "position.asOf", ["date"]);
    if (asOf !== undefined) notAfterPublication(g, asOf, "position.asOf");
    const { ref, iri, isNew } = content(g, "position", "Position", checked, {
      holder: holder.value,
      stance: stance.id,
      towards: towards.value,
      polarity: polarity ?? null,
      asOf: asOf?.value ?? null,
    });
    if (isNew) {
      g.add(iri, ng("holder"), holder);
      g.add(iri, ng("stance"), stance.user?.iri ?? STANCES[stance.key as Stance]);
      g.add(iri, ng("towards"), towards);
      if (polarity !== undefined) g.add(iri, ng("polarity"), POLARITIES[polarity]);
      if (asOf !== undefined) g.add(iri, ng("heldAsOf"), asOf);
    }
    return ref;
  });
}

/**
 * A choice an agent faces between options, each an action with the consequence the claim attaches to it.
 *
 * @example
 * const zelensky = person(g, { name: "Volodymyr Zelenskyy" });
 * const accept = action(g, { slug: "accept-the-deal", label: "Zelensky accepts the deal", actor: zelensky });
 * const reject = action(g, { slug: "reject-the-deal", label: "Zelensky rejects the deal", actor: zelensky });
 * choice(g, { slug: "crossroads", label: "…", facedBy: zelensky, options: [accept, reject] });
 */
export function choice(
  g: GraphBuilder,
  input: ContentInput & { readonly facedBy: Ref<AgentKind>; readonly options: readonly Ref<"action">[] },
): Ref<"choice"> {
  return build(g, "choice", input, (g) => {
    const checked = checkContent(g, "choice", input);
    const facedBy = agentOf(g, input.facedBy, "choice.facedBy");
    const given = requireArray<Ref<"action">>(input.options, "choice.options");
    if (given.length < 2)
      throw new NewsgraphError("invalid-input", "choice.options", "needs at least two options");
    const options = given.map((o, i) => g.check(o, `choice.options[${i}]`, ["action"]));
    const { ref, iri, isNew } = content(g, "choice", "Choice", checked, {
      facedBy: facedBy.value,
      options: sorted(options),
    });
    if (isNew) {
      g.add(iri, ng("facedBy"), facedBy);
      for (const o of options) g.add(iri, ng("option"), o);
    }
    return ref;
  });
}
