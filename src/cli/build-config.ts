import { dirname, resolve } from "node:path";
import { NewsgraphError } from "../errors.js";
import { readText } from "./files.js";

/** The file `newsgraph build` reads when it is given no articles: in the current folder. */
export const CONFIG_FILE = "newsgraph.config.json";

/** A build configuration, with its paths resolved against the config file's folder. */
export interface BuildConfig {
  /** Article modules and folders of them. */
  readonly articles: readonly string[];
  /** Whether the bundled article is built too. */
  readonly bundled?: boolean;
  /** The folder to write the release to. */
  readonly out?: string;
}

const KEYS = ["articles", "bundled", "out"];

/** line:column of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${Array.from(before.at(-1) ?? "").length + 1}`;
}

/**
 * Read `newsgraph.config.json`: `{ "articles": ["articles"], "bundled": true, "out": "release" }`; every key
 * but `articles` may be left out. Paths are relative to the file's folder.
 */
export async function readBuildConfig(path: string): Promise<BuildConfig> {
  const text = await readText(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = at === null ? path : `${path}:${lineColumn(text, Number(at[1]))}`;
    throw new NewsgraphError(
      "invalid-input",
      where,
      `is not JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`,
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new NewsgraphError(
      "invalid-input",
      path,
      'must be a JSON object such as { "articles": ["articles"] }',
    );
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config))
    if (!KEYS.includes(key))
      throw new NewsgraphError(
        "invalid-input",
        `${path}: ${key}`,
        `is not a setting (the settings are ${KEYS.join(", ")})`,
      );
  const base = dirname(resolve(path));
  const { articles, bundled, out } = config;
  if (
    !Array.isArray(articles) ||
    articles.length === 0 ||
    !articles.every((a): a is string => typeof a === "string" && a.trim() !== "")
  )
    throw new NewsgraphError(
      "invalid-input",
      `${path}: articles`,
      "must be a non-empty list of paths (article modules or folders of them)",
    );
  if (bundled !== undefined && typeof bundled !== "boolean")
    throw new NewsgraphError("invalid-input", `${path}: bundled`, "must be true or false");
  if (out !== undefined && (typeof out !== "string" || out.trim() === ""))
    throw new NewsgraphError("invalid-input", `${path}: out`, "must be a folder name");
  return {
    articles: articles.map((a) => resolve(base, a)),
    ...(bundled === undefined ? {} : { bundled }),
    ...(out === undefined ? {} : { out: resolve(base, out as string) }),
  };
}
