import type { Quad, Term } from "@rdfjs/types";
import fc from "fast-check";
import { DataFactory } from "n3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { oneOrMore, Query, v } from "../../src/query/pattern.js";
import { jsValue } from "../../src/query/terms.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { ng, oa, rdfs, schema, skos } from "../../src/vocab/namespaces.js";
import { read } from "../helpers.js";

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const ex = (local: string) => namedNode(`https://example.org/${local}`);

/** 5,000 quads: 500 subjects with 10 properties each. Any two open patterns make 25,000,000 rows. */
function bigStore(): NewsStore {
  const quads: Quad[] = [];
  for (let s = 0; s < 500; s++) {
    for (let p = 0; p < 10; p++) quads.push(quad(ex(`s${s}`), ex(`p${p}`), literal(`${s}-${p}`)));
  }
  return new NewsStore(quads);
}

const article = new NewsStore(parseRdf(read("data", "zelensky-aide-neutrality.ttl"), "turtle", "data"));

/** A small store with what makes OPTIONAL tricky: missing and repeated values, a triple in two graphs. */
function trickyStore(): NewsStore {
  const g1 = ex("g1");
  const g2 = ex("g2");
  const quads: Quad[] = [];
  for (let i = 0; i < 12; i++) {
    const s = ex(`item${i}`);
    quads.push(quad(s, ex("label"), literal(`item ${i % 5}`)));
    if (i % 3 !== 0) quads.push(quad(s, ex("tag"), literal(`t${i % 4}`)));
    if (i % 4 === 0) quads.push(quad(s, ex("tag"), literal("extra")));
    if (i % 2 === 0) quads.push(quad(s, ex("next"), ex(`item${(i + 2) % 12}`)));
    // The same triple in two graphs (and in the default graph for some): matched once (set semantics).
    if (i % 3 === 0) {
      quads.push(quad(s, ex("kind"), ex("Special"), g1), quad(s, ex("kind"), ex("Special"), g2));
      if (i === 0) quads.push(quad(s, ex("kind"), ex("Special"), defaultGraph()));
    }
  }
  return new NewsStore(quads);
}
const tricky = trickyStore();

type Rows = Record<string, Term>[];
type Case = { name: string; query: () => Query<string, string> };

/** Queries over the article graph and the tricky store: joins, OPTIONAL groups, FILTER, DISTINCT, paths. */
const CASES: Case[] = [
  {
    name: "a join of three patterns",
    query: () =>
      Query.on(article).where(
        [v("s"), ng("speaker"), v("who")],
        [v("who"), skos("prefLabel"), v("name")],
        [v("s"), ng("topic"), v("t")],
      ),
  },
  {
    name: "a join with an OPTIONAL group",
    query: () =>
      Query.on(article)
        .where([v("s"), ng("speaker"), v("who")])
        .optional([v("s"), ng("carriedBy"), v("outlet")]),
  },
  {
    name: "two OPTIONAL groups, one of two patterns",
    query: () =>
      Query.on(article)
        .where([v("s"), rdfs("label"), v("summary")])
        .optional([v("s"), ng("carriedBy"), v("outlet")], [v("outlet"), skos("prefLabel"), v("outletName")])
        .optional([v("s"), ng("topic"), v("topic")]),
  },
  {
    name: "a FILTER on typed values",
    query: () =>
      Query.on(article)
        .where(
          [v("q"), schema("text"), v("text")],
          [v("q"), ng("anchor"), v("a")],
          [v("a"), oa("hasSelector"), v("p")],
          [v("p"), oa("start"), v("start")],
        )
        .filter((r) => (jsValue(r.start) as number) > 500),
  },
  {
    name: "a FILTER on an OPTIONAL variable",
    query: () =>
      Query.on(article)
        .where([v("s"), ng("speaker"), v("who")])
        .optional([v("s"), ng("carriedBy"), v("outlet")])
        .filter((r) => r.outlet === undefined),
  },
  {
    name: "DISTINCT over a projection",
    query: () =>
      Query.on(article)
        .where([v("s"), ng("speaker"), v("who")], [v("s"), v("p"), v("o")])
        .select("who", "p")
        .distinct(),
  },
  {
    name: "a cartesian product",
    query: () => Query.on(tricky).where([v("a"), ex("label"), v("l")], [v("b"), ex("tag"), v("t")]),
  },
  {
    name: "OPTIONAL with missing and repeated values",
    query: () =>
      Query.on(tricky)
        .where([v("s"), ex("label"), v("l")])
        .optional([v("s"), ex("tag"), v("t")])
        .optional([v("s"), ex("next"), v("n")], [v("n"), ex("tag"), v("nt")]),
  },
  {
    name: "OPTIONAL binding nothing new, on a triple in several graphs",
    query: () =>
      Query.on(tricky)
        .where([v("s"), ex("label"), v("l")], [v("s"), ex("kind"), v("k")])
        .optional([v("s"), ex("kind"), ex("Special")]),
  },
  {
    name: "OPTIONAL without a shared variable, then DISTINCT",
    query: () =>
      Query.on(tricky)
        .where([v("s"), ex("label"), v("l")])
        .optional([v("x"), ex("kind"), v("k")])
        .select("l", "k")
        .distinct(),
  },
  {
    name: "a property path",
    query: () =>
      Query.on(tricky)
        .where([v("s"), oneOrMore(ex("next")), v("e")])
        .optional([v("e"), ex("tag"), v("t")]),
  },
  {
    name: "ORDER BY, with LIMIT as a top-k",
    query: () =>
      Query.on(tricky)
        .where([v("s"), ex("label"), v("l")])
        .optional([v("s"), ex("tag"), v("t")])
        .orderBy("t", "desc")
        .orderBy("l"),
  },
  {
    name: "ORDER BY a key with many ties, with LIMIT as a top-k",
    query: () =>
      Query.on(tricky)
        .where([v("s"), ex("label"), v("l")])
        .optional([v("s"), ex("tag"), v("t")])
        .orderBy("l", "desc"),
  },
  {
    name: "ORDER BY with DISTINCT",
    query: () =>
      Query.on(tricky)
        .where([v("s"), ex("label"), v("l")])
        .optional([v("s"), ex("tag"), v("t")])
        .select("t")
        .distinct()
        .orderBy("t"),
  },
];

const WINDOWS: [offset: number, limit: number][] = [
  [0, 1],
  [0, 3],
  [2, 5],
  [5, 1],
  [7, 20],
  [0, 1000],
  [1000, 5],
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("LIMIT without ORDER BY stops evaluating", () => {
  it("returns the first 5 rows of a 25,000,000-row cartesian product after reading a handful of indexes", () => {
    const store = bigStore();
    const readQuads = vi.spyOn(store.n3, "readQuads");
    let filtered = 0;
    const started = performance.now();
    const rows = Query.on(store)
      .where([v("a"), v("p"), v("b")], [v("c"), v("q"), v("d")])
      .filter(() => {
        filtered++;
        return true;
      })
      .limit(5)
      .rows();
    const elapsed = performance.now() - started;

    expect(rows).toHaveLength(5);
    // Rows through the filter: the 5 returned and at most one batch more, against 25,000,000.
    expect(filtered).toBeLessThanOrEqual(64);
    expect(readQuads.mock.calls.length).toBeLessThanOrEqual(4);
    expect(elapsed).toBeLessThan(2000);
    // The first rows of the product: the first match of one pattern with the first matches of the other.
    const first = Query.on(store)
      .where([v("x"), v("y"), v("z")])
      .limit(5)
      .rows();
    expect(rows.map((r) => [r.a, r.p, r.b])).toEqual(
      first.map(() => [first[0]?.x, first[0]?.y, first[0]?.z]),
    );
    expect(rows.map((r) => [r.c, r.q, r.d])).toEqual(first.map((r) => [r.x, r.y, r.z]));
  });

  it("does not expand a whole row's matches at each level of a three-way product", () => {
    const store = bigStore();
    const readQuads = vi.spyOn(store.n3, "readQuads");
    let filtered = 0;
    const rows = Query.on(store)
      .where([v("a"), v("p"), v("b")], [v("c"), v("q"), v("d")], [v("e"), v("r"), v("f")])
      .filter(() => {
        filtered++;
        return true;
      })
      .offset(10)
      .limit(3)
      .rows();
    expect(rows).toHaveLength(3);
    expect(filtered).toBeLessThanOrEqual(64);
    expect(readQuads.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it("keeps looking, in growing batches, while a selective filter rejects rows", () => {
    const store = bigStore();
    const wanted = literal("499-9"); // the last of 5,000 matches: 1 row in 5,000 passes
    let filtered = 0;
    const rows = Query.on(store)
      .where([v("a"), v("p"), v("b")], [v("c"), v("q"), v("d")])
      .filter((r) => {
        filtered++;
        return r.d.equals(wanted);
      })
      .limit(3)
      .rows();
    expect(rows.map((r) => r.d.value)).toEqual(["499-9", "499-9", "499-9"]);
    expect(rows.map((r) => r.b.value)).toEqual(["0-0", "0-1", "0-2"]);
    // Three rows of the first pattern times 5,000, and no more than a batch beyond.
    expect(filtered).toBeGreaterThanOrEqual(3 * 5000);
    expect(filtered).toBeLessThan(3 * 5000 + 4096);
  });

  it("stops in an OPTIONAL group that matches every row many times", () => {
    const store = bigStore();
    const readQuads = vi.spyOn(store.n3, "readQuads");
    let filtered = 0;
    const rows = Query.on(store)
      .where([v("a"), ex("p0"), v("b")])
      .optional([v("c"), v("q"), v("d")])
      .filter(() => {
        filtered++;
        return true;
      })
      .limit(5)
      .rows();
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.a.value === ex("s0").value && r.d !== undefined)).toBe(true);
    expect(filtered).toBeLessThanOrEqual(64);
    expect(readQuads.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it("stops once DISTINCT has seen enough different rows", () => {
    const store = bigStore();
    const readQuads = vi.spyOn(store.n3, "readQuads");
    let filtered = 0;
    const rows = Query.on(store)
      .where([v("a"), v("p"), v("b")], [v("c"), v("q"), v("d")])
      .filter(() => {
        filtered++;
        return true;
      })
      .select("q")
      .distinct()
      .limit(4)
      .rows();
    expect(rows.map((r) => r.q.value)).toEqual(["p0", "p1", "p2", "p3"].map((p) => ex(p).value));
    expect(filtered).toBeLessThanOrEqual(64);
    expect(readQuads.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it("counts a limited query without evaluating the rest of it", () => {
    const store = bigStore();
    const query = Query.on(store).where([v("a"), v("p"), v("b")], [v("c"), v("q"), v("d")]);
    expect(query.limit(7).count()).toBe(7);
    expect(query.offset(3).limit(2).values()).toHaveLength(2);
  });
});

describe("LIMIT and OFFSET give the rows of the unlimited query, sliced", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const all = c.query().rows() as Rows;
      expect(all.length).toBeGreaterThan(3);
      for (const [offset, limit] of WINDOWS) {
        const window = c.query().offset(offset).limit(limit);
        expect(window.rows(), `offset ${offset} limit ${limit}`).toEqual(all.slice(offset, offset + limit));
        expect(window.count()).toBe(all.slice(offset, offset + limit).length);
      }
    });
  }

  it("for any case, offset and limit (property)", () => {
    const full = CASES.map((c) => c.query().rows() as Rows);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: CASES.length - 1 }),
        fc.nat({ max: 60 }),
        fc.nat({ max: 60 }),
        (i, offset, limit) => {
          const rows = (CASES[i] as Case).query().offset(offset).limit(limit).rows();
          expect(rows).toEqual((full[i] as Rows).slice(offset, offset + limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on random stores, with several graphs and repeated triples (property)", () => {
    const term = fc.constantFrom(...[0, 1, 2, 3, 4].map((i) => ex(`n${i}`)));
    const value = fc.oneof(term, fc.constantFrom(literal("x"), literal("y")));
    const predicate = fc.constantFrom(ex("p"), ex("q"), ex("r"));
    const graph = fc.constantFrom(defaultGraph(), ex("g1"), ex("g2"));
    const quads = fc.array(
      fc.tuple(term, predicate, value, graph).map(([s, p, o, g]) => quad(s, p, o, g)),
      { maxLength: 40 },
    );
    const queries: ((s: NewsStore) => Query<string, string>)[] = [
      (s) => Query.on(s).where([v("a"), ex("p"), v("b")], [v("b"), ex("q"), v("c")]),
      (s) =>
        Query.on(s)
          .where([v("a"), ex("p"), v("b")])
          .optional([v("b"), ex("q"), v("c")])
          .optional([v("a"), ex("r"), v("d")], [v("d"), ex("p"), v("e")]),
      (s) =>
        Query.on(s)
          .where([v("a"), v("x"), v("b")])
          .optional([v("a"), ex("r"), v("b")])
          .filter((r) => r.b.termType === "NamedNode"),
      (s) =>
        Query.on(s)
          .where([v("a"), ex("q"), v("b")], [v("c"), ex("r"), v("d")])
          .select("b", "d")
          .distinct(),
      (s) =>
        Query.on(s)
          .where([v("a"), oneOrMore(ex("p")), v("b")])
          .optional([v("b"), ex("q"), v("c")]),
    ];
    fc.assert(
      fc.property(
        quads,
        fc.integer({ min: 0, max: queries.length - 1 }),
        fc.nat({ max: 30 }),
        fc.nat({ max: 30 }),
        (qs, i, offset, limit) => {
          const store = new NewsStore(qs);
          const query = queries[i] as (s: NewsStore) => Query<string, string>;
          const all = query(store).rows();
          expect(query(store).offset(offset).limit(limit).rows()).toEqual(all.slice(offset, offset + limit));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("LIMIT 0", () => {
  it("returns no rows and evaluates nothing", () => {
    const store = bigStore();
    const readQuads = vi.spyOn(store.n3, "readQuads");
    let filtered = 0;
    const query = Query.on(store)
      .where([v("a"), v("p"), v("b")], [v("c"), v("q"), v("d")])
      .filter(() => {
        filtered++;
        return true;
      });
    expect(query.limit(0).rows()).toEqual([]);
    expect(query.offset(4).limit(0).values()).toEqual([]);
    expect(query.limit(0).count()).toBe(0);
    expect(filtered).toBe(0);
    expect(readQuads).not.toHaveBeenCalled();
  });

  it("returns no rows with ORDER BY or DISTINCT either", () => {
    for (const c of CASES) expect(c.query().limit(0).rows(), c.name).toEqual([]);
  });
});
