import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { ID, ng, schema } from "./namespaces.js";

/** How the article renders what a speaker said. */
export const REPORT_MODES = {
  /** The statement is the speaker's own words, in quotation marks. */
  verbatim: ng("VerbatimQuote"),
  /** Indirect speech after a verb of saying ("Zhovkva said Ukraine would need…"); may embed quoted words. */
  reported: ng("ReportedSpeech"),
  /** The article sums up a position in its own words without a reported act of saying ("signaled"). */
  paraphrase: ng("Paraphrase"),
  /** The article states something in its own voice (narration by the author). */
  narration: ng("AuthorialNarration"),
  /**
   * The article condenses, in a headline, standfirst or lead, remarks it reports in full elsewhere; the
   * statement names the ones it sums up (`ng:summarises`).
   */
  summary: ng("Summary"),
} as const satisfies Record<string, NamedNode>;
export type ReportMode = keyof typeof REPORT_MODES;

/** Whether a statement affirms or negates its content ("will not trade" is negative). */
export const POLARITIES = {
  affirmative: ng("Affirmative"),
  negative: ng("Negative"),
} as const satisfies Record<string, NamedNode>;
export type Polarity = keyof typeof POLARITIES;

/** A holder's stance toward a topic or action. */
export const STANCES = {
  supports: ng("Supports"),
  opposes: ng("Opposes"),
  openTo: ng("OpenTo"),
  readyFor: ng("ReadyFor"),
  cooledOn: ng("CooledOn"),
  aspiresTo: ng("AspiresTo"),
  refuses: ng("Refuses"),
  demands: ng("Demands"),
  deemsInsufficient: ng("DeemsInsufficient"),
  assesses: ng("Assesses"),
} as const satisfies Record<string, NamedNode>;
export type Stance = keyof typeof STANCES;

/** How a date in the graph was obtained from the article. */
export const DATE_METHODS = {
  /** From the publisher's page (the article's metadata), not from the body text. */
  publisher: ng("FromPublisherMetadata"),
  /** A relative phrase in the text ("on Wednesday") resolved against the publication date. */
  explicit: ng("ResolvedRelativePhrase"),
  /** Not dated by its own sentence; the date follows from a dated sentence it continues. */
  context: ng("InferredFromContext"),
  /** The text gives no day; only bounds (before publication, after an event) are recorded. */
  unstated: ng("NoDayGiven"),
} as const satisfies Record<string, NamedNode>;
export type DateMethod = keyof typeof DATE_METHODS;

/** Kinds of tension between two claims. */
export const TENSION_KINDS = {
  /** One side signals flexibility where the other refuses. */
  flexibilityVersusRefusal: ng("FlexibilityVersusRefusal"),
  /** A demand met by a refusal. */
  demandVersusRefusal: ng("DemandVersusRefusal"),
  /** Two speakers of one side describe different attitudes to the same goal. */
  divergentAttitudes: ng("DivergentAttitudes"),
  /** A precondition stated for something that is already happening. */
  preconditionVersusFact: ng("PreconditionVersusReportedFact"),
} as const satisfies Record<string, NamedNode>;
export type TensionKind = keyof typeof TENSION_KINDS;

/** Kinds of event the builders know. */
export const EVENT_CLASSES = {
  negotiations: ng("NegotiationSeries"),
  meeting: ng("Meeting"),
  offensive: ng("MilitaryOffensive"),
  /** An interview: an interviewer questions one or more interviewees; an outlet may air it. */
  interview: ng("Interview"),
  /** A programme or item an outlet airs on a day. */
  broadcast: ng("Broadcast"),
  /** One round of a negotiation series (`schema:superEvent` the series), with its ordinal where stated. */
  round: ng("NegotiationRound"),
} as const satisfies Record<string, NamedNode>;
export type EventKind = keyof typeof EVENT_CLASSES;

// ── Open vocabularies (issue #10): schemes of user concepts, organisation classes, modalities ──────

/** The kinds of organisation the builders know, each with the schema.org / project classes it maps to. */
export const ORGANISATION_CLASSES = {
  organisation: [schema("Organization")],
  government: [schema("GovernmentOrganization")],
  alliance: [schema("Organization"), ng("MilitaryAlliance")],
  embassy: [schema("GovernmentOrganization"), ng("Embassy")],
  office: [schema("GovernmentOrganization"), ng("GovernmentOffice")],
  platform: [schema("Organization"), ng("OnlinePlatform")],
  company: [schema("Corporation")],
} as const satisfies Record<string, readonly NamedNode[]>;

/**
 * The concept scheme a user concept of each open vocabulary is in (`skos:inScheme`): the shapes check a
 * user's stance, tension kind, event kind, organisation type or CAMEO-style code against it.
 */
export const CONCEPT_SCHEMES = {
  stance: ng("StanceScheme"),
  tensionKind: ng("TensionKindScheme"),
  eventKind: ng("EventKindScheme"),
  organisationType: ng("OrganisationTypeScheme"),
  cameo: DataFactory.namedNode(`${ID}cameo/scheme`),
} as const satisfies Record<string, NamedNode>;
/** An open vocabulary a user can extend in their own project. */
export type ConceptScheme = keyof typeof CONCEPT_SCHEMES;

/** How sure a speaker says a claim is: the modality its hedge words mark ("might" → possible). */
export const MODALITIES = {
  /** It may be so ("might", "may", "could", "perhaps"). */
  possible: ng("Possible"),
  /** It is likely so ("probably", "likely", "would expect"). */
  probable: ng("Probable"),
} as const satisfies Record<string, NamedNode>;
export type Modality = keyof typeof MODALITIES;
