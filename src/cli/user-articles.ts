import { readdir, stat } from "node:fs/promises";
import { dirname, extname, isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createJiti } from "jiti";
import type { ArticleModule } from "../articles/article-module.js";
import { NewsgraphError } from "../errors.js";
import type { SourceArticle } from "../release/release.js";
import { readText } from "./files.js";

/** The file extensions an article module may have. */
export const MODULE_EXTENSIONS = [".ts", ".mts", ".js", ".mjs"] as const;

const isModuleFile = (name: string) =>
  (MODULE_EXTENSIONS as readonly string[]).includes(extname(name)) &&
  !/\.d\.[mc]?ts$/.test(name) &&
  !/\.(test|spec)\.[mc]?[jt]s$/.test(name);

/** A path for messages: relative to the current folder when it is inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/**
 * The article module files the paths name: a file as given, a folder's module files (not its subfolders),
 * sorted; each file once.
 */
export async function articleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(path);
    let kind: "file" | "folder";
    try {
      const s = await stat(full);
      kind = s.isDirectory() ? "folder" : "file";
    } catch {
      throw new NewsgraphError(
        "io",
        shownPath(full),
        "does not exist: name an article module or a folder of them",
      );
    }
    if (kind === "file") {
      if (!isModuleFile(full))
        throw new NewsgraphError(
          "invalid-input",
          shownPath(full),
          `is not an article module (${MODULE_EXTENSIONS.join(", ")})`,
        );
      files.push(full);
      continue;
    }
    const entries = await readdir(full, { withFileTypes: true });
    const modules = entries
      .filter((e) => e.isFile() && isModuleFile(e.name))
      .map((e) => resolve(full, e.name))
      .sort();
    if (modules.length === 0)
      throw new NewsgraphError(
        "invalid-input",
        shownPath(full),
        `holds no article module (${MODULE_EXTENSIONS.join(", ")}): scaffold one with newsgraph new`,
      );
    files.push(...modules);
  }
  return [...new Set(files)];
}

const FIELDS = ["slug", "textFile", "textSha256", "build"] as const;

/** What an export lacks to be an article module, or undefined when it is one. */
function lacking(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return "is not an object";
  const v = value as Record<string, unknown>;
  const missing = FIELDS.filter((f) =>
    f === "build" ? typeof v[f] !== "function" : typeof v[f] !== "string",
  );
  return missing.length === 0 ? undefined : `lacks ${missing.join(", ")}`;
}

/** Whether an export is meant as an article module: it has a slug and a build function, or a textSha256. */
const meantAsArticle = (value: unknown) =>
  value !== null &&
  typeof value === "object" &&
  ("textSha256" in value || ("slug" in value && "build" in value));

/**
 * Load a user's article module (TypeScript through jiti, which strips the types at run time; JavaScript as
 * it is). Its `import … from "newsgraph"` gets this very library, so its builders and the command share one
 * copy. Returns every `ArticleModule` it exports.
 */
export async function loadArticleModules(file: string): Promise<ArticleModule[]> {
  const library = (await import("../index.js")) as Record<string, unknown>;
  const jiti = createJiti(pathToFileURL(file).href, {
    // Nothing is written into the user's project (no transpile cache), and a changed module is read anew.
    fsCache: false,
    moduleCache: false,
    virtualModules: { newsgraph: library },
  });
  let exported: Record<string, unknown>;
  try {
    exported = (await jiti.import(file)) as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new NewsgraphError("invalid-input", shownPath(file), `cannot be loaded: ${message}`);
  }
  const found: ArticleModule[] = [];
  const broken: string[] = [];
  for (const name of Object.keys(exported).sort()) {
    const value = exported[name];
    const problem = lacking(value);
    if (problem === undefined) {
      if (!found.includes(value as ArticleModule)) found.push(value as ArticleModule);
    } else if (meantAsArticle(value)) broken.push(`${name} ${problem}`);
  }
  if (broken.length > 0)
    throw new NewsgraphError(
      "invalid-input",
      shownPath(file),
      `exports ${broken.join("; ")}: an article module has slug, textFile, textSha256 (strings) and build (a function)`,
    );
  if (found.length === 0)
    throw new NewsgraphError(
      "invalid-input",
      shownPath(file),
      "exports no article module (an object with slug, textFile, textSha256 and build, as newsgraph new writes)",
    );
  return found;
}

/**
 * Every article the paths name, with its text read from beside its module (`textFile` is relative to the
 * module's folder), in the order of the files and, within a file, of its export names.
 */
export async function loadUserArticles(paths: readonly string[]): Promise<SourceArticle[]> {
  const articles: SourceArticle[] = [];
  for (const file of await articleFiles(paths)) {
    for (const module of await loadArticleModules(file)) {
      if (module.textFile.trim() === "" || isAbsolute(module.textFile))
        throw new NewsgraphError(
          "invalid-input",
          `${shownPath(file)}: textFile`,
          `"${module.textFile}" must name the text file relative to the module's folder`,
        );
      const textPath = resolve(dirname(file), module.textFile);
      articles.push({
        module,
        text: await readText(shownPath(textPath)),
        textPath: shownPath(textPath),
        modulePath: shownPath(file),
      });
    }
  }
  return articles;
}
