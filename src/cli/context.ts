/** What a command may use to talk to the user: lines to standard output and standard error, and
 * standard input (read whole). Tests pass their own. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly stdin: () => Promise<string>;
}

/** A command's action: resolves to the exit code. */
export type CommandResult = Promise<number>;
