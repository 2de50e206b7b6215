import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "n3";
import { afterEach, describe, expect, it } from "vitest";
import { DATA } from "../helpers.js";
import { cleanTemps, run, tempDir } from "./run.js";

afterEach(cleanTemps);

const NG =
  "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>";

describe("newsgraph query: SPARQL forms and sources", () => {
  it("answers SELECT, ASK, CONSTRUCT and DESCRIBE, graphs as Turtle or N-Triples", async () => {
    const select = await run([
      "query",
      "--sparql",
      `${NG} SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Statement }`,
      "--format",
      "csv",
    ]);
    expect(select.code).toBe(0);
    expect(select.text).toBe("n\r\n16\r\n");
    const ask = await run(["query", "--sparql", `${NG} ASK { ?s a ng:Demand }`]);
    expect(ask.text).toBe("true\n");
    const askJson = await run(["query", "--sparql", `${NG} ASK { ?s a ng:NoSuchClass }`, "--format", "json"]);
    expect(JSON.parse(askJson.text)).toEqual({ head: {}, boolean: false });
    const construct = await run([
      "query",
      "--sparql",
      `${NG} CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a ng:Demand ; rdfs:label ?l }`,
    ]);
    expect(construct.code).toBe(0);
    expect(construct.text).toContain("rdfs:label");
    expect(new Parser().parse(construct.text)).toHaveLength(1);
    const describe = await run([
      "query",
      "--sparql",
      "DESCRIBE <https://w3id.org/newsgraph/id/person/ihor-zhovkva>",
      "--format",
      "ntriples",
    ]);
    expect(describe.code).toBe(0);
    const quads = new Parser({ format: "N-Triples" }).parse(describe.text);
    expect(quads.length).toBeGreaterThan(3);
    expect(quads.every((q) => q.subject.value === "https://w3id.org/newsgraph/id/person/ihor-zhovkva")).toBe(
      true,
    );
  });

  it("reads queries from .rq, .sparql and upper-case files, from --sparql and from standard input", async () => {
    const dir = tempDir();
    const q = `${NG}\nSELECT ?d WHERE { ?d a ng:Demand }`;
    for (const name of ["a.rq", "b.sparql", "C.RQ", "d.SPARQL"]) {
      writeFileSync(join(dir, name), q);
      const r = await run(["query", join(dir, name), "--format", "tsv"]);
      expect(r.code, name).toBe(0);
      expect(r.text.split("\n")[0], name).toBe("?d");
    }
    const stdin = await run(["query", "-", "--format", "tsv"], q);
    expect(stdin.code).toBe(0);
    expect(stdin.text).toContain("russian-demand");
  });

  it("decides whether a result is ordered from the parsed query, not from its text", async () => {
    // A "#" inside an IRI before ORDER BY on the same line is not a comment: the rows stay in query order.
    const q =
      "SELECT ?s ?n WHERE { ?s <https://w3id.org/newsgraph/ontology#roundCount> ?n . VALUES ?k { 1 } } ORDER BY DESC(?s)";
    const { code, text } = await run(["query", "--sparql", q, "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(text).results.bindings.length).toBeGreaterThan(0);
    const many = `${NG} SELECT ?s WHERE { ?s a ng:Statement } ORDER BY DESC(?s) # ORDER BY in a comment`;
    const rows = JSON.parse((await run(["query", "--sparql", many, "--format", "json"])).text).results
      .bindings;
    const values = rows.map((r: { s: { value: string } }) => r.s.value);
    expect(values).toEqual([...values].sort().reverse());
    // An unordered query's rows come back in canonical (sorted) order, whatever the engine did.
    const unordered = `SELECT ?s WHERE { ?s a <https://w3id.org/newsgraph/ontology#Statement> } # ORDER BY ?s`;
    const plain = JSON.parse((await run(["query", "--sparql", unordered, "--format", "json"])).text).results
      .bindings;
    expect(plain.map((r: { s: { value: string } }) => r.s.value)).toEqual(values.slice().sort());
  });
});

describe("newsgraph query: helpers by name", () => {
  it("takes a name for an entity argument, and says what an entity is when it gives no rows", async () => {
    const byName = await run(["query", "statementsBy", "Zhovkva", "--format", "csv"]);
    expect(byName.code).toBe(0);
    expect(byName.text.split("\r\n").filter(Boolean).length).toBeGreaterThan(2);
    const wrongKind = await run(["query", "attributionChain", "Zhovkva"]);
    expect(wrongKind.code).toBe(0);
    expect(wrongKind.err).toEqual([
      "newsgraph: note: no rows for person:ihor-zhovkva, which is a prov:Agent, prov:Person, schema:Person; attributionChain takes the statement",
    ]);
    const unknown = await run(["query", "mentionsOf", "<https://w3id.org/newsgraph/id/person/nobody>"]);
    expect(unknown.err).toEqual([
      "newsgraph: warning: <https://w3id.org/newsgraph/id/person/nobody> occurs nowhere in the data",
    ]);
  });
});

describe("newsgraph query: columns", () => {
  it("lists SELECT * columns in the order the variables first appear in the query", async () => {
    const r = await run(["query", "--sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "tsv"]);
    expect(r.text.split("\n")[0]).toBe("?s\t?p\t?o");
    const json = await run([
      "query",
      "--sparql",
      "SELECT * WHERE { ?zeta ?alpha ?mid } LIMIT 1",
      "--format",
      "json",
    ]);
    expect(JSON.parse(json.text).head.vars).toEqual(["zeta", "alpha", "mid"]);
  });
});

describe("newsgraph query: parameters", () => {
  it("binds variables named like Object's properties (constructor, __proto__) as plain variables", async () => {
    const q = "SELECT ?constructor ?__proto__ WHERE { FILTER(BOUND(?constructor) && BOUND(?__proto__)) }";
    const r = await run([
      "query",
      "--sparql",
      q,
      "--bind",
      "constructor=1",
      "--bind",
      "__proto__=2",
      "--format",
      "csv",
    ]);
    expect(r.err).toEqual([]);
    expect(r.text).toBe("constructor,__proto__\r\n1,2\r\n");
  });

  it("reads a bare date as xsd:date and a date-time as xsd:dateTime", async () => {
    const q = `${NG} PREFIX time: <http://www.w3.org/2006/time#> SELECT ?s WHERE { ?s ng:statedAt/time:inXSDDate ?day }`;
    const r = await run(["query", "--sparql", q, "--bind", "day=2022-03-07", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.text).toContain("zelensky-ready-to-discuss-crimea-donbas");
  });

  it("binds IRIs, prefixed names and literals as RDF terms", async () => {
    const q = `${NG} SELECT ?statement WHERE { ?statement ng:speaker ?speaker }`;
    const byIri = await run([
      "query",
      "--sparql",
      q,
      "--bind",
      "speaker=<https://w3id.org/newsgraph/id/person/volodymyr-zelenskyy>",
      "--format",
      "csv",
    ]);
    const byPrefix = await run([
      "query",
      "--sparql",
      q,
      "--bind",
      "speaker=person:volodymyr-zelenskyy",
      "--format",
      "csv",
    ]);
    expect(byIri.code).toBe(0);
    expect(byIri.text.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(byPrefix.text).toBe(byIri.text);
    const label = await run([
      "query",
      "--sparql",
      `${NG} SELECT ?d WHERE { ?d rdfs:label ?l }`,
      "--bind",
      'l="Ukraine becomes neutral"@en',
      "--format",
      "csv",
    ]);
    expect(label.text).toContain("ukraine-becomes-neutral");
  });

  it("keeps a hostile value one literal: no injection through --bind", async () => {
    const hostile = 'x" } UNION { ?s ?p ?o } #';
    const q = "SELECT ?v ?s WHERE { BIND(STR(?v) AS ?echo) OPTIONAL { ?s <urn:none> ?v } }";
    const r = await run([
      "query",
      "--sparql",
      q,
      "--bind",
      `v="${hostile.replace(/"/g, '\\"')}"`,
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.text).results.bindings;
    expect(rows).toEqual([{ v: { type: "literal", value: hostile } }]);
    const iri = await run(["query", "--sparql", q, "--bind", "v=<urn:a> } UNION { ?s ?p ?o }"]);
    expect(iri.code).toBe(1);
    expect(iri.err[0]).toMatch(/^newsgraph: --bind v: ".*" is not an RDF term: /);
  });
});

describe("newsgraph query: bounds and read-only", () => {
  it("ends a cartesian product at --max-rows with one line", async () => {
    const r = await run(["query", "--sparql", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "--max-rows", "50"]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      "newsgraph: --sparql: the result has more than 50 rows (--max-rows 50); add LIMIT to the query or raise --max-rows",
    ]);
    expect(r.text).toBe("");
  });

  it("stops a query that runs past --timeout with one line", async () => {
    const started = Date.now();
    const r = await run([
      "query",
      "--sparql",
      "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
      "--timeout",
      "1",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      "newsgraph: --sparql: stopped after 1 s (--timeout); narrow the query or raise the timeout",
    ]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("refuses updates as read-only, before any parsing message", async () => {
    for (const update of [
      "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
      "PREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }",
      "LOAD <http://example.org/x>",
      "CLEAR ALL",
      "DROP GRAPH <urn:g>",
      "# a comment\nDELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ]) {
      const r = await run(["query", "--sparql", update]);
      expect(r.code, update).toBe(1);
      expect(r.err, update).toHaveLength(1);
      expect(r.err[0], update).toMatch(/^newsgraph: --sparql: the query command is read-only/);
    }
  });
});

describe("newsgraph query: the default graph is the data", () => {
  const classes = `SELECT (COUNT(*) AS ?n) WHERE { ?c a <http://www.w3.org/2002/07/owl#Class> }`;
  const datasets = `SELECT (COUNT(*) AS ?n) WHERE { ?d a <http://rdfs.org/ns/void#Dataset> }`;
  const count = async (args: string[]) => {
    const r = await run(["query", ...args, "--format", "csv"]);
    expect(r.code, r.err.join("\n")).toBe(0);
    return Number(r.text.split("\r\n")[1]);
  };

  it("holds the article graphs only, unless the ontology or VoID is asked for", async () => {
    expect(await count(["--sparql", classes])).toBe(0);
    expect(await count(["--sparql", classes, "--with-ontology"])).toBeGreaterThan(10);
    expect(await count(["--sparql", datasets])).toBe(0);
    expect(await count(["--sparql", datasets, "--with-void"])).toBeGreaterThan(0);
  });

  it("queries the N-Quads release's named graphs as their union", async () => {
    const statements = `SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/newsgraph/ontology#Statement> }`;
    expect(await count(["--sparql", statements, "--data", join(DATA, "newsgraph.nq")])).toBe(16);
    expect(await count(["--sparql", statements, "--data", join(DATA, "newsgraph.trig")])).toBe(16);
    expect(await count(["--sparql", statements, "--data", join(DATA, "zelensky-aide-neutrality.nt")])).toBe(
      16,
    );
  });
});
