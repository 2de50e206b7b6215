import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { NewsgraphError } from "../errors.js";
import type { ReleaseFile } from "../release/release.js";

/** What writing needs to know of a file's status. */
export interface FileStatus {
  readonly mode: number;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** The file-system calls writing needs: Node's by default, a faulty one in tests. Declared here,
 * structurally, so that the declarations do not depend on `@types/node`. */
export interface WriteFs {
  lstatSync(path: string, options: { throwIfNoEntry: false }): FileStatus | undefined;
  statSync(path: string, options: { throwIfNoEntry: false }): FileStatus | undefined;
  realpathSync(path: string): string;
  readdirSync(path: string): string[];
  mkdirSync(path: string): unknown;
  writeFileSync(path: string, data: string, encoding: "utf8"): void;
  chmodSync(path: string, mode: number): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: true }): void;
  rmdirSync(path: string): void;
  readFileSync(path: string, encoding: "utf8"): string;
}

/** How to write. */
export interface WriteOptions {
  /** What is written, for messages ("the release", "the export"). */
  readonly what?: string;
  /** A release folder: refused when it is, or holds, the package's sources. Single files are refused
   * only when they lie among the sources. */
  readonly release?: boolean;
  /** Folders whose files must never be replaced (the package's src/, ontology/, queries/). */
  readonly protect?: readonly string[];
  /** The file system (tests pass one that fails on purpose). */
  readonly fs?: WriteFs;
  /** Called between the renames of the swap (tests use it to interrupt a swap half-way). */
  readonly onSwap?: (done: number, total: number) => void;
}

// Temporary names carry the writing process's id, so a later run can tell a dead writer's leftovers.
const LEFTOVER = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.(tmp|bak)$/;
// Before a swap starts, a journal lists every target and whether it existed, so that a swap cut short
// by SIGKILL can be rolled back whole by the next run.
const JOURNAL = /^\.newsgraph-swap\.(\d+)-[0-9a-f]{8}\.json$/;

interface JournalEntry {
  readonly final: string;
  readonly backup: string;
  readonly tmp: string;
  readonly existed: boolean;
}

function alive(pid: number, tag: string, ownTag: string | undefined): boolean {
  // The same process id with another tag is an earlier process that had this id (in a container every
  // run may be process 1): dead.
  if (pid === process.pid) return tag === ownTag;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function kindOf(stat: FileStatus): string | undefined {
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  if (stat.isDirectory()) return "a folder";
  return undefined;
}

const inside = (child: string, parent: string) => {
  const r = relative(parent, child);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
};

/**
 * Remove what writers that died left in a folder: their temporaries, and — when the swap was cut short —
 * their backups (put back when the file they backed up is missing). Returns how many it cleaned.
 */
export function cleanLeftovers(
  dir: string,
  fs: WriteFs = nodeFs as unknown as WriteFs,
  ownTag?: string,
): number {
  let cleaned = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  // First roll back every swap a dead writer left half-done, as its journal describes it.
  for (const name of names) {
    const m = JOURNAL.exec(name);
    const journalTag = /^\.newsgraph-swap\.(.+)\.json$/.exec(name)?.[1] ?? "";
    if (m === null || alive(Number(m[1]), journalTag, ownTag)) continue;
    try {
      const tag = /^\.newsgraph-swap\.(.+)\.json$/.exec(name)?.[1] ?? "";
      const entries = (JSON.parse(fs.readFileSync(join(dir, name), "utf8")) as JournalEntry[]).filter(
        // A journal is data in a folder anyone may have written: act only on this swap's own files in
        // this folder, never on paths it names elsewhere.
        (e) =>
          [e.final, e.backup, e.tmp].every((p) => typeof p === "string" && dirname(p) === resolve(dir)) &&
          e.backup === join(dirname(e.final), `.${e.final.slice(dirname(e.final).length + 1)}.${tag}.bak`) &&
          e.tmp === join(dirname(e.final), `.${e.final.slice(dirname(e.final).length + 1)}.${tag}.tmp`),
      );
      for (const e of entries) {
        if (fs.lstatSync(e.backup, { throwIfNoEntry: false })) fs.renameSync(e.backup, e.final);
        else if (!e.existed) fs.rmSync(e.final, { force: true });
        fs.rmSync(e.tmp, { force: true });
      }
      fs.rmSync(join(dir, name), { force: true });
      cleaned++;
    } catch {
      // A journal that cannot be read or applied is tried again next time.
    }
  }
  for (const name of fs.readdirSync(dir)) {
    const m = LEFTOVER.exec(name);
    const leftoverTag = /\.(\d+-[0-9a-f]{8})\.(tmp|bak)$/.exec(name)?.[1] ?? "";
    if (m === null || alive(Number(m[2]), leftoverTag, ownTag)) continue;
    const path = join(dir, name);
    const final = join(dir, m[1] ?? "");
    try {
      if (m[3] === "bak" && !fs.statSync(final, { throwIfNoEntry: false })) fs.renameSync(path, final);
      else fs.rmSync(path, { force: true });
      cleaned++;
    } catch {
      // A leftover that cannot be cleaned now is tried again next time.
    }
  }
  return cleaned;
}

interface Staged {
  readonly name: string;
  /** Where the content goes: the file itself, or a symlink's target. */
  readonly final: string;
  readonly tmp: string;
  readonly backup: string;
  existed: boolean;
  swapped: boolean;
  backedUp: boolean;
}

/**
 * Write files into a folder all or nothing. Every target is checked first (a folder, FIFO, device or
 * socket is refused; a symlink is written through to its target; an existing file keeps its mode); every
 * file is written to a temporary name beside its target; then each target is moved aside and the new
 * file renamed into place. If any step fails — or the process gets SIGINT or SIGTERM — every target is put
 * back as it was and the temporaries are removed: the folder holds the old files or all the new ones.
 * Leftovers of writers that were killed outright are cleaned on the next run.
 *
 * @example
 * await writeAtomically("data", release.files, { what: "the release", release: true });
 */
export async function writeAtomically(
  dir: string,
  files: readonly ReleaseFile[],
  options: WriteOptions | string = {},
): Promise<void> {
  const o: WriteOptions = typeof options === "string" ? { what: options } : options;
  const fs = o.fs ?? (nodeFs as unknown as WriteFs);
  const what = o.what ?? "the release";
  if (dir.trim() === "")
    throw new NewsgraphError("invalid-input", "--out", "is empty: name a folder or file");
  const target = resolve(dir);
  const unchanged = "nothing was changed";
  const io = (error: unknown, where: string): NewsgraphError => {
    if (error instanceof NewsgraphError) return error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return new NewsgraphError("io", where, `cannot write ${what} (${code}); ${unchanged}`);
  };

  // The package's hand-written files are never a place to write to — however the path reaches them
  // (symlinks are followed before the check).
  const protect = (o.protect ?? []).map((p) => realish(p, fs));
  const guard = (path: string, release: boolean) => {
    for (const p of protect) {
      const hit = inside(path, p);
      if (hit || (release && inside(p, path)))
        throw new NewsgraphError(
          "invalid-input",
          target,
          `${hit ? "lies among" : "holds"} the package's own sources (${p}): choose another folder; ${unchanged}`,
        );
    }
  };
  const realTarget = realish(target, fs);
  guard(realTarget, o.release === true);
  for (const f of files) guard(realish(join(target, f.name), fs), false);

  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const journal = join(target, `.newsgraph-swap.${tag}.json`);
  const staged: Staged[] = [];
  let created: string[] = [];
  try {
    created = makeFolder(target, fs);
  } catch (error) {
    throw io(error, target);
  }
  // Folders made for this write go again when it fails.
  const unmake = () => {
    for (const d of [...created].reverse())
      try {
        fs.rmdirSync(d);
      } catch {
        break;
      }
  };
  try {
    return await writeInto();
  } catch (error) {
    unmake();
    throw error;
  }

  async function writeInto(): Promise<void> {
    cleanLeftovers(target, fs, tag);
    if (o.release === true)
      for (const n of ["src", "ontology", "queries"])
        if (fs.statSync(join(target, n), { throwIfNoEntry: false })?.isDirectory())
          throw new NewsgraphError(
            "invalid-input",
            target,
            `holds a ${n}/ folder, so it looks like a project, not a release folder: choose another folder; ${unchanged}`,
          );

    // Check every target before writing anything.
    for (const f of files) {
      let final = join(target, f.name);
      let stat: FileStatus | undefined;
      try {
        stat = fs.lstatSync(final, { throwIfNoEntry: false });
      } catch (error) {
        throw io(error, final);
      }
      let mode: number | undefined;
      if (stat?.isSymbolicLink()) {
        try {
          final = fs.realpathSync(final);
        } catch {
          throw new NewsgraphError(
            "io",
            final,
            `is a symlink to nothing: cannot write ${what} there; ${unchanged}`,
          );
        }
      }
      if (stat?.isSymbolicLink()) guard(final, false);
      const real = stat?.isSymbolicLink() ? fs.statSync(final, { throwIfNoEntry: false }) : stat;
      if (real !== undefined) {
        const kind = kindOf(real);
        if (kind !== undefined)
          throw new NewsgraphError(
            "io",
            final,
            `is ${kind}: cannot write ${what} there${kind === "a folder" ? "" : " (for standard output, give --out - or no --out)"}; ${unchanged}`,
          );
        mode = real.mode & 0o7777;
      }
      const base = `${final.slice(dirname(final).length + 1)}`;
      staged.push({
        name: f.name,
        final,
        tmp: join(dirname(final), `.${base}.${tag}.tmp`),
        backup: join(dirname(final), `.${base}.${tag}.bak`),
        existed: real !== undefined,
        swapped: false,
        backedUp: false,
      });
      if (mode !== undefined) (staged[staged.length - 1] as Staged & { mode?: number }).mode = mode;
    }

    // Put everything back as it was: synchronous, so a signal handler can run it too.
    let rolledBack = false;
    const rollBack = () => {
      if (rolledBack) return;
      rolledBack = true;
      for (const s of [...staged].reverse()) {
        try {
          if (s.swapped) fs.rmSync(s.final, { force: true });
          if (s.backedUp) fs.renameSync(s.backup, s.final);
        } catch {
          // Left for cleanLeftovers on the next run.
        }
        fs.rmSync(s.tmp, { force: true });
      }
      fs.rmSync(journal, { force: true });
    };
    const onSignal = (signal: NodeJS.Signals) => {
      rollBack();
      process.stderr.write(`newsgraph: stopped by ${signal}; ${what}: ${unchanged}\n`);
      process.exit(signal === "SIGINT" ? 130 : 143);
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      for (const [i, f] of files.entries()) {
        const s = staged[i] as Staged & { mode?: number };
        try {
          fs.writeFileSync(s.tmp, f.content, "utf8");
          if (s.mode !== undefined) fs.chmodSync(s.tmp, s.mode);
          await tick();
        } catch (error) {
          rollBack();
          throw io(error, dirname(s.final));
        }
      }
      try {
        const entries: JournalEntry[] = staged.map((x) => ({
          final: x.final,
          backup: x.backup,
          tmp: x.tmp,
          existed: x.existed,
        }));
        fs.writeFileSync(journal, JSON.stringify(entries), "utf8");
      } catch (error) {
        rollBack();
        throw io(error, target);
      }
      for (const [i, s] of staged.entries()) {
        try {
          if (s.existed) {
            fs.renameSync(s.final, s.backup);
            s.backedUp = true;
          }
          fs.renameSync(s.tmp, s.final);
          s.swapped = true;
          o.onSwap?.(i + 1, staged.length);
          await tick();
        } catch (error) {
          rollBack();
          throw io(error, s.final);
        }
      }
      // The commit point: once the journal is gone, a writer killed now leaves only backups of replaced
      // files, which the next run removes — the new release stands.
      fs.rmSync(journal, { force: true });
      for (const s of staged) if (s.backedUp) fs.rmSync(s.backup, { force: true });
    } finally {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
    }
  }
}

/** Let the event loop run (and a SIGINT or SIGTERM handler with it) between two steps of a write. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A path with every symlink among its existing ancestors followed (the rest appended as it is). */
function realish(path: string, fs: WriteFs): string {
  const rest: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(fs.realpathSync(current), ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      rest.push(current.slice(parent.length).replace(/^\//, ""));
      current = parent;
    }
  }
}

/**
 * Create a folder and its missing parents. Node 20's `mkdir(…, { recursive: true })` never returns when
 * the kernel answers ENOENT for a parent that exists (as /proc does), so each level is made here.
 */
function makeFolder(dir: string, fs: WriteFs): string[] {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    const stat = fs.statSync(current, { throwIfNoEntry: false });
    if (stat !== undefined) {
      if (!stat.isDirectory()) {
        const error: NodeJS.ErrnoException = new Error(`${current} is not a folder`);
        error.code = "ENOTDIR";
        throw error;
      }
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  const made: string[] = [];
  for (const d of missing.reverse()) {
    fs.mkdirSync(d);
    made.push(d);
  }
  return made;
}
