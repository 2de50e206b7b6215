import type { Literal, NamedNode, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import sparqljs from "sparqljs";
import { isAbsoluteIri, isoDate } from "../builders/validate.js";
import { NewsgraphError } from "../errors.js";
import { ng, oa, xsd } from "../vocab/namespaces.js";
import { INTEGER_DERIVED_DATATYPES } from "./quirks.js";
import type { HelperEntry } from "./registry.js";
import type { SparqlJsonResults, SparqlJsonTerm } from "./results.js";
import { type NameCandidate, nameKey, rankNameMatches } from "./search.js";

/**
 * The properties whose values newsgraph writes with a datatype derived from xsd:integer (the shapes'
 * `sh:datatype` for each; a test reads the shapes and requires this table to match them). Some engines
 * (Oxigraph 0.5) answer such a value as an xsd:integer: a column bound as the object of one of these
 * properties gets its datatype back, so remote rows equal in-memory rows term for term.
 */
export const INTEGER_TYPED_PROPERTIES: Readonly<Record<string, string>> = {
  [oa("start").value]: xsd("nonNegativeInteger").value,
  [oa("end").value]: xsd("nonNegativeInteger").value,
  [ng("roundCount").value]: xsd("nonNegativeInteger").value,
  [ng("roundOrdinal").value]: xsd("positiveInteger").value,
  [ng("textLength").value]: xsd("nonNegativeInteger").value,
};

/** A helper's twin, ready to send: the query text with the argument bound, and how to read the answer. */
export interface TwinQuery {
  /** The SPARQL text to run (the twin, re-generated from its syntax tree with the argument in it). */
  readonly text: string;
  /** The variables the twin selects, in order. */
  readonly variables: readonly string[];
  /** Column → the integer-derived datatype its values have in the data (see INTEGER_TYPED_PROPERTIES). */
  readonly integerColumns: Readonly<Record<string, string>>;
  /**
   * Column → the column holding the predicate it is the object of (`?node ?predicate ?other`): when that
   * predicate is an integer-typed property, so is the value.
   */
  readonly predicateColumns: Readonly<Record<string, string>>;
  /** The twin's rows (as RDF/JS terms) made into the helper's rows: projected, ranked for a name search. */
  readonly finish: (rows: readonly Readonly<Record<string, Term>>[]) => Readonly<Record<string, Term>>[];
}

type Pattern = sparqljs.Pattern;
type TripleLike = { subject: unknown; predicate: unknown; object: unknown };

/** The last IRI of a predicate: itself, or the last step of a sequence path (`ng:anchor/oa:start`). */
function lastStep(predicate: unknown): string | undefined {
  const p = predicate as {
    termType?: string;
    value?: string;
    type?: string;
    pathType?: string;
    items?: unknown[];
  };
  if (p.termType === "NamedNode") return p.value;
  if (p.type === "path" && p.pathType === "/" && Array.isArray(p.items)) return lastStep(p.items.at(-1));
  return undefined;
}

/** Every triple pattern anywhere in a syntax tree (groups, OPTIONAL, UNION, subqueries). */
function triplesIn(node: unknown, into: TripleLike[] = []): TripleLike[] {
  if (Array.isArray(node)) for (const n of node) triplesIn(n, into);
  else if (node !== null && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (o.type === "bgp" && Array.isArray(o.triples)) into.push(...(o.triples as TripleLike[]));
    else for (const v of Object.values(o)) triplesIn(v, into);
  }
  return into;
}

/**
 * The variables bound as the object of an integer-typed property, with the datatype the data gives them;
 * and the variables bound as the object of a variable predicate, with that predicate's variable.
 */
function integerColumnsOf(where: readonly Pattern[]): {
  integerColumns: Record<string, string>;
  predicateColumns: Record<string, string>;
} {
  const integerColumns: Record<string, string> = {};
  const predicateColumns: Record<string, string> = {};
  for (const t of triplesIn(where)) {
    const o = t.object as { termType?: string; value?: string };
    if (o.termType !== "Variable" || o.value === undefined) continue;
    const pv = t.predicate as { termType?: string; value?: string };
    if (pv.termType === "Variable" && pv.value !== undefined) predicateColumns[o.value] = pv.value;
    const p = lastStep(t.predicate);
    const dt = p === undefined ? undefined : INTEGER_TYPED_PROPERTIES[p];
    if (dt !== undefined) integerColumns[o.value] = dt;
  }
  return { integerColumns, predicateColumns };
}

/** Whether a pattern is a VALUES block over the one variable `name` (the twin's sample value). */
function isValuesOf(p: unknown, name: string): p is sparqljs.ValuesPattern {
  const v = p as Partial<sparqljs.ValuesPattern> | null;
  if (v === null || typeof v !== "object" || v.type !== "values" || !Array.isArray(v.values)) return false;
  const keys = new Set(v.values.flatMap((row) => Object.keys(row)));
  return keys.size === 1 && keys.has(`?${name}`);
}

/** A group of patterns (a WHERE clause, a subquery's, a nested group) and the variables in scope outside it. */
interface Group {
  readonly patterns: Pattern[];
  /** The variables a subquery projects (undefined: the group is not a subquery's WHERE, or it selects *). */
  readonly projects: ReadonlySet<string> | undefined;
}

/** The group holding a VALUES block over `name`, anywhere in a syntax tree (subqueries included). */
function groupWithValues(
  patterns: Pattern[],
  name: string,
  projects: ReadonlySet<string> | undefined,
): { group: Group; values: sparqljs.ValuesPattern } | undefined {
  const here = patterns.find((p) => isValuesOf(p, name));
  if (here !== undefined) return { group: { patterns, projects }, values: here as sparqljs.ValuesPattern };
  for (const p of patterns) {
    const q = p as {
      type?: string;
      patterns?: unknown;
      where?: unknown;
      queryType?: string;
      variables?: unknown;
    };
    if (q.type === "query" && Array.isArray(q.where)) {
      const names = Array.isArray(q.variables) ? q.variables.map(variableName) : [undefined];
      const vars = names.includes(undefined) ? undefined : new Set(names as string[]);
      const found = groupWithValues(q.where as Pattern[], name, vars);
      if (found !== undefined) return found;
    } else if (Array.isArray(q.patterns)) {
      const found = groupWithValues(q.patterns as Pattern[], name, projects);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The name of a selected variable (`?x` or `(expr AS ?x)`); undefined for `*`. */
function variableName(v: unknown): string | undefined {
  const t = v as { termType?: string; value?: string; variable?: { value: string } };
  return t.termType === "Variable" ? t.value : t.variable?.value;
}

/** Arguments beyond the helper's parameter that a twin can take: an article scope, a second argument. */
export interface TwinOptions {
  /** Keep the rows of one article: binds the twin's `?article` (perArticle helpers only). */
  readonly article?: NamedNode;
  /** The helper's optional second argument (HelperEntry.optionalParam), bound to its variable. */
  readonly second?: NamedNode;
}

/** The helper's argument as the RDF term its twin's parameter variable takes, checked. */
function argumentTerm(entry: HelperEntry, helper: string, arg: unknown): Term | undefined {
  const param = entry.param;
  const field = `${helper} <${"name" in param ? param.name : ""}>`;
  switch (param.kind) {
    case "none":
      if (arg !== undefined) throw new NewsgraphError("invalid-input", helper, "takes no argument");
      return undefined;
    case "iri":
      return iriTerm(arg, field);
    case "date":
      return DataFactory.literal(isoDate(arg, field), xsd("date"));
    case "oneOf":
      if (typeof arg !== "string")
        throw new NewsgraphError("invalid-input", field, `needs one of ${param.values.join(", ")}`);
      if (!param.values.includes(arg))
        throw new NewsgraphError("invalid-input", field, `"${arg}" is not one of ${param.values.join(", ")}`);
      return DataFactory.literal(arg);
    case "text":
      if (typeof arg !== "string") throw new NewsgraphError("invalid-input", field, "needs a string");
      return undefined;
    default:
      throw new NewsgraphError(
        "invalid-input",
        helper,
        `takes a ${(param as { kind: string }).kind} argument, which cannot be sent to an endpoint yet`,
      );
  }
}

/** A NamedNode with an absolute IRI, as a fresh term (else an `invalid-input` error naming `field`). */
function iriTerm(arg: unknown, field: string): NamedNode {
  const t = arg as Partial<NamedNode> | undefined;
  if (t?.termType !== "NamedNode" || typeof t.value !== "string" || !isAbsoluteIri(t.value))
    throw new NewsgraphError("invalid-input", field, "needs a NamedNode with an absolute IRI");
  return DataFactory.namedNode(t.value);
}

/** A twin parsed once: its syntax tree, what it selects, and the columns that hold integer-typed values. */
interface TwinTemplate {
  readonly select: sparqljs.SelectQuery;
  readonly variables: readonly string[];
  readonly integerColumns: Readonly<Record<string, string>>;
  readonly predicateColumns: Readonly<Record<string, string>>;
}

const templates = new Map<string, TwinTemplate>();
const generator = new sparqljs.Generator({ allPrefixes: true });

/** The twin's template (cached by text): parsing a query costs more than generating one. */
function templateOf(entry: HelperEntry, twinText: string): TwinTemplate {
  const cached = templates.get(twinText);
  if (cached !== undefined) return cached;
  const parsed = new sparqljs.Parser().parse(twinText);
  if (parsed.type !== "query" || parsed.queryType !== "SELECT")
    throw new NewsgraphError(
      "invalid-input",
      `queries/${entry.twin}.rq`,
      "a helper's twin must be a SELECT query",
    );
  const select = parsed as sparqljs.SelectQuery;
  const variables = select.variables.map((v) => {
    const name = variableName(v);
    if (name === undefined)
      throw new NewsgraphError(
        "invalid-input",
        `queries/${entry.twin}.rq`,
        "a helper's twin must name its variables",
      );
    return name;
  });
  select.where ??= [];
  const made = { select, variables, ...integerColumnsOf(select.where) };
  if (templates.size > 1_000) templates.clear();
  templates.set(twinText, made);
  return made;
}

/**
 * The twin's text with each variable of `bindings` bound to its term, in the syntax tree: a variable the
 * twin has a sample VALUES block for (anywhere, subqueries included) takes the term in that block; any
 * other joins the group that holds the parameter's sample block when that group sees the variable (so a
 * subquery is narrowed before it aggregates), the top level otherwise. The cached tree is changed only
 * for the time it takes to generate the text.
 */
function boundText(t: TwinTemplate, param: string | undefined, bindings: ReadonlyMap<string, Term>): string {
  const where = t.select.where as Pattern[];
  const home = param === undefined ? undefined : groupWithValues(where, param, undefined)?.group;
  const undo: (() => void)[] = [];
  try {
    for (const [name, term] of bindings) {
      const row = { [`?${name}`]: term } as sparqljs.ValuePatternRow;
      const sample = groupWithValues(where, name, undefined);
      if (sample !== undefined) {
        const before = sample.values.values;
        sample.values.values = [row];
        undo.push(() => {
          sample.values.values = before;
        });
        continue;
      }
      const group =
        home !== undefined && (home.projects === undefined || home.projects.has(name))
          ? home.patterns
          : where;
      group.unshift({ type: "values", values: [row] });
      undo.push(() => {
        group.shift();
      });
    }
    return generator.stringify(t.select);
  } finally {
    for (const u of undo.reverse()) u();
  }
}

/**
 * A helper's SPARQL twin with the helper's argument bound, for any SPARQL 1.1 engine: the argument goes
 * into the parsed query (sparqljs) as an RDF term — replacing the twin's own sample VALUES block for the
 * parameter where it has one (in a subquery too), joined in as a VALUES block otherwise — never into the
 * text. An article scope binds `?article` the same way, and so does a second argument its variable.
 * `finish` turns the twin's rows into the helper's: its columns only, and for `findEntities` the same
 * ranking the in-memory helper applies to the same candidates.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * const twin = twinQuery("postsHeldBy", HELPERS.postsHeldBy, readFileSync("queries/person-posts.rq", "utf8"), mintIri("person", "ihor-zhovkva"), { article: mintIri("article", "zelensky-aide-neutrality") });
 */
export function twinQuery(
  helper: string,
  entry: HelperEntry,
  twinText: string,
  arg: unknown,
  options: TwinOptions = {},
): TwinQuery {
  const term = argumentTerm(entry, helper, arg);
  const param = entry.param;
  const t = templateOf(entry, twinText);
  const bindings = new Map<string, Term>();
  if (term !== undefined && "name" in param) bindings.set(param.name, term);
  if (options.second !== undefined) {
    const second = entry.optionalParam;
    if (second === undefined) throw new NewsgraphError("invalid-input", helper, "takes no second argument");
    bindings.set(second.name, iriTerm(options.second, `${helper} <${second.name}>`));
  }
  if (options.article !== undefined) {
    if (!entry.perArticle || !t.variables.includes("article"))
      throw new NewsgraphError(
        "invalid-input",
        `${helper} { article }`,
        "takes no article scope: its rows do not come from one article",
      );
    bindings.set("article", iriTerm(options.article, `${helper} { article }`));
  }
  const text =
    bindings.size === 0 ? twinText : boundText(t, "name" in param ? param.name : undefined, bindings);
  const { variables, integerColumns, predicateColumns } = t;
  const columns = entry.columns;
  const project = (row: Readonly<Record<string, Term>>) => {
    const out: Record<string, Term> = {};
    for (const c of columns) {
      const v = row[c];
      if (v !== undefined) out[c] = v;
    }
    return out;
  };
  const finish =
    param.kind === "text"
      ? (rows: readonly Readonly<Record<string, Term>>[]) =>
          nameKey(String(arg)) === ""
            ? []
            : rankNameMatches(String(arg), rows as unknown as NameCandidate[]).map((m) =>
                project(m as unknown as Record<string, Term>),
              )
      : (rows: readonly Readonly<Record<string, Term>>[]) => rows.map(project);
  return { text, variables, integerColumns, predicateColumns, finish };
}

const XSD = "http://www.w3.org/2001/XMLSchema#";

/**
 * A term of a SPARQL JSON results document as the RDF/JS term the data holds, undoing what engines change
 * in writing it without changing its value: Virtuoso's `typed-literal` (the 2007 JSON Note's name for a
 * literal with a datatype) and its booleans `1`/`0`; an explicit xsd:string; and, for a column the twin
 * binds to an integer-typed property, an xsd:integer of the same value (Oxigraph 0.5) — given back the
 * data's datatype. Returns undefined for anything that is not a term.
 *
 * @example
 * termFromJson({ type: "literal", value: "304", datatype: "http://www.w3.org/2001/XMLSchema#integer" }, "http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
 */
export function termFromJson(t: unknown, integerDatatype?: string): Term | undefined {
  if (t === null || typeof t !== "object") return undefined;
  const j = t as Partial<Record<keyof SparqlJsonTerm, unknown>> & { type?: unknown };
  if (typeof j.value !== "string") return undefined;
  if (j.type === "uri") return DataFactory.namedNode(j.value);
  if (j.type === "bnode") return DataFactory.blankNode(j.value);
  if (j.type !== "literal" && j.type !== "typed-literal") return undefined;
  const lang = j["xml:lang"];
  if (typeof lang === "string" && lang !== "") return DataFactory.literal(j.value, lang);
  const datatype = typeof j.datatype === "string" ? j.datatype : undefined;
  if (datatype === undefined || datatype === `${XSD}string`) return DataFactory.literal(j.value);
  let value = j.value;
  let dt = datatype;
  if (dt === `${XSD}boolean` && (value === "1" || value === "0")) value = value === "1" ? "true" : "false";
  if (
    integerDatatype !== undefined &&
    INTEGER_DERIVED_DATATYPES.has(integerDatatype) &&
    dt === `${XSD}integer` &&
    /^[+-]?\d+$/.test(value)
  ) {
    const n = BigInt(value);
    const fits =
      integerDatatype === `${XSD}positiveInteger`
        ? n > 0n
        : integerDatatype === `${XSD}nonNegativeInteger`
          ? n >= 0n
          : true;
    if (fits) {
      dt = integerDatatype;
      value = n.toString();
    }
  }
  return DataFactory.literal(value, DataFactory.namedNode(dt)) as Literal;
}

/**
 * The rows of a SPARQL JSON results document as RDF/JS terms, checked against the twin: the document's
 * variables must be the twin's, and every value a term (else an `io` error naming `where`).
 *
 * @example
 * declare const twin: TwinQuery; // from twinQuery(…)
 * declare const body: string; // the endpoint's answer
 * const rows = twin.finish(twinRows(twin, JSON.parse(body), "http://127.0.0.1:7878/query"));
 */
export function twinRows(twin: TwinQuery, results: unknown, where: string): Readonly<Record<string, Term>>[] {
  const doc = results as Partial<SparqlJsonResults> | null;
  const vars = doc?.head?.vars;
  const bindings = doc?.results?.bindings;
  if (!Array.isArray(vars) || !Array.isArray(bindings) || vars.some((v) => typeof v !== "string"))
    throw new NewsgraphError(
      "io",
      where,
      "the answer is not a SPARQL JSON results document (no head.vars or results.bindings)",
    );
  const want = [...twin.variables].sort();
  const got = [...new Set(vars)].sort();
  if (JSON.stringify(want) !== JSON.stringify(got))
    throw new NewsgraphError(
      "io",
      where,
      `the answer's variables (${got.map((v) => `?${v}`).join(" ") || "none"}) are not the query's (${want.map((v) => `?${v}`).join(" ")})`,
    );
  const allowed = new Set(want);
  return bindings.map((row, i) => {
    if (row === null || typeof row !== "object" || Array.isArray(row))
      throw new NewsgraphError("io", where, `row ${i + 1} of the answer is not an object`);
    const out: Record<string, Term> = {};
    const json = row as Record<string, unknown>;
    for (const [v, t] of Object.entries(json)) {
      if (!allowed.has(v))
        throw new NewsgraphError(
          "io",
          where,
          `row ${i + 1} of the answer binds ?${v}, which the query does not select`,
        );
      const predicateColumn = twin.predicateColumns[v];
      const predicate =
        predicateColumn === undefined
          ? undefined
          : (json[predicateColumn] as { value?: unknown } | undefined)?.value;
      const term = termFromJson(
        t,
        twin.integerColumns[v] ??
          (typeof predicate === "string" ? INTEGER_TYPED_PROPERTIES[predicate] : undefined),
      );
      if (term === undefined)
        throw new NewsgraphError("io", where, `row ${i + 1} of the answer: ?${v} is not an RDF term`);
      out[v] = term;
    }
    return out;
  });
}
