// Benchmark: named helpers and the pattern API against Oxigraph's SPARQL, Comunica over the same n3
// store, and a hand-written join on n3's match (the floor); the same helpers against a SPARQL 1.1 endpoint
// on loopback (remote); the cross-article helpers in memory, on Oxigraph and through the endpoint; plus
// corpus build throughput and memory.
// Usage: node --expose-gc dist-bench/bench/run.js [--quads N] [--json]   (npm run bench)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { QueryEngine } from "@comunica/query-sparql-rdfjs-lite";
import type { NamedNode, Quad, Term } from "@rdfjs/types";
import { DataFactory, Store } from "n3";
import type oxigraph from "oxigraph";
import {
  ARTICLES_REPORTING_COLUMNS,
  articlesReporting,
  COMPARISON_COLUMNS,
  compareArticles,
  REPORT_COLUMNS,
  reportsOf,
} from "../src/query/coverage.js";
import {
  demandsOf,
  postsHeldBy,
  statementsAbout,
  statementsBy,
  statementsPerOutlet,
} from "../src/query/helpers.js";
import { Query, v, zeroOrMore } from "../src/query/pattern.js";
import { HELPERS, type HelperName } from "../src/query/registry.js";
import { sparqlEndpoint } from "../src/query/remote.js";
import { twinQuery } from "../src/query/twin.js";
import { oxigraphStore } from "../src/store/oxigraph.js";
import { NewsStore } from "../src/store/store.js";
import { ng, oa, org, rdf, rdfs, schema, skos, time } from "../src/vocab/namespaces.js";
import { generateCorpus, makePools } from "./corpus.js";
import { startSparqlServer } from "./sparql-server.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SEED = 42;
type Row = Record<string, Term | number | undefined>;
type Engine = "helper" | "pattern" | "oxigraph" | "comunica" | "floor" | "remote";

interface BenchQuery {
  /** The helper's name in HELPERS: the remote engine runs it by that name. */
  readonly name: HelperName;
  readonly kind: string;
  readonly twin: string;
  /** The twin's parameter variable and the IRI bound to it (through VALUES), if any. */
  readonly param?: string;
  readonly columns: readonly string[];
  readonly pick: (store: NewsStore) => NamedNode | undefined;
  /** A second argument (compareArticles' second article), sent to every engine that runs the question. */
  readonly pickSecond?: (store: NewsStore, arg: NamedNode) => NamedNode | undefined;
  readonly helper: (store: NewsStore, arg: NamedNode, second?: NamedNode) => Row[];
  /** The pattern API's and the floor's forms, and Comunica: the single-article questions only (the
   * cross-article ones are measured in memory, on Oxigraph and through the endpoint). */
  readonly pattern?: (store: NewsStore, arg: NamedNode) => Row[];
  readonly floor?: (store: NewsStore, arg: NamedNode) => Row[];
}

// ── Hand-written joins on n3's match: the floor ───────────────────────────────────────────────────
// Each floor is the join a developer would write by hand for that one question, with n3's match() and
// has(); they know the data (e.g. look an outlet's name up once per outlet), which a general engine
// cannot assume.
const objects = (s: Store, subj: Term, pred: Term): Term[] => {
  const out: Term[] = [];
  for (const q of s.match(subj as never, pred as never, null, null)) out.push((q as Quad).object);
  return out;
};
const subjects = (s: Store, pred: Term, obj: Term): Term[] => {
  const out: Term[] = [];
  for (const q of s.match(null, pred as never, obj as never, null)) out.push((q as Quad).subject);
  return out;
};

const QUERIES: BenchQuery[] = [
  {
    name: "statementsBy",
    kind: "selective lookup",
    twin: "statements-by",
    param: "speaker",
    columns: ["statement", "summary", "mode", "start", "date", "outlet"],
    pick: (s) => busiestObject(s, ng("speaker")),
    helper: (s, a) => statementsBy(s, a) as unknown as Row[],
    pattern: (s, a) =>
      Query.on(s)
        .where(
          [v("statement"), ng("speaker"), a],
          [v("statement"), rdfs("label"), v("summary")],
          [v("statement"), ng("reportMode"), v("mode")],
          [v("statement"), ng("anchor"), v("anchor")],
          [v("anchor"), oa("hasSelector"), v("position")],
          [v("position"), oa("start"), v("start")],
        )
        .optional([v("statement"), ng("statedAt"), v("when")], [v("when"), time("inXSDDate"), v("date")])
        .optional([v("statement"), ng("carriedBy"), v("outlet")])
        .rows() as unknown as Row[],
    floor: (s, a) => {
      const n = s.n3;
      const rows: Row[] = [];
      for (const st of subjects(n, ng("speaker"), a)) {
        for (const summary of objects(n, st, rdfs("label")))
          for (const mode of objects(n, st, ng("reportMode")))
            for (const anchor of objects(n, st, ng("anchor")))
              for (const position of objects(n, anchor, oa("hasSelector")))
                for (const start of objects(n, position, oa("start"))) {
                  const dates: (Term | undefined)[] = [];
                  for (const when of objects(n, st, ng("statedAt")))
                    dates.push(...objects(n, when, time("inXSDDate")));
                  const outlets: (Term | undefined)[] = objects(n, st, ng("carriedBy"));
                  for (const date of dates.length ? dates : [undefined])
                    for (const outlet of outlets.length ? outlets : [undefined])
                      rows.push({ statement: st, summary, mode, start, date, outlet });
                }
      }
      return rows;
    },
  },
  {
    name: "postsHeldBy",
    kind: "selective lookup",
    twin: "person-posts",
    param: "person",
    columns: ["post", "postName", "organisation", "organisationName", "attestedOn"],
    pick: (s) => busiestObject(s, org("member")),
    helper: (s, a) => postsHeldBy(s, a) as unknown as Row[],
    pattern: (s, a) =>
      Query.on(s)
        .where(
          [v("membership"), org("member"), a],
          [v("membership"), ng("post"), v("post")],
          [v("membership"), org("organization"), v("organisation")],
          [v("observation"), ng("observes"), v("membership")],
          [v("observation"), ng("asOf"), v("attestedOn")],
          [v("post"), skos("prefLabel"), v("postName")],
          [v("organisation"), skos("prefLabel"), v("organisationName")],
        )
        .rows() as unknown as Row[],
    floor: (s, a) => {
      const n = s.n3;
      const rows: Row[] = [];
      for (const m of subjects(n, org("member"), a))
        for (const post of objects(n, m, ng("post")))
          for (const organisation of objects(n, m, org("organization")))
            for (const observation of subjects(n, ng("observes"), m))
              for (const attestedOn of objects(n, observation, ng("asOf")))
                for (const postName of objects(n, post, skos("prefLabel")))
                  for (const organisationName of objects(n, organisation, skos("prefLabel")))
                    rows.push({ post, postName, organisation, organisationName, attestedOn });
      return rows;
    },
  },
  {
    name: "demandsOf",
    kind: "two-hop join",
    twin: "demands-of",
    param: "by",
    columns: ["demand", "label", "of", "item", "itemLabel", "offer", "statement", "speaker"],
    pick: (s) => busiestObject(s, ng("demandedBy")),
    helper: (s, a) => demandsOf(s, a) as unknown as Row[],
    pattern: (s, a) =>
      Query.on(s)
        .where(
          [v("demand"), ng("demandedBy"), a],
          [v("demand"), rdf("type"), ng("Demand")],
          [v("demand"), rdfs("label"), v("label")],
          [v("demand"), ng("demandedOf"), v("of")],
          [v("demand"), ng("item"), v("item")],
          [v("item"), rdfs("label"), v("itemLabel")],
          [v("statement"), ng("content"), v("demand")],
          [v("statement"), ng("speaker"), v("speaker")],
        )
        .optional(
          [v("demand"), ng("offersInReturn"), v("inReturn")],
          [v("inReturn"), rdfs("label"), v("offer")],
        )
        .rows() as unknown as Row[],
    floor: (s, a) => {
      const n = s.n3;
      const rows: Row[] = [];
      for (const demand of subjects(n, ng("demandedBy"), a)) {
        if (!n.has(DataFactory.quad(demand as never, rdf("type") as never, ng("Demand") as never))) continue;
        const offers: (Term | undefined)[] = [];
        for (const r of objects(n, demand, ng("offersInReturn")))
          offers.push(...objects(n, r, rdfs("label")));
        for (const label of objects(n, demand, rdfs("label")))
          for (const of of objects(n, demand, ng("demandedOf")))
            for (const item of objects(n, demand, ng("item")))
              for (const itemLabel of objects(n, item, rdfs("label")))
                for (const statement of subjects(n, ng("content"), demand))
                  for (const speaker of objects(n, statement, ng("speaker")))
                    for (const offer of offers.length ? offers : [undefined])
                      rows.push({ demand, label, of, item, itemLabel, offer, statement, speaker });
      }
      return rows;
    },
  },
  {
    name: "statementsAbout",
    kind: "transitive part-of",
    twin: "statements-about",
    param: "entity",
    columns: ["statement", "speaker", "about"],
    pick: (s) => {
      // The territory with the most parts below it: a region whose republics and districts count too.
      let best: NamedNode | undefined;
      let most = -1;
      for (const t of s.n3.getSubjects(rdf("type") as never, ng("Territory") as never, null)) {
        const parts = s.count(null, schema("containedInPlace"), t as Term, null);
        if (parts > most) {
          most = parts;
          best = t as NamedNode;
        }
      }
      return best;
    },
    helper: (s, a) => statementsAbout(s, a) as unknown as Row[],
    pattern: (s, a) =>
      Query.on(s)
        .where(
          [v("statement"), schema("about"), v("about")],
          [v("about"), zeroOrMore(schema("containedInPlace")), a],
          [v("statement"), ng("speaker"), v("speaker")],
          [v("statement"), rdf("type"), ng("Statement")],
        )
        .rows() as unknown as Row[],
    floor: (s, a) => {
      const n = s.n3;
      const parts = new Map<string, Term>([[a.value, a]]);
      let frontier: Term[] = [a];
      while (frontier.length) {
        const next: Term[] = [];
        for (const t of frontier)
          for (const p of subjects(n, schema("containedInPlace"), t))
            if (!parts.has(p.value)) {
              parts.set(p.value, p);
              next.push(p);
            }
        frontier = next;
      }
      const rows: Row[] = [];
      const isStatement = (t: Term) =>
        n.has(DataFactory.quad(t as never, rdf("type") as never, ng("Statement") as never));
      for (const about of parts.values())
        for (const statement of subjects(n, schema("about"), about))
          if (isStatement(statement))
            for (const speaker of objects(n, statement, ng("speaker")))
              rows.push({ statement, speaker, about });
      return rows;
    },
  },
  {
    name: "statementsPerOutlet",
    kind: "group-by count",
    twin: "statements-per-outlet",
    columns: ["outlet", "statements"],
    pick: () => DataFactory.namedNode("urn:none"),
    helper: (s) => statementsPerOutlet(s) as unknown as Row[],
    pattern: (s) =>
      Query.on(s)
        .where(
          [v("statement"), ng("carriedBy"), v("outlet")],
          [v("statement"), ng("outletFromContext"), v("c")],
          [v("outlet"), skos("prefLabel"), v("name")],
        )
        .groupBy("outlet", "name")
        .count("statements")
        .rows() as unknown as Row[],
    floor: (s) => {
      const n = s.n3;
      const counts = new Map<string, { outlet: Term; n: number }>();
      for (const q of n.match(null, ng("carriedBy") as never, null, null)) {
        const quad = q as Quad;
        let flags = 0;
        for (const _ of n.match(quad.subject as never, ng("outletFromContext") as never, null, null)) flags++;
        if (flags === 0) continue;
        const c = counts.get(quad.object.value) ?? { outlet: quad.object, n: 0 };
        c.n += flags;
        counts.set(quad.object.value, c);
      }
      const rows: Row[] = [];
      for (const c of counts.values())
        for (const name of objects(n, c.outlet, skos("prefLabel")))
          rows.push({ outlet: c.outlet, name, statements: c.n });
      return rows;
    },
  },
  // ── Across articles (src/query/coverage.ts): what the corpus's shared remarks and items measure ──
  {
    name: "reportsOf",
    kind: "cross-article reports",
    twin: "reports-of",
    param: "node",
    columns: REPORT_COLUMNS,
    // The remark most articles report.
    pick: (s) => busiestObject(s, ng("reports"), (o) => o.value.includes("/id/remark/")),
    helper: (s, a) => reportsOf(s, a) as unknown as Row[],
  },
  {
    name: "compareArticles",
    kind: "cross-article compare",
    twin: "compare-articles",
    param: "a",
    columns: COMPARISON_COLUMNS,
    // Two articles that report the same remark: the first article and the next one that shares it.
    pick: (s) => firstArticleReporting(s),
    pickSecond: (s, a) => secondArticleSharing(s, a),
    helper: (s, a, b) => compareArticles(s, a, b) as unknown as Row[],
  },
  {
    name: "articlesReporting",
    kind: "cross-article counts",
    twin: "articles-reporting",
    param: "entity",
    columns: ARTICLES_REPORTING_COLUMNS,
    // The entity mentioned most often: many articles, many mentions each.
    pick: (s) => busiestObject(s, ng("refersTo")),
    helper: (s, a) => articlesReporting(s, a) as unknown as Row[],
  },
];

/** The first article (by IRI) with a statement that reports a shared remark. */
function firstArticleReporting(s: NewsStore): NamedNode | undefined {
  const articles: string[] = [];
  for (const q of s.n3.match(null, ng("reports") as never, null, null)) {
    if (!(q as Quad).object.value.includes("/id/remark/")) continue;
    for (const a of objects(s.n3, (q as Quad).subject, ng("reportedIn"))) articles.push(a.value);
  }
  const first = articles.sort()[0];
  return first === undefined ? undefined : DataFactory.namedNode(first);
}

/** Another article (the first by IRI) that reports a remark article `a` reports. */
function secondArticleSharing(s: NewsStore, a: NamedNode): NamedNode | undefined {
  const others: string[] = [];
  for (const st of subjects(s.n3, ng("reportedIn"), a))
    for (const remark of objects(s.n3, st, ng("reports")))
      for (const other of subjects(s.n3, ng("reports"), remark))
        for (const b of objects(s.n3, other, ng("reportedIn"))) if (!b.equals(a)) others.push(b.value);
  const second = others.sort()[0];
  return second === undefined ? undefined : DataFactory.namedNode(second);
}

/** The object of `p` that occurs most often (ties broken by IRI): a busy speaker, a prolific demander. */
function busiestObject(
  s: NewsStore,
  p: NamedNode,
  keep: (o: NamedNode) => boolean = () => true,
): NamedNode | undefined {
  const counts = new Map<string, { term: NamedNode; n: number }>();
  for (const q of s.n3.match(null, p as never, null, null)) {
    const o = (q as Quad).object as NamedNode;
    if (!keep(o)) continue;
    const c = counts.get(o.value) ?? { term: o, n: 0 };
    c.n++;
    counts.set(o.value, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || (a.term.value < b.term.value ? -1 : 1))[0]?.term;
}

// ── Comparing answers across engines ─────────────────────────────────────────────────────────────
const INTEGER = /#(integer|nonNegativeInteger|positiveInteger|long|int)$/;
function cell(x: Term | number | undefined): string {
  if (x === undefined) return "";
  if (typeof x === "number") return `L${x}`;
  if (x.termType === "Literal") {
    const dt = INTEGER.test(x.datatype.value) ? "integer" : x.datatype.value;
    return `L${x.value}@${x.language}^^${dt}`;
  }
  return `${x.termType[0]}${x.value}`;
}
function canonical(rows: Row[], columns: readonly string[], countColumns: readonly string[] = []): string[] {
  return rows
    .map((r) =>
      columns
        .map((c) => {
          const x = r[c];
          // Counts compare by value: engines give numbers or xsd:integer literals.
          if (countColumns.includes(c) && x !== undefined)
            return `N${typeof x === "number" ? x : Number((x as Term).value)}`;
          return cell(x);
        })
        .join("|"),
    )
    .sort();
}

// ── Timing ───────────────────────────────────────────────────────────────────────────────────────
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
/**
 * Median time of one call for several engines over 7 rounds. Each engine is warmed up for 100 ms (so
 * the JIT has compiled it), then each round runs every engine in turn, enough calls to take ≥100 ms:
 * interleaving the engines spreads the machine's noise and garbage collection evenly over them.
 */
function timeInterleaved(fns: Readonly<Record<string, () => unknown>>, rounds = 7): Record<string, number> {
  const calls: Record<string, number> = {};
  const samples: Record<string, number[]> = {};
  for (const [name, fn] of Object.entries(fns)) {
    const warm = performance.now();
    while (performance.now() - warm < 100) fn();
    const t0 = performance.now();
    fn();
    const once = Math.max(performance.now() - t0, 0.001);
    calls[name] = Math.min(100_000, Math.max(1, Math.ceil(100 / once)));
    samples[name] = [];
  }
  // One collection before the rounds: on a heap of millions of quads a collection takes a second, and
  // interleaving already spreads the collections a run triggers over all engines.
  gc();
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      const k = calls[name] ?? 1;
      const t = performance.now();
      for (let i = 0; i < k; i++) fn();
      samples[name]?.push((performance.now() - t) / k);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, median(xs)]));
}

/** Median time of an asynchronous call over 7 repetitions (Comunica: one call per repetition). */
async function timeAsync(fn: () => Promise<unknown>, reps = 7): Promise<number> {
  await fn();
  gc();
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

function withParam(query: string, variable: string | undefined, iri: NamedNode): string {
  if (variable === undefined) return query;
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(iri.value)) throw new Error(`not an IRI: ${iri.value}`);
  // The benchmark binds the twin's parameter with VALUES so every engine answers the same selective
  // question; the IRI is validated above.
  return query.replace(/WHERE\s*\{/, `WHERE {\n  VALUES ?${variable} { <${iri.value}> }`);
}

function oxRows(store: InstanceType<typeof oxigraph.Store>, q: string): Row[] {
  return (store.query(q) as Map<string, Term>[]).map((m) => Object.fromEntries(m.entries()) as Row);
}

interface RunRecord {
  quads: number;
  query: string;
  kind: string;
  engine: Engine;
  medianMs: number;
  rows: number;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function benchSize(target: number, comunica: QueryEngine) {
  const pools = makePools(SEED);
  // Build throughput: builders (and their validation) into the store, against raw addQuads.
  // Warm the builders up (JIT) as the raw path below is, then time builders + store like raw addQuads:
  // median of 3 below 500k quads, one run above.
  generateCorpus(Math.min(target, 20_000), SEED + 1, pools);
  let corpus = generateCorpus(target, SEED, pools);
  const builderRuns: number[] = [];
  for (let r = 0; r < (target < 500_000 ? 3 : 1); r++) {
    corpus = undefined as unknown as typeof corpus;
    gc();
    const tb = performance.now();
    corpus = generateCorpus(target, SEED, pools);
    builderRuns.push(performance.now() - tb);
  }
  const builderMs = median(builderRuns);
  const { store, quads } = corpus;
  const rawMs = median(
    (quads.length < 500_000 ? [0, 1, 2] : [0]).map(() => {
      gc();
      const t = performance.now();
      new Store().addQuads(quads as never);
      return performance.now() - t;
    }),
  );
  // Retained memory per quad: the store wrapper against a bare n3 store of the same quads.
  gc();
  const h0 = process.memoryUsage().heapUsed;
  let probe: NewsStore | undefined = new NewsStore(quads);
  gc();
  const h1 = process.memoryUsage().heapUsed;
  probe = undefined;
  void probe;
  gc();
  const h2 = process.memoryUsage().heapUsed;
  let bare: Store | undefined = new Store();
  bare.addQuads(quads as never);
  gc();
  const h3 = process.memoryUsage().heapUsed;
  bare = undefined;
  void bare;
  gc();
  const ox = oxigraphStore(quads);
  // The same Oxigraph store behind a SPARQL 1.1 Protocol endpoint on loopback, in this process: "remote"
  // is the helper through sparqlEndpoint() — twin bound with sparqljs, HTTP, JSON results, terms.
  const endpoint = await startSparqlServer(ox);
  const remote = sparqlEndpoint(endpoint.url, { timeoutMs: 600_000 });
  const runs: RunRecord[] = [];
  const disagreements: string[] = [];
  for (const q of QUERIES) {
    const arg = q.pick(store);
    if (arg === undefined) throw new Error(`${q.name}: no parameter in the corpus`);
    const second = q.pickSecond?.(store, arg);
    if (q.pickSecond !== undefined && second === undefined)
      throw new Error(`${q.name}: no second argument in the corpus`);
    const twinText = readFileSync(join(ROOT, "queries", `${q.twin}.rq`), "utf8");
    // The single-article twins get their parameter as before; the cross-article ones as the endpoint gets
    // it (twinQuery: the sample VALUES replaced where it sits, in compare-articles' subquery).
    const sparql =
      q.floor === undefined
        ? twinQuery(q.name, HELPERS[q.name], twinText, arg, second === undefined ? {} : { second }).text
        : withParam(twinText, q.param, arg);
    const countCols =
      q.name === "statementsPerOutlet"
        ? ["statements"]
        : q.name === "articlesReporting"
          ? ["mentions", "statementsAbout", "statementsBy"]
          : [];
    const answers = new Map<Engine, string[]>();
    const record = (engine: Engine, ms: number, rows: Row[]) => {
      answers.set(engine, canonical(rows, q.columns, countCols));
      runs.push({ quads: store.size, query: q.name, kind: q.kind, engine, medianMs: ms, rows: rows.length });
    };
    const { floor, pattern } = q;
    const inProcess: Record<string, () => unknown> = {
      ...(floor === undefined ? {} : { floor: () => floor(store, arg) }),
      helper: () => q.helper(store, arg, second),
      ...(pattern === undefined ? {} : { pattern: () => pattern(store, arg) }),
      oxigraph: () => oxRows(ox, sparql),
    };
    const times = timeInterleaved(inProcess);
    if (floor !== undefined) record("floor", times.floor ?? Number.NaN, floor(store, arg));
    record("helper", times.helper ?? Number.NaN, q.helper(store, arg, second));
    if (pattern !== undefined) record("pattern", times.pattern ?? Number.NaN, pattern(store, arg));
    record("oxigraph", times.oxigraph ?? Number.NaN, oxRows(ox, sparql));
    if (floor !== undefined) {
      const viaComunica = async () => {
        const stream = await comunica.queryBindings(sparql, { sources: [store.n3 as never] });
        const bindings = await stream.toArray();
        return bindings.map(
          (b) => Object.fromEntries(q.columns.map((c) => [c, b.get(c) as Term | undefined])) as Row,
        );
      };
      record("comunica", await timeAsync(viaComunica), await viaComunica());
    }
    const remoteArg = HELPERS[q.name].param.kind === "none" ? undefined : arg;
    const viaRemote = async () =>
      [...(await remote.run(q.name, remoteArg, second === undefined ? {} : { second }))] as Row[];
    record("remote", await timeAsync(viaRemote), await viaRemote());
    // The floor is the reference where there is one; the helper otherwise.
    const reference = answers.get(floor === undefined ? "helper" : "floor") ?? [];
    if (reference.length === 0) disagreements.push(`${q.name} at ${store.size} quads: no rows to compare`);
    for (const [engine, got] of answers) {
      if (JSON.stringify(got) !== JSON.stringify(reference)) {
        disagreements.push(
          `${q.name} at ${store.size} quads: ${engine} gives ${got.length} rows, reference ${reference.length}`,
        );
      }
    }
  }
  await endpoint.close();
  return {
    runs,
    disagreements,
    build: {
      quads: store.size,
      builderQuadsPerSec: quads.length / (builderMs / 1000),
      addQuadsPerSec: quads.length / (rawMs / 1000),
      articles: corpus.articles,
    },
    memory: {
      quads: store.size,
      bytesPerQuad: (h1 - h0) / quads.length,
      n3BytesPerQuad: (h3 - h2) / quads.length,
    },
  };
}

function table(result: { runs: RunRecord[]; build: unknown[]; memory: unknown[] }): string {
  const lines: string[] = [];
  const byKey = new Map<string, Map<Engine, RunRecord>>();
  for (const r of result.runs) {
    const key = `${r.quads}\u0000${r.query}`;
    const m = byKey.get(key) ?? new Map();
    m.set(r.engine, r);
    byKey.set(key, m);
  }
  const f = (x: number | undefined) => (x === undefined ? "-" : x < 1 ? x.toFixed(4) : x.toFixed(2));
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined || b === 0 ? "-" : (a / b).toFixed(2);
  lines.push(
    [
      "quads",
      "query",
      "rows",
      "floor ms",
      "helper ms",
      "pattern ms",
      "oxigraph ms",
      "comunica ms",
      "remote ms",
      "helper/floor",
      "pattern/floor",
      "oxigraph/helper",
      "comunica/helper",
      "remote/helper",
    ]
      .map((h, i) => (i < 2 ? h.padEnd(i === 0 ? 9 : 20) : h.padStart(12)))
      .join(" "),
  );
  for (const [key, m] of byKey) {
    const [quads, query] = key.split("\u0000");
    const g = (e: Engine) => m.get(e)?.medianMs;
    lines.push(
      [
        (quads ?? "").padEnd(9),
        (query ?? "").padEnd(20),
        String(m.get("helper")?.rows ?? "").padStart(12),
        f(g("floor")).padStart(12),
        f(g("helper")).padStart(12),
        f(g("pattern")).padStart(12),
        f(g("oxigraph")).padStart(12),
        f(g("comunica")).padStart(12),
        f(g("remote")).padStart(12),
        ratio(g("helper"), g("floor")).padStart(12),
        ratio(g("pattern"), g("floor")).padStart(12),
        ratio(g("oxigraph"), g("helper")).padStart(12),
        ratio(g("comunica"), g("helper")).padStart(12),
        ratio(g("remote"), g("helper")).padStart(12),
      ].join(" "),
    );
  }
  lines.push(
    "",
    "build (quads/s): builders into the store vs raw n3 addQuads; memory (bytes/quad): store vs bare n3 store",
  );
  for (const [b, m] of result.build.map((b, i) => [b, result.memory[i]] as const)) {
    const bb = b as { quads: number; builderQuadsPerSec: number; addQuadsPerSec: number };
    const mm = m as { bytesPerQuad: number; n3BytesPerQuad: number };
    lines.push(
      `${String(bb.quads).padEnd(9)} builders ${Math.round(bb.builderQuadsPerSec)}  addQuads ${Math.round(bb.addQuadsPerSec)}  (raw ${(bb.addQuadsPerSec / bb.builderQuadsPerSec).toFixed(1)}× faster)   memory ${mm.bytesPerQuad.toFixed(0)} vs n3 ${mm.n3BytesPerQuad.toFixed(0)} bytes/quad (${(mm.bytesPerQuad / mm.n3BytesPerQuad).toFixed(2)}×)`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const qi = args.indexOf("--quads");
  const sizes = qi >= 0 ? [Number(args[qi + 1])] : [10_000, 100_000, 1_000_000];
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    process.stderr.write("bench: --quads needs a positive whole number\n");
    return 2;
  }
  if ((globalThis as { gc?: unknown }).gc === undefined)
    process.stderr.write("bench: run with --expose-gc for memory figures\n");
  const comunica = new QueryEngine();
  const result = {
    agree: true,
    runs: [] as RunRecord[],
    build: [] as unknown[],
    memory: [] as unknown[],
    disagreements: [] as string[],
  };
  for (const n of sizes) {
    const r = await benchSize(n, comunica);
    result.runs.push(...r.runs);
    result.build.push(r.build);
    result.memory.push(r.memory);
    result.disagreements.push(...r.disagreements);
    if (!json) process.stderr.write(`bench: ${n} quads done\n`);
  }
  result.agree = result.disagreements.length === 0;
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${table(result)}\n`);
  if (!result.agree) {
    process.stderr.write(`bench: ENGINES DISAGREE:\n${result.disagreements.join("\n")}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
