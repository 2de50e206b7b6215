// docs/authoring.md as code: its marked code blocks, its commands, and the module a user ends up with.
import { STATEMENTS_MARKER } from "../src/cli/scaffold.js";
import { read } from "./helpers.js";

const DOC = read("docs", "authoring.md");

/** The code block that follows each `<!-- authoring: <kind> -->` marker, in order. */
export function marked(kind: string): string[] {
  const re = new RegExp(`<!-- authoring: ${kind} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``, "g");
  return [...DOC.matchAll(re)].map((m) => m[1] ?? "");
}

/** The guide's shell commands that start with `npx newsgraph`, as written. */
export const GUIDE_COMMANDS = [...DOC.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => (m[1] ?? "").split("\n"))
  .filter((l) => l.startsWith("npx newsgraph "));

/** Split a command line the way a shell would for these plain lines (double quotes only). */
export function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

/** The scaffold with the guide's import block and statement blocks put in, as the guide says. */
export function assemble(scaffold: string): string {
  const [imports] = marked("imports");
  if (imports === undefined) throw new Error("docs/authoring.md shows no import block");
  const withImports = scaffold.replace(/import \{[^}]*\} from "newsgraph";\n/, imports);
  // The guide shows the blocks unindented; inside build() they take its two spaces.
  const indent = (block: string) => block.replace(/^(?=.)/gm, "  ");
  const blocks = marked("statements").map((b) => `${indent(b)}\n`);
  return withImports.replace(`${STATEMENTS_MARKER}\n`, `${STATEMENTS_MARKER}\n${blocks.join("")}`);
}
