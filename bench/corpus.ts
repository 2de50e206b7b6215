import type { Quad } from "@rdfjs/types";
import { outlet as newsOutlet, person, state as sovereignState } from "../src/builders/agent.js";
import { anchor } from "../src/builders/anchor.js";
import { article } from "../src/builders/article.js";
import { action, condition, demand } from "../src/builders/claim.js";
import { claimItem } from "../src/builders/claim-item.js";
import { topic } from "../src/builders/concept.js";
import { resolvedDate, resolveWeekday, type Weekday } from "../src/builders/date.js";
import { misspellingDistance, nameWords } from "../src/builders/duplicates.js";
import { GraphBuilder } from "../src/builders/graph.js";
import type { AgentKind, EntityKind, Ref } from "../src/builders/kinds.js";
import { mention } from "../src/builders/mention.js";
import { territory } from "../src/builders/place.js";
import { remark } from "../src/builders/remark.js";
import { membership, post, role } from "../src/builders/role.js";
import { statement } from "../src/builders/statement.js";
import { tension } from "../src/builders/tension.js";
import { NewsStore } from "../src/store/store.js";
import { catalogueRows } from "../src/vocab/catalogue.js";
import type { ReportMode, Stance } from "../src/vocab/concepts.js";

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "sto",
  "va",
  "dor",
  "el",
  "shi",
  "tan",
  "bo",
  "ru",
  "zen",
  "ko",
  "fa",
  "li",
];
const ROLES = [
  "president",
  "prime minister",
  "foreign minister",
  "defence minister",
  "spokesperson",
  "ambassador",
];
const WEEKDAYS: Weekday[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const TOPICS = [
  "neutrality",
  "security guarantees",
  "territory",
  "peace talks",
  "ceasefire",
  "sanctions",
  "energy",
  "trade",
];
const STANCES: Stance[] = ["supports", "opposes", "openTo", "refuses", "demands", "assesses"];

function name(r: () => number, words: number): string {
  const parts: string[] = [];
  for (let w = 0; w < words; w++) {
    const n = 2 + Math.floor(r() * 2);
    let s = "";
    for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    parts.push(s.charAt(0).toUpperCase() + s.slice(1));
  }
  return parts.join(" ");
}

/** The shared pools every article draws from. */
export interface Pools {
  readonly people: readonly string[];
  readonly states: readonly string[];
  /** Territory names with the index of the territory each lies within (-1 for none). */
  readonly territories: readonly { readonly name: string; readonly within: number }[];
  readonly outlets: readonly string[];
  /**
   * Remarks several articles report (one act of saying, `remark()`): each with its stable key and the
   * index of its speaker in `people`.
   */
  readonly remarks: readonly { readonly slug: string; readonly speaker: number }[];
  /** Claim items several articles' demands name (`claimItem()`): key, label and the actor's state index. */
  readonly items: readonly { readonly slug: string; readonly label: string; readonly actor: number }[];
}

/**
 * Draw the shared pools: ~2,000 people, ~200 states, ~500 territories in chains three deep (so part-of
 * queries are transitive), ~40 outlets, and 100 remarks and 100 claim items that articles report in common. Within each pool no two names are alike, even nearly.
 *
 * @example
 * const pools = makePools(42);
 */
export function makePools(
  seed: number,
  sizes = { people: 2000, states: 200, territories: 500, outlets: 40, shared: 100 },
): Pools {
  const r = rng(seed);
  // The builders refuse a new entity whose name looks like a misspelling of another's ("Lokaia" after
  // "Lofaia"), so a pool holds no two look-alikes, nor a look-alike of a catalogue name. Look-alikes share
  // the first letter of every word: names are compared only within those buckets.
  const initials = (words: readonly string[]) => words.map((w) => w.charAt(0)).join(" ");
  const buckets = new Map<string, (readonly string[])[]>();
  for (const row of catalogueRows())
    for (const n of [row.entry.name, ...row.entry.altNames]) {
      const words = nameWords(n);
      buckets.set(initials(words), [...(buckets.get(initials(words)) ?? []), words]);
    }
  const unique = (count: number, words: number, suffix: string) => {
    const seen = new Set<string>();
    while (seen.size < count) {
      const candidate = `${name(r, words)}${suffix}`;
      const key = nameWords(candidate);
      const bucket = buckets.get(initials(key)) ?? [];
      if (bucket.some((other) => misspellingDistance(key, other) !== undefined)) continue;
      buckets.set(initials(key), [...bucket, key]);
      seen.add(candidate);
    }
    return [...seen];
  };
  const territoryNames = unique(sizes.territories, 1, " Region");
  const macro = Math.max(1, Math.floor(sizes.territories / 10));
  const middle = Math.max(macro + 1, Math.floor(sizes.territories / 3));
  const people = unique(sizes.people, 2, "");
  return {
    people,
    states: unique(sizes.states, 1, "ia"),
    territories: territoryNames.map((n, i) => ({
      name: n,
      within:
        i < macro ? -1 : i < middle ? Math.floor(r() * macro) : macro + Math.floor(r() * (middle - macro)),
    })),
    outlets: unique(sizes.outlets, 1, " News"),
    remarks: Array.from({ length: sizes.shared }, (_, i) => ({
      slug: `synthetic-remark-${i}`,
      speaker: Math.floor(r() * people.length),
    })),
    items: Array.from({ length: sizes.shared }, (_, i) => ({
      slug: `synthetic-item-${i}`,
      label: `Shared item ${i}`,
      actor: Math.floor(r() * sizes.states),
    })),
  };
}

/** Writes an article's text while recording where each piece lands, in code points. */
class TextWriter {
  private parts: string[] = [];
  private length = 0;
  write(s: string): { start: number; end: number; exact: string } {
    const start = this.length;
    this.parts.push(s);
    this.length += Array.from(s).length;
    return { start, end: this.length, exact: s };
  }
  get text(): string {
    return this.parts.join("");
  }
}

type Span = { start: number; end: number; exact: string };

interface PlannedStatement {
  readonly speaker: number;
  readonly quote: Span;
  readonly sentence: Span;
  readonly speakerSpan: Span;
  readonly outletSpan: Span;
  readonly daySpan: Span;
  readonly day: Weekday;
  readonly outlet: number;
  readonly about: readonly { kind: "state" | "territory"; index: number; span: Span }[];
  readonly verbatim: boolean;
}

/**
 * Build one synthetic article with the same builders as real ones: ~8 people with posts, ~12 statements
 * each with a quote, a resolved date, an outlet, a topic, 1–3 entities it is about, anchors and mentions;
 * every fourth a demand, every sixth a condition, and tensions between some neighbours. Across articles:
 * the third and sixth statements report shared remarks (three consecutive articles share the first, the
 * second is spread wider), and each demand's first item names a shared claim item, so reportsOf,
 * compareArticles and articlesReporting have reports to find at every size.
 *
 * @example
 * const g = syntheticArticle(pools, 7, 42);
 */
export function syntheticArticle(pools: Pools, index: number, seed: number): GraphBuilder {
  const r = rng(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const pickIndex = (n: number) => Math.floor(r() * n);
  const people = Array.from({ length: 8 }, () => pickIndex(pools.people.length));
  // Shared remarks, reported by statements 2 and 5, spoken by people 1 and 2 (their speakers in the pool).
  const remarks = [Math.floor(index / 3), index * 7 + 3].flatMap((k) =>
    pools.remarks.length === 0 ? [] : [pools.remarks[k % pools.remarks.length]],
  );
  remarks.forEach((m, i) => {
    if (m !== undefined) people[i + 1] = m.speaker;
  });
  const remarkAt = new Map(remarks.map((m, i) => [i === 0 ? 2 : 5, { remark: m, speaker: i + 1 }]));
  const homes = people.map(() => pickIndex(pools.states.length));
  const roles = people.map(() => pick(ROLES));
  const outlets = [pickIndex(pools.outlets.length), pickIndex(pools.outlets.length)];
  const publisherIndex = pickIndex(pools.outlets.length);
  const w = new TextWriter();
  const headline = w.write(`Synthetic report ${index}: ${pools.people[people[0] ?? 0]} speaks`);
  w.write("\n\n");
  const posts = people.map((p, i) => {
    const nameSpan = w.write(pools.people[p] ?? "");
    w.write(", ");
    const roleSpan = w.write(`${roles[i]} of ${pools.states[homes[i] ?? 0]}`);
    w.write(i < people.length - 1 ? "; " : ".\n\n");
    return { nameSpan, roleSpan };
  });
  const planned: PlannedStatement[] = [];
  const count = 10 + pickIndex(5);
  for (let s = 0; s < count; s++) {
    const drawn = pickIndex(people.length);
    const speaker = remarkAt.get(s)?.speaker ?? drawn;
    const verbatim = r() < 0.5;
    const outlet = pickIndex(outlets.length);
    const day = pick(WEEKDAYS);
    const sentenceStart = w.write("“");
    const quote = w.write(
      `We ${pick(["will", "will not", "may", "must"])} ${pick(["discuss", "accept", "reject", "support"])} ${pick(TOPICS)} number ${s}`,
    );
    w.write(",” ");
    const speakerSpan = w.write(pools.people[people[speaker] ?? 0] ?? "");
    w.write(" told ");
    const outletSpan = w.write(pools.outlets[outlets[outlet] ?? 0] ?? "");
    w.write(" ");
    const daySpan = w.write(`on ${day}`);
    w.write(", speaking of ");
    const about: PlannedStatement["about"][number][] = [];
    const n = 1 + pickIndex(3);
    for (let a = 0; a < n; a++) {
      if (a > 0) w.write(" and ");
      if (r() < 0.5) {
        const idx = pickIndex(pools.states.length);
        about.push({ kind: "state", index: idx, span: w.write(pools.states[idx] ?? "") });
      } else {
        const idx = pickIndex(pools.territories.length);
        about.push({ kind: "territory", index: idx, span: w.write(pools.territories[idx]?.name ?? "") });
      }
    }
    const end = w.write(".");
    w.write("\n");
    planned.push({
      speaker,
      quote,
      sentence: { start: sentenceStart.start, end: end.end, exact: "" },
      speakerSpan,
      outletSpan,
      daySpan,
      day,
      outlet,
      about,
      verbatim,
    });
  }
  const text = w.text;
  const cps = Array.from(text);
  const exact = (s: Span) => ({ start: s.start, end: s.end, exact: cps.slice(s.start, s.end).join("") });
  const g = new GraphBuilder(`synthetic-${seed}-${index}`, text);
  const at = (s: Span) => anchor(g, exact(s));

  const personRefs = people.map((p) => person(g, { name: pools.people[p] ?? "" }));
  const stateRef = (i: number) => sovereignState(g, { name: pools.states[i] ?? "" });
  const territoryRef = (i: number): Ref<"territory"> => {
    const t = pools.territories[i];
    if (t === undefined) throw new Error(`no territory ${i}`);
    // Containment is stated by the pool, anchored at the mention that names the territory here.
    const parent = t.within >= 0 ? territoryRef(t.within) : undefined;
    const span =
      planned.flatMap((p) => p.about).find((a) => a.kind === "territory" && a.index === i)?.span ?? headline;
    return territory(g, {
      name: t.name,
      ...(parent === undefined ? {} : { partOf: [{ whole: parent, anchor: at(span) }] }),
    });
  };
  const outletRefs = outlets.map((o) => newsOutlet(g, { name: pools.outlets[o] ?? "" }));
  const publisher = newsOutlet(g, { name: pools.outlets[publisherIndex] ?? "" });
  const author = personRefs[0] as Ref<"person">;
  const published = `2022-03-${String(7 + (index % 20)).padStart(2, "0")}`;
  const { published: publishedDate } = article(g, {
    headline: at(headline),
    url: `https://example.org/synthetic/${seed}/${index}`,
    datePublished: published,
    language: "en",
    publisher,
    author,
  });
  people.forEach((_, i) => {
    const roleRef = role(g, { name: roles[i] ?? "" });
    const home = stateRef(homes[i] ?? 0);
    const postRef = post(g, {
      name: `${roles[i]} of ${pools.states[homes[i] ?? 0]}`,
      role: roleRef,
      in: home,
    });
    const spans = posts[i];
    if (spans === undefined) return;
    membership(g, {
      member: personRefs[i] as Ref<"person">,
      post: postRef,
      attestedOn: published,
      anchor: at(spans.roleSpan),
    });
    mention(g, personRefs[i] as Ref<"person">, at(spans.nameSpan));
    mention(g, postRef, at(spans.roleSpan));
  });
  const topics = TOPICS.map((t) => topic(g, { name: t }));
  const statements: Ref<"statement">[] = [];
  planned.forEach((p, s) => {
    const speaker = personRefs[p.speaker] as Ref<AgentKind>;
    const resolved = resolveWeekday(published, p.day);
    const date = resolvedDate(g, {
      slug: `s${s}-date`,
      method: "explicit",
      date: resolved.date,
      phrase: at(p.daySpan),
      rule: resolved.rule,
    });
    const about = p.about.map((a) =>
      a.kind === "state" ? stateRef(a.index) : territoryRef(a.index),
    ) as Ref<EntityKind>[];
    p.about.forEach((a, i) => {
      mention(g, about[i] as Ref<EntityKind>, at(a.span));
    });
    mention(g, speaker, at(p.speakerSpan));
    mention(g, outletRefs[p.outlet] as Ref<"outlet">, at(p.outletSpan));
    const content = [];
    if (s % 4 === 0) {
      const target = stateRef(homes[(p.speaker + 1) % homes.length] ?? 0);
      // The first item names a shared claim item: two articles in a row name the same one.
      const shared =
        pools.items.length === 0
          ? undefined
          : pools.items[(Math.floor(index / 2) + s / 4) % pools.items.length];
      const items = [0, 1].map((k) =>
        action(g, {
          slug: `s${s}-item-${k}`,
          label: `Item ${k} of demand ${s}`,
          actor: target,
          affects: about,
          ...(k === 0 && shared !== undefined
            ? {
                reports: claimItem(g, {
                  slug: shared.slug,
                  label: shared.label,
                  actor: stateRef(shared.actor),
                }),
              }
            : {}),
        }),
      );
      content.push(
        demand(g, {
          slug: `s${s}-demand`,
          label: `Demand ${s}`,
          by: speaker,
          of: target,
          items,
          inReturn: action(g, { slug: `s${s}-offer`, label: `Offer ${s}`, actor: speaker }),
        }),
      );
    }
    if (s % 6 === 1) {
      const outcome = action(g, { slug: `s${s}-outcome`, label: `Outcome ${s}`, affects: about });
      const requirement = action(g, { slug: `s${s}-requirement`, label: `Requirement ${s}`, affects: about });
      content.push(
        condition(g, {
          slug: `s${s}-condition`,
          label: `Condition ${s}`,
          holder: speaker,
          outcome,
          requires: [requirement],
          precondition: s % 12 === 1,
        }),
      );
    }
    const mode: ReportMode = p.verbatim ? "verbatim" : "reported";
    statements.push(
      statement(g, {
        slug: `s${s}`,
        summary: `Statement ${s} of synthetic article ${index}`,
        speaker,
        mode,
        anchor: at(p.sentence),
        date,
        carriedBy: outletRefs[p.outlet] as Ref<"outlet">,
        topics: [topics[s % topics.length] as Ref<"topic">],
        about,
        stance: STANCES[s % STANCES.length] as Stance,
        polarity: s % 3 === 0 ? "negative" : "affirmative",
        eventType: s % 4 === 0 ? "100" : "010",
        quotations: [at(p.quote)],
        content,
        ...(remarkAt.get(s)?.remark === undefined
          ? {}
          : {
              reports: remark(g, {
                slug: remarkAt.get(s)?.remark?.slug ?? "",
                speaker: personRefs[remarkAt.get(s)?.speaker ?? 0] as Ref<"person">,
              }),
            }),
      }),
    );
  });
  void publishedDate;
  for (let s = 1; s < statements.length; s += 5) {
    tension(g, {
      slug: `t${s}`,
      label: `Tension ${s}`,
      kind: "divergentAttitudes",
      first: statements[s - 1] as Ref<"statement">,
      second: statements[s] as Ref<"statement">,
      evidence: at((planned[s] as PlannedStatement).daySpan),
    });
  }
  return g;
}

/**
 * Generate a corpus of about `targetQuads` distinct quads, built article by article with the builders
 * straight into an in-memory store (which keeps each quad once), until the store holds the target.
 *
 * @example
 * const { store, quads } = generateCorpus(10_000, 42);
 */
export function generateCorpus(
  targetQuads: number,
  seed: number,
  pools: Pools = makePools(seed),
): { store: NewsStore; quads: Quad[]; articles: number } {
  const store = new NewsStore();
  let index = 0;
  // The store keeps each quad once, so the builders' own deduplication is skipped (emitted, not quads).
  while (store.size < targetQuads) store.addAll(syntheticArticle(pools, index++, seed).emitted);
  return { store, quads: [...store], articles: index };
}
