import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ARTICLES } from "../articles/index.js";
import { NewsgraphError } from "../errors.js";
import type { ReleaseInput, SourceArticle } from "../release/release.js";
import { articleViews } from "../view/views.js";

/** The package root: two levels above this file, whether it runs from `src/cli` or `dist/cli`. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The package's hand-written sources and its own files: never a place to write a release or an export. */
export const PROTECTED = [
  "src",
  "ontology",
  "queries",
  "test",
  "bench",
  ".ci",
  ".git",
  "package.json",
  "package-lock.json",
  "README.md",
  "tsconfig.json",
  "tsconfig.build.json",
  "tsconfig.bench.json",
  "vitest.config.ts",
  "biome.json",
  ".gitattributes",
].map((d) => join(PACKAGE_ROOT, d));

/** Whether this package runs as installed (inside a node_modules folder) rather than from a clone: then
 * the commands never write into the package's own files. */
export const INSTALLED = PACKAGE_ROOT.split(sep).includes("node_modules");

/** Read a UTF-8 file, or fail with a NewsgraphError that names it — and, for bytes that are not UTF-8,
 * the byte offset (nothing is silently replaced by U+FFFD). A byte-order mark is dropped. */
export async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new NewsgraphError("io", path, `cannot read (${code})`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new NewsgraphError(
      "invalid-input",
      path,
      `is not UTF-8 text: invalid byte at offset ${firstInvalidByte(bytes)}`,
    );
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return i;
}

/** What a release holds besides the package's own article: a user's articles, and whether to keep the bundled one. */
export interface ReleaseArticles {
  /** Articles loaded from the user's project (see `loadUserArticles`), after the bundled one. */
  readonly articles?: readonly SourceArticle[];
  /** Whether the bundled article is built too (default true). */
  readonly bundled?: boolean;
}

/** Read everything a release is built from: each article's text, the ontology and the shapes. */
export async function readReleaseInput(
  root = PACKAGE_ROOT,
  { articles: user = [], bundled = true }: ReleaseArticles = {},
): Promise<ReleaseInput> {
  const own = await Promise.all(
    (bundled ? ARTICLES : []).map(async (module) => ({
      module,
      text: await readText(join(root, "src", "articles", module.textFile)),
    })),
  );
  const articles = [...own, ...user];
  const pkg = JSON.parse(await readText(join(root, "package.json"))) as { name?: string; version?: string };
  return {
    articles,
    generator: `${pkg.name ?? "newsgraph"} ${pkg.version ?? "0.0.0"}`,
    ontology: await readText(join(root, "ontology", "newsgraph.ttl")),
    shapes: await readText(join(root, "ontology", "newsgraph.shapes.ttl")),
    views: articleViews,
  };
}

/** The names of the regular files in a folder, sorted (an absent folder has none). */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** Whether a path is an existing folder. */
export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Where a path a user typed points: the path itself when it exists, else — for a relative path — the
 * same path inside the package (so `queries/tensions.rq` and `data/newsgraph.nq` work from any folder
 * once the package is installed; `note` is told), else the path itself (reading it reports it missing).
 */
export async function userPath(path: string, note?: (line: string) => void): Promise<string> {
  const local = resolve(path);
  if (isAbsolute(path) || (await exists(local))) return local;
  const shipped = join(PACKAGE_ROOT, path);
  if (!(await exists(shipped))) return local;
  note?.(`newsgraph: note: ${path} is not in this folder: reading the package's ${shipped}`);
  return shipped;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
