import { basename, dirname, join, resolve } from "node:path";
import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { ARTICLES } from "../articles/index.js";
import { isoDate } from "../builders/validate.js";
import { NewsgraphError } from "../errors.js";
import { jsonldContext, toJsonLd } from "../export/jsonld.js";
import { toNTriples } from "../export/ntriples.js";
import { toTurtle } from "../export/turtle.js";
import { uploadGraphs } from "../load/gsp.js";
import { byGraph, graphCounts } from "../load/oxigraph.js";
import { loadTurtle, questionOf } from "../query/catalogue.js";
import { formatAs, RESULTS_FORMATS, type ResultsFormat } from "../query/formats.js";
import { HELPERS, type HelperEntry } from "../query/registry.js";
import { formatResults, type SparqlJsonResults, toResults } from "../query/results.js";
import { selectJson } from "../query/sparql.js";
import type { ReleaseFile } from "../release/release.js";
import { buildRelease, publishedPrefixes } from "../release/release.js";
import type { GraphSummary } from "../release/summary.js";
import { oxigraphStore } from "../store/oxigraph.js";
import { NewsStore, parseRdf } from "../store/store.js";
import { listFiles, PACKAGE_ROOT, readReleaseInput, readText, writeAtomically } from "./files.js";

const USAGE = `usage: newsgraph <command> [options]

commands:
  build [--out DIR]    build every article graph, validate it, and write the release to DIR (default: data/)
  check [--data DIR]   rebuild in memory and fail if DIR (default: data/) differs from a fresh build
  queries [--data DIR] [--write-expected]
                       run every queries/*.rq on the data with Oxigraph and compare with its .srj;
                       --write-expected rewrites the .srj files (review them before committing)
  query <file.rq | helper> [ARG] [--format table|json|csv|tsv] [--data DIR]
                       run a SPARQL file (on Oxigraph) or a named helper (on the in-memory store) over
                       the Turtle in DIR (default: data/); helpers: ${Object.keys(HELPERS).join(", ")}
  export --format turtle|trig|ntriples|nquads|jsonld|canonical [--out FILE]
                       write the graph in a format to FILE (atomically) or to standard output
  load --oxigraph      load the release into an in-process Oxigraph store and count each graph
  load --endpoint URL [--graph IRI] [--auth VALUE] [--query URL] [--method put|post]
       [--timeout MS] [--retries N]
                       upload each named graph (or everything into --graph) to a SPARQL 1.1 Graph Store
                       Protocol endpoint, then verify the counts (with --query, by SPARQL COUNT)
  help                 show this help`;

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--"))
    throw new NewsgraphError("invalid-input", name, "needs a value");
  return value;
}

function checkOptions(args: string[], allowed: readonly string[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (!allowed.includes(a))
      throw new NewsgraphError(
        "invalid-input",
        a,
        `unknown option (allowed: ${allowed.join(", ") || "none"})`,
      );
    i++;
  }
}

function printSummary(summaries: readonly GraphSummary[], out: (line: string) => void): void {
  for (const s of summaries) {
    out(`${s.article}:`);
    const rows: [string, number | string][] = [
      ["triples", s.triples],
      ["people", s.people],
      ["unnamed agents", s.unnamedAgents],
      ["states", s.states],
      ["groups of states", s.groupsOfStates],
      ["organisations", s.organisations],
      ["news outlets", s.outlets],
      ["territories", s.territories],
      ["other places", s.places],
      ["posts", s.posts],
      ["memberships", s.memberships],
      ["events", s.events],
      [
        "statements",
        `${s.statements} (${Object.entries(s.statementsByMode)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")})`,
      ],
      ["verbatim quotations", s.quotations],
      ["claim contents", s.claimContents],
      ["demands", s.demands],
      ["conditions", s.conditions],
      ["proposals", s.proposals],
      ["refusals", s.refusals],
      ["positions", s.positions],
      ["tensions", s.tensions],
      ["entity mentions", s.mentions],
      ["text anchors", s.anchors],
      ["external facts", s.externalFacts],
    ];
    for (const [k, v] of rows) out(`  ${k.padEnd(20)} ${v}`);
  }
}

async function build(args: string[], out: (line: string) => void): Promise<number> {
  checkOptions(args, ["--out"]);
  const dir = resolve(option(args, "--out", join(PACKAGE_ROOT, "data")));
  const release = await buildRelease(await readReleaseInput());
  await writeAtomically(dir, release.files);
  for (const f of release.files)
    out(`wrote ${join(dir, f.name)} (${Buffer.byteLength(f.content, "utf8")} bytes)`);
  printSummary(release.summaries, out);
  return 0;
}

async function check(args: string[], out: (line: string) => void): Promise<number> {
  checkOptions(args, ["--data"]);
  const dir = resolve(option(args, "--data", join(PACKAGE_ROOT, "data")));
  const release = await buildRelease(await readReleaseInput());
  const expected = new Map(release.files.map((f) => [f.name, f.content]));
  const present = await listFiles(dir);
  const problems: string[] = [];
  for (const [name, content] of expected) {
    if (!present.includes(name)) problems.push(`${name}: missing from ${dir}`);
    else if ((await readText(join(dir, name))) !== content)
      problems.push(`${name}: differs from a fresh build`);
  }
  for (const name of present) if (!expected.has(name)) problems.push(`${name}: not produced by the build`);
  if (problems.length > 0) {
    for (const p of problems) out(`newsgraph check: ${p}`);
    out("run `npm run build` and commit data/");
    return 1;
  }
  out(`newsgraph check: ${expected.size} files in ${dir} equal a fresh build`);
  return 0;
}

async function queries(args: string[], out: (line: string) => void): Promise<number> {
  const write = args.includes("--write-expected");
  const rest = args.filter((a) => a !== "--write-expected");
  checkOptions(rest, ["--data"]);
  const dir = resolve(option(rest, "--data", join(PACKAGE_ROOT, "data")));
  const ttl = (await listFiles(dir)).filter((f) => f.endsWith(".ttl") && !f.endsWith(".shapes.ttl"));
  if (ttl.length === 0)
    throw new NewsgraphError("io", dir, "holds no Turtle files: run `npm run build` first");
  const store = loadTurtle(
    await Promise.all(ttl.map(async (f) => ({ name: f, text: await readText(join(dir, f)) }))),
  );
  const qdir = join(PACKAGE_ROOT, "queries");
  const files = (await listFiles(qdir)).filter((f) => f.endsWith(".rq"));
  let failures = 0;
  const expected: ReleaseFile[] = [];
  for (const f of files) {
    const query = await readText(join(qdir, f));
    if (questionOf(query) === undefined)
      throw new NewsgraphError("invalid-input", `${join(qdir, f)}:1`, 'must start with "# <the question>"');
    const results = selectJson(store, query, join(qdir, f));
    const text = formatResults(results);
    const srj = f.replace(/\.rq$/, ".srj");
    if (write) {
      expected.push({ name: srj, content: text });
      out(`${f}: ${results.results.bindings.length} rows written to ${srj}`);
      continue;
    }
    const committed = (await listFiles(qdir)).includes(srj) ? await readText(join(qdir, srj)) : undefined;
    const same = committed !== undefined && committed === text;
    if (!same) failures++;
    out(
      `${f}: ${results.results.bindings.length} rows ${same ? "match" : committed === undefined ? `(no ${srj})` : `DIFFER from ${srj}`}`,
    );
  }
  if (write) await writeAtomically(qdir, expected);
  return failures === 0 ? 0 : 1;
}

/** Split arguments into positionals and `--name value` options, refusing unknown options. */
function parseArgs(
  args: string[],
  allowed: readonly string[],
): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a.startsWith("--")) {
      if (!allowed.includes(a))
        throw new NewsgraphError("invalid-input", a, `unknown option (allowed: ${allowed.join(", ")})`);
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--"))
        throw new NewsgraphError("invalid-input", a, "needs a value");
      options.set(a, value);
      i++;
    } else positional.push(a);
  }
  return { positional, options };
}

/** Read an IRI argument: <iri>, an http(s) IRI, or a prefixed name with a known prefix (person:ihor-zhovkva). */
function iriArgument(arg: string, field: string, prefixes: Readonly<Record<string, string>>): NamedNode {
  const bare = arg.startsWith("<") && arg.endsWith(">") ? arg.slice(1, -1) : arg;
  const prefixed = /^([A-Za-z][\w-]*):([\w.-]+)$/.exec(bare);
  const expanded =
    prefixed && prefixes[prefixed[1] ?? ""] !== undefined
      ? `${prefixes[prefixed[1] ?? ""]}${prefixed[2]}`
      : bare;
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(expanded)) {
    throw new NewsgraphError(
      "invalid-input",
      field,
      `"${arg}" is not an IRI or a prefixed name with a known prefix`,
    );
  }
  return DataFactory.namedNode(expanded);
}

async function query(args: string[], out: (line: string) => void): Promise<number> {
  const { positional, options } = parseArgs(args, ["--format", "--data"]);
  const format = (options.get("--format") ?? "table") as ResultsFormat;
  if (!RESULTS_FORMATS.includes(format)) {
    throw new NewsgraphError(
      "invalid-input",
      "--format",
      `"${format}" is not one of ${RESULTS_FORMATS.join(", ")}`,
    );
  }
  const [target, ...rest] = positional;
  if (target === undefined) {
    throw new NewsgraphError(
      "invalid-input",
      "query",
      `needs a .rq file or a helper name (${Object.keys(HELPERS).join(", ")})`,
    );
  }
  const dir = resolve(options.get("--data") ?? join(PACKAGE_ROOT, "data"));
  const files = (await listFiles(dir)).filter((f) => f.endsWith(".ttl") && !f.endsWith(".shapes.ttl"));
  if (files.length === 0)
    throw new NewsgraphError("io", dir, "holds no Turtle files: run `npm run build` first");
  const docs = await Promise.all(
    files.map(async (f) => ({ name: join(dir, f), text: await readText(join(dir, f)) })),
  );
  const prefixes = {
    ...publishedPrefixes(),
    ...Object.assign({}, ...ARTICLES.map((a) => publishedPrefixes(a.slug))),
  };
  let results: SparqlJsonResults;
  if (target.endsWith(".rq")) {
    if (rest.length > 0)
      throw new NewsgraphError("invalid-input", rest[0] ?? "", "a .rq file takes no arguments");
    const text = await readText(resolve(target));
    results = selectJson(loadTurtle(docs), text, target);
  } else {
    const entry = (HELPERS as Record<string, HelperEntry>)[target];
    if (entry === undefined) {
      throw new NewsgraphError(
        "invalid-input",
        target,
        `unknown helper (known: ${Object.keys(HELPERS).join(", ")})`,
      );
    }
    const param = entry.param;
    const expected = param.kind === "none" ? 0 : 1;
    if (rest.length !== expected) {
      throw new NewsgraphError(
        "invalid-input",
        target,
        param.kind === "none"
          ? "takes no argument"
          : `takes one argument: the ${param.name} (${param.kind === "iri" ? "an IRI" : param.kind === "date" ? "YYYY-MM-DD" : "a name"})`,
      );
    }
    const raw = rest[0] ?? "";
    const arg =
      param.kind === "iri"
        ? iriArgument(raw, `${target} ${param.name}`, prefixes)
        : param.kind === "date"
          ? isoDate(raw, `${target} ${param.name}`)
          : raw;
    const store = new NewsStore();
    for (const d of docs) store.load(d.text, "turtle", d.name);
    results = toResults(entry.columns, entry.run(store, param.kind === "none" ? undefined : arg));
  }
  out(formatAs(results, format, prefixes).replace(/\n$/, ""));
  return 0;
}

const EXPORT_FORMATS = ["turtle", "trig", "ntriples", "nquads", "jsonld", "canonical"] as const;

async function exportCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { positional, options } = parseArgs(args, ["--format", "--out"]);
  if (positional.length > 0)
    throw new NewsgraphError("invalid-input", positional[0] ?? "", "unexpected argument");
  const format = options.get("--format");
  if (format === undefined || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new NewsgraphError(
      "invalid-input",
      "--format",
      `${format === undefined ? "is required" : `"${format}" is unknown`} (one of ${EXPORT_FORMATS.join(", ")})`,
    );
  }
  const release = await buildRelease(await readReleaseInput());
  const slugs = ARTICLES.map((a) => a.slug);
  const file = (name: string) => release.files.find((f) => f.name === name)?.content ?? "";
  const text =
    format === "turtle"
      ? toTurtle(release.quads, publishedPrefixes(...slugs))
      : format === "ntriples"
        ? toNTriples(release.quads)
        : format === "jsonld"
          ? await toJsonLd(release.quads, jsonldContext(publishedPrefixes(...slugs)))
          : file(
              format === "trig"
                ? "newsgraph.trig"
                : format === "nquads"
                  ? "newsgraph.nq"
                  : "newsgraph.canonical.nq",
            );
  const target = options.get("--out");
  if (target === undefined) {
    process.stdout.write(text);
    return 0;
  }
  const path = resolve(target);
  await writeAtomically(dirname(path), [{ name: basename(path), content: text }]);
  out(`wrote ${path} (${Buffer.byteLength(text, "utf8")} bytes)`);
  return 0;
}

async function loadCommand(args: string[], out: (line: string) => void): Promise<number> {
  const flags = args.filter((a) => a === "--oxigraph");
  const { positional, options } = parseArgs(
    args.filter((a) => a !== "--oxigraph"),
    ["--endpoint", "--graph", "--auth", "--query", "--method", "--timeout", "--retries", "--data"],
  );
  if (positional.length > 0)
    throw new NewsgraphError("invalid-input", positional[0] ?? "", "unexpected argument");
  const endpoint = options.get("--endpoint");
  if (flags.length > 0 === (endpoint !== undefined)) {
    throw new NewsgraphError("invalid-input", "load", "needs exactly one of --oxigraph or --endpoint URL");
  }
  const dir = resolve(options.get("--data") ?? join(PACKAGE_ROOT, "data"));
  const nq = join(dir, "newsgraph.nq");
  const quads = parseRdf(await readText(nq), "nquads", nq);
  if (endpoint === undefined) {
    const store = oxigraphStore(quads);
    const counts = graphCounts(store);
    for (const [graph, n] of counts) out(`<${graph}>: ${n} triples`);
    out(`loaded ${store.size} quads into Oxigraph (in process)`);
    return 0;
  }
  const method = (options.get("--method") ?? "put").toUpperCase();
  if (method !== "PUT" && method !== "POST")
    throw new NewsgraphError("invalid-input", "--method", `"${method}" is not put or post`);
  const number = (name: string, fallback: number) => {
    const raw = options.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new NewsgraphError("invalid-input", name, `"${raw}" is not a whole number`);
    return n;
  };
  const graph = options.get("--graph");
  const uploads = graph !== undefined ? [{ graph, quads }] : byGraph(quads);
  const results = await uploadGraphs(uploads, {
    endpoint,
    method,
    timeoutMs: number("--timeout", 30_000),
    retries: number("--retries", 3),
    log: out,
    ...(options.get("--auth") === undefined ? {} : { authorization: options.get("--auth") as string }),
    ...(options.get("--query") === undefined ? {} : { queryEndpoint: options.get("--query") as string }),
  });
  out(
    `uploaded ${results.reduce((n, r) => n + r.triples, 0)} triples in ${results.length} graph(s) to ${endpoint}`,
  );
  return 0;
}

/**
 * Run the command-line tool with arguments (without `node` and the script); returns the exit code.
 *
 * @example
 * const code = await main(["check"]);
 */
export async function main(
  argv: readonly string[],
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  err: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "build":
        return await build(rest, out);
      case "check":
        return await check(rest, out);
      case "queries":
        return await queries(rest, out);
      case "query":
        return await query(rest, out);
      case "export":
        return await exportCommand(rest, out);
      case "load":
        return await loadCommand(rest, out);
      case "help":
      case "--help":
      case undefined:
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        err(`newsgraph: unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof NewsgraphError) {
      err(`newsgraph: ${error.message}`);
      return 1;
    }
    err(`newsgraph: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}
