import { lstat, mkdir, realpath, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { lookupKnown } from "../../articles/known.js";
import { outlet, person } from "../../builders/agent.js";
import { GraphBuilder } from "../../builders/graph.js";
import { checkSlug } from "../../builders/iri.js";
import { httpUrl, isoDate, requireName } from "../../builders/validate.js";
import { NewsgraphError } from "../../errors.js";
import { buildRelease } from "../../release/release.js";
import type { CliIo } from "../context.js";
import { PACKAGE_ROOT, readReleaseInput, readText } from "../files.js";
import { knownNameOf, scaffoldModule } from "../scaffold.js";
import { loadUserArticles, shownPath } from "../user-articles.js";

/** The options of `newsgraph new`. */
interface NewOptions {
  readonly text?: string;
  readonly url?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly language: string;
  readonly dir: string;
}

/** The longest first line taken as a headline, in code points. */
const MAX_HEADLINE = 300;
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;
/** Control characters other than tab and line breaks: a file holding them is not an article's text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** What the article node needs that only the user can give, and why. */
const REQUIRED: readonly [keyof NewOptions, string, string][] = [
  ["text", "--text <file>", "the article's text (UTF-8), copied beside the module"],
  ["url", "--url <url>", "the article's address on the publisher's site (schema:url)"],
  ["published", "--published <date>", "its publication day, YYYY-MM-DD: relative dates resolve against it"],
  ["publisher", "--publisher <name>", "the outlet that published it (schema:publisher)"],
];

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** line:column (code points) of a UTF-16 offset. */
function lineColumn(text: string, unit: number): string {
  const lines = text.slice(0, unit).split("\n");
  return `${lines.length}:${Array.from(lines.at(-1) ?? "").length + 1}`;
}

/** The text, checked: not empty, not binary; and its first non-blank line, the headline. */
function headlineOf(text: string, file: string): { headline: string; occurrence?: number } {
  if (text.trim() === "")
    throw new NewsgraphError("invalid-input", file, "is empty: an article needs its text");
  const binary = BINARY.exec(text);
  if (binary !== null)
    throw new NewsgraphError(
      "invalid-input",
      file,
      `is not plain text: control character U+${(binary[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} at ${lineColumn(text, binary.index)}`,
    );
  const headline = (text.split("\n").find((l) => l.trim() !== "") ?? "").trim();
  if (Array.from(headline).length > MAX_HEADLINE)
    throw new NewsgraphError(
      "invalid-input",
      file,
      `its first line (the headline) is ${Array.from(headline).length} characters long, more than ${MAX_HEADLINE}: put the headline on the first line`,
    );
  let count = 0;
  for (let at = text.indexOf(headline); at >= 0; at = text.indexOf(headline, at + 1)) count += 1;
  return count > 1 ? { headline, occurrence: 1 } : { headline };
}

/**
 * Refuse a publisher or author that is not a catalogue name but looks like one (or is the name of a known
 * entity of another kind): the module would fail the duplicate check, so say so against the option given.
 */
function checkAgentName(kind: "outlet" | "person", name: string, flag: "--publisher" | "--author"): void {
  if (knownNameOf(kind, name) !== undefined) return;
  const instead =
    flag === "--author"
      ? "for a different person of that name, leave --author out and build the author in the module with person(g, { name, distinctFrom: [that IRI] })"
      : "for a different outlet of that name, scaffold with a placeholder --publisher, then write outlet(g, { name, distinctFrom: [that IRI] }) in the module";
  const advice = `give a name the catalogue knows as ${kind === "outlet" ? "an outlet" : "a person"} (npx newsgraph known ${kind} lists them); ${instead}`;
  // Outlets and organisations share their IRIs' path (…/id/org/): an outlet named like a known
  // organisation would be minted on that organisation's IRI, which the duplicate check takes for itself.
  if (kind === "outlet") {
    let organisation: ReturnType<typeof lookupKnown> | undefined;
    try {
      organisation = lookupKnown("organisation", name);
    } catch {
      organisation = undefined;
    }
    if (organisation !== undefined)
      throw new NewsgraphError(
        "duplicate-entity",
        flag,
        `${JSON.stringify(name)} is a name of the known organisation <${organisation.iri}> (${organisation.entry.name}), not of an outlet: ${advice}`,
      );
  }
  try {
    const scratch = new GraphBuilder("scaffold-check", name);
    if (kind === "outlet") outlet(scratch, { name });
    else person(scratch, { name });
  } catch (error) {
    if (!(error instanceof NewsgraphError) || error.code !== "duplicate-entity") throw error;
    // The builder's advice is for code (known.…, distinctFrom); this one is for the command line.
    const found = error.problem.split(": use ")[0] ?? error.problem;
    throw new NewsgraphError("duplicate-entity", flag, `${found}: ${advice}`);
  }
}

/** `newsgraph new`: scaffold an article module and its text in the user's project. */
export function registerNew(program: Command, io: CliIo): void {
  program
    .command("new")
    .description(
      "scaffold an article module (<slug>.ts, importing only from newsgraph) and its text (<slug>.txt) that build and validate as they are",
    )
    .argument("<slug>", "the article's slug: lower-case letters and digits joined by hyphens")
    .option("--text <file>", "the article's text (UTF-8; its first line is the headline)")
    .option("--url <url>", "the article's URL")
    .option("--published <date>", "the publication day, YYYY-MM-DD")
    .option("--publisher <name>", "the outlet that published it")
    .option("--author <name>", "the byline's author (leave out for an unbylined article)")
    .option("--language <tag>", "the article's language tag", "en")
    .option("--dir <dir>", "the folder to write into", "articles")
    .action(async (slugArg: string, options: NewOptions) => {
      const slug = checkSlug(slugArg, "slug");
      for (const [key, flag, why] of REQUIRED)
        if (options[key] === undefined)
          throw new NewsgraphError("usage", flag.split(" ")[0] ?? flag, `is required: ${why}`);
      const url = httpUrl(options.url, "--url");
      const published = isoDate(options.published, "--published");
      const publisher = requireName(options.publisher, "--publisher");
      const author = options.author === undefined ? undefined : requireName(options.author, "--author");
      checkAgentName("outlet", publisher, "--publisher");
      if (author !== undefined) checkAgentName("person", author, "--author");
      if (!LANGUAGE_TAG.test(options.language))
        throw new NewsgraphError(
          "invalid-value",
          "--language",
          `"${options.language}" is not a language tag`,
        );
      const textFile = options.text ?? "";
      const text = await readText(textFile);
      const { headline, occurrence } = headlineOf(text, textFile);

      const dir = resolve(options.dir);
      const modulePath = join(dir, `${slug}.ts`);
      const textPath = join(dir, `${slug}.txt`);
      // The text may already be where it belongs (newsgraph new x --text articles/x.txt): then it stays.
      const textInPlace =
        (await exists(textPath)) && (await realpath(textPath)) === (await realpath(resolve(textFile)));
      for (const target of textInPlace ? [modulePath] : [modulePath, textPath])
        if (await exists(target))
          throw new NewsgraphError(
            "invalid-input",
            shownPath(target),
            "already exists: newsgraph new never overwrites a file (choose another slug or --dir)",
          );
      const source = scaffoldModule({
        slug,
        text,
        headline,
        ...(occurrence === undefined ? {} : { headlineOccurrence: occurrence }),
        url,
        published,
        language: options.language,
        publisher,
        ...(author === undefined ? {} : { author }),
        folder: shownPath(dir),
      });
      const written: string[] = [];
      try {
        await mkdir(dir, { recursive: true });
        if (!textInPlace) {
          await writeFile(textPath, text, { flag: "wx" });
          written.push(textPath);
        }
        await writeFile(modulePath, source, { flag: "wx" });
        written.push(modulePath);
        // The promise: the module builds and validates before a single statement is written.
        const articles = await loadUserArticles([modulePath]);
        await buildRelease(await readReleaseInput(PACKAGE_ROOT, { articles, bundled: false }));
      } catch (error) {
        for (const f of written) await rm(f, { force: true });
        if (error instanceof NewsgraphError)
          throw new NewsgraphError(error.code, error.where, `${error.problem} (nothing was written)`);
        const code = (error as NodeJS.ErrnoException).code ?? "failed";
        throw new NewsgraphError(
          "io",
          shownPath(dir),
          `cannot write the article (${code}); nothing was written`,
        );
      }
      if (!textInPlace) io.out(`wrote ${shownPath(textPath)} (the text; SHA-256 recorded in the module)`);
      io.out(`wrote ${shownPath(modulePath)} (the article module: it builds and validates as it is)`);
      io.out(
        `next: add statements below the marker line, then: npx newsgraph build ${shownPath(dir)} --out release`,
      );
      io.exit(0);
    });
}
