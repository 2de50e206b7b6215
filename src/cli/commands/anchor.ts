import type { Command } from "commander";
import {
  describeOccurrence,
  type Occurrence,
  occurrences,
  withOtherCapitals,
} from "../../builders/occurrences.js";
import { NewsgraphError } from "../../errors.js";
import type { CliIo } from "../context.js";
import { readText } from "../files.js";

/** The options of `newsgraph anchor`. */
interface AnchorOptions {
  readonly within?: string;
}

/** How to write the anchor of one occurrence in an article module. */
function call(phrase: string, o: Occurrence, index: number, total: number, within?: string): string {
  const p = JSON.stringify(phrase);
  if (within !== undefined)
    return total === 1
      ? `at(${p}, { within: ${JSON.stringify(within)} })`
      : `at(${p}, { within: ${JSON.stringify(within)}, occurrence: ${index + 1} })`;
  if (total === 1) return `at(${p})`;
  return o.within === undefined
    ? `at(${p}, { occurrence: ${index + 1} })`
    : `at(${p}, { within: ${JSON.stringify(o.within)} })`;
}

/** `newsgraph anchor`: where a phrase occurs in a text, in code points, and how to anchor each occurrence. */
export function registerAnchor(program: Command, io: CliIo): void {
  program
    .command("anchor")
    .description(
      "show every occurrence of a phrase in a text: code-point offsets (start/end, as anchors count them), line:column, context, and the narrowest { within } that makes each unique",
    )
    .argument("<file>", "the article's text file")
    .argument("<phrase>", "the exact phrase, as printed")
    .option(
      "--within <text>",
      "look only inside this longer phrase, which must occur once (as { within } does)",
    )
    .action(async (file: string, phrase: string, options: AnchorOptions) => {
      if (phrase === "")
        throw new NewsgraphError("usage", "phrase", "is empty: give the exact words to find");
      if (options.within === "")
        throw new NewsgraphError("usage", "--within", "is empty: give a longer phrase");
      const text = await readText(file);
      let found: Occurrence[];
      if (options.within !== undefined) {
        const contexts = occurrences(text, options.within);
        const [context] = contexts;
        if (context === undefined)
          throw new NewsgraphError(
            "span-not-found",
            "--within",
            `${JSON.stringify(options.within)} does not occur in ${file}`,
          );
        if (contexts.length > 1)
          throw new NewsgraphError(
            "ambiguous-span",
            "--within",
            `${JSON.stringify(options.within)} occurs ${contexts.length} times in ${file}, at ${contexts.map((c) => `${c.line}:${c.column}`).join(", ")}: a within must occur once`,
          );
        found = occurrences(text, phrase).filter((o) => o.start >= context.start && o.end <= context.end);
        if (found.length === 0)
          throw new NewsgraphError(
            "span-not-found",
            "phrase",
            `${JSON.stringify(phrase)} does not occur in ${JSON.stringify(options.within)}`,
          );
      } else {
        found = occurrences(text, phrase);
        const other = found.length === 0 ? withOtherCapitals(text, phrase) : undefined;
        const hint =
          other === undefined
            ? ""
            : ` (${JSON.stringify(other.printed)}, with other capitals, occurs at ${describeOccurrence(other, other.printed)})`;
        if (found.length === 0)
          throw new NewsgraphError(
            "span-not-found",
            "phrase",
            `${JSON.stringify(phrase)} does not occur in ${file}${hint}`,
          );
      }
      const where = options.within === undefined ? file : `${JSON.stringify(options.within)} in ${file}`;
      io.out(
        `${JSON.stringify(phrase)} occurs ${found.length === 1 ? "once" : `${found.length} times`} in ${where}:`,
      );
      for (const [i, o] of found.entries()) {
        io.out(
          `${i + 1}. start ${o.start}, end ${o.end} (code points), line ${o.line}, column ${o.column}: ${JSON.stringify(`${o.before}[${phrase}]${o.after}`)}`,
        );
        const unique =
          options.within !== undefined || found.length === 1 || o.within !== undefined
            ? ""
            : " (no longer phrase on its line occurs once: say which occurrence)";
        io.out(`   ${call(phrase, o, i, found.length, options.within)}${unique}`);
      }
      io.exit(0);
    });
}
