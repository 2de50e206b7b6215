// The article's view model read from its graph and its text alone: no article module, no catalogue, so it
// serves any article a user builds. Every anchor it reads is checked against the text (code points).
import { createHash } from "node:crypto";
import type { Quad } from "@rdfjs/types";
import { type Literal, Store } from "n3";
import { NewsgraphError } from "../errors.js";
import { publishedPrefixes } from "../release/release.js";
import { ID, NG, PREFIXES } from "../vocab/namespaces.js";
import type {
  ArticleInfo,
  ArticleView,
  ClaimNode,
  DateInfo,
  EventView,
  MentionView,
  NodeRef,
  QuotationView,
  SpanView,
  Speaker,
  StatementView,
  TensionView,
} from "./model.js";

const { rdf, rdfs, skos, schema, oa, org, owl, time, prov, sem, foaf } = PREFIXES;
const RDF_TYPE = `${rdf}type`;
const WIKIDATA = "http://www.wikidata.org/entity/";
/** A local name a prefixed name may have (as the Turtle writer decides): else the IRI is written in full. */
const LOCAL = /^[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/;
/** Namespaces of the standard and project vocabularies: a class outside them is a user's own kind. */
const KNOWN_NAMESPACES = [NG, rdf, rdfs, owl, skos, schema, org, prov, sem, foaf, time, oa, PREFIXES.dcterms];

/** Which class names an entity's kind, most specific first (a user's own class comes before all). */
const KIND_ORDER = [
  `${NG}UnnamedGroup`,
  `${NG}UnnamedAgent`,
  `${NG}State`,
  `${NG}GroupOfStates`,
  `${NG}MilitaryAlliance`,
  `${NG}Embassy`,
  `${NG}GovernmentOffice`,
  `${NG}OnlinePlatform`,
  `${NG}Territory`,
  `${NG}HeadOfStatePost`,
  `${NG}HeadOfGovernmentPost`,
  `${NG}HeadPost`,
  `${org}Post`,
  `${org}Role`,
  `${NG}NegotiationRound`,
  `${NG}NegotiationSeries`,
  `${NG}Meeting`,
  `${NG}MilitaryOffensive`,
  `${NG}Interview`,
  `${NG}Broadcast`,
  `${NG}Topic`,
  `${NG}ClaimItem`,
  `${NG}CitedReport`,
  `${schema}Person`,
  `${schema}NewsMediaOrganization`,
  `${schema}GovernmentOrganization`,
  `${schema}Corporation`,
  `${schema}Country`,
  `${schema}City`,
  `${schema}AdministrativeArea`,
  `${schema}Place`,
  `${schema}Organization`,
  `${sem}Event`,
  `${schema}Event`,
  `${prov}Person`,
  `${prov}Organization`,
  `${prov}Agent`,
  `${skos}Concept`,
];

/** A checked span of the text, in code points. */
interface Span {
  readonly start: number;
  readonly end: number;
}

const localName = (iri: string) => iri.slice(Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/")) + 1);
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Text order: by start, then the IRI (the stable tie-break). */
const textOrder = <T extends { readonly iri: string; readonly span?: Span | undefined }>(a: T, b: T) =>
  (a.span?.start ?? Number.POSITIVE_INFINITY) - (b.span?.start ?? Number.POSITIVE_INFINITY) ||
  byString(a.iri, b.iri);

/**
 * Read the view model of one article — everything the annotated page shows — from the article's complete
 * graph (as built, or parsed from `data/<slug>.ttl`) and its source text. Offsets stay code points; every
 * anchor read is checked against the text. The result is plain JSON data: ids follow text order (ties by
 * IRI) and every array is sorted, so the same graph gives the same bytes whichever route it came by.
 *
 * Throws a `NewsgraphError` when the graph holds no article or several, when the text is not the article's
 * (its length or SHA-256 differs from what the graph records), or when an anchor lies past the end of the
 * text or its exact words differ from the text there (naming the anchor).
 *
 * @example
 * const view = readArticleView(quads, text);
 * view.statements.map((s) => `${s.id} ${s.mode} ${s.date?.day ?? "no day"}`);
 */
export function readArticleView(quads: readonly Quad[], text: string): ArticleView {
  return new Reader(quads, text).read();
}

class Reader {
  private readonly store: Store;
  private readonly codePoints: string[];
  private readonly prefixes: [string, string][] = [];
  private readonly refs = new Map<string, NodeRef>();
  private readonly spans = new Map<string, Span>();
  private readonly dates = new Map<string, DateInfo>();
  private readonly speakerIds = new Map<string, string>();
  private rendition = "";

  constructor(
    quads: readonly Quad[],
    private readonly text: string,
  ) {
    this.store = new Store(quads as Quad[]);
    this.codePoints = Array.from(text);
  }

  read(): ArticleView {
    const article = this.article();
    this.checkAllAnchors();
    const dates = this.readDates(article.iri);
    const statementsRaw = this.subjectsOf(`${NG}Statement`).map((iri) => ({
      iri,
      span: this.anchorOf(iri, "statement"),
    }));
    statementsRaw.sort(textOrder);
    const statementIds = new Map(statementsRaw.map((s, i) => [s.iri, `st${i + 1}`]));
    const quotationsRaw = this.subjectsOf(`${schema}Quotation`).map((iri) => ({
      iri,
      span: this.anchorOf(iri, "quotation"),
    }));
    quotationsRaw.sort(textOrder);
    const quotationIds = new Map(quotationsRaw.map((q, i) => [q.iri, `q${i + 1}`]));
    const speakers = this.readSpeakers(
      statementsRaw.map((s) => s.iri),
      quotationsRaw.map((q) => q.iri),
    );
    const statements = statementsRaw.map((s) =>
      this.readStatement(s.iri, s.span, statementIds, quotationIds, dates),
    );
    const quotations = quotationsRaw.map((q) =>
      this.readQuotation(q.iri, q.span, quotationIds, statementIds),
    );
    const mentions = this.readMentions();
    const tensions = this.readTensions(statementIds);
    const events = this.readEvents(dates);
    const dateList = [...dates.values()];
    const spans = this.readSpans(article.iri, statements, quotations, mentions, dateList, tensions);
    return {
      article,
      speakers,
      statements,
      quotations,
      mentions,
      dates: dateList,
      tensions,
      events,
      spans,
    };
  }

  // ── the article and its text ────────────────────────────────────────────────────────────────────

  private article(): ArticleInfo {
    const articles = this.subjectsOf(`${schema}NewsArticle`);
    if (articles.length !== 1) {
      throw new NewsgraphError(
        "invalid-input",
        "graph",
        articles.length === 0
          ? "holds no schema:NewsArticle: the view reads one article's graph"
          : `holds ${articles.length} schema:NewsArticle nodes (${articles.map((a) => `<${a}>`).join(", ")}): the view reads one article's graph at a time`,
      );
    }
    const iri = articles[0] as string;
    const slug = iri.startsWith(`${ID}article/`) ? iri.slice(`${ID}article/`.length) : localName(iri);
    this.prefixes.push(...Object.entries(publishedPrefixes(slug)).sort((a, b) => b[1].length - a[1].length));
    this.rendition = this.object(iri, `${schema}encoding`) ?? "";
    this.checkText(iri);
    const published = this.literal(iri, `${schema}datePublished`);
    const publisher = this.object(iri, `${schema}publisher`);
    return {
      iri,
      slug,
      headline: this.literal(iri, `${schema}headline`) ?? "",
      url: this.object(iri, `${schema}url`) ?? "",
      published: published ?? "",
      publisher: publisher === undefined ? this.ref(iri) : this.ref(publisher),
      authors: this.refsOf(iri, `${schema}author`),
      language: this.literal(iri, `${schema}inLanguage`) ?? "",
      text: this.text,
    };
  }

  /** The text must be the one the graph was built from: same length in code points, same SHA-256. */
  private checkText(article: string): void {
    const where = `<${this.rendition || article}>`;
    const length = this.literal(this.rendition, `${NG}textLength`);
    if (length !== undefined && Number(length) !== this.codePoints.length) {
      throw new NewsgraphError(
        "invalid-input",
        where,
        `the text given is not the article's: the graph records ${length} code points (ng:textLength), the text has ${this.codePoints.length}`,
      );
    }
    const sha = this.literal(this.rendition, `${schema}sha256`);
    if (sha !== undefined) {
      const actual = createHash("sha256").update(this.text, "utf8").digest("hex");
      if (actual !== sha.toLowerCase()) {
        throw new NewsgraphError(
          "invalid-input",
          where,
          `the text given is not the article's: its SHA-256 is ${actual}, the graph records ${sha} (schema:sha256)`,
        );
      }
    }
  }

  /** Check every anchor on this article's text, whether or not the page shows it. */
  private checkAllAnchors(): void {
    const anchors = this.rendition
      ? this.store.getSubjects(`${oa}hasSource`, this.rendition, null).map((t) => t.value)
      : [];
    for (const a of anchors.sort(byString)) this.span(a);
  }

  /**
   * The span of an anchor (`oa:TextPositionSelector` start/end), checked: within the text, and equal to
   * the `oa:exact` of its quote selector when it has one.
   */
  private span(anchor: string): Span {
    const known = this.spans.get(anchor);
    if (known !== undefined) return known;
    const where = `<${anchor}>`;
    let start: number | undefined;
    let end: number | undefined;
    let exact: string | undefined;
    for (const selector of this.objects(anchor, `${oa}hasSelector`)) {
      const s = this.literal(selector, `${oa}start`);
      const e = this.literal(selector, `${oa}end`);
      if (s !== undefined || e !== undefined) {
        start = offset(s, where, "oa:start");
        end = offset(e, where, "oa:end");
      }
      exact ??= this.literal(selector, `${oa}exact`);
    }
    if (start === undefined || end === undefined)
      throw new NewsgraphError(
        "invalid-input",
        where,
        "the anchor has no oa:TextPositionSelector (start/end)",
      );
    if (end < start)
      throw new NewsgraphError("offset-out-of-range", where, `oa:end ${end} is before oa:start ${start}`);
    if (end > this.codePoints.length)
      throw new NewsgraphError(
        "offset-out-of-range",
        where,
        `oa:end ${end} is past the end of the text (${this.codePoints.length} code points)`,
      );
    const slice = this.codePoints.slice(start, end).join("");
    if (exact !== undefined && slice !== exact)
      throw new NewsgraphError(
        "anchor-mismatch",
        where,
        `oa:exact ${JSON.stringify(exact)} differs from the text at ${start}–${end}: ${JSON.stringify(slice)}`,
      );
    const span = { start, end };
    this.spans.set(anchor, span);
    return span;
  }

  /** The span of a node's `ng:anchor`, or undefined when it has none; several anchors: the first. */
  private anchorOf(iri: string, what: string, property = `${NG}anchor`): Span | undefined {
    const anchors = this.objects(iri, property).map((a) => this.span(a));
    if (anchors.length > 1 && what === "statement")
      throw new NewsgraphError(
        "invalid-input",
        `<${iri}>`,
        `a ${what} has ${anchors.length} anchors (ng:anchor)`,
      );
    return anchors.sort((a, b) => a.start - b.start || a.end - b.end)[0];
  }

  private spansOf(iri: string, property: string): Span[] {
    return this.objects(iri, property)
      .map((a) => this.span(a))
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((s, i, all) => i === 0 || s.start !== all[i - 1]?.start || s.end !== all[i - 1]?.end);
  }

  // ── speakers ────────────────────────────────────────────────────────────────────────────────────

  private readSpeakers(statements: readonly string[], quotations: readonly string[]): Speaker[] {
    const order: string[] = [];
    const note = (agent: string) => {
      if (!order.includes(agent)) order.push(agent);
    };
    // Joint speakers of one statement take their ids in IRI order.
    for (const s of statements) for (const a of this.objects(s, `${NG}speaker`)) note(a);
    for (const q of quotations) for (const a of this.objects(q, `${schema}creator`)) note(a);
    order.forEach((agent, i) => {
      this.speakerIds.set(agent, `s${i + 1}`);
    });
    return order.map((agent, i) => {
      const kind = this.speakerKind(agent);
      const affiliation = kind === "unnamed" ? this.object(agent, `${NG}affiliation`) : undefined;
      return {
        id: `s${i + 1}`,
        node: this.ref(agent),
        kind,
        ...(affiliation === undefined ? {} : { affiliation: this.ref(affiliation) }),
        posts: this.postsOf(agent),
        colour: i,
      };
    });
  }

  private speakerKind(agent: string): string {
    const types = new Set(this.objects(agent, RDF_TYPE));
    if (types.has(`${NG}UnnamedAgent`)) return "unnamed";
    if (types.has(`${schema}Person`) || types.has(`${prov}Person`)) return "person";
    if (types.has(`${NG}State`)) return "state";
    if (types.has(`${schema}NewsMediaOrganization`)) return "outlet";
    return "organisation";
  }

  /**
   * The posts an agent holds, from the article's memberships (`org:member`, `ng:post`,
   * `org:organization`): a head of state's post is in the state itself; an office's state is its
   * `ng:ofState`. `asOf` is the day the article attests it (its observation).
   */
  private postsOf(agent: string): Speaker["posts"] {
    const posts = this.store.getSubjects(`${org}member`, agent, null).map((m) => {
      const membership = m.value;
      const post = this.object(membership, `${NG}post`) ?? this.object(membership, `${org}role`);
      const organisation = this.object(membership, `${org}organization`);
      const state =
        organisation === undefined
          ? undefined
          : this.hasType(organisation, `${NG}State`)
            ? organisation
            : this.object(organisation, `${NG}ofState`);
      const asOf = this.store
        .getSubjects(`${NG}observes`, membership, null)
        .map((o) => this.literal(o.value, `${NG}asOf`))
        .filter((d): d is string => d !== undefined)
        .sort(byString)[0];
      const since = this.sinceOf(membership);
      return {
        post: this.ref(post ?? membership),
        ...(organisation === undefined ? {} : { organisation: this.ref(organisation) }),
        ...(since === undefined ? {} : { since }),
        ...(state === undefined ? {} : { state: this.ref(state) }),
        ...(asOf === undefined ? {} : { asOf }),
      };
    });
    return posts.sort((a, b) => byString(a.post.label, b.post.label) || byString(a.post.iri, b.post.iri));
  }

  /** `org:memberDuring` → its beginning's day, when the graph says since when. */
  private sinceOf(membership: string): string | undefined {
    const during = this.object(membership, `${org}memberDuring`);
    if (during === undefined) return undefined;
    const beginning = this.object(during, `${time}hasBeginning`);
    return beginning === undefined ? undefined : this.literal(beginning, `${time}inXSDDate`);
  }

  // ── dates ───────────────────────────────────────────────────────────────────────────────────────

  private readDates(article: string): Map<string, DateInfo> {
    const raw = this.subjectsOf(`${NG}ResolvedDate`).map((iri) => ({
      iri,
      span: this.anchorOf(iri, "date", `${NG}phraseAnchor`),
      publication:
        this.object(article, `${NG}publishedAt`) === iri ||
        this.object(iri, `${NG}resolutionMethod`) === `${NG}FromPublisherMetadata`,
    }));
    // The publication date comes last; dates the text does not anchor come after those it does.
    raw.sort((a, b) => Number(a.publication) - Number(b.publication) || textOrder(a, b));
    const ids = new Map(raw.map((d, i) => [d.iri, `d${i + 1}`]));
    const bound = (other: string | undefined): string | undefined => {
      if (other === undefined) return undefined;
      const day = this.literal(other, `${time}inXSDDate`);
      if (day !== undefined) return day;
      const phrase = this.literal(other, `${NG}surfaceForm`);
      return phrase ?? this.ref(other).label;
    };
    for (const d of raw) {
      const phrase = this.literal(d.iri, `${NG}surfaceForm`) ?? (d.span ? this.slice(d.span) : undefined);
      const day = this.literal(d.iri, `${time}inXSDDate`);
      const after = bound(this.object(d.iri, `${time}after`));
      const before = bound(this.object(d.iri, `${time}before`));
      const method = this.object(d.iri, `${NG}resolutionMethod`);
      this.dates.set(d.iri, {
        id: ids.get(d.iri) as string,
        iri: d.iri,
        ...(phrase === undefined ? {} : { phrase }),
        ...(day === undefined ? {} : { day }),
        ...(after === undefined ? {} : { after }),
        ...(before === undefined ? {} : { before }),
        method: method === undefined ? "" : localName(method),
        rule: this.literal(d.iri, `${NG}resolutionRule`) ?? "",
        ...(d.span === undefined ? {} : { start: d.span.start, end: d.span.end }),
      });
    }
    return this.dates;
  }

  // ── statements and quotations ───────────────────────────────────────────────────────────────────

  private readStatement(
    iri: string,
    span: Span | undefined,
    statementIds: ReadonlyMap<string, string>,
    quotationIds: ReadonlyMap<string, string>,
    dates: ReadonlyMap<string, DateInfo>,
  ): StatementView {
    if (span === undefined)
      throw new NewsgraphError("invalid-input", `<${iri}>`, "a statement has no anchor (ng:anchor)");
    const id = statementIds.get(iri) as string;
    const outlets = this.refsOf(iri, `${NG}carriedBy`);
    const [outlet] = outlets;
    const dateIri = this.object(iri, `${NG}statedAt`);
    const date = dateIri === undefined ? undefined : dates.get(dateIri);
    const polarity = this.object(iri, `${NG}polarity`);
    const stance = this.object(iri, `${NG}stance`);
    const eventType = this.object(iri, `${NG}eventType`);
    const modality = this.object(iri, `${NG}modality`);
    const contents = this.objects(iri, `${NG}content`)
      .map((c) => this.claim(c, new Set()))
      .sort(
        (a, b) =>
          (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY) ||
          byString(a.node.iri, b.node.iri),
      );
    const [content] = contents;
    const parts: StatementView["parts"][number][] = [];
    for (const [role, property] of [
      ["source", "sourceSpan"],
      ["cue", "cueSpan"],
      ["content", "contentSpan"],
    ] as const) {
      for (const s of this.spansOf(iri, `${NG}${property}`)) parts.push({ role, start: s.start, end: s.end });
    }
    parts.sort((a, b) => a.start - b.start || a.end - b.end || byString(a.role, b.role));
    const inferences = this.inferencesFor(iri);
    const madeDuring = this.object(iri, `${NG}madeDuring`);
    return {
      id,
      node: this.ref(iri),
      speakers: this.speakersOf(iri, `${NG}speaker`),
      mode: localName(this.object(iri, `${NG}reportMode`) ?? ""),
      ...(outlet === undefined ? {} : { outlet }),
      outlets,
      outletInferred: this.literal(iri, `${NG}outletFromContext`) === "true",
      ...(date === undefined ? {} : { date }),
      ...(polarity === undefined ? {} : { polarity: localName(polarity) }),
      ...(stance === undefined ? {} : { stance: this.ref(stance) }),
      topics: this.refsOf(iri, `${NG}topic`),
      about: this.refsOf(iri, `${schema}about`),
      ...(eventType === undefined ? {} : { eventType: this.ref(eventType) }),
      ...(modality === undefined ? {} : { modality: this.ref(modality) }),
      ...(madeDuring === undefined ? {} : { madeDuring: this.ref(madeDuring) }),
      claimKinds: [...new Set(contents.flatMap((c) => c.kinds))].sort(byString),
      ...(content === undefined ? {} : { content }),
      contents,
      inferences,
      start: span.start,
      end: span.end,
      parts,
      hedges: this.spansOf(iri, `${NG}hedgeSpan`),
      restated: this.spansOf(iri, `${NG}restatedAt`),
      quotations: this.objects(iri, `${NG}quotation`)
        .map((q) => quotationIds.get(q))
        .filter((q): q is string => q !== undefined)
        .sort(byId),
    };
  }

  private inferencesFor(iri: string): StatementView["inferences"] {
    return this.store
      .getSubjects(`${NG}inferredFor`, iri, null)
      .filter((i) => this.hasType(i.value, `${NG}Inference`))
      .map((i) => ({
        property: localName(this.object(i.value, `${NG}inferredProperty`) ?? ""),
        rule: this.literal(i.value, `${NG}inferenceRule`) ?? "",
      }))
      .sort((a, b) => byString(a.property, b.property) || byString(a.rule, b.rule));
  }

  private speakersOf(iri: string, property: string): string[] {
    return this.objects(iri, property)
      .map((a) => this.speakerIds.get(a))
      .filter((s): s is string => s !== undefined)
      .sort(byId);
  }

  private readQuotation(
    iri: string,
    span: Span | undefined,
    quotationIds: ReadonlyMap<string, string>,
    statementIds: ReadonlyMap<string, string>,
  ): QuotationView {
    if (span === undefined)
      throw new NewsgraphError("invalid-input", `<${iri}>`, "a quotation has no anchor (ng:anchor)");
    const statement = this.store
      .getSubjects(`${NG}quotation`, iri, null)
      .map((s) => statementIds.get(s.value))
      .filter((s): s is string => s !== undefined)
      .sort(byId)[0];
    return {
      id: quotationIds.get(iri) as string,
      node: this.ref(iri),
      speakers: this.speakersOf(iri, `${schema}creator`),
      text: this.literal(iri, `${schema}text`) ?? this.slice(span),
      ...(statement === undefined ? {} : { statement }),
      start: span.start,
      end: span.end,
    };
  }

  // ── claims ──────────────────────────────────────────────────────────────────────────────────────

  /** A claim and its parts, recursively; a claim already on the path is given as a plain ref (no cycle). */
  private claim(iri: string, path: ReadonlySet<string>): ClaimNode {
    const inner = new Set(path).add(iri);
    const span = this.anchorOf(iri, "claim");
    const kinds = this.objects(iri, RDF_TYPE)
      .filter((t) => t.startsWith(NG) && t !== `${NG}ClaimContent`)
      .map(localName)
      .sort(byString);
    const byProperty = new Map<string, ClaimNode["parts"][number]["values"][number][]>();
    const anchors: { property: string; start: number; end: number }[] = [];
    for (const q of this.store.getQuads(iri, null, null, null)) {
      const p = q.predicate.value;
      if (p === RDF_TYPE || p === `${rdfs}label` || p === `${NG}anchor`) continue;
      const property = localName(p);
      if (q.object.termType === "NamedNode" && this.isAnchor(q.object.value)) {
        anchors.push({ property, ...this.span(q.object.value) });
        continue;
      }
      const value =
        q.object.termType === "Literal"
          ? { literal: q.object.value }
          : this.isClaim(q.object.value) && !inner.has(q.object.value)
            ? this.claim(q.object.value, inner)
            : this.ref(q.object.value);
      const values = byProperty.get(property) ?? [];
      values.push(value);
      byProperty.set(property, values);
    }
    const parts = [...byProperty.entries()]
      .sort((a, b) => byString(a[0], b[0]))
      .map(([property, values]) => ({ property, values: values.sort(byValue) }));
    anchors.sort((a, b) => a.start - b.start || a.end - b.end || byString(a.property, b.property));
    return {
      node: this.ref(iri),
      kinds,
      parts,
      ...(anchors.length === 0 ? {} : { anchors }),
      ...(span === undefined ? {} : { start: span.start, end: span.end }),
    };
  }

  private isClaim(iri: string): boolean {
    return this.hasType(iri, `${NG}ClaimContent`);
  }

  private isAnchor(iri: string): boolean {
    return this.hasType(iri, `${oa}SpecificResource`) || this.hasType(iri, `${NG}TextAnchor`);
  }

  // ── mentions, tensions, events ──────────────────────────────────────────────────────────────────

  private readMentions(): MentionView[] {
    const raw = this.subjectsOf(`${NG}EntityMention`).map((iri) => ({
      iri,
      span: this.anchorOf(iri, "mention"),
    }));
    raw.sort(textOrder);
    return raw.map((m, i) => {
      if (m.span === undefined)
        throw new NewsgraphError("invalid-input", `<${m.iri}>`, "a mention has no anchor (ng:anchor)");
      const entities = this.objects(m.iri, `${NG}refersTo`).map((e) => this.ref(e));
      const [entity] = entities;
      if (entity === undefined)
        throw new NewsgraphError("invalid-input", `<${m.iri}>`, "a mention refers to nothing (ng:refersTo)");
      return {
        id: `m${i + 1}`,
        node: this.ref(m.iri),
        entity,
        entities,
        entityKind: this.kindOf(entity.iri),
        surface: this.literal(m.iri, `${NG}surfaceForm`) ?? this.slice(m.span),
        misspelling: this.literal(m.iri, `${NG}isMisspelling`) === "true",
        start: m.span.start,
        end: m.span.end,
      };
    });
  }

  private readTensions(statementIds: ReadonlyMap<string, string>): TensionView[] {
    const raw = this.subjectsOf(`${NG}Tension`).map((iri) => {
      const markers = this.spansOf(iri, `${NG}contrastMarker`);
      const evidence = this.spansOf(iri, `${NG}evidence`);
      return { iri, markers, evidence, span: markers[0] ?? evidence[0] };
    });
    raw.sort(textOrder);
    const end = (iri: string, property: string) => {
      const other = this.object(iri, property);
      return other === undefined ? "" : (statementIds.get(other) ?? other);
    };
    return raw.map((t, i) => {
      const inferences = this.inferencesFor(t.iri);
      const kind = this.object(t.iri, `${NG}tensionKind`);
      const [inference] = inferences;
      return {
        id: `t${i + 1}`,
        node: this.ref(t.iri),
        kind: this.ref(kind ?? t.iri),
        first: end(t.iri, `${NG}firstClaim`),
        second: end(t.iri, `${NG}secondClaim`),
        markers: t.markers,
        evidence: t.evidence,
        inferred: inference !== undefined || t.markers.length === 0,
        ...(inference === undefined ? {} : { rule: inference.rule }),
      };
    });
  }

  private readEvents(dates: ReadonlyMap<string, DateInfo>): EventView[] {
    const events = new Set([...this.subjectsOf(`${sem}Event`), ...this.subjectsOf(`${schema}Event`)]);
    const raw = [...events].map((iri) => {
      // What this article says of a shared event (its words, its date) is on the article's observation.
      const observations = this.store
        .getSubjects(`${NG}observes`, iri, null)
        .map((o) => ({ iri: o.value, span: this.anchorOf(o.value, "observation") }))
        .sort(textOrder);
      const span = this.anchorOf(iri, "event") ?? observations[0]?.span;
      const dated = [iri, ...observations.map((o) => o.iri)]
        .map((n) => this.object(n, `${NG}occurredAt`))
        .find((d) => d !== undefined);
      return { iri, span, date: dated === undefined ? undefined : dates.get(dated) };
    });
    raw.sort(textOrder);
    return raw.map((e, i) => ({
      id: `e${i + 1}`,
      node: this.ref(e.iri),
      kind: this.kindOf(e.iri),
      ...(e.date === undefined ? {} : { date: e.date }),
      ...(e.span === undefined ? {} : { start: e.span.start, end: e.span.end }),
    }));
  }

  // ── spans ───────────────────────────────────────────────────────────────────────────────────────

  private readSpans(
    article: string,
    statements: readonly StatementView[],
    quotations: readonly QuotationView[],
    mentions: readonly MentionView[],
    dates: readonly DateInfo[],
    tensions: readonly TensionView[],
  ): SpanView[] {
    const spans: SpanView[] = [];
    for (const [ref, property] of [
      ["headline", "headlineAnchor"],
      ["alternativeHeadline", "alternativeHeadlineAnchor"],
    ] as const) {
      for (const s of this.spansOf(article, `${NG}${property}`)) spans.push({ ref, kind: "headline", ...s });
    }
    for (const s of statements) spans.push({ ref: s.id, kind: "statement", start: s.start, end: s.end });
    for (const q of quotations) spans.push({ ref: q.id, kind: "quotation", start: q.start, end: q.end });
    for (const m of mentions) spans.push({ ref: m.id, kind: "mention", start: m.start, end: m.end });
    for (const d of dates)
      if (d.start !== undefined && d.end !== undefined)
        spans.push({ ref: d.id, kind: "date", start: d.start, end: d.end });
    for (const t of tensions)
      for (const m of t.markers) spans.push({ ref: t.id, kind: "contrast", start: m.start, end: m.end });
    return spans.sort(
      (a, b) =>
        a.start - b.start ||
        b.end - b.start - (a.end - a.start) ||
        byString(a.kind, b.kind) ||
        byId(a.ref, b.ref),
    );
  }

  // ── nodes and terms ─────────────────────────────────────────────────────────────────────────────

  /** A node's ref: IRI, curie, label and Wikidata links (cached: the same node gives the same object). */
  private ref(iri: string): NodeRef {
    const known = this.refs.get(iri);
    if (known !== undefined) return known;
    const ref: NodeRef = {
      iri,
      curie: this.curie(iri),
      label: this.label(iri),
      wikidata: this.objects(iri, `${owl}sameAs`)
        .filter((o) => o.startsWith(WIKIDATA))
        .sort(byString),
    };
    this.refs.set(iri, ref);
    return ref;
  }

  private refsOf(iri: string, property: string): NodeRef[] {
    return this.objects(iri, property)
      .map((o) => this.ref(o))
      .sort((a, b) => byString(a.label, b.label) || byString(a.iri, b.iri));
  }

  private curie(iri: string): string {
    for (const [prefix, ns] of this.prefixes) {
      if (iri.startsWith(ns) && LOCAL.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
    }
    return iri;
  }

  /**
   * The label the graph gives a node: prefLabel, label, name, description (an unnamed agent), surface
   * form or day (a date); else, for a project term the article does not describe, its local name in words.
   */
  private label(iri: string): string {
    for (const p of [
      `${skos}prefLabel`,
      `${rdfs}label`,
      `${schema}name`,
      `${NG}description`,
      `${NG}surfaceForm`,
      `${time}inXSDDate`,
      `${schema}text`,
      `${foaf}accountName`,
    ]) {
      const value = this.literal(iri, p);
      if (value !== undefined) return value;
    }
    const local = localName(iri);
    if (iri.startsWith(NG) || iri.startsWith(ID))
      return local
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .replace(/-/g, " ")
        .toLowerCase();
    return local || iri;
  }

  /** The entity's class for the page: a user's own class first, else the most specific known class. */
  private kindOf(iri: string): string {
    const types = this.objects(iri, RDF_TYPE);
    const own = types.filter((t) => !KNOWN_NAMESPACES.some((ns) => t.startsWith(ns))).sort(byString)[0];
    if (own !== undefined) return localName(own);
    const known = KIND_ORDER.find((k) => types.includes(k));
    if (known !== undefined) return localName(known);
    const other = types.sort(byString)[0];
    return other === undefined ? "Thing" : localName(other);
  }

  private hasType(iri: string, type: string): boolean {
    return this.store.countQuads(iri, RDF_TYPE, type, null) > 0;
  }

  private subjectsOf(type: string): string[] {
    return [
      ...new Set(
        this.store
          .getSubjects(RDF_TYPE, type, null)
          .filter((s) => s.termType === "NamedNode")
          .map((s) => s.value),
      ),
    ].sort(byString);
  }

  /** The IRI objects of a node's property, distinct and sorted. */
  private objects(iri: string, property: string): string[] {
    return [
      ...new Set(
        this.store
          .getObjects(iri, property, null)
          .filter((o) => o.termType === "NamedNode")
          .map((o) => o.value),
      ),
    ].sort(byString);
  }

  private object(iri: string, property: string): string | undefined {
    return this.objects(iri, property)[0];
  }

  /** One literal value of a property, preferring English or untagged, the least by value on a tie. */
  private literal(iri: string, property: string): string | undefined {
    if (iri === "") return undefined;
    const values = this.store
      .getObjects(iri, property, null)
      .filter((o): o is Literal => o.termType === "Literal")
      .sort(
        (a, b) =>
          langRank(a.language) - langRank(b.language) ||
          byString(a.language, b.language) ||
          byString(a.value, b.value),
      );
    return values[0]?.value;
  }

  private slice(span: Span): string {
    return this.codePoints.slice(span.start, span.end).join("");
  }
}

const langRank = (language: string) =>
  language === "en" || language === "" ? 0 : language.startsWith("en") ? 1 : 2;

/** Ids with a number (`st2`, `st10`): by prefix, then number. */
function byId(a: string, b: string): number {
  const [, pa = a, na = ""] = /^(\D*)(\d*)$/.exec(a) ?? [];
  const [, pb = b, nb = ""] = /^(\D*)(\d*)$/.exec(b) ?? [];
  return byString(pa, pb) || Number(na || 0) - Number(nb || 0) || byString(a, b);
}

/** Claim part values: by label (a literal's value), then IRI. */
function byValue(
  a: ClaimNode["parts"][number]["values"][number],
  b: ClaimNode["parts"][number]["values"][number],
): number {
  const key = (v: typeof a): [string, string] =>
    "literal" in v ? [v.literal, ""] : "kinds" in v ? [v.node.label, v.node.iri] : [v.label, v.iri];
  const [la, ia] = key(a);
  const [lb, ib] = key(b);
  return byString(la, lb) || byString(ia, ib);
}

/** An offset literal as a non-negative integer, or an error naming the anchor. */
function offset(value: string | undefined, where: string, field: string): number {
  if (value === undefined || !/^\d+$/.test(value))
    throw new NewsgraphError(
      "offset-out-of-range",
      where,
      `${field} ${value === undefined ? "is missing" : JSON.stringify(value)} is not a code-point offset`,
    );
  return Number(value);
}
