/**
 * The view model of one article: everything the annotated page shows, read from the article's graph and its
 * source text alone (`readArticleView` in `./read.ts`). Plain JSON data (no RDF terms), sorted, so the page
 * that embeds it is byte-identical for the same graph.
 *
 * Offsets are code points into the source text, end exclusive (as in the graph); the page converts them.
 */

/** A link to a node: its IRI and the label the graph gives it (prefLabel, label, name or description). */
export interface NodeRef {
  readonly iri: string;
  /** A compact form (`person:ihor-zhovkva`) with the release's published prefixes, else the IRI. */
  readonly curie: string;
  readonly label: string;
  /** `owl:sameAs` Wikidata entity IRIs of the node, sorted. */
  readonly wikidata: readonly string[];
}

/** The article: metadata and the text. */
export interface ArticleInfo {
  readonly iri: string;
  readonly slug: string;
  readonly headline: string;
  readonly url: string;
  /** `YYYY-MM-DD`. */
  readonly published: string;
  readonly publisher: NodeRef;
  readonly authors: readonly NodeRef[];
  readonly language: string;
  /** The source text, exactly as in `<slug>.txt`. */
  readonly text: string;
}

/** A person or agent that speaks in the article, with what the graph says of their posts. */
export interface Speaker {
  /** Stable short id for the page (`s1`, `s2`, … in order of first statement). */
  readonly id: string;
  readonly node: NodeRef;
  /** "person" | "unnamed" (ng:UnnamedAgent/UnnamedGroup) | "state" | "organisation" | "outlet". */
  readonly kind: string;
  /** For an unnamed agent: its affiliation (a state or organisation). */
  readonly affiliation?: NodeRef;
  /** Posts held as the article's memberships/observations say: post label, organisation/state. */
  readonly posts: readonly {
    readonly post: NodeRef;
    readonly organisation?: NodeRef;
    readonly since?: string;
    /** The state the post belongs to: the organisation itself when it is a state, else its `ng:ofState`. */
    readonly state?: NodeRef;
    /** The day the article attests the holding (its observation's `ng:asOf`), `YYYY-MM-DD`. */
    readonly asOf?: string;
  }[];
  /** Index into the page's speaker palette (0-based, in order of `id`). */
  readonly colour: number;
}

/** The date of a statement or event: the phrase, the resolved day if any, and the rule. */
export interface DateInfo {
  /** Stable short id for the page (`d1`, … in text order; the publication date last). */
  readonly id: string;
  readonly iri: string;
  /** The phrase as printed ("on Wednesday"), absent for the publication date. */
  readonly phrase?: string;
  /** `YYYY-MM-DD` when the phrase resolves to a day. */
  readonly day?: string;
  /** Bounds when no day is given (`after` / `before` as `YYYY-MM-DD` or another date's phrase). */
  readonly after?: string;
  readonly before?: string;
  /** Local name of `ng:resolutionMethod` (`ResolvedRelativePhrase`, `NoDayGiven`, `FromPublisherMetadata`). */
  readonly method: string;
  readonly rule: string;
  /** Offsets of the phrase, when anchored. */
  readonly start?: number;
  readonly end?: number;
}

/** One node of a claim's structure: its kind, label, and its roles to other nodes (recursive). */
export interface ClaimNode {
  readonly node: NodeRef;
  /** Local names of its ng: classes other than ClaimContent, sorted (`Condition`, `Demand`, `Proposal`, …). */
  readonly kinds: readonly string[];
  /** Each property of the claim (local name, e.g. `requires`, `item`, `offersInReturn`, `option`) and its
   *  values: nested claims or plain entity refs/literals. Sorted by property, then value label. */
  readonly parts: readonly {
    readonly property: string;
    readonly values: readonly (ClaimNode | NodeRef | { readonly literal: string })[];
  }[];
  /** Text spans the claim points at other than its own anchor (e.g. `hedgeSpan`), by property local name. */
  readonly anchors?: readonly { readonly property: string; readonly start: number; readonly end: number }[];
  readonly start?: number;
  readonly end?: number;
}

/** A statement (ng:Statement) of the article. */
export interface StatementView {
  /** Stable short id for the page (`st1`, … in text order). */
  readonly id: string;
  readonly node: NodeRef;
  /** Speaker ids (`Speaker.id`); more than one for a joint statement. */
  readonly speakers: readonly string[];
  /** Local name of ng:reportMode: `VerbatimQuote`, `Paraphrase`, `ReportedSpeech`, `AuthorialNarration`. */
  readonly mode: string;
  readonly outlet?: NodeRef;
  /** Every outlet that carried it (`ng:carriedBy`), sorted by label; `outlet` is the first. */
  readonly outlets: readonly NodeRef[];
  /** true when ng:outletFromContext is true (the outlet was inferred from context). */
  readonly outletInferred: boolean;
  readonly date?: DateInfo;
  readonly polarity?: string;
  readonly stance?: NodeRef;
  readonly topics: readonly NodeRef[];
  readonly about: readonly NodeRef[];
  readonly eventType?: NodeRef;
  /** How sure the speaker says it is (`ng:modality`: possible, probable), when hedged. */
  readonly modality?: NodeRef;
  /** The event the remark was made during (`ng:madeDuring`: an interview, a broadcast). */
  readonly madeDuring?: NodeRef;
  /** Kinds of its content (`Condition`, `Demand`, …) for the claim-kind filter; empty when no content. */
  readonly claimKinds: readonly string[];
  readonly content?: ClaimNode;
  /** Every content of the statement (`ng:content`), in text order; `content` is the first. */
  readonly contents: readonly ClaimNode[];
  /** Inferences recorded for this statement (property inferred and the rule). */
  readonly inferences: readonly { readonly property: string; readonly rule: string }[];
  /** The whole statement span and its parts (source, cue, content) when anchored. */
  readonly start: number;
  readonly end: number;
  readonly parts: readonly {
    readonly role: "source" | "cue" | "content";
    readonly start: number;
    readonly end: number;
  }[];
  /** The words that hedge it (`ng:hedgeSpan`: "might"). */
  readonly hedges: readonly { readonly start: number; readonly end: number }[];
  /** Other places that restate it (`ng:restatedAt`: the headline, a standfirst). */
  readonly restated: readonly { readonly start: number; readonly end: number }[];
  /** Quotation ids (`QuotationView.id`) that belong to it. */
  readonly quotations: readonly string[];
}

/** A verbatim quotation (schema:Quotation). */
export interface QuotationView {
  readonly id: string;
  readonly node: NodeRef;
  readonly speakers: readonly string[];
  readonly text: string;
  readonly statement?: string;
  readonly start: number;
  readonly end: number;
}

/** An entity mention. */
export interface MentionView {
  readonly id: string;
  readonly node: NodeRef;
  readonly entity: NodeRef;
  /** Every entity it refers to ("the Donbas republics": two), sorted by IRI; `entity` is the first. */
  readonly entities: readonly NodeRef[];
  /** The entity's class, e.g. `Person`, `State`, `Territory`, `Organization`. */
  readonly entityKind: string;
  readonly surface: string;
  readonly misspelling: boolean;
  readonly start: number;
  readonly end: number;
}

/** A tension between two statements. */
export interface TensionView {
  readonly id: string;
  readonly node: NodeRef;
  readonly kind: NodeRef;
  /** Statement ids (`StatementView.id`); a foreign end (another article) is given by IRI. */
  readonly first: string;
  readonly second: string;
  /** Contrast-marker spans ("although", "But"); evidence spans. */
  readonly markers: readonly { readonly start: number; readonly end: number }[];
  readonly evidence: readonly { readonly start: number; readonly end: number }[];
  readonly inferred: boolean;
  /** The rule of the inference recorded for it (`ng:inferenceRule`), when inferred by one. */
  readonly rule?: string;
}

/** An event (sem:Event) with its time, for the timeline. */
export interface EventView {
  readonly id: string;
  readonly node: NodeRef;
  readonly kind: string;
  readonly date?: DateInfo;
  readonly start?: number;
  readonly end?: number;
}

/**
 * A span of the text to mark: one per anchored thing. Spans may nest or overlap; the page splits the text at
 * every boundary and layers them.
 */
export interface SpanView {
  /**
   * The id of the thing it marks (statement, quotation, mention, date, tension, event, claim); for a
   * headline span, `headline` (`ng:headlineAnchor`) or `alternativeHeadline` (`ng:alternativeHeadlineAnchor`).
   */
  readonly ref: string;
  readonly kind: "statement" | "quotation" | "mention" | "date" | "contrast" | "headline";
  readonly start: number;
  readonly end: number;
}

/** The whole view of one article. */
export interface ArticleView {
  readonly article: ArticleInfo;
  readonly speakers: readonly Speaker[];
  readonly statements: readonly StatementView[];
  readonly quotations: readonly QuotationView[];
  readonly mentions: readonly MentionView[];
  readonly dates: readonly DateInfo[];
  readonly tensions: readonly TensionView[];
  readonly events: readonly EventView[];
  /** Every span, sorted by start, then longest first, then kind. */
  readonly spans: readonly SpanView[];
}
