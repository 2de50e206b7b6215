import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

/**
 * Every JSDoc `@example` in src/ compiles against the package as users get it.
 *
 * Each example becomes the body of an `async` function in a generated module (kept in memory, never
 * written): the module imports every export of the package entry and of the example's own file, declares
 * the few free variables examples share (the PRELUDE below), and hoists the example's own `import` and
 * `declare` statements (`declare const cooled: Ref<"statement">;` states an input without building it).
 * All examples are type-checked together in one program with the repository's compiler options.
 */

const SRC = join(ROOT, "src");
/** Where the generated modules live (in memory only): inside the repository, so that NodeNext reads its
 * package.json ("type": "module") and relative imports resolve as they do from a test file. */
const VIRTUAL_DIR = join(ROOT, "test", "docs", "__examples__");

/** Free variables that examples may use without defining them; anything else an example defines itself. */
const PRELUDE = `import type { Quad } from "@rdfjs/types";
declare const g: GraphBuilder;
declare const store: NewsStore;
declare const text: string;
declare const quads: Quad[];
declare const release: Release;`;
const PRELUDE_NAMES = new Set(["Quad", "g", "store", "text", "quads", "release"]);

interface Example {
  /** Path of the source file, relative to the repository. */
  readonly file: string;
  /** 1-based line in the source file of the example's first line of code. */
  readonly line: number;
  readonly code: string;
}

/** The @example blocks of one source file, with their positions, read from the compiler's JSDoc nodes. */
function examplesOf(sf: ts.SourceFile): Example[] {
  const out: Example[] = [];
  const seen = new Set<number>();
  const visit = (node: ts.Node): void => {
    for (const tag of ts.getJSDocTags(node)) {
      // A tag can be reached from more than one node (a variable statement and its declaration).
      if (tag.tagName.text !== "example" || seen.has(tag.pos)) continue;
      seen.add(tag.pos);
      const code = ts.getTextOfJSDocComment(tag.comment) ?? "";
      const firstLine = code.split("\n").find((l) => l.trim() !== "") ?? "";
      const at = firstLine === "" ? tag.tagName.end : sf.text.indexOf(firstLine.trim(), tag.tagName.end);
      out.push({
        file: relative(ROOT, sf.fileName),
        line: sf.getLineAndCharacterOfPosition(at < 0 ? tag.tagName.end : at).line + 1,
        code,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The repository's compiler options (strict, NodeNext, `paths`: "newsgraph" → src/index.ts). */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, configPath);
  return { ...parsed.options, noEmit: true, skipLibCheck: true };
}

/** A compiler host that serves generated modules from memory and parses each real file once. */
function memoryHost(options: ts.CompilerOptions, virtual: Map<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const parsed = new Map<string, ts.SourceFile | undefined>();
  return {
    ...host,
    fileExists: (f) => virtual.has(f) || host.fileExists(f),
    readFile: (f) => virtual.get(f) ?? host.readFile(f),
    getSourceFile: (f, lang, onError) => {
      const text = virtual.get(f);
      if (text !== undefined) return ts.createSourceFile(f, text, lang, true);
      if (!parsed.has(f)) parsed.set(f, host.getSourceFile(f, lang, onError));
      return parsed.get(f);
    },
  };
}

/** A module's exports, split into those with a value (imported plainly) and type-only ones. */
function exportsOf(checker: ts.TypeChecker, sf: ts.SourceFile): { values: string[]; types: string[] } {
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  const values: string[] = [];
  const types: string[] = [];
  for (const s of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    if (s.name === "default") continue;
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(s.name);
  }
  return { values, types };
}

/** Import lines for names, leaving out those already bound in the module. */
function importLines(from: string, names: { values: string[]; types: string[] }, bound: Set<string>): string {
  const values = names.values.filter((n) => !bound.has(n));
  const types = names.types.filter((n) => !bound.has(n));
  for (const n of [...values, ...types]) bound.add(n);
  return [
    values.length > 0 ? `import { ${values.join(", ")} } from "${from}";` : "",
    types.length > 0 ? `import type { ${types.join(", ")} } from "${from}";` : "",
  ]
    .filter((l) => l !== "")
    .join("\n");
}

/**
 * An example's own top-level `import` and `declare` statements, which cannot stand in a function body:
 * they are hoisted to the module, each line keeping the line of the example it came from.
 */
function hoistedStatements(code: string): { lines: Map<number, string>; names: Set<string> } {
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true);
  const lines = new Map<number, string>();
  const names = new Set<string>();
  const bind = (name: ts.BindingName | ts.Identifier | undefined) => {
    if (name !== undefined && ts.isIdentifier(name)) names.add(name.text);
  };
  for (const st of sf.statements) {
    const declared =
      ts.canHaveModifiers(st) &&
      (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
    if (!ts.isImportDeclaration(st) && !declared) continue;
    const first = sf.getLineAndCharacterOfPosition(st.getStart(sf)).line;
    for (const [i, text] of st.getText(sf).split("\n").entries()) lines.set(first + i, text);
    if (ts.isImportDeclaration(st)) {
      const clause = st.importClause;
      bind(clause?.name);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) bind(bindings.name);
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) bind(e.name);
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) bind(d.name);
    } else if (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) {
      bind(st.name);
    }
  }
  return { lines, names };
}

/** One line of a generated module: its text and, for lines of the example, the example's line index. */
interface Line {
  readonly text: string;
  readonly origin?: number;
}

/** The generated module for one example. */
function generate(
  example: Example,
  fromSource: string,
  entryExports: { values: string[]; types: string[] },
  own: { values: string[]; types: string[] },
): Line[] {
  const hoisted = hoistedStatements(example.code);
  const bound = new Set([...PRELUDE_NAMES, ...hoisted.names]);
  const plain = (block: string): Line[] => (block === "" ? [] : block.split("\n").map((text) => ({ text })));
  return [
    ...[...hoisted.lines].map(([origin, text]) => ({ text, origin })),
    ...plain(importLines("newsgraph", entryExports, bound)),
    ...plain(importLines(fromSource, own, bound)),
    ...plain(PRELUDE),
    { text: "export async function example() {" },
    ...example.code
      .split("\n")
      .map((text, origin) => ({ text: hoisted.lines.has(origin) ? "" : text, origin })),
    { text: "}" },
  ];
}

function checkExamples(): { examples: Example[]; failures: string[] } {
  const options = compilerOptions();
  const sourceFiles = readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(SRC, f))
    .sort();
  const entry = join(SRC, "index.ts");
  const virtual = new Map<string, string>();
  const host = memoryHost(options, virtual);

  // First pass: the real sources only, to read their JSDoc and what each module exports.
  const base = ts.createProgram({ rootNames: sourceFiles, options, host });
  const checker = base.getTypeChecker();
  const entrySource = base.getSourceFile(entry);
  if (entrySource === undefined) throw new Error("src/index.ts is missing");
  const entryExports = exportsOf(checker, entrySource);

  const examples: Example[] = [];
  const generated = new Map<string, { example: Example; lines: Line[] }>();
  for (const file of sourceFiles) {
    const sf = base.getSourceFile(file);
    if (sf === undefined || sf.isDeclarationFile) continue;
    const own = exportsOf(checker, sf);
    const fromSource = relative(VIRTUAL_DIR, file).replace(/\.ts$/, ".js");
    for (const example of examplesOf(sf)) {
      examples.push(example);
      const lines = generate(example, fromSource, entryExports, own);
      const name = join(VIRTUAL_DIR, `${example.file.replace(/[/\\.]/g, "_")}_${example.line}.ts`);
      virtual.set(name, `${lines.map((l) => l.text).join("\n")}\n`);
      generated.set(name, { example, lines });
    }
  }

  // Second pass: every generated module in one program, reusing the parsed sources of the first.
  const program = ts.createProgram({
    rootNames: [...sourceFiles, ...virtual.keys()],
    options,
    host,
    oldProgram: base,
  });
  const failures: string[] = [];
  for (const [name, { example, lines }] of generated) {
    const sf = program.getSourceFile(name);
    if (sf === undefined) throw new Error(`${name} was not compiled`);
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const origin =
        d.start === undefined ? undefined : lines[sf.getLineAndCharacterOfPosition(d.start).line]?.origin;
      const where =
        origin === undefined ? `${example.line} (in the generated prelude)` : example.line + origin;
      failures.push(`${example.file}:${where}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    }
  }
  return { examples, failures };
}

describe("JSDoc examples", () => {
  let examples: Example[] = [];
  let failures: string[] = [];
  let seconds = "";
  beforeAll(() => {
    const started = performance.now();
    ({ examples, failures } = checkExamples());
    seconds = ((performance.now() - started) / 1000).toFixed(1);
  });

  it("are found in the sources, each with its file and line", () => {
    // A broken extractor would find nothing and pass the next test vacuously.
    expect(examples.length).toBeGreaterThan(50);
    for (const e of examples) expect(e.code.trim(), `${e.file}:${e.line}: empty @example`).not.toBe("");
    expect(new Set(examples.map((e) => `${e.file}:${e.line}`)).size).toBe(examples.length);
  });

  it("all compile against the package entry", () => {
    const report = failures.map((f) => `  ${f}`).join("\n");
    expect(
      failures.length,
      `${failures.length} diagnostics in ${examples.length} examples (checked in ${seconds} s):\n${report}\n`,
    ).toBe(0);
  });
});
