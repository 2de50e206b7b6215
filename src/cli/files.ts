import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ARTICLES } from "../articles/index.js";
import { NewsgraphError } from "../errors.js";
import type { ReleaseFile, ReleaseInput } from "../release/release.js";

/** The package root: two levels above this file, whether it runs from `src/cli` or `dist/cli`. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Whether this package runs as installed (inside a node_modules folder) rather than from a clone: then
 * the commands never write into the package's own files. */
export const INSTALLED = PACKAGE_ROOT.split(sep).includes("node_modules");

/** Read a UTF-8 file, or fail with a NewsgraphError that names it. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new NewsgraphError("io", path, `cannot read (${code})`);
  }
}

/** Read everything a release is built from: each article's text, the ontology and the shapes. */
export async function readReleaseInput(root = PACKAGE_ROOT): Promise<ReleaseInput> {
  const articles = await Promise.all(
    ARTICLES.map(async (module) => ({
      module,
      text: await readText(join(root, "src", "articles", module.textFile)),
    })),
  );
  const pkg = JSON.parse(await readText(join(root, "package.json"))) as { name?: string; version?: string };
  return {
    articles,
    generator: `${pkg.name ?? "newsgraph"} ${pkg.version ?? "0.0.0"}`,
    ontology: await readText(join(root, "ontology", "newsgraph.ttl")),
    shapes: await readText(join(root, "ontology", "newsgraph.shapes.ttl")),
  };
}

/**
 * Create a folder and its missing parents. Node 20's `mkdir(…, { recursive: true })` never returns
 * when the kernel answers ENOENT for a parent that exists (as /proc does), so each level is made here.
 */
async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    try {
      if (!(await stat(current)).isDirectory()) {
        const error: NodeJS.ErrnoException = new Error(`${current} is not a folder`);
        error.code = "ENOTDIR";
        throw error;
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      missing.push(current);
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const d of missing.reverse()) await mkdir(d);
}

/**
 * Write release files into a folder all or nothing: every file goes to a temporary name first and is
 * renamed into place only when all were written; on failure the temporaries are removed and the
 * previous files stay untouched.
 *
 * @example
 * await writeAtomically("data", release.files);
 */
export async function writeAtomically(
  dir: string,
  files: readonly ReleaseFile[],
  what = "the release",
): Promise<void> {
  const tag = randomBytes(4).toString("hex");
  const staged: { tmp: string; final: string }[] = [];
  const fail = async (error: unknown, where: string): Promise<never> => {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    if (error instanceof NewsgraphError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new NewsgraphError("io", where, `cannot write ${what} (${code}); nothing was changed`);
  };
  try {
    await ensureDir(dir);
    for (const f of files) {
      const final = join(dir, f.name);
      if (await isDirectory(final))
        throw new NewsgraphError("io", final, `is a folder: cannot write ${what} there; nothing was changed`);
      const tmp = join(dir, `.${f.name}.${tag}.tmp`);
      staged.push({ tmp, final });
      await writeFile(tmp, f.content, "utf8");
    }
  } catch (error) {
    await fail(error, dir);
  }
  for (const s of staged) {
    try {
      await rename(s.tmp, s.final);
    } catch (error) {
      await fail(error, s.final);
    }
  }
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
