import type { Literal, NamedNode, Term } from "@rdfjs/types";
import type { NewsStore } from "../store/store.js";
import { ng, rdf, rdfs } from "../vocab/namespaces.js";
import { Query, v } from "./pattern.js";
import { type ArticleScope, inScope } from "./scope.js";
import { sortRows } from "./sort.js";
import { termKey } from "./terms.js";

// Claim content by kind — positions, refusals, choices, security guarantees, recognitions, demands and
// conditions — each listed with what it refers to and the statement (and speaker) it belongs to. Nothing
// here is a fact: every row stays attributed to the statement that reports it.

/**
 * The properties by which one claim content holds another: a demand's items, a condition's outcome and
 * requirements, what a position is towards, what a refusal refuses, a choice's options, what a proposal
 * includes or excludes, what a demand offers in return.
 */
export const CLAIM_PARTS: readonly NamedNode[] = [
  "item",
  "requires",
  "outcome",
  "towards",
  "refused",
  "option",
  "includes",
  "excludes",
  "offersInReturn",
].map((p) => ng(p));

/** The statement a claim content belongs to: it is the statement's content, or a part of it (`within`). */
export interface ClaimContext {
  /** The statement's content this claim is a part of; absent when it is the content itself. */
  readonly within?: NamedNode;
  readonly statement?: NamedNode;
  readonly speaker?: NamedNode;
  /** The article that reports the statement. */
  readonly article?: NamedNode;
}

/** For every claim content a statement reports, the statements (and speakers) it belongs to. */
function contexts(store: NewsStore): Map<string, ClaimContext[]> {
  const map = new Map<string, ClaimContext[]>();
  const add = (node: Term, context: ClaimContext) => {
    const list = map.get(termKey(node));
    if (list === undefined) map.set(termKey(node), [context]);
    else list.push(context);
  };
  for (const r of Query.on(store)
    .where(
      [v("statement"), ng("content"), v("content")],
      [v("statement"), ng("speaker"), v("speaker")],
      [v("statement"), ng("reportedIn"), v("article")],
    )
    .rows()) {
    add(r.content, {
      statement: r.statement as NamedNode,
      speaker: r.speaker as NamedNode,
      article: r.article as NamedNode,
    });
  }
  const parts = new Set(CLAIM_PARTS.map((p) => p.value));
  for (const r of Query.on(store)
    .where(
      [v("statement"), ng("content"), v("within")],
      [v("within"), v("part"), v("node")],
      [v("statement"), ng("speaker"), v("speaker")],
      [v("statement"), ng("reportedIn"), v("article")],
    )
    .filter((row) => parts.has(row.part.value))
    .rows()) {
    add(r.node, {
      within: r.within as NamedNode,
      statement: r.statement as NamedNode,
      speaker: r.speaker as NamedNode,
      article: r.article as NamedNode,
    });
  }
  return map;
}

/**
 * Each row of a claim kind with the statements it belongs to (one row per statement; a claim no
 * statement reports keeps one row without them), each once, sorted by every column in order — the twin's
 * ORDER BY (the article first) — and kept to one article when the scope names one.
 */
function attributed<T extends object>(
  store: NewsStore,
  rows: readonly Readonly<Record<string, Term>>[],
  node: string,
  columns: readonly string[],
  options: ArticleScope | undefined,
): T[] {
  const byNode = contexts(store);
  const out = rows.flatMap((row) => {
    const key = row[node];
    const found = key === undefined ? undefined : byNode.get(termKey(key));
    return (found ?? [{}]).map((context) => ({ ...row, ...context }));
  });
  const projected = out.map((row) => {
    const r: Record<string, Term> = {};
    for (const c of columns) {
      const t = (row as Record<string, Term | undefined>)[c];
      if (t !== undefined) r[c] = t;
    }
    return r;
  });
  const distinct = new Map(projected.map((r) => [columns.map((c) => termKey(r[c])).join("\u0000"), r]));
  return inScope(sortRows([...distinct.values()], columns), options) as unknown as T[];
}

/** A position an agent takes, and the statement it belongs to. */
export interface PositionRow extends ClaimContext {
  readonly position: NamedNode;
  readonly label: Literal;
  readonly holder: NamedNode;
  readonly stance: NamedNode;
  readonly towards: NamedNode;
  readonly towardsLabel?: Literal;
}

/** The columns of `positions`, in order. */
export const POSITION_COLUMNS = [
  "article",
  "position",
  "label",
  "holder",
  "stance",
  "towards",
  "towardsLabel",
  "within",
  "statement",
  "speaker",
] as const;

/**
 * Every position (`ng:Position`): who holds it, the stance (supports, open to, cooled on, aspires to…),
 * what it is towards, and the statement and speaker that report it.
 *
 * @example
 * positions(store).map((p) => [p.holder.value, p.stance.value, p.towardsLabel?.value]);
 */
export function positions(store: NewsStore, options?: ArticleScope): PositionRow[] {
  const rows = Query.on(store)
    .where(
      [v("position"), rdf("type"), ng("Position")],
      [v("position"), rdfs("label"), v("label")],
      [v("position"), ng("holder"), v("holder")],
      [v("position"), ng("stance"), v("stance")],
      [v("position"), ng("towards"), v("towards")],
    )
    .optional([v("towards"), rdfs("label"), v("towardsLabel")])
    .rows();
  return attributed(store, rows, "position", POSITION_COLUMNS, options);
}

/** A refusal, and the statement it belongs to. */
export interface RefusalRow extends ClaimContext {
  readonly refusal: NamedNode;
  readonly label: Literal;
  readonly by: NamedNode;
  readonly refused: NamedNode;
  readonly refusedLabel?: Literal;
}

/** The columns of `refusals`, in order. */
export const REFUSAL_COLUMNS = [
  "article",
  "refusal",
  "label",
  "by",
  "refused",
  "refusedLabel",
  "within",
  "statement",
  "speaker",
] as const;

/**
 * Every refusal (`ng:Refusal`): who refuses what, and the statement and speaker that report it.
 *
 * @example
 * refusals(store).filter((r) => r.speaker?.value.endsWith("/person/ihor-zhovkva")); // will not cede territory
 */
export function refusals(store: NewsStore, options?: ArticleScope): RefusalRow[] {
  const rows = Query.on(store)
    .where(
      [v("refusal"), rdf("type"), ng("Refusal")],
      [v("refusal"), rdfs("label"), v("label")],
      [v("refusal"), ng("refusedBy"), v("by")],
      [v("refusal"), ng("refused"), v("refused")],
    )
    .optional([v("refused"), rdfs("label"), v("refusedLabel")])
    .rows();
  return attributed(store, rows, "refusal", REFUSAL_COLUMNS, options);
}

/** One option of a choice, and the statement the choice belongs to. */
export interface ChoiceRow extends ClaimContext {
  readonly choice: NamedNode;
  readonly label: Literal;
  readonly facedBy: NamedNode;
  readonly option: NamedNode;
  readonly optionLabel?: Literal;
  /** What the claim says the option leads to. */
  readonly consequence?: Literal;
}

/** The columns of `choices`, in order. */
export const CHOICE_COLUMNS = [
  "article",
  "choice",
  "label",
  "facedBy",
  "option",
  "optionLabel",
  "consequence",
  "within",
  "statement",
  "speaker",
] as const;

/**
 * Every choice (`ng:Choice`, a dilemma), one row per option with the consequence the claim attaches to
 * it, who faces it, and the statement and speaker that report it.
 *
 * @example
 * choices(store).map((c) => [c.optionLabel?.value, c.consequence?.value]); // accept → the war stops, …
 */
export function choices(store: NewsStore, options?: ArticleScope): ChoiceRow[] {
  const rows = Query.on(store)
    .where(
      [v("choice"), rdf("type"), ng("Choice")],
      [v("choice"), rdfs("label"), v("label")],
      [v("choice"), ng("facedBy"), v("facedBy")],
      [v("choice"), ng("option"), v("option")],
    )
    .optional([v("option"), rdfs("label"), v("optionLabel")])
    .optional([v("option"), ng("leadsTo"), v("leadsTo")], [v("leadsTo"), rdfs("label"), v("consequence")])
    .rows();
  return attributed(store, rows, "choice", CHOICE_COLUMNS, options);
}

/** A security guarantee, and the statement it belongs to. */
export interface GuaranteeRow extends ClaimContext {
  readonly guarantee: NamedNode;
  readonly label: Literal;
  readonly beneficiary: NamedNode;
  readonly guarantor?: NamedNode;
}

/** The columns of `guarantees`, in order. */
export const GUARANTEE_COLUMNS = [
  "article",
  "guarantee",
  "label",
  "beneficiary",
  "guarantor",
  "within",
  "statement",
  "speaker",
] as const;

/**
 * Every security guarantee (`ng:SecurityGuarantee`): for whom, from which guarantors (one row each; none
 * when the text names none), the claim it is part of (a condition's requirement, what a position is
 * towards) and the statement and speaker that report it.
 *
 * @example
 * guarantees(store).map((g) => [g.label.value, g.guarantor?.value]);
 */
export function guarantees(store: NewsStore, options?: ArticleScope): GuaranteeRow[] {
  const rows = Query.on(store)
    .where(
      [v("guarantee"), rdf("type"), ng("SecurityGuarantee")],
      [v("guarantee"), rdfs("label"), v("label")],
      [v("guarantee"), ng("beneficiary"), v("beneficiary")],
    )
    .optional([v("guarantee"), ng("guarantor"), v("guarantor")])
    .rows();
  return attributed(store, rows, "guarantee", GUARANTEE_COLUMNS, options);
}

/** A recognition of a territory's status, and the statement it belongs to. */
export interface RecognitionRow extends ClaimContext {
  readonly recognition: NamedNode;
  readonly label: Literal;
  readonly actor: NamedNode;
  readonly territory: NamedNode;
  /** ng:PartOfState or ng:Independent. */
  readonly status: NamedNode;
  readonly asPartOf?: NamedNode;
}

/** The columns of `recognitions`, in order. */
export const RECOGNITION_COLUMNS = [
  "article",
  "recognition",
  "label",
  "actor",
  "territory",
  "status",
  "asPartOf",
  "within",
  "statement",
  "speaker",
] as const;

/**
 * Every recognition (`ng:Recognition`) of a territory's status — as part of a state, or as independent
 * — with who would recognise it, one row per territory, the claim it is part of (a demand's item) and
 * the statement and speaker that report it. A recognition is claimed, never a fact about the territory.
 *
 * @example
 * recognitions(store).map((r) => [r.territory.value, r.status.value, r.asPartOf?.value]);
 */
export function recognitions(store: NewsStore, options?: ArticleScope): RecognitionRow[] {
  const rows = Query.on(store)
    .where(
      [v("recognition"), rdf("type"), ng("Recognition")],
      [v("recognition"), rdfs("label"), v("label")],
      [v("recognition"), ng("actor"), v("actor")],
      [v("recognition"), ng("recognisedTerritory"), v("territory")],
      [v("recognition"), ng("recognisedStatus"), v("status")],
    )
    .optional([v("recognition"), ng("asPartOf"), v("asPartOf")])
    .rows();
  return attributed(store, rows, "recognition", RECOGNITION_COLUMNS, options);
}

/** One item of a demand, and the statement the demand belongs to. */
export interface DemandRow extends ClaimContext {
  readonly demand: NamedNode;
  readonly label: Literal;
  readonly by: NamedNode;
  readonly of: NamedNode;
  readonly item: NamedNode;
  readonly itemLabel: Literal;
  readonly offer?: Literal;
}

/** The columns of `demands`, in order. */
export const DEMAND_COLUMNS = [
  "article",
  "demand",
  "label",
  "by",
  "of",
  "item",
  "itemLabel",
  "offer",
  "within",
  "statement",
  "speaker",
] as const;

/**
 * Every demand (`ng:Demand`), item by item: who demands what of whom, what it offers in return, and the
 * statement and speaker that report it (`demandsOf` asks the same of one agent).
 *
 * @example
 * demands(store).map((d) => d.itemLabel.value); // ["Ukraine becomes neutral", …]
 */
export function demands(store: NewsStore, options?: ArticleScope): DemandRow[] {
  const rows = Query.on(store)
    .where(
      [v("demand"), rdf("type"), ng("Demand")],
      [v("demand"), rdfs("label"), v("label")],
      [v("demand"), ng("demandedBy"), v("by")],
      [v("demand"), ng("demandedOf"), v("of")],
      [v("demand"), ng("item"), v("item")],
      [v("item"), rdfs("label"), v("itemLabel")],
    )
    .optional([v("demand"), ng("offersInReturn"), v("inReturn")], [v("inReturn"), rdfs("label"), v("offer")])
    .rows();
  return attributed(store, rows, "demand", DEMAND_COLUMNS, options);
}

/** One requirement of a condition, and the statement the condition belongs to. */
export interface ConditionRow extends ClaimContext {
  readonly condition: NamedNode;
  /** ng:Condition or ng:Precondition (a precondition is listed under both). */
  readonly kind: NamedNode;
  readonly label: Literal;
  readonly holder: NamedNode;
  readonly outcome: NamedNode;
  readonly outcomeLabel?: Literal;
  readonly requirement: NamedNode;
  readonly requirementLabel: Literal;
}

/** The columns of `conditions`, in order. */
export const CONDITION_COLUMNS = [
  "article",
  "condition",
  "kind",
  "label",
  "holder",
  "outcome",
  "outcomeLabel",
  "requirement",
  "requirementLabel",
  "within",
  "statement",
  "speaker",
] as const;

/**
 * Every condition and precondition (`ng:Condition`, `ng:Precondition`), requirement by requirement: who
 * sets it, for which outcome, and the statement and speaker that report it (`conditionsFor` asks the
 * same of one outcome).
 *
 * @example
 * conditions(store).map((c) => [c.outcomeLabel?.value, c.requirementLabel.value]);
 */
export function conditions(store: NewsStore, options?: ArticleScope): ConditionRow[] {
  const kinds = [ng("Condition").value, ng("Precondition").value];
  const rows = Query.on(store)
    .where(
      [v("condition"), ng("outcome"), v("outcome")],
      [v("condition"), rdf("type"), v("kind")],
      [v("condition"), rdfs("label"), v("label")],
      [v("condition"), ng("conditionHolder"), v("holder")],
      [v("condition"), ng("requires"), v("requirement")],
      [v("requirement"), rdfs("label"), v("requirementLabel")],
    )
    .filter((row) => kinds.includes(row.kind.value))
    .optional([v("outcome"), rdfs("label"), v("outcomeLabel")])
    .rows();
  return attributed(store, rows, "condition", CONDITION_COLUMNS, options);
}
