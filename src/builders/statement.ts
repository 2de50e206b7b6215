import type { NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { CameoCode } from "../vocab/cameo.js";
import type { Polarity, ReportMode, Stance } from "../vocab/concepts.js";
import { POLARITIES, REPORT_MODES, STANCES } from "../vocab/concepts.js";
import { ng, prov, rdfs, schema } from "../vocab/namespaces.js";
import { cameo, checkCameo } from "./concept.js";
import type { GraphBuilder } from "./graph.js";
import { bool, build, en, str } from "./graph.js";
import { checkSlug, mintArticleIri, mintIri } from "./iri.js";
import type { AgentKind, ContentKind, EntityKind, Ref } from "./kinds.js";
import { AGENT_KINDS, CONTENT_KINDS, ENTITY_KINDS } from "./kinds.js";
import { lookup, optionalArray, optionalBoolean, requireArray, requireName } from "./validate.js";

/** Everything a statement needs: who, how reported, when, where in the text, and what it says. */
export interface StatementInput {
  /** Readable slug, unique in the article ("zhovkva-precondition-for-talks"). */
  readonly slug: string;
  /** A one-line English summary in our words (not the speaker's): the statement's label. */
  readonly summary: string;
  readonly speaker: Ref<AgentKind>;
  readonly mode: ReportMode;
  /** The span of the article that carries the statement. */
  readonly anchor: Ref<"anchor">;
  /** When it was said, as resolved from the text. */
  readonly date: Ref<"date">;
  /** The outlet the article says carried the statement (Bloomberg, Axios…), when it names one. */
  readonly carriedBy?: Ref<"outlet">;
  /** True when the outlet is not named for this statement but for the one it continues. */
  readonly outletFromContext?: boolean;
  /** Other places that restate the statement (a headline, a standfirst). */
  readonly restatedAt?: readonly Ref<"anchor">[];
  readonly topics: readonly Ref<"topic">[];
  /** The entities the statement is about. */
  readonly about: readonly Ref<EntityKind>[];
  readonly stance?: Stance;
  readonly polarity: Polarity;
  readonly eventType?: CameoCode;
  /** Words of the speaker quoted verbatim inside the statement, each anchored. */
  readonly quotations?: readonly Ref<"anchor">[];
  /** What is claimed: a demand, a condition, a refusal, a position… */
  readonly content?: readonly Ref<ContentKind>[];
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
  return build(g, "statement", input, (g) => buildStatement(g, input));
}

function buildStatement(g: GraphBuilder, input: StatementInput): Ref<"statement"> {
  const slug = checkSlug(input.slug, "statement.slug");
  const summary = requireName(input.summary, "statement.summary");
  const speaker = g.check(input.speaker, "statement.speaker", AGENT_KINDS);
  const anchorIri = g.check(input.anchor, "statement.anchor", ["anchor"]);
  const date = g.check(input.date, "statement.date", ["date"]);
  const carrier =
    input.carriedBy === undefined ? undefined : g.check(input.carriedBy, "statement.carriedBy", ["outlet"]);
  const mode = lookup(REPORT_MODES, input.mode, "statement.mode", "report mode");
  const polarity = lookup(POLARITIES, input.polarity, "statement.polarity", "polarity");
  const stance =
    input.stance === undefined ? undefined : lookup(STANCES, input.stance, "statement.stance", "stance");
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
  const quotes = optionalArray<Ref<"anchor">>(input.quotations, "statement.quotations").map((q, i) =>
    g.check(q, `statement.quotations[${i}]`, ["anchor"]),
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
  if (input.eventType !== undefined) checkCameo(input.eventType, "statement.eventType");
  const eventType =
    input.eventType === undefined ? undefined : cameo(g, input.eventType, "statement.eventType").iri;

  const iri = mintArticleIri(g.articleSlug, "statement", slug);
  const sorted = (nodes: readonly NamedNode[]) => nodes.map((n) => n.value).sort();
  const details = {
    summary,
    speaker: speaker.value,
    mode,
    anchor: anchorIri.value,
    date: date.value,
    carriedBy: carrier?.value ?? null,
    outletFromContext: carrier === undefined ? null : fromContext,
    restatedAt: sorted(restated),
    topics: sorted(topics),
    about: sorted(about),
    stance: stance ?? null,
    polarity,
    eventType: input.eventType ?? null,
    quotations: quotes.map((q) => q.value),
    content: sorted(content),
  };
  const { ref, isNew } = g.register("statement", iri, details, "statement");
  if (!isNew) return ref;
  const article = mintIri("article", g.articleSlug);
  g.type(iri, ng("Statement"), prov("Entity"));
  g.add(iri, rdfs("label"), en(summary));
  g.add(iri, ng("speaker"), speaker);
  g.add(iri, prov("wasAttributedTo"), speaker);
  const attribute = (suffix: string, agent: NamedNode, role: string) => {
    const attribution = mintArticleIri(g.articleSlug, "statement", `${slug}-${suffix}`);
    g.type(attribution, prov("Attribution"));
    g.add(attribution, prov("agent"), agent);
    g.add(attribution, prov("hadRole"), ng(role));
    g.add(iri, prov("qualifiedAttribution"), attribution);
  };
  attribute("speaker", speaker, "SpeakerRole");
  if (carrier !== undefined) {
    g.add(iri, ng("carriedBy"), carrier);
    attribute("outlet", carrier, "CarryingOutletRole");
    g.add(iri, ng("outletFromContext"), bool(fromContext));
  }
  for (const a of restated) g.add(iri, ng("restatedAt"), a);
  g.add(iri, ng("reportedIn"), article);
  g.add(iri, prov("wasDerivedFrom"), article);
  g.add(iri, ng("reportMode"), REPORT_MODES[mode]);
  g.add(iri, ng("statedAt"), date);
  g.add(iri, ng("anchor"), anchorIri);
  g.add(iri, ng("polarity"), POLARITIES[polarity]);
  if (stance !== undefined) g.add(iri, ng("stance"), STANCES[stance]);
  if (eventType !== undefined) g.add(iri, ng("eventType"), eventType);
  for (const t of topics) g.add(iri, ng("topic"), t);
  for (const e of about) g.add(iri, schema("about"), e);
  for (const c of content) g.add(iri, ng("content"), c);
  quotes.forEach((q, i) => {
    const quote = mintArticleIri(g.articleSlug, "quote", `${slug}-${i + 1}`);
    const exact = g.recall<string>(q) ?? "";
    g.register("quotation", quote, { text: exact }, "statement.quotations", "statement.slug");
    g.type(quote, schema("Quotation"));
    g.add(quote, schema("text"), str(exact));
    g.add(quote, schema("creator"), speaker);
    g.add(quote, prov("wasAttributedTo"), speaker);
    g.add(quote, ng("anchor"), q);
    g.add(quote, schema("isPartOf"), article);
    g.add(iri, ng("quotation"), quote);
  });
  return ref;
}
