import type { FindOptions } from "../builders/anchor.js";
import {
  action,
  anchorText,
  article,
  choice,
  condition,
  demand,
  GraphBuilder,
  guarantee,
  membership,
  mention,
  position,
  proposal,
  recognition,
  refusal,
  resolvedDate,
  resolveWeekday,
  statement,
  tension,
  unnamedAgent,
} from "../builders/index.js";
import type { EntityKind, Ref } from "../builders/kinds.js";
import type { ArticleModule } from "./article-module.js";
import { known } from "./known.js";

const SLUG = "zelensky-aide-neutrality";
const URL =
  "https://news.antiwar.com/2022/03/09/zelensky-aide-says-ukraine-open-to-russias-neutrality-demand-but-wont-cede-territory/";
const PUBLISHED = "2022-03-09";

/**
 * "Zelensky Aide Says Ukraine Open to Russia’s Neutrality Demand, But Won’t Cede Territory"
 * (Dave DeCamp, Antiwar.com, 2022-03-09), expressed with the builders: every person, post, state, group of
 * states, territory, organisation, outlet, event, statement and claim of the article, each anchored to its
 * words. Statements keep their speakers; nothing a speaker claims is asserted as fact.
 */
function build(text: string): GraphBuilder {
  const g = new GraphBuilder(SLUG, text);
  const at = (exact: string, options: FindOptions = {}) => anchorText(g, exact, options);
  /** Mention an entity at a phrase (found as `at` finds it). */
  const m = (
    entity: Ref<EntityKind> | readonly Ref<EntityKind>[],
    exact: string,
    options: FindOptions & { misspelling?: boolean } = {},
  ) => {
    const { misspelling, ...find } = options;
    mention(g, entity, at(exact, find), { misspelling: misspelling === true });
  };

  // ── Shared entities, from the catalogue (src/vocab/catalogue.ts), so other articles merge on them ──
  const ukraine = known.state(g, "Ukraine");
  const russia = known.state(g, "Russia");
  const us = known.state(g, "United States");
  const israel = known.state(g, "Israel");
  const western = known.stateGroup(g, "Western countries");
  const moscow = known.place(g, "Moscow");
  const crimea = known.territory(g, "Crimea");
  const donbas = known.territory(g, "Donbas");
  const antiwar = known.outlet(g, "Antiwar.com");
  const bloomberg = known.outlet(g, "Bloomberg");
  const timesOfIsrael = known.outlet(g, "The Times of Israel");
  const axios = known.outlet(g, "Axios");
  const twitter = known.organisation(g, "Twitter");
  const nato = known.organisation(g, "NATO");
  const usGovernment = known.organisation(g, "Federal Government of the United States");
  const usEmbassy = known.organisation(g, "Embassy of the United States in Israel");

  // ── People, posts and who holds them ─────────────────────────────────────────────────────────────
  const zelensky = known.person(g, "Volodymyr Zelenskyy");
  const zhovkva = known.person(g, "Ihor Zhovkva");
  const putin = known.person(g, "Vladimir Putin");
  const bennett = known.person(g, "Naftali Bennett");
  const decamp = known.person(g, "Dave DeCamp");
  const presidentOfUkraine = known.post(g, "President of Ukraine");
  const presidentOfRussia = known.post(g, "President of Russia");
  const primeMinisterOfIsrael = known.post(g, "Prime Minister of Israel");
  const deputyChiefOfStaff = known.post(g, "Deputy Chief of Staff of the President of Ukraine");
  const antiwarNewsEditor = known.post(g, "News Editor of Antiwar.com");
  const attested = { attestedOn: PUBLISHED };
  membership(g, {
    member: zelensky,
    post: presidentOfUkraine,
    anchor: at("Ukrainian President Volodymyr Zelensky"),
    ...attested,
  });
  membership(g, {
    member: zhovkva,
    post: deputyChiefOfStaff,
    anchor: at("Ihor Zhovkva, Zelensky’s deputy chief of staff"),
    ...attested,
  });
  membership(g, {
    member: bennett,
    post: primeMinisterOfIsrael,
    anchor: at("Israeli Prime Minister Naftali Bennett"),
    ...attested,
  });
  membership(g, {
    member: putin,
    post: presidentOfRussia,
    anchor: at("Russian President Vladimir Putin"),
    ...attested,
  });
  membership(g, {
    member: decamp,
    post: antiwarNewsEditor,
    anchor: at("Dave DeCamp is the news editor of Antiwar.com"),
    ...attested,
  });

  // ── Unnamed speakers and actors, described by affiliation ───────────────────────────────────────
  const usOfficial = unnamedAgent(g, {
    description: "a senior US embassy official in Israel",
    slug: "senior-us-embassy-official",
    affiliation: usEmbassy,
    rank: "senior",
  });
  const israeliOfficials = unnamedAgent(g, {
    description: "Israeli officials",
    affiliation: israel,
    plural: true,
  });
  const oneIsraeliOfficial = unnamedAgent(g, { description: "one Israeli official", affiliation: israel });
  const ukrainianOfficials = unnamedAgent(g, {
    description: "Ukrainian officials",
    affiliation: ukraine,
    plural: true,
  });
  const russianOfficials = unnamedAgent(g, {
    description: "Russian officials",
    affiliation: russia,
    plural: true,
  });
  const russianTroops = unnamedAgent(g, { description: "Russian troops", affiliation: russia, plural: true });

  // ── The article ──────────────────────────────────────────────────────────────────────────────────
  const headline = at(
    "Zelensky Aide Says Ukraine Open to Russia’s Neutrality Demand, But Won’t Cede Territory",
  );
  const standfirst = at(
    "Russia wants Ukraine to recognize Crimea as Russian and the Donbas republics as independent",
  );
  const { published } = article(g, {
    headline,
    alternativeHeadline: standfirst,
    url: URL,
    datePublished: PUBLISHED,
    language: "en",
    publisher: antiwar,
    author: decamp,
  });

  // The republics within Donbas: the containment the text states is this article's observation, dated by
  // its publication, so they come after the article.
  const donbasRepublics = at("the Donbas republics of Donestk and Luhansk");
  const partOfDonbas = { partOf: [{ whole: donbas, anchor: donbasRepublics }] };
  const dpr = known.territory(g, "Donetsk People's Republic", partOfDonbas);
  const lpr = known.territory(g, "Luhansk People's Republic", partOfDonbas);

  // ── Dates: relative phrases resolved against the publication date ───────────────────────────────
  const wednesday = resolveWeekday(PUBLISHED, "Wednesday");
  const monday = resolveWeekday(PUBLISHED, "Monday");
  const onWednesday = resolvedDate(g, {
    slug: "on-wednesday",
    method: "explicit",
    date: wednesday.date,
    phrase: at("on Wednesday", { within: "said on Wednesday" }),
    rule: wednesday.rule,
  });
  const zhovkvaRemarks = resolvedDate(g, {
    slug: "zhovkva-remarks",
    method: "context",
    date: wednesday.date,
    phrase: at("on Wednesday", { within: "said on Wednesday" }),
    rule: 'the article introduces Zhovkva\'s remarks once, in its lead, as said "on Wednesday", and reports no other occasion for them',
  });
  const alsoOnWednesday = resolvedDate(g, {
    slug: "also-on-wednesday",
    method: "explicit",
    date: wednesday.date,
    phrase: at("Also on Wednesday"),
    rule: wednesday.rule,
  });
  const usOfficialRemarks = resolvedDate(g, {
    slug: "us-official-remarks",
    method: "context",
    date: wednesday.date,
    phrase: at("Also on Wednesday"),
    rule: '"The official said" continues the sentence dated "Also on Wednesday"',
  });
  const onMonday = resolvedDate(g, {
    slug: "on-monday",
    method: "explicit",
    date: monday.date,
    phrase: at("On Monday"),
    rule: monday.rule,
  });
  const mondayContext = resolvedDate(g, {
    slug: "zelensky-also-said",
    method: "context",
    date: monday.date,
    phrase: at("On Monday"),
    rule: '"The Ukrainian leader also said" continues the sentence dated "On Monday"',
  });
  const undated = resolvedDate(g, {
    slug: "russia-has-said",
    method: "unstated",
    before: published,
    rule: 'the text gives no date ("Russia has said"); the statement precedes publication',
  });
  const recently = resolvedDate(g, {
    slug: "recently",
    method: "unstated",
    phrase: at("recently"),
    before: published,
    rule: '"recently" gives no day; the meeting precedes publication',
  });
  const narration = published;

  // ── Topics ───────────────────────────────────────────────────────────────────────────────────────
  const neutrality = known.topic(g, "neutrality");
  const securityGuarantees = known.topic(g, "security guarantees");
  const territoryTopic = known.topic(g, "territory");
  const peaceTalks = known.topic(g, "peace talks");
  const ceasefire = known.topic(g, "ceasefire");
  const troopWithdrawal = known.topic(g, "troop withdrawal");
  const natoMembership = known.topic(g, "NATO membership");
  const diplomacy = known.topic(g, "diplomacy");
  const sovereignty = known.topic(g, "sovereignty");
  const regimeChange = known.topic(g, "regime change");
  const escalation = known.topic(g, "escalation");

  // ── Events the article reports in its own voice ──────────────────────────────────────────────────
  // The shared event nodes come from the catalogue; the anchor, round count, day, whether it goes on and
  // the unnamed officials are this article's observation of each.
  const invasion = known.event(g, "2022 Russian invasion of Ukraine", {
    ongoing: true,
    anchor: at("its offensive"),
  });
  const talks = known.event(g, "Russia–Ukraine negotiations of 2022", {
    actors: [ukrainianOfficials, russianOfficials],
    roundCount: 3,
    anchor: at("Ukrainian and Russian officials have already held three rounds of negotiations"),
  });
  const meeting = known.event(g, "Meeting of Naftali Bennett and Vladimir Putin in Moscow", {
    time: recently,
    anchor: at(
      "recently met with Russian President Vladimir Putin in Moscow to discuss negotiations with Ukraine",
    ),
  });
  const afterMeeting = resolvedDate(g, {
    slug: "after-bennett-meeting",
    method: "unstated",
    phrase: at("After Bennett’s meeting with Putin"),
    after: recently,
    before: published,
    rule: '"After Bennett\'s meeting with Putin" gives no day: after that meeting, before publication',
  });

  // ── Claim content shared by several statements ──────────────────────────────────────────────────
  // The items of Russia's demand, which Ukraine's answers point at.
  const becomeNeutral = action(g, {
    slug: "ukraine-becomes-neutral",
    label: "Ukraine becomes neutral",
    actor: ukraine,
    affects: [ukraine],
    anchor: at("Ukraine became neutral"),
  });
  const recogniseCrimea = recognition(g, {
    slug: "ukraine-recognises-crimea-as-russian",
    label: "Ukraine recognizes Crimea as Russian territory",
    recogniser: ukraine,
    territories: [crimea],
    status: { status: "partOf", of: russia },
    anchor: at("recognized Crimea as Russian territory"),
  });
  const recogniseRepublics = recognition(g, {
    slug: "ukraine-recognises-donbas-republics",
    label: "Ukraine recognizes the independence of the Donetsk and Luhansk People's Republics",
    recogniser: ukraine,
    territories: [dpr, lpr],
    status: { status: "independent" },
    anchor: at("recognized the independence of the Donbas republics of Donestk and Luhansk"),
  });
  const cedeTerritory = action(g, {
    slug: "ukraine-cedes-territory",
    label: "Ukraine cedes or trades any of its territory",
    actor: ukraine,
    affects: [ukraine],
    anchor: at("cede a “single inch of territory,”"),
  });
  const noTerritory = refusal(g, {
    slug: "ukraine-refuses-to-cede-territory",
    label: "Ukraine will not cede a single inch of its territory",
    by: ukraine,
    refused: cedeTerritory,
    answers: [recogniseCrimea, recogniseRepublics],
    anchor: at("not willing to cede a “single inch of territory,”"),
  });
  const joinNato = action(g, {
    slug: "ukraine-joins-nato",
    label: "Ukraine joins NATO",
    actor: ukraine,
    affects: [nato],
    anchor: at("Ukraine joining NATO"),
  });
  const westernGuarantees = guarantee(g, {
    slug: "guarantees-from-us-and-west",
    label: "Security guarantees for Ukraine from the US and other Western countries",
    guarantors: [us, western],
    beneficiary: ukraine,
    anchor: at("security guarantees from the US and other Western countries"),
  });

  // ── Statements ───────────────────────────────────────────────────────────────────────────────────
  const discussNeutrality = action(g, {
    slug: "ukraine-discusses-neutrality",
    label: "Ukraine discusses neutrality with Russia",
    actor: ukraine,
    affects: [russia],
    eventType: "036",
    anchor: at("discussing neutrality with Russia"),
  });
  const openToNeutrality = condition(g, {
    slug: "neutrality-talks-need-guarantees",
    label: "Ukraine is open to discussing neutrality as long as it gets security guarantees",
    holder: ukraine,
    outcome: discussNeutrality,
    answers: [becomeNeutral],
    requires: [
      guarantee(g, {
        slug: "security-guarantees-for-ukraine",
        label: "Security guarantees for Ukraine (guarantors not named)",
        guarantors: [],
        beneficiary: ukraine,
        anchor: at("security guarantees", { within: "as long as it gets security guarantees" }),
      }),
    ],
    anchor: at("open to discussing neutrality with Russia as long as it gets security guarantees"),
  });
  const diplomaticSolution = action(g, {
    slug: "diplomatic-solution",
    label: "A diplomatic solution",
    affects: [ukraine, russia],
    anchor: at("a diplomatic solution"),
  });
  statement(g, {
    slug: "zhovkva-ready-for-diplomatic-solution",
    summary: "Zhovkva: Ukraine is ready for a diplomatic solution",
    speaker: zhovkva,
    mode: "verbatim",
    anchor: at(
      "“Surely, we are ready for a diplomatic solution,” Ihor Zhovkva, Zelensky’s deputy chief of staff, told Bloomberg.",
    ),
    sourceSpan: at("Ihor Zhovkva, Zelensky’s deputy chief of staff"),
    cueSpan: at("told", { within: "told Bloomberg" }),
    contentSpan: at("Surely, we are ready for a diplomatic solution"),
    date: zhovkvaRemarks,
    carriedBy: bloomberg,
    topics: [diplomacy],
    about: [ukraine],
    stance: "readyFor",
    polarity: "affirmative",
    eventType: "036",
    quotations: [at("Surely, we are ready for a diplomatic solution")],
    content: [
      position(g, {
        slug: "ukraine-ready-for-diplomatic-solution",
        label: "Ukraine is ready for a diplomatic solution",
        holder: ukraine,
        stance: "readyFor",
        towards: diplomaticSolution,
        anchor: at("we are ready for a diplomatic solution"),
      }),
    ],
  });

  const immediateCeasefire = action(g, {
    slug: "immediate-ceasefire",
    label: "An immediate cease-fire",
    affects: [ukraine, russia],
    eventType: "0871",
    anchor: at("immediate cease-fire"),
  });
  const withdrawal = action(g, {
    slug: "withdrawal-of-russian-troops",
    label: "Russian troops withdraw",
    actor: russianTroops,
    affects: [ukraine],
    eventType: "0874",
    anchor: at("withdrawal of Russian troops"),
  });
  // The precondition is for talks to come, not for the rounds already held: a hypothetical action.
  const furtherTalks = action(g, {
    slug: "ukraine-and-russia-hold-further-talks",
    label: "Ukraine and Russia hold further talks",
    actor: ukraine,
    affects: [talks, russia],
    eventType: "046",
    anchor: at("talks", { within: "precondition for talks" }),
  });
  const precondition = statement(g, {
    slug: "zhovkva-precondition-for-talks",
    summary:
      "Zhovkva: an immediate cease-fire and the withdrawal of Russian troops are a precondition for talks",
    speaker: zhovkva,
    mode: "reported",
    anchor: at(
      "Zhovka said a precondition for talks is an “immediate cease-fire and withdrawal of Russian troops,”",
    ),
    sourceSpan: at("Zhovka", { within: "Zhovka said a precondition" }),
    cueSpan: at("said", { within: "Zhovka said a precondition" }),
    contentSpan: at(
      "a precondition for talks is an “immediate cease-fire and withdrawal of Russian troops,”",
    ),
    date: zhovkvaRemarks,
    carriedBy: bloomberg,
    outletFromContext: true,
    outletNamedAt: at("Bloomberg"),
    topics: [peaceTalks, ceasefire, troopWithdrawal],
    about: [russia, ukraine, talks, russianTroops],
    stance: "demands",
    polarity: "affirmative",
    eventType: "100",
    quotations: [at("immediate cease-fire and withdrawal of Russian troops")],
    content: [
      condition(g, {
        slug: "precondition-for-talks",
        label: "Talks require an immediate cease-fire and the withdrawal of Russian troops",
        holder: ukraine,
        outcome: furtherTalks,
        requires: [immediateCeasefire, withdrawal],
        precondition: true,
        anchor: at("a precondition for talks is an “immediate cease-fire and withdrawal of Russian troops,”"),
      }),
    ],
  });

  const roundsHeld = statement(g, {
    slug: "article-three-rounds-held",
    summary: "The article: Ukrainian and Russian officials have already held three rounds of negotiations",
    speaker: decamp,
    mode: "narration",
    anchor: at("although Ukrainian and Russian officials have already held three rounds of negotiations."),
    contentSpan: at("Ukrainian and Russian officials have already held three rounds of negotiations"),
    date: narration,
    topics: [peaceTalks],
    about: [talks, ukraine, russia, ukrainianOfficials, russianOfficials],
    polarity: "affirmative",
    eventType: "046",
  });

  const declareNeutrality = action(g, {
    slug: "ukraine-declares-neutrality",
    label: "Ukraine declares neutrality",
    actor: ukraine,
    affects: [ukraine],
    anchor: at("Ukraine to declare neutrality"),
  });
  const needsWesternGuarantees = statement(g, {
    slug: "zhovkva-neutrality-needs-western-guarantees",
    summary:
      "Zhovkva: to declare neutrality Ukraine would need security guarantees from the US and other Western countries",
    speaker: zhovkva,
    mode: "reported",
    anchor: at(
      "Zhovkva said in order for Ukraine to declare neutrality, it would need security guarantees from the US and other Western countries.",
    ),
    sourceSpan: at("Zhovkva", { within: "Zhovkva said in order" }),
    cueSpan: at("said", { within: "Zhovkva said in order" }),
    contentSpan: at(
      "in order for Ukraine to declare neutrality, it would need security guarantees from the US and other Western countries",
    ),
    date: zhovkvaRemarks,
    topics: [neutrality, securityGuarantees],
    about: [ukraine, us, western],
    stance: "demands",
    eventType: "010",
    polarity: "affirmative",
    content: [
      condition(g, {
        slug: "neutrality-needs-western-guarantees",
        label:
          "Ukraine declares neutrality only with security guarantees from the US and other Western countries",
        holder: ukraine,
        outcome: declareNeutrality,
        requires: [westernGuarantees],
        answers: [becomeNeutral],
        anchor: at(
          "in order for Ukraine to declare neutrality, it would need security guarantees from the US and other Western countries",
        ),
      }),
    ],
  });

  const russianGuarantees = guarantee(g, {
    slug: "guarantees-from-russia-only",
    label: "Security guarantees for Ukraine from Russia only",
    guarantors: [russia],
    beneficiary: ukraine,
    anchor: at("Only security guarantees from Russia"),
  });
  statement(g, {
    slug: "zhovkva-russian-guarantees-not-enough",
    summary: "Zhovkva: security guarantees from Russia alone will not be enough",
    speaker: zhovkva,
    mode: "verbatim",
    anchor: at("“Only security guarantees from Russia will not be enough,” he said."),
    sourceSpan: at("he", { within: "enough,” he said" }),
    cueSpan: at("said", { within: "enough,” he said" }),
    contentSpan: at("Only security guarantees from Russia will not be enough"),
    speakerFromContext: {
      rule: "“he” refers to Zhovkva, the speaker of the sentence before",
      basis: [at("Zhovkva", { within: "Zhovkva said in order" })],
    },
    date: zhovkvaRemarks,
    topics: [securityGuarantees],
    about: [russia, ukraine],
    stance: "deemsInsufficient",
    eventType: "010",
    polarity: "negative",
    quotations: [at("Only security guarantees from Russia will not be enough")],
    content: [
      position(g, {
        slug: "russian-guarantees-insufficient",
        label: "Security guarantees from Russia alone are not enough for Ukraine",
        holder: ukraine,
        stance: "deemsInsufficient",
        towards: russianGuarantees,
        anchor: at("Only security guarantees from Russia will not be enough"),
      }),
    ],
  });

  const stopOffensive = action(g, {
    slug: "russia-stops-offensive",
    label: "Russia stops its offensive",
    actor: russia,
    affects: [invasion],
    anchor: at("stop its offensive"),
  });
  const russianDemand = demand(g, {
    slug: "russian-demand",
    label:
      "Russia demands that Ukraine become neutral and recognize Crimea as Russian and the Donbas republics as independent",
    by: russia,
    of: ukraine,
    items: [becomeNeutral, recogniseCrimea, recogniseRepublics],
    inReturn: stopOffensive,
    anchor: at(
      "it would stop its offensive if Ukraine became neutral, recognized Crimea as Russian territory, and recognized the independence of the Donbas republics of Donestk and Luhansk",
    ),
  });
  const russiaDemands = statement(g, {
    slug: "russia-would-stop-offensive-if",
    summary:
      "Russia: it would stop its offensive if Ukraine became neutral and recognized Crimea as Russian and the Donbas republics as independent",
    speaker: russia,
    mode: "reported",
    anchor: at(
      "Russia has said that it would stop its offensive if Ukraine became neutral, recognized Crimea as Russian territory, and recognized the independence of the Donbas republics of Donestk and Luhansk.",
    ),
    sourceSpan: at("Russia", { within: "Russia has said" }),
    cueSpan: at("has said"),
    contentSpan: at(
      "it would stop its offensive if Ukraine became neutral, recognized Crimea as Russian territory, and recognized the independence of the Donbas republics of Donestk and Luhansk",
    ),
    restatedAt: [standfirst],
    date: undated,
    topics: [neutrality, territoryTopic],
    about: [ukraine, crimea, donbas, dpr, lpr, invasion],
    stance: "demands",
    polarity: "affirmative",
    eventType: "100",
    content: [russianDemand],
  });

  const willNotTrade = statement(g, {
    slug: "zhovkva-will-not-trade-territories",
    summary: "Zhovkva: Ukraine will not trade its territories, not a single inch",
    speaker: zhovkva,
    mode: "reported",
    anchor: at("But Zhovka said Ukraine “will not trade our territories — not a single inch.”"),
    sourceSpan: at("Zhovka", { within: "But Zhovka said" }),
    cueSpan: at("said", { within: "But Zhovka said" }),
    contentSpan: at("Ukraine “will not trade our territories — not a single inch.”"),
    date: zhovkvaRemarks,
    topics: [territoryTopic],
    about: [ukraine],
    stance: "refuses",
    polarity: "negative",
    eventType: "120",
    quotations: [at("will not trade our territories — not a single inch")],
    content: [noTerritory],
  });

  // The lead condenses, in one act of saying, two remarks the body reports in full: openness on
  // neutrality (with its condition) and the refusal to give up territory. Both statements span the whole
  // sentence, with their own content spans, and name the body statements they sum up.
  const lead = at(
    "Ukraine is open to discussing neutrality with Russia as long as it gets security guarantees but is not willing to cede a “single inch of territory,” an aide to Ukrainian President Volodymyr Zelensky said on Wednesday.",
  );
  const leadSource = at("an aide to Ukrainian President Volodymyr Zelensky");
  const leadCue = at("said", { within: "Zelensky said on Wednesday" });
  const aideIsZhovkva = {
    rule: "the lead's “an aide to Ukrainian President Volodymyr Zelensky” is the aide the next sentence names: Ihor Zhovkva, Zelensky’s deputy chief of staff",
    basis: [at("Ihor Zhovkva, Zelensky’s deputy chief of staff")],
  };
  statement(g, {
    slug: "zhovkva-open-to-neutrality",
    summary:
      "Zhovkva: Ukraine is open to discussing neutrality with Russia as long as it gets security guarantees",
    speaker: zhovkva,
    speakerFromContext: aideIsZhovkva,
    mode: "summary",
    summarises: [needsWesternGuarantees],
    anchor: lead,
    sourceSpan: leadSource,
    cueSpan: leadCue,
    contentSpan: at(
      "Ukraine is open to discussing neutrality with Russia as long as it gets security guarantees",
    ),
    restatedAt: [at("Ukraine Open to Russia’s Neutrality Demand")],
    date: onWednesday,
    topics: [neutrality, securityGuarantees],
    about: [ukraine, russia],
    stance: "openTo",
    polarity: "affirmative",
    eventType: "036",
    content: [openToNeutrality],
  });
  statement(g, {
    slug: "zhovkva-will-not-cede-territory",
    summary: "Zhovkva: Ukraine is not willing to cede a single inch of territory",
    speaker: zhovkva,
    speakerFromContext: aideIsZhovkva,
    mode: "summary",
    summarises: [willNotTrade],
    anchor: lead,
    sourceSpan: leadSource,
    cueSpan: leadCue,
    contentSpan: at("is not willing to cede a “single inch of territory,”"),
    restatedAt: [at("Won’t Cede Territory")],
    date: onWednesday,
    topics: [territoryTopic],
    about: [ukraine],
    stance: "refuses",
    polarity: "negative",
    eventType: "120",
    quotations: [at("single inch of territory")],
    content: [noTerritory],
  });

  const discussFuture = action(g, {
    slug: "ukraine-discusses-future-of-crimea-and-donbas",
    label: "Ukraine discusses with Russia the future of Crimea and Donbas",
    actor: ukraine,
    affects: [crimea, donbas, russia],
    eventType: "036",
    anchor: at("discuss with Russia the future of Crimea and Donbas"),
  });
  const flexibility = statement(g, {
    slug: "zelensky-ready-to-discuss-crimea-donbas",
    summary: "Zelensky: Ukraine is ready to discuss with Russia the future of Crimea and Donbas",
    speaker: zelensky,
    mode: "reported",
    anchor: at(
      "On Monday, Zelensky signaled some flexibility on these issues, saying Ukraine was ready to “discuss with Russia the future of Crimea and Donbas.”",
    ),
    sourceSpan: at("Zelensky", { within: "On Monday, Zelensky" }),
    cueSpan: at("saying", { within: "issues, saying Ukraine" }),
    contentSpan: at("Ukraine was ready to “discuss with Russia the future of Crimea and Donbas.”"),
    date: onMonday,
    topics: [territoryTopic, peaceTalks],
    about: [crimea, donbas, russia, ukraine],
    stance: "openTo",
    polarity: "affirmative",
    eventType: "036",
    quotations: [at("discuss with Russia the future of Crimea and Donbas")],
    content: [
      position(g, {
        slug: "ukraine-open-to-discussing-crimea-donbas",
        label: "Ukraine is ready to discuss with Russia the future of Crimea and Donbas",
        holder: ukraine,
        stance: "openTo",
        towards: discussFuture,
        answers: [recogniseCrimea, recogniseRepublics],
        anchor: at("Ukraine was ready to “discuss with Russia the future of Crimea and Donbas.”"),
      }),
    ],
  });

  const cooledDown = statement(g, {
    slug: "zelensky-cooled-down-on-nato",
    summary: "Zelensky: he has cooled down on the idea of Ukraine joining NATO",
    speaker: zelensky,
    mode: "reported",
    anchor: at("The Ukrainian leader also said he’s “cooled down” on the idea of Ukraine joining NATO"),
    sourceSpan: at("The Ukrainian leader"),
    cueSpan: at("also said", { within: "leader also said" }),
    contentSpan: at("he’s “cooled down” on the idea of Ukraine joining NATO"),
    speakerFromContext: {
      rule: "“The Ukrainian leader” refers back to Zelensky, named as the speaker of the sentence before",
      basis: [at("Zelensky", { within: "On Monday, Zelensky" })],
    },
    date: mondayContext,
    topics: [natoMembership],
    about: [nato, ukraine],
    stance: "cooledOn",
    eventType: "010",
    polarity: "affirmative",
    quotations: [at("cooled down")],
    content: [
      position(g, {
        slug: "zelensky-cooled-on-joining-nato",
        label: "Zelensky has cooled down on Ukraine joining NATO",
        holder: zelensky,
        stance: "cooledOn",
        towards: joinNato,
        anchor: at("he’s “cooled down” on the idea of Ukraine joining NATO"),
      }),
    ],
  });
  const aspiring = statement(g, {
    slug: "zhovkva-still-aspiring-to-nato",
    summary: "Zhovkva: Ukraine is still aspiring to join NATO",
    speaker: zhovkva,
    mode: "reported",
    anchor: at("Zhovka said Ukraine is still “aspiring” to join the military alliance"),
    sourceSpan: at("Zhovka", { within: "although Zhovka said" }),
    cueSpan: at("said", { within: "although Zhovka said" }),
    contentSpan: at("Ukraine is still “aspiring” to join the military alliance"),
    date: zhovkvaRemarks,
    topics: [natoMembership],
    about: [nato, ukraine],
    stance: "aspiresTo",
    eventType: "010",
    polarity: "affirmative",
    quotations: [at("aspiring")],
    content: [
      position(g, {
        slug: "ukraine-aspires-to-join-nato",
        label: "Ukraine still aspires to join NATO",
        holder: ukraine,
        stance: "aspiresTo",
        towards: joinNato,
        anchor: at("Ukraine is still “aspiring” to join the military alliance"),
      }),
    ],
  });

  const pressure = action(g, {
    slug: "washington-pressures-zelensky",
    label: "Washington pressures Zelensky to accept Russia's terms",
    actor: usGovernment,
    affects: [zelensky],
    concerns: [russianDemand],
    anchor: at("Washington would not pressure Zelensky to accept Russia’s terms"),
  });
  statement(g, {
    slug: "us-official-no-pressure-on-zelensky",
    summary:
      "A senior US embassy official in Israel: Washington will not pressure Zelensky to accept Russia's terms",
    speaker: usOfficial,
    mode: "reported",
    anchor: at(
      "Also on Wednesday, a senior US embassy official in Israel said that Washington would not pressure Zelensky to accept Russia’s terms, according to The Times of Israel.",
    ),
    sourceSpan: at("a senior US embassy official in Israel"),
    cueSpan: at("said", { within: "official in Israel said" }),
    contentSpan: at("Washington would not pressure Zelensky to accept Russia’s terms"),
    date: alsoOnWednesday,
    carriedBy: timesOfIsrael,
    topics: [diplomacy, peaceTalks],
    about: [usGovernment, zelensky, russia],
    stance: "refuses",
    polarity: "negative",
    eventType: "120",
    content: [
      refusal(g, {
        slug: "us-will-not-pressure-zelensky",
        label: "Washington will not pressure Zelensky to accept Russia's terms",
        by: usGovernment,
        refused: pressure,
        anchor: at("Washington would not pressure Zelensky"),
      }),
    ],
  });

  const bennettDiplomacy = action(g, {
    slug: "bennett-diplomacy-efforts",
    label: "Naftali Bennett's diplomacy efforts",
    actor: bennett,
    affects: [ukraine, russia],
    anchor: at("the diplomacy efforts of Israeli Prime Minister Naftali Bennett"),
  });
  statement(g, {
    slug: "us-official-supports-bennett-diplomacy",
    summary: "A senior US embassy official in Israel: the US supports Naftali Bennett's diplomacy efforts",
    speaker: usOfficial,
    mode: "reported",
    anchor: at(
      "The official said that the US supports the diplomacy efforts of Israeli Prime Minister Naftali Bennett, who recently met with Russian President Vladimir Putin in Moscow to discuss negotiations with Ukraine.",
    ),
    sourceSpan: at("The official"),
    cueSpan: at("said", { within: "The official said" }),
    contentSpan: at(
      "the US supports the diplomacy efforts of Israeli Prime Minister Naftali Bennett, who recently met with Russian President Vladimir Putin in Moscow to discuss negotiations with Ukraine",
    ),
    date: usOfficialRemarks,
    carriedBy: timesOfIsrael,
    outletFromContext: true,
    outletNamedAt: at("The Times of Israel"),
    topics: [diplomacy],
    about: [us, bennett, meeting],
    stance: "supports",
    eventType: "010",
    polarity: "affirmative",
    content: [
      position(g, {
        slug: "us-supports-bennett-diplomacy",
        label: "The US supports Naftali Bennett's diplomacy efforts",
        holder: us,
        stance: "supports",
        towards: bennettDiplomacy,
        anchor: at("the US supports the diplomacy efforts of Israeli Prime Minister Naftali Bennett"),
      }),
    ],
  });

  const keepSovereignty = action(g, {
    slug: "ukraine-keeps-sovereignty",
    label: "Ukraine keeps its sovereignty",
    actor: ukraine,
    affects: [ukraine],
    anchor: at("allows Ukraine to keep its sovereignty"),
  });
  const changeRegime = action(g, {
    slug: "regime-change-in-ukraine",
    label: "Regime change in Ukraine",
    affects: [ukraine],
    anchor: at("regime change"),
  });
  const putinProposal = proposal(g, {
    slug: "putin-proposal-to-zelensky",
    label: "Putin's proposal to Zelensky",
    by: putin,
    to: zelensky,
    includes: [keepSovereignty],
    excludes: [changeRegime],
    assessment: "would be difficult to accept",
    anchor: at(
      "Putin made a proposal to Zelensky that would be difficult to accept but doesn’t include regime change and allows Ukraine to keep its sovereignty",
    ),
  });
  statement(g, {
    slug: "israeli-officials-putin-proposal",
    summary:
      "Israeli officials: Putin made Zelensky a proposal that is hard to accept but keeps Ukraine sovereign and excludes regime change",
    speaker: israeliOfficials,
    mode: "reported",
    anchor: at(
      "After Bennett’s meeting with Putin, Israeli officials told Axios that Putin made a proposal to Zelensky that would be difficult to accept but doesn’t include regime change and allows Ukraine to keep its sovereignty.",
    ),
    sourceSpan: at("Israeli officials", { within: "Israeli officials told" }),
    cueSpan: at("told", { within: "officials told Axios" }),
    contentSpan: at(
      "Putin made a proposal to Zelensky that would be difficult to accept but doesn’t include regime change and allows Ukraine to keep its sovereignty",
    ),
    date: afterMeeting,
    carriedBy: axios,
    topics: [peaceTalks, sovereignty, regimeChange],
    about: [putin, zelensky, ukraine],
    stance: "assesses",
    eventType: "010",
    polarity: "affirmative",
    content: [putinProposal],
  });

  const stopWar = action(g, {
    slug: "the-war-stops",
    label: "The war stops",
    affects: [invasion],
    anchor: at("stop the war"),
  });
  const riskEscalation = action(g, {
    slug: "russian-escalation",
    label: "A Russian escalation",
    actor: russia,
    affects: [invasion],
    anchor: at("a Russian escalation"),
  });
  const acceptDeal = action(g, {
    slug: "zelensky-accepts-the-deal",
    label: "Zelensky accepts the deal",
    actor: zelensky,
    concerns: [putinProposal],
    leadsTo: stopWar,
    anchor: at("accept the deal and stop the war"),
  });
  const rejectDeal = action(g, {
    slug: "zelensky-rejects-the-deal",
    label: "Zelensky rejects the deal",
    actor: zelensky,
    concerns: [putinProposal],
    leadsTo: riskEscalation,
    anchor: at("reject it and risk a Russian escalation"),
  });
  statement(g, {
    slug: "israeli-official-zelensky-at-crossroads",
    summary:
      "One Israeli official: Zelensky is at a crossroads, to accept the deal and stop the war or reject it and risk escalation",
    speaker: oneIsraeliOfficial,
    mode: "reported",
    anchor: at(
      "One Israeli official said Zelensky is now at a crossroads and has to choose whether to accept the deal and stop the war or reject it and risk a Russian escalation.",
    ),
    sourceSpan: at("One Israeli official"),
    cueSpan: at("said", { within: "One Israeli official said" }),
    contentSpan: at(
      "Zelensky is now at a crossroads and has to choose whether to accept the deal and stop the war or reject it and risk a Russian escalation",
    ),
    date: afterMeeting,
    carriedBy: axios,
    outletFromContext: true,
    outletNamedAt: at("Axios"),
    topics: [peaceTalks, escalation],
    about: [zelensky, invasion, russia],
    stance: "assesses",
    eventType: "010",
    polarity: "affirmative",
    content: [
      choice(g, {
        slug: "zelensky-crossroads",
        label:
          "Zelensky must choose: accept the deal and stop the war, or reject it and risk a Russian escalation",
        facedBy: zelensky,
        options: [acceptDeal, rejectDeal],
        anchor: at("Zelensky is now at a crossroads"),
      }),
    ],
  });

  // ── Claims that pull against each other ──────────────────────────────────────────────────────────
  tension(g, {
    slug: "russian-demand-vs-no-territory",
    label:
      "Russia's demand for recognition of Crimea and the Donbas republics against Ukraine's refusal to trade territory",
    kind: "demandVersusRefusal",
    first: russiaDemands,
    second: willNotTrade,
    evidence: at("But", { within: "But Zhovka said" }),
  });
  tension(g, {
    slug: "flexibility-vs-no-territory",
    label:
      "Zelensky's readiness to discuss Crimea and Donbas against Zhovkva's refusal to trade any territory",
    kind: "flexibilityVersusRefusal",
    first: flexibility,
    second: willNotTrade,
    evidence: at("signaled some flexibility on these issues"),
    // No contrast word joins these two: the annotation infers the tension from what each says.
    marked: {
      inferred:
        "no contrast word links them: Zelensky's readiness to discuss the future of Crimea and Donbas is set against Zhovkva's refusal, in the paragraph before, to trade any territory",
    },
  });
  tension(g, {
    slug: "cooled-down-vs-aspiring",
    label: "Zelensky has cooled down on joining NATO; Zhovkva says Ukraine still aspires to join",
    kind: "divergentAttitudes",
    first: cooledDown,
    second: aspiring,
    evidence: at("although", { within: "although Zhovka said" }),
  });
  tension(g, {
    slug: "precondition-vs-rounds-held",
    label:
      "A cease-fire and withdrawal as precondition for talks, although three rounds of negotiations were already held",
    kind: "preconditionVersusFact",
    first: precondition,
    second: roundsHeld,
    evidence: at("although", { within: "although Ukrainian and Russian" }),
  });

  // ── Mentions: every reference to an entity, as printed ──────────────────────────────────────────
  // Headline and standfirst
  m(zelensky, "Zelensky", { within: "Zelensky Aide Says" });
  m(zhovkva, "Zelensky Aide");
  m(ukraine, "Ukraine", { within: "Says Ukraine Open" });
  m(russia, "Russia", { within: "Russia’s Neutrality" });
  m(russia, "Russia", { within: "Russia wants" });
  m(ukraine, "Ukraine", { within: "wants Ukraine" });
  m(crimea, "Crimea", { within: "recognize Crimea as Russian and" });
  m(russia, "Russian", { within: "Crimea as Russian and" });
  m(donbas, "Donbas", { within: "the Donbas republics as independent" });
  m([dpr, lpr], "the Donbas republics", { within: "the Donbas republics as independent" });
  // Lead
  m(ukraine, "Ukraine", { within: "Ukraine is open" });
  m(russia, "Russia", { within: "neutrality with Russia" });
  m(zhovkva, "an aide to Ukrainian President Volodymyr Zelensky");
  m(ukraine, "Ukrainian", { within: "to Ukrainian President" });
  m(presidentOfUkraine, "Ukrainian President", { within: "to Ukrainian President" });
  m(zelensky, "Volodymyr Zelensky");
  // Zhovkva and Bloomberg
  m(zhovkva, "Ihor Zhovkva");
  m(zelensky, "Zelensky", { within: "Zhovkva, Zelensky’s" });
  m(deputyChiefOfStaff, "deputy chief of staff");
  m(bloomberg, "Bloomberg");
  m(zhovkva, "Zhovka", { within: "Zhovka said a precondition", misspelling: true });
  m(talks, "talks", { within: "precondition for talks" });
  m(russianTroops, "Russian troops");
  m(russia, "Russian", { within: "Russian troops" });
  m([ukrainianOfficials, russianOfficials], "Ukrainian and Russian officials");
  m(ukraine, "Ukrainian", { within: "Ukrainian and Russian officials" });
  m(russia, "Russian", { within: "and Russian officials" });
  m(russianOfficials, "Russian officials");
  m(talks, "three rounds of negotiations");
  // Conditions for neutrality
  m(zhovkva, "Zhovkva", { within: "Zhovkva said in order" });
  m(ukraine, "Ukraine", { within: "for Ukraine to declare" });
  m(us, "US", { within: "from the US and other" });
  m(western, "other Western countries");
  m(russia, "Russia", { within: "guarantees from Russia will" });
  // Russia's demand
  m(russia, "Russia", { within: "Russia has said" });
  m(invasion, "its offensive");
  m(ukraine, "Ukraine", { within: "if Ukraine became" });
  m(crimea, "Crimea", { within: "recognized Crimea as Russian territory" });
  m(russia, "Russian", { within: "as Russian territory" });
  m([dpr, lpr], "the Donbas republics", { within: "the Donbas republics of Donestk" });
  m(donbas, "Donbas", { within: "the Donbas republics of Donestk" });
  m(dpr, "Donestk", { misspelling: true });
  m(lpr, "Luhansk");
  m(zhovkva, "Zhovka", { within: "But Zhovka said", misspelling: true });
  m(ukraine, "Ukraine", { within: "said Ukraine “will not" });
  // Zelensky's flexibility and NATO
  m(zelensky, "Zelensky", { within: "On Monday, Zelensky" });
  m(ukraine, "Ukraine", { within: "saying Ukraine was ready" });
  m(russia, "Russia", { within: "discuss with Russia the" });
  m(crimea, "Crimea", { within: "future of Crimea and Donbas" });
  m(donbas, "Donbas", { within: "Crimea and Donbas.”" });
  m(zelensky, "The Ukrainian leader");
  m(ukraine, "Ukrainian", { within: "The Ukrainian leader" });
  m(ukraine, "Ukraine", { within: "idea of Ukraine joining" });
  m(nato, "NATO");
  m(zhovkva, "Zhovka", { within: "although Zhovka said", misspelling: true });
  m(ukraine, "Ukraine", { within: "said Ukraine is still" });
  m(nato, "the military alliance");
  // The US official and Bennett
  m(usOfficial, "a senior US embassy official in Israel");
  m(usEmbassy, "US embassy");
  m(us, "US", { within: "senior US embassy" });
  m(israel, "Israel", { within: "official in Israel said" });
  m(usGovernment, "Washington");
  m(zelensky, "Zelensky", { within: "pressure Zelensky to accept" });
  m(russia, "Russia", { within: "accept Russia’s terms" });
  m(timesOfIsrael, "The Times of Israel");
  m(usOfficial, "The official");
  m(us, "US", { within: "that the US supports" });
  m(israel, "Israeli", { within: "of Israeli Prime Minister" });
  m(primeMinisterOfIsrael, "Israeli Prime Minister");
  m(bennett, "Naftali Bennett");
  m(russia, "Russian", { within: "with Russian President" });
  m(presidentOfRussia, "Russian President");
  m(putin, "Vladimir Putin");
  m(moscow, "Moscow");
  m(talks, "negotiations", { within: "discuss negotiations with Ukraine" });
  m(ukraine, "Ukraine", { within: "negotiations with Ukraine." });
  // Israeli officials and the proposal
  m(meeting, "Bennett’s meeting with Putin");
  m(bennett, "Bennett", { within: "After Bennett’s" });
  m(putin, "Putin", { within: "meeting with Putin," });
  m(israeliOfficials, "Israeli officials");
  m(israel, "Israeli", { within: "Israeli officials told" });
  m(axios, "Axios");
  m(putin, "Putin", { within: "that Putin made" });
  m(zelensky, "Zelensky", { within: "proposal to Zelensky" });
  m(ukraine, "Ukraine", { within: "allows Ukraine to keep" });
  m(oneIsraeliOfficial, "One Israeli official");
  m(israel, "Israeli", { within: "One Israeli official" });
  m(zelensky, "Zelensky", { within: "said Zelensky is now" });
  m(invasion, "the war");
  m(russia, "Russian", { within: "a Russian escalation" });
  // Byline
  m(decamp, "Dave DeCamp", { within: "Author: Dave DeCamp" });
  m(decamp, "Dave DeCamp", { within: "Dave DeCamp is the" });
  m(antiwarNewsEditor, "news editor");
  m(antiwar, "Antiwar.com");
  m(twitter, "Twitter");
  m(decamp, "@decampdave");

  return g;
}

/** The article module: its slug, source text file and builder. */
export const zelenskyAideNeutrality: ArticleModule = {
  slug: SLUG,
  textFile: `${SLUG}.txt`,
  textSha256: "27fb760309f1126239dab126f863f066c692688bcedf0a53435380ab88e27f2f",
  build,
};
