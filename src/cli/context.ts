/** What a command may use to talk to the user: lines to standard output and standard error, whole
 * documents to standard output, standard input (read whole), and the exit code to end with. Tests pass
 * their own. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly write: (text: string) => void;
  readonly stdin: () => Promise<string>;
  readonly exit: (code: number) => void;
}
