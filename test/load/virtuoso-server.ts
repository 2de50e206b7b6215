import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/** A throwaway Virtuoso server on loopback, with its database in a temporary directory. */
export interface VirtuosoServer {
  /** The temporary directory holding the database, the log and `virtuoso.ini`. */
  readonly dir: string;
  /** A directory listed in `DirsAllowed`, for files to bulk-load. */
  readonly dataDir: string;
  /** The SPARQL endpoint, e.g. `http://127.0.0.1:PORT/sparql`. */
  readonly sparqlEndpoint: string;
  /** Run SQL statements (one per line) in `isql-vt` as dba; resolves to its output. */
  isql(sql: string, timeoutMs?: number): Promise<string>;
  /** Stop the server (its whole process group) and delete the temporary directory. */
  stop(): Promise<void>;
}

/** The full path of an executable on PATH, or undefined. */
export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The server and client binaries, or an error telling CI how to get them. */
function binaries(): { server: string; isql: string } {
  const server = onPath("virtuoso-t");
  const isql = onPath("isql-vt");
  if (server === undefined || isql === undefined)
    throw new Error(
      `Virtuoso is not installed (${server === undefined ? "virtuoso-t" : "isql-vt"} is not on PATH): ` +
        "run .ci/install-virtuoso (it installs Debian's virtuoso-opensource-7-bin)",
    );
  return { server, isql };
}

/** A free TCP port on 127.0.0.1 (the OS picks it; the listener is closed before Virtuoso takes it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/** A minimal configuration: everything in `dir`, both listeners on 127.0.0.1 only. */
function ini(dir: string, dataDir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., ${dataDir}
NumberOfBuffers = 5000
MaxDirtyBuffers = 3000

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = 4
Charset = UTF-8

[SPARQL]
; No MaxQueryExecutionTime: with it, Virtuoso answers a slow query with partial results ("anytime
; queries"). The client bounds each query with its own timeout instead.
ResultSetMaxRows = 1000000
`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run a process with `input` on stdin; resolve to stdout + stderr, or reject on timeout. */
function run(
  command: string,
  args: string[],
  input: string,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command} did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    child.stdin.on("error", () => {}); // a client that exits early closes its stdin: its output says why
    child.stdin.end(input);
  });
}

/** Wait for the child to exit, at most `ms`; true if it did. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Send a signal to the child's process group (it was started detached, as the group's leader). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Start `virtuoso-t` in the foreground, in its own process group, with a fresh database in a temporary
 * directory, and wait (at most `startupMs`) until both its SQL port answers `isql-vt` and its HTTP port
 * answers a SPARQL query. Throws — after cleaning up — when Virtuoso is missing or does not come up.
 */
export async function startVirtuoso(startupMs = 60_000): Promise<VirtuosoServer> {
  const bin = binaries();
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "newsgraph-virtuoso-")));
  const dataDir = join(dir, "data");
  mkdirSync(dataDir);
  const sqlPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === sqlPort) httpPort = await freePort();
  writeFileSync(join(dir, "virtuoso.ini"), ini(dir, dataDir, sqlPort, httpPort));

  const child = spawn(bin.server, ["+foreground", "+configfile", join(dir, "virtuoso.ini")], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  // Should the test process die without afterAll, do not leave the server running.
  const onExit = () => signalGroup(child, "SIGKILL");
  process.once("exit", onExit);

  const sparqlEndpoint = `http://127.0.0.1:${httpPort}/sparql`;
  const isql = async (sql: string, timeoutMs = 60_000) => {
    const { code, output } = await run(
      bin.isql,
      [
        `127.0.0.1:${sqlPort}`,
        "dba",
        "dba",
        "VERBOSE=OFF",
        "BANNER=OFF",
        "PROMPT=OFF",
        "ECHO=OFF",
        "ERRORS=STDOUT",
      ],
      `${sql}\n`,
      timeoutMs,
    );
    // isql-vt exits with status 0 even when a statement fails: its errors are lines "*** Error …".
    if (code !== 0 || output.includes("*** Error"))
      throw new Error(`isql-vt failed (exit ${code}):\n${sql}\n${output}`);
    return output.trim();
  };
  const stop = async () => {
    signalGroup(child, "SIGTERM");
    if (!(await exited(child, 15_000))) {
      signalGroup(child, "SIGKILL");
      await exited(child, 5_000);
    }
    process.removeListener("exit", onExit);
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + startupMs;
  let httpReady = false;
  let sqlReady = false;
  let lastProblem = "";
  while (!(httpReady && sqlReady)) {
    if (spawnError !== undefined || child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `virtuoso-t exited during startup (${spawnError?.message ?? child.exitCode ?? child.signalCode}):\n${log}`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`virtuoso-t did not come up within ${startupMs} ms (${lastProblem}):\n${log}`);
    }
    try {
      if (!httpReady) {
        const url = `${sparqlEndpoint}?query=${encodeURIComponent("ASK {}")}`;
        const res = await fetch(url, {
          headers: { accept: "application/sparql-results+json" },
          signal: AbortSignal.timeout(2_000),
        });
        await res.text();
        httpReady = res.ok;
        if (!res.ok) lastProblem = `HTTP ${res.status}`;
      }
      if (!sqlReady) sqlReady = (await isql("SELECT 1;", 5_000)) === "1";
    } catch (error) {
      lastProblem = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    }
    if (!(httpReady && sqlReady)) await sleep(250);
  }
  return { dir, dataDir, sparqlEndpoint, isql, stop };
}
