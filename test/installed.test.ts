// The package as a user gets it: packed with `npm pack` (its prepare script compiles dist/), installed
// from the tarball into a fresh project whose path holds a space and a "#", and used from there — the
// bin through npm's symlink, the library from plain ESM and from strict TypeScript, the data through the
// subpath exports. Everything the README's "Install" section says is run here.
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assemble, GUIDE_COMMANDS, marked } from "./authoring-guide.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
const TARBALL = `${PKG.name}-${PKG.version}.tgz`;
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The README's "Install" section, up to the next second-level heading. */
const INSTALL = (() => {
  const start = README.indexOf("\n## Install\n");
  if (start < 0) throw new Error('README.md has no "## Install" section');
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end < 0 ? undefined : end);
})();

/** The code blocks of the Install section in a language, in order. */
function blocks(lang: string): string[] {
  return [...INSTALL.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, "g"))].map((m) => m[1] ?? "");
}

/** The commands of the Install section's shell blocks, without comments. */
const COMMANDS = blocks("sh").flatMap((b) =>
  b
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l !== ""),
);

// The environment of every child: this one without what an enclosing `npm test` sets for its script, so
// that the nested npm commands work on their own project, not on this one.
const ENV: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|npm_command$|init_cwd$)/i.test(k),
  ),
);
Object.assign(ENV, {
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
  // `npm pack` must run the prepare script, whatever the surrounding configuration says.
  npm_config_ignore_scripts: "false",
  // npx must run the installed bin, never fetch a package of that name from the registry.
  npm_config_yes: "false",
  NO_COLOR: "1",
});

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string, timeout = 120_000): Ran {
  const r: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    env: ENV,
    encoding: "utf8",
    timeout,
    maxBuffer: 1 << 28,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(command: string, args: readonly string[], cwd: string, timeout?: number): string {
  const r = run(command, args, cwd, timeout);
  if (r.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) exited with ${r.status}\n${r.stdout}\n${r.stderr}`,
    );
  }
  return r.stdout;
}

/** Run a command line written in the README (plain words, no quoting) in the project. */
function readmeCommand(line: string): string {
  expect(COMMANDS).toContain(line);
  const [command = "", ...args] = line.split(/\s+/);
  return ok(command, args, project, 180_000);
}

let base = "";
let staging = "";
let project = "";
let installed = "";
let packed: string[] = [];

const STAGING_SKIP = new Set(["node_modules", ".git", "dist", "dist-bench", "coverage"]);

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "newsgraph-installed-"));
  // Pack a copy of the work tree without dist/, so the tarball's dist/ can only come from the prepare
  // script that `npm pack` runs (the same script npm runs when installing from git). The copy borrows
  // this repository's node_modules for the compiler.
  staging = join(base, "package");
  cpSync(ROOT, staging, {
    recursive: true,
    filter: (source) => !STAGING_SKIP.has(relative(ROOT, source).split(sep)[0] ?? ""),
  });
  symlinkSync(join(ROOT, "node_modules"), join(staging, "node_modules"), "dir");
  const out = ok("npm", ["pack", "--json", "--pack-destination", base], staging, 180_000);
  // The prepare script's own output (if any) comes before npm's JSON.
  const json = JSON.parse(out.slice(out.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
  expect(json[0]?.filename).toBe(TARBALL);
  packed = (json[0]?.files ?? []).map((f) => f.path).sort();

  // A fresh project under a path with a space and a "#" (npm init needs a valid name for the folder
  // itself), and the README's install command in it.
  project = join(base, "ng test #1", "app");
  mkdirSync(project, { recursive: true });
  ok("npm", ["init", "-y"], project);
  copyFileSync(join(base, TARBALL), join(project, TARBALL));
  readmeCommand(`npm install ./${TARBALL}`);
  installed = join(project, "node_modules", PKG.name);
}, 240_000);

afterAll(() => {
  // NEWSGRAPH_KEEP_INSTALLED=1 keeps the packed and installed project for a look after a failure.
  if (process.env.NEWSGRAPH_KEEP_INSTALLED) console.log(`kept ${base}`);
  else if (base !== "") rmSync(base, { recursive: true, force: true });
  // Three installed projects: removing them takes longer than a hook's default 10 s on a busy machine.
}, 120_000);

const bin = () => join(project, "node_modules", ".bin", "newsgraph");
/** `npx newsgraph …` (npm_config_yes=false: a missing local bin fails instead of coming from the registry). */
const npx = (...args: string[]) => run("npx", ["newsgraph", ...args], project);
const output = (r: Ran) => `${r.stdout}${r.stderr}`;

describe("the packed tarball", () => {
  it("holds a freshly compiled dist/, the data, ontology, queries and article text, and no sources", () => {
    for (const f of [
      "package.json",
      "README.md",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cli/bin.js",
      "data/zelensky-aide-neutrality.nt",
      "data/context.jsonld",
      "ontology/newsgraph.ttl",
      "ontology/newsgraph.shapes.ttl",
      "queries/russia-demands.rq",
      "src/articles/zelensky-aide-neutrality.txt",
    ])
      expect(packed).toContain(f);
    expect(packed.filter((f) => /^src\/.*\.ts$/.test(f))).toEqual([]);
    // dist/ is exactly the compiled src/: one .js per module, nothing stale.
    const sources = (dir: string): string[] =>
      readdirSync(join(staging, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? sources(join(dir, e.name))
          : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")
            ? [join(dir, e.name)]
            : [],
      );
    const expected = sources("src")
      .map((f) =>
        f
          .split(sep)
          .join("/")
          .replace(/^src\//, "dist/")
          .replace(/\.ts$/, ".js"),
      )
      .sort();
    expect(packed.filter((f) => f.startsWith("dist/") && f.endsWith(".js"))).toEqual(expected);
  });
});

describe("the installed command", { timeout: 180_000 }, () => {
  it("is npm's bin symlink into the package", () => {
    expect(project).toMatch(/ .*#|#.* /);
    expect(lstatSync(bin()).isSymbolicLink()).toBe(true);
    expect(realpathSync(bin())).toBe(realpathSync(join(installed, "dist", "cli", "bin.js")));
  });

  it("prints its usage and commands for --help, through npx and through node_modules/.bin", () => {
    expect(readmeCommand("npx newsgraph --help")).toMatch(/usage/i);
    for (const r of [npx("--help"), run(bin(), ["--help"], project)]) {
      expect(r.status, output(r)).toBe(0);
      expect(r.stdout).toMatch(/usage/i);
      for (const command of ["build", "check", "queries", "query", "export", "load"])
        expect(r.stdout).toContain(command);
    }
  });

  it("checks the installed data: passes as shipped, fails naming the one altered file", () => {
    const shipped = join(installed, "data");
    expect(readmeCommand("npx newsgraph check --data node_modules/newsgraph/data")).not.toContain("    at ");
    expect(run(bin(), ["check", "--data", shipped], project).status).toBe(0);

    const copy = join(project, "data copy #2");
    cpSync(shipped, copy, { recursive: true });
    const altered = "zelensky-aide-neutrality.ttl";
    writeFileSync(join(copy, altered), `${readFileSync(join(copy, altered), "utf8")}# altered\n`);
    const r = npx("check", "--data", copy);
    expect(r.status, output(r)).not.toBe(0);
    const lines = output(r).split("\n");
    expect(lines.filter((l) => l.includes(altered))).toHaveLength(1);
    for (const other of readdirSync(shipped).filter((f) => f !== altered))
      expect(output(r)).not.toContain(other);
    expect(output(r)).not.toContain("    at ");
  });

  it("runs from a global install (npm install -g), through the global bin symlink", () => {
    const prefix = join(base, "global prefix #%?");
    mkdirSync(prefix, { recursive: true });
    ok("npm", ["install", "-g", "--prefix", prefix, "--prefer-offline", join(base, TARBALL)], base, 180_000);
    const globalBin = join(prefix, "bin", "newsgraph");
    expect(lstatSync(globalBin).isSymbolicLink()).toBe(true);
    const help = run(globalBin, ["--help"], base);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: newsgraph /);
    const failing = run(globalBin, ["query", "statementBy", "x"], base);
    expect(failing.status).toBe(2);
    expect(failing.stderr).toMatch(/did you mean statementsBy/);
  });

  it("never writes into its own files: build needs --out, --write-expected is refused", () => {
    const before = readFileSync(join(installed, "queries", "tensions.srj"), "utf8");
    const build = npx("build");
    expect(build.status).toBe(2);
    expect(build.stderr.split("\n")[0]).toBe(
      "newsgraph: build: the package is installed: say where to write the release with --out DIR (it is not written into node_modules)",
    );
    const rewrite = npx("queries", "--write-expected");
    expect(rewrite.status).toBe(2);
    expect(rewrite.stderr).toMatch(
      /^newsgraph: --write-expected: rewrites the package's own expected results/,
    );
    expect(readFileSync(join(installed, "queries", "tensions.srj"), "utf8")).toBe(before);
  });

  it("says when a relative path is read from the package because it is not in the current folder", () => {
    const r = npx("query", "queries/meetings.rq", "--format", "csv");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `newsgraph: note: queries/meetings.rq is not in this folder: reading the package's ${join(installed, "queries", "meetings.rq")}\n`,
    );
  });

  it("refuses an unknown command on stderr, without a stack trace", () => {
    const r = npx("frobnicate");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("frobnicate");
    expect(output(r)).not.toContain("    at ");
  });

  it("answers a query with a named helper", () => {
    const stdout = readmeCommand("npx newsgraph query demandsOf state:russia");
    expect(stdout).toContain("Ukraine becomes neutral");
    const r = npx("query", "demandsOf", "state:russia");
    expect(r.status, output(r)).toBe(0);
    expect(r.stdout).toContain("Ukraine becomes neutral");
  });

  it("exports the article graph as N-Triples: the installed .nt file's triples", () => {
    const r = run(bin(), ["export", "--format", "ntriples"], project);
    expect(r.status, r.stderr).toBe(0);
    const triples = new Parser({ format: "N-Triples" }).parse(r.stdout);
    const file = readFileSync(join(installed, "data", "zelensky-aide-neutrality.nt"), "utf8");
    expect(triples.length).toBe(file.split("\n").filter((l) => l.trim() !== "").length);
    expect(new Set(r.stdout.split("\n"))).toEqual(new Set(file.split("\n")));
  });
});

/** Files reachable through the subpath exports, and where they are in the repository. */
const SUBPATHS: Record<string, string> = {
  "newsgraph/data/zelensky-aide-neutrality.ttl": "data/zelensky-aide-neutrality.ttl",
  "newsgraph/data/zelensky-aide-neutrality.nt": "data/zelensky-aide-neutrality.nt",
  "newsgraph/data/context.jsonld": "data/context.jsonld",
  "newsgraph/data/newsgraph.nq": "data/newsgraph.nq",
  "newsgraph/ontology/newsgraph.ttl": "ontology/newsgraph.ttl",
  "newsgraph/ontology/newsgraph.shapes.ttl": "ontology/newsgraph.shapes.ttl",
  "newsgraph/queries/russia-demands.rq": "queries/russia-demands.rq",
  "newsgraph/queries/russia-demands.srj": "queries/russia-demands.srj",
  "newsgraph/articles/zelensky-aide-neutrality.txt": "src/articles/zelensky-aide-neutrality.txt",
  "newsgraph/package.json": "package.json",
};

/** What the README names for use as a library. */
const LIBRARY = [
  "toTurtle",
  "toTrig",
  "toNTriples",
  "toNQuads",
  "toJsonLd",
  "canonical",
  "streamNQuads",
  "uploadGraphs",
  "loadIntoOxigraph",
  "oxigraphStore",
  "selectJson",
  "NewsStore",
  "Query",
  "v",
  "oneOrMore",
  "zeroOrMore",
  "jsValue",
  "findEntities",
  "postsHeldBy",
  "statementsBy",
  "statementsAbout",
  "demandsOf",
  "conditionsFor",
  "proposals",
  "attributionChain",
  "tensions",
  "timeline",
  "statementsOn",
  "statementsPerOutlet",
  "verbatimQuotes",
  "mentionsOf",
  "meetings",
  "unnamedSpeakers",
  "territoriesAndParts",
  "negotiationRounds",
  "ng",
  "oa",
  "rdf",
  "schema",
  "HELPERS",
  "zelenskyAideNeutrality",
];

/** Also public, for building a release in code. */
const ALSO = ["buildRelease", "parseTurtle", "sortQuads"];

describe("the installed library, from plain ESM", { timeout: 180_000 }, () => {
  it("exports everything the README names, runs the quickstart on the installed text, resolves the data", () => {
    for (const name of LIBRARY) expect(README).toMatch(new RegExp(`\\b${name}\\b`));
    const names = [...LIBRARY, ...ALSO];
    writeFileSync(
      join(project, "library.mjs"),
      `import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as newsgraph from "newsgraph";

const [names, specifiers] = JSON.parse(process.argv[2]);
const kinds = Object.fromEntries(names.map((name) => [name, typeof newsgraph[name]]));

// The quickstart, on the installed article text and the installed SPARQL question.
const read = (specifier) => readFileSync(new URL(import.meta.resolve(specifier)), "utf8");
const graph = newsgraph.zelenskyAideNeutrality.build(read("newsgraph/articles/zelensky-aide-neutrality.txt"));
const store = newsgraph.oxigraphStore(graph.quads);
const demands = newsgraph.selectJson(store, read("newsgraph/queries/russia-demands.rq"), "russia-demands");
const items = demands.results.bindings.map((row) => row.itemLabel?.value);
const turtle = newsgraph.toTurtle(graph.quads, { ng: "https://w3id.org/newsgraph/ontology#" });

const require = createRequire(import.meta.url);
const resolved = specifiers.map((specifier) => ({
  specifier,
  esm: fileURLToPath(import.meta.resolve(specifier)),
  cjs: require.resolve(specifier),
}));
console.log(JSON.stringify({ kinds, items, demand: turtle.includes("ng:Demand"), resolved }));
`,
    );
    const out = ok("node", ["library.mjs", JSON.stringify([names, Object.keys(SUBPATHS)])], project);
    const result = JSON.parse(out) as {
      kinds: Record<string, string>;
      items: string[];
      demand: boolean;
      resolved: { specifier: string; esm: string; cjs: string }[];
    };
    for (const name of names)
      expect([name, result.kinds[name]]).toEqual([name, expect.stringMatching(/^(function|object)$/)]);
    expect(result.items).toEqual([
      "Ukraine becomes neutral",
      "Ukraine recognizes Crimea as Russian territory",
      "Ukraine recognizes the independence of the Donetsk and Luhansk People's Republics",
    ]);
    expect(result.demand).toBe(true);
    for (const { specifier, esm, cjs } of result.resolved) {
      const inRepo = SUBPATHS[specifier] ?? "";
      expect(esm).toBe(cjs);
      expect(realpathSync(esm)).toBe(realpathSync(join(installed, inRepo)));
      expect(readFileSync(esm, "utf8")).toBe(readFileSync(join(staging, inRepo), "utf8"));
    }
  });

  it("runs the README's snippet that reads the installed files", () => {
    const [snippet] = blocks("js");
    expect(snippet).toBeDefined();
    writeFileSync(
      join(project, "read-files.mjs"),
      `${snippet}\nconsole.log(JSON.stringify({ text, turtle, shapesPath }));\n`,
    );
    const { text, turtle, shapesPath } = JSON.parse(ok("node", ["read-files.mjs"], project)) as Record<
      string,
      string
    >;
    expect(text).toBe(readFileSync(join(ROOT, "src", "articles", "zelensky-aide-neutrality.txt"), "utf8"));
    expect(turtle).toBe(readFileSync(join(installed, "data", "zelensky-aide-neutrality.ttl"), "utf8"));
    expect(shapesPath).toBe(join(installed, "ontology", "newsgraph.shapes.ttl"));
  });
});

/** A consumer of the public types: wrong calls must not compile, so nothing may have decayed to `any`. */
const CONSUMER = `import { createWriteStream, readFileSync } from "node:fs";
import {
  canonical,
  type EntityMatch,
  type FindOptions,
  findEntities,
  findSpan,
  type GraphStoreOptions,
  type GraphUpload,
  jsValue,
  loadIntoOxigraph,
  NewsStore,
  type NQuadsSink,
  ng,
  Query,
  type Release,
  type SparqlJsonResults,
  type StatementSummary,
  type StreamNQuadsOptions,
  selectJson,
  statementsBy,
  streamNQuads,
  toNTriples,
  toTurtle,
  type UploadResult,
  uploadGraphs,
  v,
  zelenskyAideNeutrality,
} from "newsgraph";

const turtleText = readFileSync(new URL(import.meta.resolve("newsgraph/data/zelensky-aide-neutrality.ttl")), "utf8");
const store = new NewsStore().load(turtleText, "turtle", "zelensky-aide-neutrality.ttl");

const matches: EntityMatch[] = findEntities(store, "Zelensky");
const said: StatementSummary[] = matches[0] ? statementsBy(store, matches[0].entity) : [];
export const statements = said.map((s) => s.summary.value);

const rows = Query.on(store)
  .where([v("statement"), ng("speaker"), v("speaker")])
  .optional([v("statement"), ng("carriedBy"), v("outlet")])
  .rows();
export const speakers = new Set(rows.map((row) => row.speaker.value)).size;
// Compiled, never called: each of these must be a type error.
export function misuses(): void {
  // @ts-expect-error: a row has only the query's variables
  rows[0]?.nothing;
  // @ts-expect-error: findEntities takes a NewsStore
  findEntities("a store", "Zelensky");
  // @ts-expect-error: the store's n3 index is n3's typed Store, not any
  store.n3.noSuchMethod();
  // @ts-expect-error: streamNQuads needs a sink with write and drain
  streamNQuads(store, {});
}
export const indexSize: number = store.n3.size;

const text = readFileSync(new URL(import.meta.resolve("newsgraph/articles/zelensky-aide-neutrality.txt")), "utf8");
const graph = zelenskyAideNeutrality.build(text);
const where: FindOptions = { occurrence: 1 };
export const span = findSpan(graph, "neutrality", where);
export const turtle: string = toTurtle(graph.quads, { ng: "https://w3id.org/newsgraph/ontology#" });
export const ntriples: string = toNTriples(graph.quads);
export const fingerprint: string = (await canonical(graph.quads)).sha256;

const oxigraph = loadIntoOxigraph(graph.quads);
const results: SparqlJsonResults = selectJson(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "count");
export const count = Number(results.results.bindings[0]?.n?.value);
export const firstSummary = said[0] ? jsValue(said[0].summary) : undefined;

const file = createWriteStream(new URL("../streamed.nq", import.meta.url));
const sink: NQuadsSink = file;
const options: StreamNQuadsOptions = { chunkBytes: 4096 };
export const streamed: number = await streamNQuads(store, sink, options);
await new Promise<void>((resolve) => file.end(resolve));

// Typed, not run: there is no server here.
const endpoint: GraphStoreOptions = { endpoint: "http://localhost:7878/store", retries: 0 };
export const upload = (graphs: readonly GraphUpload[]): Promise<UploadResult[]> => uploadGraphs(graphs, endpoint);
export type Files = Release["files"];
`;

describe("the installed library, from strict TypeScript", { timeout: 180_000 }, () => {
  let compiled: Ran = { status: null, stdout: "", stderr: "" };

  beforeAll(() => {
    readmeCommand("npm install --save-dev typescript@5.9.3");
    readmeCommand("npm pkg set type=module");
    const [tsconfig] = blocks("json");
    expect(tsconfig).toBeDefined();
    writeFileSync(join(project, "tsconfig.json"), tsconfig ?? "");
    mkdirSync(join(project, "src"), { recursive: true });
    // The README's examples, reading the installed files instead of the repository's (as it says).
    for (const example of ["quickstart", "helpers"]) {
      const source = readFileSync(join(ROOT, "test", "examples", `${example}.ts`), "utf8");
      const adapted = source.replace(
        /new URL\(\s*"\.\.\/\.\.\/(?:src\/)?(articles|data)\/([^"]+)",\s*import\.meta\.url,?\s*\)/g,
        (_, dir: string, name: string) => `new URL(import.meta.resolve("newsgraph/${dir}/${name}"))`,
      );
      expect(adapted, `test/examples/${example}.ts reads no file`).not.toBe(source);
      writeFileSync(join(project, "src", `${example}.ts`), adapted);
    }
    writeFileSync(join(project, "src", "consumer.ts"), CONSUMER);
    compiled = run("npx", ["tsc", "-p", "."], project, 180_000);
  }, 240_000);

  it("needs no @types package but those newsgraph depends on", () => {
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort()).toEqual([
      "newsgraph",
      "typescript",
    ]);
    // What the README says installing newsgraph brings for its declarations.
    for (const types of ["@rdfjs/types", "@types/n3", "@types/node"])
      expect(existsSync(join(project, "node_modules", types, "package.json")), types).toBe(true);
  });

  it("has declarations that import only packages newsgraph depends on, and nothing from Node.js", () => {
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const declarations = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? declarations(join(dir, e.name))
          : e.name.endsWith(".d.ts")
            ? [join(dir, e.name)]
            : [],
      );
    const imported = new Set<string>();
    for (const file of declarations(join(installed, "dist"))) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/\/\/\/\s*<reference/);
      const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      for (const m of code.matchAll(/(?:from|import\()\s*"([^"]+)"/g))
        if (!m[1]?.startsWith(".")) imported.add(m[1] ?? "");
    }
    expect(imported.size).toBeGreaterThan(0);
    for (const specifier of imported) {
      // The package a specifier names must be a dependency, and its types must come with it or from its
      // @types/ package, also a dependency.
      const name = specifier
        .split("/")
        .slice(0, specifier.startsWith("@") ? 2 : 1)
        .join("/");
      expect(Object.keys(manifest.dependencies), `${specifier}: not a dependency`).toContain(name);
      const own = JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8")) as {
        types?: string;
        typings?: string;
      };
      const typed = own.types !== undefined || own.typings !== undefined;
      const typesPackage = `@types/${name.replace(/^@/, "").replace("/", "__")}`;
      expect(
        typed || typesPackage in manifest.dependencies,
        `${specifier}: untyped without ${typesPackage}`,
      ).toBe(true);
    }
  });

  it("compiles with the README's tsconfig", () => {
    expect(compiled.status, compiled.stdout + compiled.stderr).toBe(0);
  });

  it("compiles newsgraph's own declarations without skipLibCheck (only Oxigraph's need it)", () => {
    const r = run("npx", ["tsc", "-p", ".", "--noEmit", "--skipLibCheck", "false"], project, 180_000);
    const errors = r.stdout.split("\n").filter((l) => /error TS\d+/.test(l));
    expect(errors.filter((l) => !l.startsWith("node_modules/oxigraph/"))).toEqual([]);
    // What the README says of them.
    expect(errors.some((l) => l.includes("UInt8Array"))).toBe(true);
  });

  it("runs the README's quickstart (as its tsc output, as the README says) and the examples", () => {
    expect(readmeCommand("node out/quickstart.js")).toBe("");
    const script = `const quickstart = await import("./out/quickstart.js");
const helpers = await import("./out/helpers.js");
const consumer = await import("./out/consumer.js");
console.log(JSON.stringify({
  items: quickstart.items,
  demand: quickstart.turtle.includes("ng:Demand"),
  said: helpers.said,
  perOutlet: helpers.perOutlet,
  firstQuoteStart: helpers.firstQuoteStart,
  statements: consumer.statements,
  speakers: consumer.speakers,
  indexSize: consumer.indexSize,
  span: consumer.span,
  ntriples: consumer.ntriples.length > 0,
  fingerprint: consumer.fingerprint,
  count: consumer.count,
  firstSummary: consumer.firstSummary,
  streamed: consumer.streamed,
}));
`;
    writeFileSync(join(project, "run-examples.mjs"), script);
    const r = JSON.parse(ok("node", ["run-examples.mjs"], project)) as Record<string, unknown>;
    expect(r.items).toEqual([
      "Ukraine becomes neutral",
      "Ukraine recognizes Crimea as Russian territory",
      "Ukraine recognizes the independence of the Donetsk and Luhansk People's Republics",
    ]);
    expect(r.demand).toBe(true);
    expect(r.said).toEqual([
      "Zelensky: Ukraine is ready to discuss with Russia the future of Crimea and Donbas",
      "Zelensky: he has cooled down on the idea of Ukraine joining NATO",
    ]);
    expect(r.perOutlet).toEqual([
      ["axios", 2],
      ["bloomberg", 2],
      ["the-times-of-israel", 2],
    ]);
    expect(r.firstQuoteStart).toBe(304);
    expect(r.statements).toEqual(r.said);
    expect(r.firstSummary).toBe((r.said as string[])[0]);
    expect(r.speakers).toBeGreaterThan(1);
    expect(r.ntriples).toBe(true);
    expect(r.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const nt = readFileSync(join(installed, "data", "zelensky-aide-neutrality.nt"), "utf8");
    const triples = nt.split("\n").filter((l) => l !== "").length;
    expect(r.count).toBe(triples);
    expect(r.indexSize).toBe(triples);
    expect(r.streamed).toBe(triples);
    expect(
      readFileSync(join(project, "streamed.nq"), "utf8")
        .split("\n")
        .filter((l) => l !== ""),
    ).toHaveLength(triples);
    expect(existsSync(join(project, "out", "consumer.js"))).toBe(true);
  });

  it("cannot run TypeScript with Node.js 20 itself, as the README says", () => {
    expect(INSTALL).toContain("Node.js 20 cannot run `.ts` files itself");
    if (Number(process.versions.node.split(".")[0]) === 20)
      expect(run("node", ["--experimental-strip-types", "-e", "0"], project).status).not.toBe(0);
  });
});

/** Every `newsgraph` command line in the README's shell blocks (comments dropped), as written. */
const README_COMMAND_LINES = [...README.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => (m[1] ?? "").split("\n"))
  .map((l) => l.replace(/\s+#\s.*$/, "").trim())
  .filter((l) => /(^|\| )npx newsgraph /.test(l));

function runShell(line: string, cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-c", line], { cwd, env: ENV });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString("utf8");
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe("every newsgraph command in the README, in the installed project", { timeout: 180_000 }, () => {
  it("finds the command lines", () => {
    expect(README_COMMAND_LINES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(README_COMMAND_LINES)("%s", async (line) => {
    // The Graph Store upload goes to the address the README names: a loopback test server there.
    const { startServer } = await import("./load/gsp-server.js");
    // A helper run against a query endpoint (--endpoint …/query): a loopback SPARQL endpoint there, holding
    // the release over the union of its graphs.
    const remote = / query .*--endpoint http:\/\/127\.0\.0\.1:7878\/query/.test(line);
    const server = line.includes("127.0.0.1:7878") && !remote ? await startServer({}, 7878) : undefined;
    const endpoint = remote ? await releaseEndpoint(7878) : undefined;
    try {
      const r = await runShell(line, project);
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(`${r.stdout}${r.stderr}`.trim().length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      if (remote) expect(r.stdout).toContain("Ukraine becomes neutral");
    } finally {
      await server?.close();
      await endpoint?.close();
    }
  });
});

// ── Authoring from the installed package (issue #10): docs/authoring.md, followed in a fresh project that
// installs the tarball — scaffold, write the guide's statements, build, validate, query next to the
// bundled article — every command exactly as the guide writes it.
describe("authoring an article from the installed package, as docs/authoring.md says", {
  timeout: 240_000,
}, () => {
  let app = "";
  const guideLine = (prefix: string) => {
    const line = GUIDE_COMMANDS.find((l) => l.startsWith(prefix));
    expect(line, `docs/authoring.md has a "${prefix}…" command`).toBeDefined();
    return line ?? "";
  };

  beforeAll(() => {
    app = join(base, "authoring app");
    mkdirSync(app, { recursive: true });
    ok("npm", ["init", "-y"], app);
    ok("npm", ["install", "--prefer-offline", join(base, TARBALL)], app, 180_000);
  }, 240_000);

  it("ships the guide and its text", () => {
    for (const f of ["docs/authoring.md", "docs/authoring/talks-report.txt"]) expect(packed).toContain(f);
  });

  it("scaffolds, builds alone, takes the guide's statements, builds with the bundled article, validates and queries both", async () => {
    const scaffolded = await runShell(guideLine("npx newsgraph new "), app);
    expect(scaffolded.status, output(scaffolded)).toBe(0);
    const module = join(app, "articles", "talks-report.ts");
    const scaffold = readFileSync(module, "utf8");
    expect(scaffold).toMatch(/from "newsgraph";/);

    const known = await runShell(guideLine("npx newsgraph known "), app);
    expect(known.status, output(known)).toBe(0);
    expect(known.stdout).toBe(marked("known output")[0]);

    const anchors = await runShell(guideLine("npx newsgraph anchor "), app);
    expect(anchors.status, output(anchors)).toBe(0);
    expect(anchors.stdout).toBe(marked("anchor output")[0]);

    writeFileSync(module, assemble(scaffold));
    const built = await runShell(guideLine("npx newsgraph build "), app);
    expect(built.status, output(built)).toBe(0);
    expect(built.stdout).toContain("talks-report:");
    expect(built.stdout).toContain("zelensky-aide-neutrality:");
    expect(built.stderr).not.toMatch(/\n\s+at /);
    for (const f of ["talks-report.ttl", "zelensky-aide-neutrality.ttl", "newsgraph.nq", "void.ttl"])
      expect(existsSync(join(app, "release", f)), f).toBe(true);

    const validated = await runShell(guideLine("npx newsgraph validate "), app);
    expect(validated.status, output(validated)).toBe(0);

    const queried = await runShell(`${guideLine("npx newsgraph query ")} --format csv`, app);
    expect(queried.status, output(queried)).toBe(0);
    const lines = queried.stdout.split("\n");
    const column = (lines[0] ?? "").split(",").indexOf("statement");
    expect(column).toBeGreaterThanOrEqual(0);
    const statements = lines.map((l) => l.split(",")[column] ?? "");
    expect(statements.filter((s) => s.includes("/article/talks-report/"))).toHaveLength(7);
    expect(statements.filter((s) => s.includes("/article/zelensky-aide-neutrality/")).length).toBeGreaterThan(
      3,
    );
  });

  it("writes each article's page and picture with the release, and newsgraph view makes them as the README says", async () => {
    for (const slug of ["talks-report", "zelensky-aide-neutrality"])
      for (const ext of ["html", "svg"])
        expect(existsSync(join(app, "release", `${slug}.${ext}`)), `${slug}.${ext}`).toBe(true);
    // The README's "See it" commands, exactly as written (comments dropped).
    const section = README.slice(
      README.indexOf("\n## See it"),
      README.indexOf("\n## ", README.indexOf("\n## See it") + 1),
    );
    const commands = section
      .split("\n")
      .map((l) => l.replace(/\s+#.*$/, "").trim())
      .filter((l) => l.startsWith("npx newsgraph view"));
    expect(commands).toEqual([
      "npx newsgraph view release/talks-report.ttl --out talks-report.html",
      "npx newsgraph view",
    ]);
    for (const command of commands) {
      const r = await runShell(command, app);
      expect(r.status, output(r)).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^wrote .*\.html \(\d+ statements, .*\nopen file:\/\/.*\.html in a browser/);
    }
    // The page of the graph the user built is the page the build wrote; the bundled one is the shipped one.
    expect(readFileSync(join(app, "talks-report.html"), "utf8")).toBe(
      readFileSync(join(app, "release", "talks-report.html"), "utf8"),
    );
    expect(readFileSync(join(app, "talks-report.svg"), "utf8")).toBe(
      readFileSync(join(app, "release", "talks-report.svg"), "utf8"),
    );
    const shipped = join(app, "node_modules", "newsgraph", "data");
    for (const ext of ["html", "svg"])
      expect(readFileSync(join(app, `zelensky-aide-neutrality.${ext}`), "utf8")).toBe(
        readFileSync(join(shipped, `zelensky-aide-neutrality.${ext}`), "utf8"),
      );
  });

  it("reads newsgraph.config.json when no article is named, and refuses a text the module was not written for", async () => {
    writeFileSync(
      join(app, "newsgraph.config.json"),
      JSON.stringify({ articles: ["articles"], bundled: false, out: "mine" }),
    );
    const built = await runShell("npx newsgraph build", app);
    expect(built.status, output(built)).toBe(0);
    expect(built.stderr).toBe("newsgraph: note: reading newsgraph.config.json from this folder\n");
    expect(existsSync(join(app, "mine", "talks-report.ttl"))).toBe(true);
    expect(existsSync(join(app, "mine", "zelensky-aide-neutrality.ttl"))).toBe(false);

    const text = join(app, "articles", "talks-report.txt");
    writeFileSync(text, `${readFileSync(text, "utf8")} Edited.`);
    const refused = await runShell("npx newsgraph build", app);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^newsgraph: note: [^\n]*\nnewsgraph: articles\/talks-report\.txt: SHA-256 [0-9a-f]{64} differs from [0-9a-f]{64}, the textSha256 of articles\/talks-report\.ts/,
    );
  });
});
/** A SPARQL endpoint on loopback holding the release (data/newsgraph.nq) over the union of its graphs. */
async function releaseEndpoint(port: number) {
  const { default: ox } = await import("oxigraph");
  const { startSparqlServer } = await import("../bench/sparql-server.js");
  const store = new ox.Store();
  store.load(readFileSync(join(ROOT, "data", "newsgraph.nq"), "utf8"), { format: "application/n-quads" });
  return startSparqlServer(store, { port });
}
