#!/usr/bin/env node
// The `newsgraph` executable. It always runs the CLI: npm reaches it through a symlink (npx, npm link,
// a dependency's .bin, a global install), so no "am I the main module?" test can be trusted here.
import { fstatSync, writeSync } from "node:fs";
import { main } from "./main.js";
import { printable } from "./printable.js";

function describe(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOSPC") return "no space left on the device";
  return error.code ?? error.message;
}

// A reader that stops early (`| head`) closes the pipe: end quietly. Any other failure to write the
// output (a full disk) is one line and a non-zero exit, never a stack trace.
for (const [stream, name] of [
  [process.stdout, "standard output"],
  [process.stderr, "standard error"],
] as const) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (name === "standard output")
      try {
        process.stderr.write(`newsgraph: cannot write to ${name}: ${describe(error)}\n`);
      } catch {}
    process.exit(1);
  });
}

// Documents (exports, query results) go to a pipe or file byte for byte; on a terminal, control
// characters in the data are shown escaped instead of driving it.
// Redirected to a file, every byte is written by hand: Node's own stream for files drops the rest of a
// short write, so a full disk would end in a truncated file and exit 0.
const toFile = (() => {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
})();

const write = (text: string) => {
  if (!toFile) {
    process.stdout.write(process.stdout.isTTY ? printable(text, { keepReturns: true }) : text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done, bytes.length - done);
  } catch (error) {
    process.stderr.write(
      `newsgraph: cannot write to standard output: ${describe(error as NodeJS.ErrnoException)}\n`,
    );
    process.exit(1);
  }
};

main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
  { write },
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `newsgraph: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
