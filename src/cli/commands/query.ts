import { stat } from "node:fs/promises";

import type { NamedNode, Term } from "@rdfjs/types";
import { type Command, Option } from "commander";
import { isoDate } from "../../builders/validate.js";
import { NewsgraphError } from "../../errors.js";
import { toNQuads, toNTriples } from "../../export/ntriples.js";
import { toTurtle } from "../../export/turtle.js";
import { type QueryAnswer, runBounded } from "../../query/bounded.js";
import { formatAs, type ResultsFormat } from "../../query/formats.js";
import { prepareQuery } from "../../query/prepare.js";
import { HELPERS, type HelperEntry, type HelperName } from "../../query/registry.js";
import { resolveEntity } from "../../query/resolve.js";
import { toResults } from "../../query/results.js";
import { NewsStore } from "../../store/store.js";
import { rdf } from "../../vocab/namespaces.js";
import { articleOption } from "../article-option.js";
import { parseBinding } from "../bind.js";
import type { CliIo } from "../context.js";
import { cliPrefixes, readQueryData } from "../data.js";
import { readText, userPath } from "../files.js";
import { positive, wholePositive } from "../numbers.js";
import { didYouMean } from "../suggest.js";
import { remoteHelperRows } from "./query-remote.js";

const FORMATS = ["table", "json", "csv", "tsv", "turtle", "ntriples"] as const;
type Format = (typeof FORMATS)[number];
const ROW_FORMATS: readonly string[] = ["table", "json", "csv", "tsv"];

const QUERY_FILE = /\.(rq|sparql)$/i;

interface QueryOptions {
  format?: Format;
  sparql?: string;
  bind?: string[];
  data?: string[];
  withOntology?: boolean;
  withVoid?: boolean;
  timeout: number;
  maxRows: number;
  wide?: boolean;
  endpoint?: string;
  via?: "direct-post" | "urlencoded-post" | "get";
  auth?: string;
  article?: string;
}

const HELPER_NAMES = Object.keys(HELPERS);

function helperList(): string {
  return Object.entries(HELPERS as Record<string, HelperEntry>)
    .map(([name, h]) => {
      const arg =
        h.param.kind === "none"
          ? ""
          : h.param.kind === "oneOf"
            ? ` <${h.param.values.join("|")}>`
            : ` <${h.param.name}>`;
      return `  ${`${name}${arg}`.padEnd(34)} ${h.description}`;
    })
    .join("\n");
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Where the query text comes from, and its name in messages. */
async function querySource(
  target: string | undefined,
  options: QueryOptions,
  io: CliIo,
): Promise<{ text: string; name: string } | undefined> {
  if (options.sparql !== undefined) {
    if (target !== undefined)
      throw new NewsgraphError(
        "usage",
        target,
        "give either --sparql or a query file, helper or -, not both",
      );
    return { text: options.sparql, name: "--sparql" };
  }
  if (target === "-") return { text: await io.stdin(), name: "<stdin>" };
  if (target === undefined) return undefined;
  if (QUERY_FILE.test(target) || (!(target in HELPERS) && (await isFile(await userPath(target, () => {})))))
    return { text: await readText(await userPath(target, io.err)), name: target };
  return undefined;
}

function shortIri(iri: string, prefixes: Readonly<Record<string, string>>): string {
  let best = `<${iri}>`;
  for (const [p, ns] of Object.entries(prefixes))
    if (
      iri.startsWith(ns) &&
      /^[\w.-]+$/.test(iri.slice(ns.length)) &&
      p.length + iri.length - ns.length + 1 < best.length
    )
      best = `${p}:${iri.slice(ns.length)}`;
  return best;
}

function helperArgument(
  entry: HelperEntry,
  name: string,
  raw: string,
  store: NewsStore,
  prefixes: Record<string, string>,
  io: CliIo,
): NamedNode | string {
  const param = entry.param;
  const field = `${name} <${"name" in param ? param.name : ""}>`;
  if (param.kind === "iri") {
    // A name or an IRI; an IRI that occurs nowhere is a warning, not silent zero rows.
    const { term, warnings } = resolveEntity(store, raw, field, prefixes);
    for (const w of warnings) io.err(`newsgraph: warning: ${w}`);
    return term;
  }
  if (param.kind === "date") return isoDate(raw, field);
  if (param.kind === "oneOf" && !param.values.includes(raw))
    throw new NewsgraphError(
      "usage",
      field,
      `"${raw}" is not one of ${param.values.join(", ")}${didYouMean(raw, param.values)}`,
    );
  return raw;
}

/** `newsgraph query`: a read-only, bounded SPARQL query or a named helper over the article graphs. */
export function registerQuery(program: Command, io: CliIo): void {
  program
    .command("query")
    .description(
      "answer a question over the article graphs: a named helper, or a read-only SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) from a file (.rq, .sparql), from --sparql, or from standard input (-)",
    )
    .argument("[target]", "a helper name, a query file, or - for standard input")
    .argument(
      "[argument]",
      "the helper's argument (an IRI, a prefixed name such as state:russia, a name or a date)",
    )
    .addOption(
      new Option("--format <format>", "table, json, csv, tsv (rows); turtle, ntriples (graphs)").choices(
        FORMATS,
      ),
    )
    .option("--sparql <query>", "the SPARQL query text itself")
    .option(
      "--bind <name=value>",
      'set a query variable to an RDF term: name=<iri>, name=prefix:local, name="text", name="text"@en, name=3; repeatable',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option(
      "--data <path>",
      "a release folder (its article graphs) or an RDF file (.ttl, .trig, .nt, .nq, .jsonld; named graphs are queried as their union); repeatable (default: the package's data/)",
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option("--with-ontology", "add the ontology (newsgraph.ttl) to the default graph")
    .option("--with-void", "add the VoID description (void.ttl) to the default graph")
    .option("--timeout <seconds>", "stop the query after this many seconds", positive, 30)
    .option(
      "--max-rows <n>",
      "fail when the answer has more rows (or triples) than this",
      wholePositive,
      10_000,
    )
    .option(
      "--article <slug-or-iri>",
      "only the rows of one article (a helper whose rows come from articles; a query: binds ?article)",
    )
    .option("--wide", "tables: one line per row, however long (default: wrap cells at 60 characters)")
    // Remote endpoint (helpers run as their SPARQL twins over the SPARQL 1.1 Protocol).
    .option(
      "--endpoint <url>",
      "run the helper against this SPARQL 1.1 query endpoint (http: or https:; the store's default graph must be the union of its graphs); a user:password in it is sent as Basic auth, never printed",
    )
    .addOption(
      new Option("--via <how>", "with --endpoint: how the query is sent (default direct-post)").choices([
        "direct-post",
        "urlencoded-post",
        "get",
      ]),
    )
    .option("--auth <value>", "with --endpoint: the Authorization header to send (never printed)")
    .addHelpText("after", `\nhelpers:\n${helperList()}`)
    .action(async (target: string | undefined, argument: string | undefined, options: QueryOptions) => {
      const prefixes = cliPrefixes();
      const source = await querySource(target, options, io);
      if (source === undefined && target === undefined)
        throw new NewsgraphError(
          "usage",
          "query",
          "needs a helper name, a query file, - (standard input) or --sparql",
        );
      const entry = source === undefined ? (HELPERS as Record<string, HelperEntry>)[target ?? ""] : undefined;
      if (source === undefined && entry === undefined)
        throw new NewsgraphError(
          "usage",
          target ?? "query",
          `is neither a helper nor a query file${didYouMean(target ?? "", HELPER_NAMES)}`,
        );
      if (options.endpoint === undefined && (options.via !== undefined || options.auth !== undefined))
        throw new NewsgraphError("usage", options.via !== undefined ? "--via" : "--auth", "needs --endpoint");
      if (options.endpoint !== undefined) {
        const clash =
          source !== undefined
            ? (target ?? "--sparql")
            : (options.data ?? []).length > 0
              ? "--data"
              : options.withOntology === true
                ? "--with-ontology"
                : options.withVoid === true
                  ? "--with-void"
                  : (options.bind ?? []).length > 0
                    ? "--bind"
                    : undefined;
        if (clash !== undefined)
          throw new NewsgraphError(
            "usage",
            clash,
            "does not go with --endpoint, which runs a named helper on the endpoint's data",
          );
      }
      if (options.endpoint !== undefined) {
        const name = target as HelperName;
        const helper = entry as HelperEntry;
        checkHelperArgument(name, helper, argument);
        const format = rowFormat(name, options.format);
        const rows = await remoteHelperRows(
          name,
          helper,
          argument,
          {
            endpoint: options.endpoint,
            timeout: options.timeout,
            via: options.via,
            auth: options.auth,
            article: options.article,
          },
          prefixes,
          io,
        );
        if (rows.length > options.maxRows)
          throw new NewsgraphError(
            "invalid-input",
            name,
            `the result has more than ${options.maxRows} rows (--max-rows ${options.maxRows}); raise --max-rows`,
          );
        io.write(
          formatAs(toResults(helper.columns, rows), format, prefixes, {
            ...(options.wide === true ? {} : { maxWidth: 60 }),
          }),
        );
        io.exit(0);
        return;
      }
      const data = await readQueryData(
        {
          paths: options.data ?? [],
          ...(options.withOntology === true ? { withOntology: true } : {}),
          ...(options.withVoid === true ? { withVoid: true } : {}),
        },
        io.err,
      );
      const table = options.wide === true ? {} : { maxWidth: 60 };
      if (source !== undefined) {
        if (argument !== undefined)
          throw new NewsgraphError("usage", argument, "a query takes no argument: use --bind name=value");
        // No prototype: a variable named constructor or __proto__ is just a variable.
        const bindings: Record<string, Term> = Object.create(null);
        for (const raw of options.bind ?? []) {
          const { name, term } = parseBinding(raw, prefixes);
          if (bindings[name] !== undefined)
            throw new NewsgraphError("usage", `--bind ${name}`, "is given twice: a variable takes one value");
          bindings[name] = term;
        }
        if (options.article !== undefined) {
          if (bindings.article !== undefined)
            throw new NewsgraphError("usage", "--article", "and --bind article=… are given both: use one");
          bindings.article = articleOption(options.article, data.quads);
        }
        const prepared = prepareQuery(source.text, source.name, { bindings, maxRows: options.maxRows });
        const answer = await runBounded(toNQuads(data.quads), prepared, source.name, {
          timeoutMs: options.timeout * 1000,
          unionDefaultGraph: data.named,
        });
        io.write(render(answer, options.format, prefixes, table));
        io.exit(0);
        return;
      }
      const helper = entry as HelperEntry;
      const name = target as string;
      if ((options.bind ?? []).length > 0)
        throw new NewsgraphError(
          "usage",
          "--bind",
          `is for SPARQL queries; ${name} takes its argument directly`,
        );
      const param = helper.param;
      checkHelperArgument(name, helper, argument);
      if (options.article !== undefined && !helper.perArticle)
        throw new NewsgraphError("usage", "--article", `${name}'s rows do not come from one article`);
      const scope =
        options.article === undefined ? {} : { article: articleOption(options.article, data.quads) };
      const store = new NewsStore(data.quads);
      const arg =
        param.kind === "none" ? undefined : helperArgument(helper, name, argument ?? "", store, prefixes, io);
      const rows = helper.run(store, arg as NamedNode | string | undefined, scope);
      if (rows.length === 0 && param.kind === "iri" && typeof arg === "object") {
        // Zero rows for an entity that exists usually means the wrong kind of entity: say what it is.
        const types = [...store.match(arg, rdf("type"), null)].map((q) => shortIri(q.object.value, prefixes));
        if (types.length > 0)
          io.err(
            `newsgraph: note: no rows for ${shortIri(arg.value, prefixes)}, which is a ${types.sort().join(", ")}; ${name} takes the ${param.name}`,
          );
      }
      if (rows.length > options.maxRows)
        throw new NewsgraphError(
          "invalid-input",
          name,
          `the result has more than ${options.maxRows} rows (--max-rows ${options.maxRows}); raise --max-rows`,
        );
      const format = rowFormat(name, options.format);
      io.write(formatAs(toResults(helper.columns, rows), format, prefixes, table));
      io.exit(0);
    });
}

/** A helper takes its argument, or none. */
function checkHelperArgument(name: string, helper: HelperEntry, argument: string | undefined): void {
  const param = helper.param;
  if (param.kind === "none" && argument !== undefined)
    throw new NewsgraphError("usage", name, `takes no argument (got "${argument}")`);
  if (param.kind !== "none" && argument === undefined)
    throw new NewsgraphError("usage", name, `needs one argument: the ${param.name}`);
}

/** The format of a helper's rows: a results format, never a graph's. */
function rowFormat(name: string, format: Format | undefined): ResultsFormat {
  const f = format ?? "table";
  if (!ROW_FORMATS.includes(f))
    throw new NewsgraphError(
      "usage",
      "--format",
      `${f} is for graphs; ${name} gives rows (table, json, csv, tsv)`,
    );
  return f as ResultsFormat;
}

function render(
  answer: QueryAnswer,
  format: Format | undefined,
  prefixes: Record<string, string>,
  table: { maxWidth?: number },
): string {
  if (answer.form === "CONSTRUCT" || answer.form === "DESCRIBE") {
    const f = format ?? "turtle";
    if (f !== "turtle" && f !== "ntriples")
      throw new NewsgraphError(
        "usage",
        "--format",
        `${f} is for rows; a ${answer.form} query gives a graph (turtle, ntriples)`,
      );
    return f === "turtle" ? toTurtle(answer.quads, prefixes) : toNTriples(answer.quads);
  }
  const f = format ?? "table";
  if (!ROW_FORMATS.includes(f))
    throw new NewsgraphError(
      "usage",
      "--format",
      `${f} is for graphs; a ${answer.form} query gives rows (table, json, csv, tsv)`,
    );
  if (answer.form === "SELECT") return formatAs(answer.results, f as ResultsFormat, prefixes, table);
  const yes = answer.form === "ASK" && answer.boolean;
  return f === "json" ? `${JSON.stringify({ head: {}, boolean: yes })}\n` : `${yes}\n`;
}
