import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { ROOT, read } from "../helpers.js";

/**
 * Every identifier the README names as part of the library is exported from the package entry.
 *
 * Identifiers are read from the README's inline code and its ```ts blocks with the TypeScript parser, so
 * what counts as an identifier is decided by the language, not by a pattern:
 * - in a ```ts block: the names imported from "newsgraph", and free functions called without an import;
 * - in inline code that parses as an identifier, a call or a member chain (`postsHeldBy`, `jsValue(term)`,
 *   `Query.on(store)`): its head. Anything else — CLI lines, file names, IRIs, RDF terms (`ng:Statement`
 *   parses as a label), SPARQL — is not an expression of that shape and is skipped.
 * A head is then skipped when it is a JS global (`Date`); a word of package.json (a field such as `bin`,
 * a dependency such as `n3`, a script such as `prepare`); a lower_snake name (the package names functions
 * in camelCase and constants in UPPER_SNAKE, so `ld_dir` and `use_default_graph_as_union` are someone
 * else's); or, before a dot, a lower-case word (a variable or a module: `store.load(…)`,
 * `release.namedQuads`, `oxigraph.parse`).
 * A name passes when the entry exports it as a value (`name in api`) or as a type (read from
 * src/index.ts with the compiler API), or when it is a member of an exported class or interface
 * (`orderBy` of Query, `load` of NewsStore). What remains must be in the short allow-list below.
 */

/** Words the README names in code that are not package identifiers, and why. */
const NOT_OURS = new Map([
  ["DatasetCore", "the RDF/JS interface NewsStore implements (@rdfjs/types)"],
  ["addQuads", "n3's Store method, the baseline the benchmark compares with"],
  ["COUNT", "a SPARQL aggregate"],
  ...["INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "VALUES", "FROM", "GRAPH", "OPTIONAL"].map(
    (k) => [k, "a SPARQL keyword"] as [string, string],
  ),
  ["DirsAllowed", "a Virtuoso setting"],
  ["isql", "Virtuoso's SQL shell"],
  ["tsc", "the TypeScript compiler's command"],
  ["sudo", "the Unix command"],
  ["allowScripts", "an npm setting"],
  ["Store", "n3's store class (`NewsStore.n3`)"],
  ["chromium", "Debian's Chromium package, the browser the page is tested in"],
  ["dot", "Graphviz's layered layout engine"],
]);

interface Mention {
  readonly name: string;
  /** 1-based line of the README. */
  readonly line: number;
}

const parse = (code: string) => ts.createSourceFile("readme.ts", code, ts.ScriptTarget.Latest, true);
const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** Names imported from "newsgraph" and free functions called in a ```ts block. */
function fromCodeBlock(code: string, firstLine: number): Mention[] {
  const sf = parse(code);
  const bound = new Set<string>();
  const out: Mention[] = [];
  const at = (node: ts.Node) => firstLine + sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
  const bindName = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) bound.add(name.text);
    else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bindName(e.name);
  };
  const calls: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause) {
      const fromUs = ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === "newsgraph";
      const { name, namedBindings } = node.importClause;
      if (name) bound.add(name.text);
      if (namedBindings && ts.isNamespaceImport(namedBindings)) bound.add(namedBindings.name.text);
      if (namedBindings && ts.isNamedImports(namedBindings)) {
        for (const e of namedBindings.elements) {
          bound.add(e.name.text);
          if (fromUs) out.push({ name: (e.propertyName ?? e.name).getText(sf), line: at(e) });
        }
      }
    }
    if (ts.isVariableDeclaration(node) || ts.isParameter(node)) bindName(node.name);
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name)
      bound.add(node.name.text);
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) {
      calls.push(node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const id of calls) {
    if (!bound.has(id.text) && !(id.text in globalThis)) out.push({ name: id.text, line: at(id) });
  }
  return out;
}

/** The head of inline code that is an identifier, a call or a member chain; undefined for anything else. */
function headOf(code: string): { name: string; dotted: boolean } | undefined {
  // "…" stands for elided arguments (`groupBy(…).count(…)`).
  const source = code.replaceAll("…", "_");
  const sf = parse(source);
  const [st] = sf.statements;
  if (sf.statements.length !== 1 || st === undefined || !ts.isExpressionStatement(st)) return undefined;
  let e: ts.Expression = st.expression;
  let dotted = false;
  for (;;) {
    if (ts.isIdentifier(e)) break;
    if (ts.isPropertyAccessExpression(e)) dotted = true;
    else if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return undefined;
    e = e.expression;
  }
  // A syntax error (`queries/*.rq` opens a comment) means it was not code.
  const { diagnostics } = ts.transpileModule(source, {
    reportDiagnostics: true,
    compilerOptions: { noLib: true, noResolve: true },
  });
  return diagnostics?.length === 0 ? { name: e.text, dotted } : undefined;
}

/** Every identifier the README names as part of the library, with its line. */
function readmeMentions(readme: string, packages: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  // Fenced blocks: ```ts is read as code, the rest (sh, tables, layout) is not the library's API.
  const prose = readme.replace(
    /^```(\w*)\n([\s\S]*?)^```$/gm,
    (block, lang: string, code: string, index: number) => {
      if (lang === "ts" || lang === "typescript") out.push(...fromCodeBlock(code, lineOf(readme, index) + 1));
      return block.replace(/[^\n]/g, " ");
    },
  );
  // Inline code may wrap onto the next line, never across a paragraph.
  for (const m of prose.matchAll(/`([^`\n]+(?:\n[^`\n]+)*)`/g)) {
    const head = headOf(m[1] ?? "");
    if (head === undefined) continue;
    const { name, dotted } = head;
    if (/_/.test(name) && /[a-z]/.test(name)) continue; // lower_snake: not this package's naming
    if (name in globalThis || packages.has(name)) continue;
    if (dotted && /^[a-z][a-z0-9]*$/.test(name)) continue; // a variable or module before a dot
    out.push({ name, line: lineOf(prose, m.index) });
  }
  return out;
}

/** A member users can reach: not private, protected or #private. */
const isPublic = (member: ts.Symbol) =>
  !member.name.startsWith("__#") &&
  (member.declarations ?? []).every(
    (d) => !(ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)),
  );

/** What src/index.ts exports as types, and the members of its exported classes and interfaces. */
function entryTypes(): { types: Set<string>; members: Set<string> } {
  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, configPath);
  const entry = join(ROOT, "src", "index.ts");
  const program = ts.createProgram({ rootNames: [entry], options: { ...options, noEmit: true } });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const types = new Set<string>();
  const members = new Set<string>();
  for (const s of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    if (target.flags & ts.SymbolFlags.Type) types.add(s.name);
    if (target.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
      const instance = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target));
      const statics =
        target.flags & ts.SymbolFlags.Class
          ? checker.getPropertiesOfType(checker.getTypeOfSymbol(target))
          : [];
      for (const p of [...instance, ...statics]) if (isPublic(p)) members.add(p.name);
    }
  }
  return { types, members };
}

/** Words of package.json: its fields, the package's name, its dependencies and its npm scripts. */
const manifest = JSON.parse(read("package.json")) as Record<string, unknown> & {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
};
const MANIFEST_WORDS = new Set([
  ...Object.keys(manifest),
  manifest.name,
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.devDependencies ?? {}),
  ...Object.keys(manifest.scripts ?? {}),
]);

describe("README identifiers", () => {
  let types = new Set<string>();
  let members = new Set<string>();
  let mentions: Mention[] = [];
  beforeAll(() => {
    ({ types, members } = entryTypes());
    mentions = readmeMentions(read("README.md"), MANIFEST_WORDS);
  });

  it("reads identifiers from code and skips what is not the library's", () => {
    const sample = [
      "Use `postsHeldBy`, `NewsStore`, `jsValue(term)`, `Query.on(store)`, `groupBy(…).count(…)` and",
      "`streamNQuads(quads,",
      "writable)`; not `ng:Statement`, `release.namedQuads`, `store.load(text)`, `use_default_graph_as_union`,",
      "`data/newsgraph.nq`, `npx newsgraph build`, `Date`, `n3`, `ORDER BY`, `https://w3id.org/` or `# x`.",
      "",
      "```ts",
      'import { readFileSync } from "node:fs";',
      'import { toTurtle } from "newsgraph";',
      "const text = readFileSync(new URL(import.meta.url));",
      "export const out = toTurtle(parseRdf(text), {});",
      "```",
      "",
      "```sh",
      "npx newsgraph export --format turtle",
      "```",
    ].join("\n");
    expect(readmeMentions(sample, MANIFEST_WORDS)).toEqual([
      { name: "toTurtle", line: 8 },
      { name: "parseRdf", line: 10 },
      { name: "postsHeldBy", line: 1 },
      { name: "NewsStore", line: 1 },
      { name: "jsValue", line: 1 },
      { name: "Query", line: 1 },
      { name: "groupBy", line: 1 },
      { name: "streamNQuads", line: 2 },
    ]);
  });

  it("are all exported from src/index.ts (as values, types or members of exported types)", () => {
    expect(mentions.length).toBeGreaterThan(30);
    const missing = mentions.filter(
      ({ name }) => !(name in api) && !types.has(name) && !members.has(name) && !NOT_OURS.has(name),
    );
    const names = [...new Set(missing.map((m) => m.name))];
    expect(
      names,
      `README names identifiers that src/index.ts does not export:\n${missing
        .map((m) => `  ${m.name} (README.md:${m.line})`)
        .join("\n")}`,
    ).toEqual([]);
  });

  it("keeps the allow-list to words the README still uses", () => {
    const mentioned = new Set(mentions.map((m) => m.name));
    expect([...NOT_OURS.keys()].filter((name) => !mentioned.has(name))).toEqual([]);
  });
});
