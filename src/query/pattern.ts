import type { BlankNode, Literal, NamedNode, Term } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { NewsStore } from "../store/store.js";
import type { JsValue } from "./terms.js";
import { compareForOrder, jsValue, termKey } from "./terms.js";

/** A named variable of a pattern: `v("speaker")`. */
export interface Var<N extends string = string> {
  readonly termType: "Variable";
  readonly value: N;
}

/** A property path over one predicate: `p+` (one or more steps) or `p*` (zero or more). */
export interface PropertyPath {
  readonly termType: "Path";
  readonly predicate: NamedNode;
  readonly min: 0 | 1;
}

/** What may stand in a triple pattern's subject, predicate and object. */
export type SubjectSlot = NamedNode | BlankNode | Var;
export type PredicateSlot = NamedNode | Var | PropertyPath;
export type ObjectSlot = NamedNode | BlankNode | Literal | Var;
/** A triple pattern: terms are matched exactly, variables bind. */
export type TriplePattern = readonly [SubjectSlot, PredicateSlot, ObjectSlot];

type NameOf<T> = T extends Var<infer N> ? N : never;
/** The variable names used in a list of patterns. */
export type VarsIn<P extends readonly TriplePattern[]> = {
  [I in keyof P]: P[I] extends readonly [infer S, infer Pr, infer O]
    ? NameOf<S> | NameOf<Pr> | NameOf<O>
    : never;
}[number];

/** A result row: required variables are always bound, optional ones may be missing. */
export type Row<R extends string, O extends string> = { readonly [K in R]: Term } & {
  readonly [K in O]?: Term;
};
/** A result row as JavaScript values (see `jsValue`). */
export type ValueRow<R extends string, O extends string> = { readonly [K in R]: JsValue } & {
  readonly [K in O]?: JsValue;
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A variable for a pattern. Its name is checked and carried in the type, so results are typed by it.
 *
 * @example
 * const speaker = v("speaker");
 */
export function v<N extends string>(name: N): Var<N> {
  if (!NAME.test(name))
    throw new NewsgraphError("invalid-value", "variable", `"${name}" is not a variable name`);
  return { termType: "Variable", value: name };
}

/**
 * `predicate+`: one or more steps (transitive), e.g. every place a territory lies within.
 *
 * @example
 * const dpr = mintIri("territory", "donetsk-peoples-republic");
 * Query.on(store).where([dpr, oneOrMore(schema("containedInPlace")), v("whole")]); // whole: Donbas
 */
export function oneOrMore(predicate: NamedNode): PropertyPath {
  return { termType: "Path", predicate, min: 1 };
}

/**
 * `predicate*`: zero or more steps (reflexive and transitive).
 *
 * @example
 * Query.on(store).where([v("part"), zeroOrMore(schema("containedInPlace")), mintIri("territory", "donbas")]);
 */
export function zeroOrMore(predicate: NamedNode): PropertyPath {
  return { termType: "Path", predicate, min: 0 };
}

// ── Compiled form ─────────────────────────────────────────────────────────────────────────────────

type Slot = { readonly variable: number } | { readonly term: Term };
interface Compiled {
  readonly s: Slot;
  readonly p: Slot;
  readonly o: Slot;
  readonly path: PropertyPath | undefined;
  readonly source: TriplePattern;
}
type Binding = (Term | undefined)[];

interface Order {
  readonly name: string;
  readonly descending: boolean;
}

interface Spec {
  readonly required: readonly TriplePattern[];
  readonly optionals: readonly (readonly TriplePattern[])[];
  readonly filters: readonly ((row: Record<string, Term>) => boolean)[];
  readonly orders: readonly Order[];
  readonly projection: readonly string[] | undefined;
  readonly distinct: boolean;
  readonly limit: number | undefined;
  readonly offset: number;
}

const EMPTY: Spec = {
  required: [],
  optionals: [],
  filters: [],
  orders: [],
  projection: undefined,
  distinct: false,
  limit: undefined,
  offset: 0,
};

function checkCount(n: number, field: string): number {
  if (!Number.isInteger(n) || n < 0) throw new NewsgraphError("invalid-value", field, `${n} is not a count`);
  return n;
}

function checkPattern(p: TriplePattern, field: string): void {
  const [s, pr, o] = p;
  const ok =
    (s.termType === "NamedNode" || s.termType === "BlankNode" || s.termType === "Variable") &&
    (pr.termType === "NamedNode" || pr.termType === "Variable" || pr.termType === "Path") &&
    (o.termType === "NamedNode" ||
      o.termType === "BlankNode" ||
      o.termType === "Literal" ||
      o.termType === "Variable");
  if (!ok)
    throw new NewsgraphError(
      "invalid-value",
      field,
      "a pattern needs a subject, a predicate and an object term",
    );
}

/**
 * A SPARQL-style query over a NewsStore, built from RDF/JS terms and typed variables — never from text, so
 * no value can change the query's shape. Joins are ordered by selectivity from the store's index counts;
 * OPTIONAL, FILTER, DISTINCT, ORDER BY, LIMIT/OFFSET, GROUP BY with COUNT and property paths (`+`, `*`)
 * follow SPARQL 1.1. Each call returns a new query; nothing runs until `rows()` or `values()`.
 *
 * @example
 * const rows = Query.on(store)
 *   .where([v("s"), ng("speaker"), v("speaker")], [v("s"), rdfs("label"), v("summary")])
 *   .optional([v("s"), ng("carriedBy"), v("outlet")])
 *   .orderBy("summary")
 *   .rows(); // { s, speaker, summary, outlet? }[]
 */
export class Query<R extends string = never, O extends string = never> {
  private constructor(
    private readonly store: NewsStore,
    private readonly spec: Spec,
  ) {}

  /** Start a query on a store. */
  static on(store: NewsStore): Query {
    return new Query(store, EMPTY);
  }

  /** Required triple patterns (a basic graph pattern). */
  where<P extends readonly TriplePattern[]>(...patterns: P): Query<R | VarsIn<P>, Exclude<O, VarsIn<P>>> {
    patterns.forEach((p, i) => {
      checkPattern(p, `where[${i}]`);
    });
    return new Query(this.store, { ...this.spec, required: [...this.spec.required, ...patterns] });
  }

  /** An OPTIONAL group: rows keep their bindings when the group does not match. */
  optional<P extends readonly TriplePattern[]>(...patterns: P): Query<R, O | Exclude<VarsIn<P>, R>> {
    patterns.forEach((p, i) => {
      checkPattern(p, `optional[${i}]`);
    });
    return new Query(this.store, { ...this.spec, optionals: [...this.spec.optionals, patterns] });
  }

  /** FILTER: keep the rows for which the test holds; `jsValue` gives typed values of terms. */
  filter(test: (row: Row<R, O>) => boolean): Query<R, O> {
    return new Query(this.store, {
      ...this.spec,
      filters: [...this.spec.filters, test as (row: Record<string, Term>) => boolean],
    });
  }

  /** ORDER BY a variable (repeat for further keys). */
  orderBy(name: R | O, direction: "asc" | "desc" = "asc"): Query<R, O> {
    return new Query(this.store, {
      ...this.spec,
      orders: [...this.spec.orders, { name, descending: direction === "desc" }],
    });
  }

  /** SELECT DISTINCT. */
  distinct(): Query<R, O> {
    return new Query(this.store, { ...this.spec, distinct: true });
  }

  /** LIMIT. */
  limit(n: number): Query<R, O> {
    return new Query(this.store, { ...this.spec, limit: checkCount(n, "limit") });
  }

  /** OFFSET. */
  offset(n: number): Query<R, O> {
    return new Query(this.store, { ...this.spec, offset: checkCount(n, "offset") });
  }

  /** Project the rows onto some variables (SELECT ?a ?b). */
  select<K extends R | O>(...names: readonly K[]): Query<Extract<R, K>, Extract<O, K>> {
    return new Query(this.store, { ...this.spec, projection: names }) as unknown as Query<
      Extract<R, K>,
      Extract<O, K>
    >;
  }

  /** GROUP BY some variables, then aggregate with `count`. */
  groupBy<K extends R>(...keys: readonly K[]): Grouping<K, R | O> {
    if (this.spec.filters.length > 0) {
      const rows = this.rowsOf(this.spec, false);
      return new Grouping(rows, (row, name) => (row as Record<string, Term>)[name], keys);
    }
    // Without filters, group the bindings directly: no row objects are made for rows that only count.
    const { names, bindings } = this.execute(this.spec);
    const index = new Map(names.map((n, i) => [n, i]));
    return new Grouping(bindings, (b, name) => (b as Binding)[index.get(name) ?? -1], keys);
  }

  /** Run the query: rows of RDF/JS terms. */
  rows(): Row<R, O>[] {
    return this.rowsOf(this.spec, true) as unknown as Row<R, O>[];
  }

  /** Run the query: rows of JavaScript values. */
  values(): ValueRow<R, O>[] {
    return this.rows().map((row) => {
      const out: Record<string, JsValue> = {};
      for (const [k, t] of Object.entries(row as Record<string, Term>)) out[k] = jsValue(t);
      return out as ValueRow<R, O>;
    });
  }

  /** How many rows the query returns. */
  count(): number {
    return this.rowsOf(this.spec, true).length;
  }

  private rowsOf(spec: Spec, finish: boolean): Record<string, Term>[] {
    if (finish && spec.limit !== undefined && spec.orders.length === 0) return this.limited(spec, spec.limit);
    const { names, bindings } = this.execute(spec);
    let rows = bindings.map((b) => {
      const row: Record<string, Term> = {};
      for (let i = 0; i < names.length; i++) {
        const t = b[i];
        if (t !== undefined) row[names[i] as string] = t;
      }
      return row;
    });
    for (const f of spec.filters) rows = rows.filter(f);
    if (!finish) return rows;
    return finishRows(rows, spec, names);
  }

  /**
   * LIMIT without ORDER BY: evaluate lazily, in bounded batches, and stop once `offset + limit` rows have
   * passed the filters and DISTINCT. The rows and their order are those of the set-at-a-time evaluation.
   */
  private limited(spec: Spec, limit: number): Record<string, Term>[] {
    if (limit === 0) return [];
    const { names, required, optionals } = this.prepare(spec);
    const stages: Stage[] = [
      ...required.map((step) => ({ step })),
      ...optionals.map((group) => ({ optional: group, origin: names.length })),
    ];
    const keep = spec.projection ?? names;
    const seen = spec.distinct ? new Set<string>() : undefined;
    const out: Record<string, Term>[] = [];
    let skipped = 0;
    // Small batches first, for small limits; growing while more rows are wanted (selective filters).
    const batching = { size: Math.min(MAX_BATCH, Math.max(MIN_BATCH, spec.offset + limit)) };
    const input: Binding[] = [new Array(names.length)];
    for (const batch of stream(this.store, stages, 0, input, new LookupCache(), batching)) {
      for (const b of batch) {
        let row: Record<string, Term> = {};
        for (let i = 0; i < names.length; i++) {
          const t = b[i];
          if (t !== undefined) row[names[i] as string] = t;
        }
        if (!spec.filters.every((f) => f(row))) continue;
        if (spec.projection !== undefined) row = project(row, keep);
        if (seen !== undefined) {
          const key = keep.map((k) => termKey(row[k])).join("\u0000");
          if (seen.has(key)) continue;
          seen.add(key);
        }
        if (skipped < spec.offset) {
          skipped++;
          continue;
        }
        out.push(row);
        // Leaving the loop closes the generators: nothing further is evaluated.
        if (out.length >= limit) return out;
      }
      batching.size = Math.min(MAX_BATCH, batching.size * 2);
    }
    return out;
  }

  /** Compile and plan the required patterns and the OPTIONAL groups. */
  private prepare(spec: Spec): { names: string[]; required: Step[]; optionals: Step[][] } {
    const names: string[] = [];
    const index = new Map<string, number>();
    const slotOf = (t: Term | Var | PropertyPath): Slot | undefined => {
      if (t.termType === "Path") return undefined;
      if (t.termType !== "Variable") return { term: t as Term };
      let i = index.get(t.value);
      if (i === undefined) {
        i = names.length;
        names.push(t.value);
        index.set(t.value, i);
      }
      return { variable: i };
    };
    const compile = (p: TriplePattern): Compiled => ({
      s: slotOf(p[0]) as Slot,
      p: slotOf(p[1]) ?? { term: (p[1] as PropertyPath).predicate },
      o: slotOf(p[2]) as Slot,
      path: p[1].termType === "Path" ? p[1] : undefined,
      source: p,
    });
    const required = spec.required.map(compile);
    const optionals = spec.optionals.map((g) => g.map(compile));
    const bound = new Set<number>();
    const counts = new Map<Compiled, number>();
    const requiredSteps = steps(plan(this.store, required, bound, counts), new Set(), counts);
    const guaranteed = new Set(bound);
    const optionalSteps = optionals.map((g) => {
      const p = plan(this.store, g, new Set(bound), counts);
      for (const c of g) for (const s of [c.s, c.p, c.o]) if ("variable" in s) bound.add(s.variable);
      return steps(p, guaranteed, counts);
    });
    return { names, required: requiredSteps, optionals: optionalSteps };
  }

  /** Evaluate the required patterns and the OPTIONAL groups: bindings by variable slot. */
  private execute(spec: Spec): { names: string[]; bindings: Binding[] } {
    const { names, required: requiredSteps, optionals: optionalSteps } = this.prepare(spec);
    const cache = new LookupCache();
    let bindings = evaluate(this.store, requiredSteps, [new Array(names.length)], cache);
    // OPTIONAL groups run for all rows at once; a hidden last slot remembers which row each result
    // extends, so rows without a match are kept as they were, in their order.
    const origin = names.length;
    for (const group of optionalSteps) {
      const seeds = bindings.map((b, i) => {
        const seed = b.slice();
        seed[origin] = i as unknown as Term;
        return seed;
      });
      const found = evaluate(this.store, group, seeds, cache);
      const byOrigin = new Map<number, Binding[]>();
      for (const f of found) {
        const i = f[origin] as unknown as number;
        f.length = origin;
        const list = byOrigin.get(i);
        if (list === undefined) byOrigin.set(i, [f]);
        else list.push(f);
      }
      const next: Binding[] = [];
      bindings.forEach((b, i) => {
        const extended = byOrigin.get(i);
        if (extended === undefined) next.push(b);
        else next.push(...extended);
      });
      bindings = next;
    }
    return { names, bindings };
  }
}

function finishRows(
  input: Record<string, Term>[],
  spec: Spec,
  names: readonly string[],
): Record<string, Term>[] {
  let rows = input;
  if (spec.orders.length > 0) {
    const compare = (a: Record<string, Term>, b: Record<string, Term>) => {
      for (const o of spec.orders) {
        const c = compareForOrder(a[o.name], b[o.name]);
        if (c !== 0) return o.descending ? -c : c;
      }
      return 0;
    };
    // With LIMIT (and no DISTINCT, which needs every sorted row), only the first offset + limit rows of
    // the order are kept: a bounded top-k instead of sorting every row.
    rows =
      spec.limit !== undefined && !spec.distinct
        ? smallest(rows, spec.offset + spec.limit, compare)
        : [...rows].sort(compare);
  }
  const keep = spec.projection ?? names;
  if (spec.projection !== undefined) rows = rows.map((r) => project(r, keep));
  if (spec.distinct) {
    const seen = new Set<string>();
    rows = rows.filter((r) => {
      const key = keep.map((k) => termKey(r[k])).join("\u0000");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  const end = spec.limit === undefined ? undefined : spec.offset + spec.limit;
  return spec.offset > 0 || end !== undefined ? rows.slice(spec.offset, end) : rows;
}

function project(row: Record<string, Term>, keep: readonly string[]): Record<string, Term> {
  const out: Record<string, Term> = {};
  for (const k of keep) if (row[k] !== undefined) out[k] = row[k];
  return out;
}

/**
 * The first `k` items of a stable sort, without sorting them all: items are collected in chunks, and
 * each full chunk is merged into the best `k` so far. An item that does not beat the current k-th is
 * dropped at once: the k items before it come earlier and are no greater, so it cannot be among the first.
 */
function smallest<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k === 0) return [];
  if (items.length <= 2 * k) return [...items].sort(compare).slice(0, k);
  let best: T[] = [];
  let pending: T[] = [];
  const merge = () => {
    // Everything in `best` precedes everything in `pending`, so a stable sort keeps ties in input order.
    best = best.concat(pending).sort(compare);
    if (best.length > k) best.length = k;
    pending = [];
  };
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1] as T) >= 0) continue;
    pending.push(item);
    if (pending.length >= k) merge();
  }
  merge();
  return best;
}

// ── Planning: order patterns by the selectivity the indexes report ────────────────────────────────

function countOf(store: NewsStore, c: Compiled): number {
  const constant = (s: Slot) => ("term" in s ? s.term : null);
  return store.count(constant(c.s), constant(c.p), constant(c.o), null);
}

function plan(
  store: NewsStore,
  patterns: readonly Compiled[],
  bound: Set<number>,
  counts: Map<Compiled, number>,
): Compiled[] {
  // The index count of each pattern's constants does not change while planning: ask once.
  for (const c of patterns) if (!counts.has(c)) counts.set(c, countOf(store, c));
  const rest = [...patterns];
  const ordered: Compiled[] = [];
  while (rest.length > 0) {
    let best = 0;
    let bestScore = Number.POSITIVE_INFINITY;
    rest.forEach((c, i) => {
      const score = estimate(counts.get(c) ?? 0, c, bound);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    });
    const [chosen] = rest.splice(best, 1);
    if (chosen === undefined) break;
    ordered.push(chosen);
    for (const s of [chosen.s, chosen.p, chosen.o]) if ("variable" in s) bound.add(s.variable);
  }
  return ordered;
}

/** Estimated rows a pattern yields per input row: the index count of its constants, discounted per
 * bound variable (an index lookup), and penalised when it shares no variable with what is bound. */
function estimate(count: number, c: Compiled, bound: Set<number>): number {
  const vars = [c.s, c.p, c.o].filter((s): s is { variable: number } => "variable" in s);
  const boundVars = vars.filter((s) => bound.has(s.variable)).length;
  let score = count / 1000 ** boundVars;
  if (c.path !== undefined) score *= 4;
  if (bound.size > 0 && boundVars === 0 && vars.length > 0) score *= 1e9;
  return score;
}

// ── Execution: depth-first index nested-loop join ─────────────────────────────────────────────────

/**
 * Lookups of one execution, memoised per pattern: a nested-loop join repeats the same lookup whenever
 * an outer row binds the same value (every statement of one outlet asks for that outlet's name). A
 * pattern whose lookups rarely repeat stops being memoised after a short trial, so unique lookups do
 * not pay for keys they never reuse.
 */
class LookupCache {
  private readonly maps = new Map<Compiled, Map<string, readonly (readonly [Term, Term, Term])[]>>();
  private readonly tables = new Map<Step, Map<string, (readonly [Term, Term, Term])[]>>();

  /** The pattern's matches (constants only), hashed by the terms at its key positions. */
  hashed(store: NewsStore, step: Step): Map<string, (readonly [Term, Term, Term])[]> {
    let table = this.tables.get(step);
    if (table !== undefined) return table;
    table = new Map();
    const c = step.c;
    const constant = (s: Slot) => ("term" in s ? s.term : undefined);
    const position = { s: 0, p: 1, o: 2 } as const;
    const single = step.keySlots.length === 1 ? position[step.keySlots[0] as "s" | "p" | "o"] : undefined;
    for (const t of read(store, constant(c.s), constant(c.p), constant(c.o))) {
      const key =
        single !== undefined
          ? termKey(t[single])
          : step.keySlots.map((k) => termKey(t[position[k]])).join("\u0000");
      const list = table.get(key);
      if (list === undefined) table.set(key, [t]);
      else list.push(t);
    }
    this.tables.set(step, table);
    return table;
  }
  private readonly stats = new Map<Compiled, { lookups: number; hits: number }>();

  lookup(store: NewsStore, c: Compiled, s: Term | undefined, p: Term | undefined, o: Term | undefined) {
    let stat = this.stats.get(c);
    if (stat === undefined) {
      stat = { lookups: 0, hits: 0 };
      this.stats.set(c, stat);
    }
    stat.lookups++;
    // A few lookups are cheaper done than keyed; after that, memoise while it pays.
    if (stat.lookups <= 8) return read(store, s, p, o);
    if (stat.lookups > 72 && stat.hits * 4 < stat.lookups) return read(store, s, p, o);
    let map = this.maps.get(c);
    if (map === undefined) {
      map = new Map();
      this.maps.set(c, map);
    }
    const key = `${s === undefined ? "" : termKey(s)}\u0000${p === undefined ? "" : termKey(p)}\u0000${o === undefined ? "" : termKey(o)}`;
    const hit = map.get(key);
    if (hit !== undefined) {
      stat.hits++;
      return hit;
    }
    const found = read(store, s, p, o);
    map.set(key, found);
    return found;
  }
}

/** The distinct triples of a pattern over the union of the graphs (set semantics: see NewsStore.triples). */
function read(store: NewsStore, s: Term | undefined, p: Term | undefined, o: Term | undefined) {
  return store.triples(s, p, o) as readonly (readonly [Term, Term, Term])[];
}

/** A planned pattern with the variables every row has bound when it runs (for hash joins). */
interface Step {
  readonly c: Compiled;
  readonly keySlots: readonly ("s" | "p" | "o")[];
  readonly keyVars: readonly number[];
  readonly count: number;
}

function steps(
  ordered: readonly Compiled[],
  alwaysBound: ReadonlySet<number>,
  counts: Map<Compiled, number>,
): Step[] {
  const bound = new Set(alwaysBound);
  return ordered.map((c) => {
    const keySlots: ("s" | "p" | "o")[] = [];
    const keyVars: number[] = [];
    for (const pos of ["s", "p", "o"] as const) {
      const slot = c[pos];
      if ("variable" in slot && bound.has(slot.variable) && !keyVars.includes(slot.variable)) {
        keySlots.push(pos);
        keyVars.push(slot.variable);
      }
    }
    for (const slot of [c.s, c.p, c.o]) if ("variable" in slot) bound.add(slot.variable);
    return { c, keySlots, keyVars, count: counts.get(c) ?? 0 };
  });
}

/** When the rows waiting for a pattern number at least this share of its matches, one scan of the
 * pattern into a hash table beats one index lookup per row. */
const HASH_JOIN_SHARE = 1 / 8;

/**
 * Evaluate planned patterns set-at-a-time: each step extends every row, by index lookups per row
 * (memoised) or, when there are many rows, by one scan of the pattern hashed on the shared variables.
 */
function evaluate(store: NewsStore, plan: readonly Step[], input: Binding[], cache: LookupCache): Binding[] {
  let current = input;
  for (const step of plan) {
    if (current.length === 0) return current;
    const c = step.c;
    const next: Binding[] = [];
    if (c.path !== undefined) {
      for (const b of current) {
        const s = "term" in c.s ? c.s.term : b[c.s.variable];
        const o = "term" in c.o ? c.o.term : b[c.o.variable];
        for (const [x, y] of walk(store, s ?? null, c.path, o ?? null)) {
          const e = extend(b, c.s, x, c.o, y);
          if (e !== undefined) next.push(e);
        }
      }
    } else if (hashes(step, current)) {
      const table = cache.hashed(store, step);
      for (const b of current) {
        const matches = table.get(keyOf(b, step));
        if (matches === undefined) continue;
        for (const t of matches) {
          const e = bindTriple(b, c, t);
          if (e !== undefined) next.push(e);
        }
      }
    } else {
      for (const b of current) {
        const s = "term" in c.s ? c.s.term : b[c.s.variable];
        const p = "term" in c.p ? c.p.term : b[c.p.variable];
        const o = "term" in c.o ? c.o.term : b[c.o.variable];
        for (const t of cache.lookup(store, c, s, p, o)) {
          const e = bindTriple(b, c, t);
          if (e !== undefined) next.push(e);
        }
      }
    }
    current = next;
  }
  return current;
}

/** Many rows with many different keys: scan the pattern once and hash. (Few distinct keys go the lookup
 * way, where each is looked up once and memoised.) */
function hashes(step: Step, rows: readonly Binding[]): boolean {
  return (
    step.keyVars.length > 0 &&
    rows.length >= step.count * HASH_JOIN_SHARE &&
    distinctKeys(rows, step) >= step.count * HASH_JOIN_SHARE
  );
}

/** A row's key for a hash join on a step: the terms of the step's bound variables. */
function keyOf(b: Binding, step: Step): string {
  return step.keyVars.length === 1
    ? termKey(b[step.keyVars[0] as number])
    : step.keyVars.map((v) => termKey(b[v])).join("\u0000");
}

// ── Lazy execution, for LIMIT: the same rows in the same order, in bounded batches ───────────────

const MIN_BATCH = 16;
const MAX_BATCH = 4096;

/** A stage of lazy evaluation: one planned pattern, or an OPTIONAL group (a hidden slot `origin`
 * remembers which input row a match extends). */
type Stage = { readonly step: Step } | { readonly optional: readonly Step[]; readonly origin: number };

/**
 * Evaluate stages `i…` over some rows, yielding the results in batches of about `batching.size`.
 * Each stage hands its output on as soon as a batch is full, so no stage holds more than a batch (plus
 * one lookup's matches), and a consumer that stops early stops the evaluation. Every stage extends its
 * rows in order, each row's results together, as `evaluate` does: the order of the rows is the same.
 */
function* stream(
  store: NewsStore,
  stages: readonly Stage[],
  i: number,
  input: Binding[],
  cache: LookupCache,
  batching: { size: number },
): Generator<Binding[], void, undefined> {
  const stage = stages[i];
  if (stage === undefined) {
    yield input;
    return;
  }
  const source =
    "step" in stage
      ? extendLazily(store, stage.step, input, cache)
      : optionalLazily(store, stage.optional, stage.origin, input, cache, batching);
  let out: Binding[] = [];
  for (const b of source) {
    out.push(b);
    if (out.length >= batching.size) {
      yield* stream(store, stages, i + 1, out, cache, batching);
      out = [];
    }
  }
  if (out.length > 0) yield* stream(store, stages, i + 1, out, cache, batching);
}

/** The rows extended by one planned pattern, one at a time, in the order `evaluate` gives them. */
function* extendLazily(
  store: NewsStore,
  step: Step,
  rows: readonly Binding[],
  cache: LookupCache,
): Generator<Binding, void, undefined> {
  const c = step.c;
  if (c.path !== undefined) {
    for (const b of rows) {
      const s = "term" in c.s ? c.s.term : b[c.s.variable];
      const o = "term" in c.o ? c.o.term : b[c.o.variable];
      for (const [x, y] of walk(store, s ?? null, c.path, o ?? null)) {
        const e = extend(b, c.s, x, c.o, y);
        if (e !== undefined) yield e;
      }
    }
  } else if (hashes(step, rows)) {
    const table = cache.hashed(store, step);
    for (const b of rows) {
      for (const t of table.get(keyOf(b, step)) ?? []) {
        const e = bindTriple(b, c, t);
        if (e !== undefined) yield e;
      }
    }
  } else {
    for (const b of rows) {
      const s = "term" in c.s ? c.s.term : b[c.s.variable];
      const p = "term" in c.p ? c.p.term : b[c.p.variable];
      const o = "term" in c.o ? c.o.term : b[c.o.variable];
      for (const t of cache.lookup(store, c, s, p, o)) {
        const e = bindTriple(b, c, t);
        if (e !== undefined) yield e;
      }
    }
  }
}

/**
 * An OPTIONAL group over some rows, lazily: each row's matches, or the row itself when it has none, in
 * the rows' order — the result of the set-at-a-time OPTIONAL in `Query.execute`, quirks included.
 */
function* optionalLazily(
  store: NewsStore,
  group: readonly Step[],
  origin: number,
  rows: readonly Binding[],
  cache: LookupCache,
  batching: { size: number },
): Generator<Binding, void, undefined> {
  const seeds = rows.map((b, i) => {
    const seed = b.slice();
    seed[origin] = i as unknown as Term;
    return seed;
  });
  const stages = group.map((step) => ({ step }));
  let next = 0;
  for (const found of stream(store, stages, 0, seeds, cache, batching)) {
    for (const f of found) {
      // A match that bound nothing new is its seed; found twice (a triple in two graphs), the set-at-a-time
      // OPTIONAL keeps it once. Its hidden slot is already cut: keep it once here too.
      if (f.length <= origin) continue;
      const i = f[origin] as unknown as number;
      f.length = origin;
      while (next < i) yield rows[next++] as Binding;
      if (next === i) next = i + 1;
      yield f;
    }
  }
  while (next < rows.length) yield rows[next++] as Binding;
}

function distinctKeys(rows: readonly Binding[], step: Step): number {
  const keys = new Set<string>();
  for (const b of rows) keys.add(step.keyVars.map((v) => termKey(b[v])).join("\u0000"));
  return keys.size;
}

/** Bind a matched triple's terms to the pattern's variables, or reject it when a bound one differs. */
function bindTriple(b: Binding, c: Compiled, t: readonly [Term, Term, Term]): Binding | undefined {
  let next: Binding | undefined = b;
  if ("variable" in c.s) next = bind(next, c.s.variable, t[0], b);
  if (next !== undefined && "variable" in c.p) next = bind(next, c.p.variable, t[1], b);
  if (next !== undefined && "variable" in c.o) next = bind(next, c.o.variable, t[2], b);
  return next;
}

/** Bind a variable in a copy of the binding (copied once per step), or reject a conflicting value. */
function bind(current: Binding, slot: number, term: Term, original: Binding): Binding | undefined {
  const existing = current[slot];
  if (existing !== undefined) return existing.equals(term) ? current : undefined;
  const next = current === original ? original.slice() : current;
  next[slot] = term;
  return next;
}

function extend(b: Binding, s: Slot, x: Term, o: Slot, y: Term): Binding | undefined {
  let next: Binding | undefined = b;
  if ("variable" in s) next = bind(next, s.variable, x, b);
  if (next !== undefined && "variable" in o) next = bind(next, o.variable, y, b);
  return next;
}

/** Pairs (start, end) connected by a property path, following SPARQL 1.1's path semantics. */
function* walk(
  store: NewsStore,
  start: Term | null,
  path: PropertyPath,
  end: Term | null,
): Generator<[Term, Term]> {
  const step = (node: Term, forward: boolean): Term[] =>
    forward
      ? store.n3.getObjects(node as never, path.predicate as never, null).map((t) => t as unknown as Term)
      : store.n3.getSubjects(path.predicate as never, node as never, null).map((t) => t as unknown as Term);
  const reach = (from: Term, forward: boolean): Term[] => {
    const seen = new Map<string, Term>();
    const out: Term[] = [];
    if (path.min === 0) {
      seen.set(termKey(from), from);
      out.push(from);
    }
    let frontier = [from];
    while (frontier.length > 0) {
      const next: Term[] = [];
      for (const n of frontier) {
        for (const m of step(n, forward)) {
          const k = termKey(m);
          if (!seen.has(k)) {
            seen.set(k, m);
            out.push(m);
            next.push(m);
          }
        }
      }
      frontier = next;
    }
    return out;
  };
  if (start !== null) {
    for (const y of reach(start, true)) if (end === null || y.equals(end)) yield [start, y];
    return;
  }
  if (end !== null) {
    for (const x of reach(end, false)) yield [x, end];
    return;
  }
  // Both ends open: start from every node the predicate touches (for `*`, each also reaches itself).
  const nodes = new Map<string, Term>();
  for (const q of store.n3.readQuads(null, path.predicate as never, null, null)) {
    const quad = q as unknown as { subject: Term; object: Term };
    nodes.set(termKey(quad.subject), quad.subject);
    if (path.min === 0) nodes.set(termKey(quad.object), quad.object);
  }
  for (const x of nodes.values()) for (const y of reach(x, true)) yield [x, y];
}

// ── Aggregation ───────────────────────────────────────────────────────────────────────────────────

/** Rows grouped by key variables, ready for an aggregate. */
export class Grouping<K extends string, V extends string> {
  constructor(
    private readonly rows: readonly unknown[],
    private readonly get: (row: unknown, name: string) => Term | undefined,
    private readonly keys: readonly K[],
  ) {}

  /**
   * COUNT per group (of rows, or of bound values of a variable; `distinct` counts each value once).
   *
   * @example
   * Query.on(store).where([v("s"), ng("carriedBy"), v("outlet")]).groupBy("outlet").count("n").rows();
   */
  count<A extends string>(as: A, options: { of?: V; distinct?: boolean } = {}): Aggregate<K, A> {
    const groups = new Map<string, { key: Record<string, Term>; seen: Set<string>; n: number }>();
    const get = this.get;
    const single = this.keys.length === 1 ? this.keys[0] : undefined;
    for (const row of this.rows) {
      const id =
        single !== undefined
          ? termKey(get(row, single))
          : this.keys.map((k) => termKey(get(row, k))).join("\u0000");
      let g = groups.get(id);
      if (g === undefined) {
        const key: Record<string, Term> = {};
        for (const k of this.keys) {
          const t = get(row, k);
          if (t !== undefined) key[k] = t;
        }
        g = { key, seen: new Set(), n: 0 };
        groups.set(id, g);
      }
      if (options.of !== undefined) {
        const t = get(row, options.of);
        if (t === undefined) continue;
        if (options.distinct) {
          const tk = termKey(t);
          if (g.seen.has(tk)) continue;
          g.seen.add(tk);
        }
      }
      g.n++;
    }
    const out = [...groups.values()].map((g) => ({ ...g.key, [as]: g.n }));
    return new Aggregate(out as unknown as AggregateRow<K, A>[], []);
  }
}

/** A row of an aggregate: the group's key terms and the aggregate's number. */
export type AggregateRow<K extends string, A extends string> = { readonly [k in K]: Term } & {
  readonly [a in A]: number;
};

/** Aggregated rows, which can still be ordered and limited. */
export class Aggregate<K extends string, A extends string> {
  constructor(
    private readonly data: readonly AggregateRow<K, A>[],
    private readonly orders: readonly { name: K | A; descending: boolean }[],
    private readonly cut: { offset: number; limit: number | undefined } = { offset: 0, limit: undefined },
  ) {}

  /** ORDER BY a key or the aggregate. */
  orderBy(name: K | A, direction: "asc" | "desc" = "asc"): Aggregate<K, A> {
    return new Aggregate(this.data, [...this.orders, { name, descending: direction === "desc" }], this.cut);
  }

  /** LIMIT and OFFSET. */
  slice(offset: number, limit?: number): Aggregate<K, A> {
    return new Aggregate(this.data, this.orders, {
      offset: checkCount(offset, "offset"),
      limit: limit === undefined ? undefined : checkCount(limit, "limit"),
    });
  }

  /** The aggregated rows. */
  rows(): AggregateRow<K, A>[] {
    const sorted = [...this.data].sort((a, b) => {
      for (const o of this.orders) {
        const x = (a as Record<string, unknown>)[o.name];
        const y = (b as Record<string, unknown>)[o.name];
        const c =
          typeof x === "number" && typeof y === "number"
            ? x - y
            : compareForOrder(x as Term | undefined, y as Term | undefined);
        if (c !== 0) return o.descending ? -c : c;
      }
      return 0;
    });
    const end = this.cut.limit === undefined ? undefined : this.cut.offset + this.cut.limit;
    return sorted.slice(this.cut.offset, end);
  }
}
