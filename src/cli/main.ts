import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { NewsgraphError } from "../errors.js";
import { registerAnchor } from "./commands/anchor.js";
import { registerBuild } from "./commands/build.js";
import { registerCheck } from "./commands/check.js";
import { registerExport } from "./commands/export.js";
import { registerKnown } from "./commands/known.js";
import { registerLoad } from "./commands/load.js";
import { registerNew } from "./commands/new.js";
import { registerQueries } from "./commands/queries.js";
import { registerQuery } from "./commands/query.js";
import { registerValidate } from "./commands/validate.js";
import { registerView } from "./commands/view.js";
import type { CliIo } from "./context.js";
import { PACKAGE_ROOT } from "./files.js";
import { printable } from "./printable.js";

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return "unknown";
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new NewsgraphError("invalid-input", "<stdin>", "is not UTF-8 text");
  }
}

/**
 * Run the command-line tool with arguments (without `node` and the script); resolves to the exit code:
 * 0 success, 1 a failed check or bad input, 2 a usage error, 70 an internal error. Output goes through
 * `out` and `err` line by line, or `write` for documents (exports, query results).
 *
 * @example
 * const code = await main(["check"]);
 */
export async function main(
  argv: readonly string[],
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  err: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  options: { readonly stdin?: () => Promise<string>; readonly write?: (text: string) => void } = {},
): Promise<number> {
  let code = 0;
  // Messages and tables are for people: nothing in them may drive the terminal.
  const safeOut = (line: string) => out(printable(line));
  const safeErr = (line: string) => err(printable(line));
  const io: CliIo = {
    out: safeOut,
    err: safeErr,
    write: options.write ?? ((text: string) => out(text.replace(/\n$/, ""))),
    stdin: options.stdin ?? readStdin,
    exit: (c: number) => {
      code = c;
    },
  };
  const program = new Command("newsgraph")
    .description(
      "News articles as RDF knowledge graphs of attributed claims: build, check, query, export, load, validate; new and anchor to write your own.",
    )
    .version(version(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => safeOut(s.replace(/\n$/, "")),
      writeErr: (s) => safeErr(s.replace(/\n$/, "")),
      // One line: "newsgraph: unknown command 'quer' (Did you mean query?)".
      outputError: (s, w) =>
        w(
          s
            .trim()
            .replace(/^error: /, "newsgraph: ")
            .replace(/\s*\n\s*/g, " "),
        ),
    });
  registerBuild(program, io);
  registerCheck(program, io);
  registerQueries(program, io);
  registerQuery(program, io);
  registerExport(program, io);
  registerLoad(program, io);
  registerValidate(program, io);
  registerView(program, io);
  registerKnown(program, io); // the catalogue (h1)
  // Authoring (issue #10): scaffold an article, find anchors.
  registerNew(program, io);
  registerAnchor(program, io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    // After a usage error's one line, the usage of the command it was about (the whole help was already
    // printed when no command was given at all).
    const usage = () => {
      const command = program.commands.find((c) => c.name() === argv[0]) ?? program;
      const name = command === program ? "newsgraph" : `newsgraph ${command.name()}`;
      err(`usage: ${name} ${command.usage()} (see ${name} --help)`);
      return 2;
    };
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      return error.code === "commander.help" ? 2 : usage();
    }
    if (error instanceof NewsgraphError) {
      safeErr(`newsgraph: ${error.message}`);
      return error.code === "usage" ? usage() : 1;
    }
    safeErr(`newsgraph: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}
