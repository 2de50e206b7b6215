// Hostile cases for writing a release or an export: each row is a fault or a bad target, and the outcome
// a user gets — one line, a non-zero exit, the folder exactly as it was.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanLeftovers, type WriteFs, writeAtomically } from "../../src/cli/atomic.js";
import { cleanTemps, run, tempDir } from "../cli/run.js";
import { ROOT } from "../helpers.js";

afterEach(() => {
  cleanTemps();
  vi.restoreAllMocks();
});

/** Every file below a folder with its content (symlinks as "-> target"), to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    if (e.isSymbolicLink()) out[path] = `-> ${fs.readlinkSync(path)}`;
    else if (e.isFile()) out[path] = fs.readFileSync(path, "utf8");
  }
  return out;
}

const FILES = ["a.ttl", "b.nt", "c.nq", "d.trig", "e.jsonld"].map((name) => ({
  name,
  content: `new ${name}\n`,
}));

/** A folder holding the old release: every file of FILES with "old" content. */
function oldRelease(): string {
  const dir = tempDir();
  for (const f of FILES) fs.writeFileSync(join(dir, f.name), `old ${f.name}\n`);
  return dir;
}

/** Node's file system, with renameSync failing at its nth call. */
function failingRename(n: number): WriteFs {
  let calls = 0;
  return {
    ...(fs as unknown as WriteFs),
    renameSync: (from: string, to: string) => {
      calls++;
      if (calls === n) {
        const error: NodeJS.ErrnoException = new Error("simulated");
        error.code = "EIO";
        throw error;
      }
      fs.renameSync(from, to);
    },
  };
}

describe("a release is all or nothing", () => {
  it.each([1, 2, 4, 7, 9])(
    "a rename that fails at call %i puts every file back and leaves no temporaries",
    async (n) => {
      const dir = oldRelease();
      const before = snapshot(dir);
      await expect(writeAtomically(dir, FILES, { fs: failingRename(n) })).rejects.toThrow(
        /: cannot write the release \(EIO\); nothing was changed$/,
      );
      expect(snapshot(dir)).toEqual(before);
      expect(fs.readdirSync(dir).sort()).toEqual(FILES.map((f) => f.name).sort());
    },
  );

  it("a SIGTERM in the middle of the swap puts every file back, says so, and exits 143", async () => {
    const dir = oldRelease();
    const before = snapshot(dir);
    const exit = vi.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await expect(
      writeAtomically(dir, FILES, {
        onSwap: (done) => {
          if (done === 3) process.emit("SIGTERM", "SIGTERM");
        },
      }),
    ).rejects.toThrow();
    expect(exit).toHaveBeenCalledWith(143);
    expect(stderr).toHaveBeenCalledWith("newsgraph: stopped by SIGTERM; the release: nothing was changed\n");
    expect(snapshot(dir)).toEqual(before);
    expect(process.listenerCount("SIGTERM")).toBe(0);
  });

  it("a writer killed outright leaves temporaries and backups that the next run cleans and restores", async () => {
    const dir = oldRelease();
    // A process id that is no longer alive: a child that has exited.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    fs.writeFileSync(join(dir, `.b.nt.${dead}-0a1b2c3d.tmp`), "half-written");
    fs.renameSync(join(dir, "c.nq"), join(dir, `.c.nq.${dead}-0a1b2c3d.bak`));
    expect(cleanLeftovers(dir)).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(FILES.map((f) => f.name).sort());
    expect(fs.readFileSync(join(dir, "c.nq"), "utf8")).toBe("old c.nq\n");
    await writeAtomically(dir, FILES);
    expect(fs.readFileSync(join(dir, "c.nq"), "utf8")).toBe("new c.nq\n");
  });

  it("removes the folders it made when the write fails", async () => {
    const dir = tempDir();
    const failing: WriteFs = {
      ...(fs as unknown as WriteFs),
      writeFileSync: () => {
        const error: NodeJS.ErrnoException = new Error("simulated");
        error.code = "ENOSPC";
        throw error;
      },
    };
    await expect(writeAtomically(join(dir, "a", "b"), FILES, { fs: failing })).rejects.toThrow(/ENOSPC/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("cleans leftovers of an earlier process that had this process's id (every run is process 1 in a container)", () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, `.x.${process.pid}-0a1b2c3d.tmp`), "earlier");
    expect(cleanLeftovers(dir, undefined, `${process.pid}-ffffffff`)).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("leaves alone the temporaries of a writer that is still running", () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, `.x.${process.pid}-0a1b2c3d.tmp`), "mine");
    expect(cleanLeftovers(dir, undefined, `${process.pid}-0a1b2c3d`)).toBe(0);
    const other = spawnSync(process.execPath, ["-e", "setTimeout(() => {}, 0)"]);
    expect(other.status).toBe(0);
  });

  it("keeps an existing file's mode and writes through a symlink to its target", async () => {
    const dir = oldRelease();
    fs.chmodSync(join(dir, "a.ttl"), 0o600);
    const elsewhere = tempDir();
    fs.writeFileSync(join(elsewhere, "real.nt"), "old real\n");
    fs.rmSync(join(dir, "b.nt"));
    fs.symlinkSync(join(elsewhere, "real.nt"), join(dir, "b.nt"));
    await writeAtomically(dir, FILES);
    expect(fs.statSync(join(dir, "a.ttl")).mode & 0o777).toBe(0o600);
    expect(fs.lstatSync(join(dir, "b.nt")).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(join(elsewhere, "real.nt"), "utf8")).toBe("new b.nt\n");
    expect(fs.readdirSync(elsewhere)).toEqual(["real.nt"]);
  });
});

interface Case {
  readonly name: string;
  /** Prepare the folder; return the argv (after `newsgraph`). */
  readonly setup: (dir: string) => string[];
  readonly message: RegExp;
  readonly code: 1 | 2;
}

const CASES: Case[] = [
  {
    name: "build into a folder where one release file's name is a folder",
    setup: (dir) => {
      fs.mkdirSync(join(dir, "out", "newsgraph.nq"), { recursive: true });
      fs.writeFileSync(join(dir, "out", "void.ttl"), "old");
      return ["build", "--out", join(dir, "out")];
    },
    message: /^newsgraph: .*newsgraph\.nq: is a folder: cannot write the release there; nothing was changed$/,
    code: 1,
  },
  {
    name: "export onto a FIFO",
    setup: (dir) => {
      expect(spawnSync("mkfifo", [join(dir, "pipe")]).status).toBe(0);
      return ["export", "--format", "nquads", "--out", join(dir, "pipe")];
    },
    message:
      /^newsgraph: .*pipe: is a FIFO: cannot write the export there \(for standard output, give --out - or no --out\); nothing was changed$/,
    code: 1,
  },
  {
    name: "export onto a device (/dev/null is never replaced)",
    setup: () => ["export", "--format", "nquads", "--out", "/dev/null"],
    message: /^newsgraph: \/dev\/null: is a device: cannot write the export there/,
    code: 1,
  },
  {
    name: "build --out an empty path",
    setup: () => ["build", "--out", ""],
    message: /^newsgraph: --out: is empty/,
    code: 2,
  },
  {
    name: "export --out an empty path",
    setup: () => ["export", "--format", "turtle", "--out", " "],
    message: /^newsgraph: --out: is empty/,
    code: 2,
  },
  {
    name: "build over the hand-written ontology",
    setup: () => ["build", "--out", join(ROOT, "ontology")],
    message: /^newsgraph: .*ontology: lies among the package's own sources .*; nothing was changed$/,
    code: 1,
  },
  {
    name: "build into the repository's root, which holds the sources",
    setup: () => ["build", "--out", ROOT],
    message: /holds the package's own sources .*; nothing was changed$/,
    code: 1,
  },
  {
    name: "export over the ontology file",
    setup: () => ["export", "--format", "turtle", "--out", join(ROOT, "ontology", "newsgraph.ttl")],
    message: /lies among the package's own sources/,
    code: 1,
  },
  {
    name: "build through a symlink into the package's src/",
    setup: (dir) => {
      fs.symlinkSync(join(ROOT, "src"), join(dir, "srclink"));
      return ["build", "--out", join(dir, "srclink")];
    },
    message: /lies among the package's own sources/,
    code: 1,
  },
  {
    name: "export through a symlink into src/",
    setup: (dir) => {
      fs.symlinkSync(join(ROOT, "src"), join(dir, "srclink"));
      return ["export", "--format", "turtle", "--out", join(dir, "srclink", "x.ttl")];
    },
    message: /lies among the package's own sources/,
    code: 1,
  },
  {
    name: "export onto a symlink to the ontology file",
    setup: (dir) => {
      fs.symlinkSync(join(ROOT, "ontology", "newsgraph.ttl"), join(dir, "ont.ttl"));
      return ["export", "--format", "turtle", "--out", join(dir, "ont.ttl")];
    },
    message: /lies among the package's own sources/,
    code: 1,
  },
  {
    name: "export onto a symlink to the package's package.json",
    setup: (dir) => {
      fs.symlinkSync(join(ROOT, "package.json"), join(dir, "pkg"));
      return ["export", "--format", "nquads", "--out", join(dir, "pkg")];
    },
    message: /lies among the package's own sources .*package\.json/,
    code: 1,
  },
  {
    name: "build into a folder that looks like a project (it holds src/)",
    setup: (dir) => {
      fs.mkdirSync(join(dir, "project", "src"), { recursive: true });
      return ["build", "--out", join(dir, "project")];
    },
    message: /holds a src\/ folder, so it looks like a project, not a release folder/,
    code: 1,
  },
];

describe("bad targets: one line, a non-zero exit, nothing changed", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const dir = tempDir();
    const argv = c.setup(dir);
    const watched = [dir, join(ROOT, "ontology"), join(ROOT, "src", "articles"), join(ROOT, "queries")];
    const pkg = fs.readFileSync(join(ROOT, "package.json"), "utf8");
    const before = watched.map(snapshot);
    const nullBefore = fs.statSync("/dev/null");
    const { code, err, out, text } = await run(argv);
    expect(err[0]).toMatch(c.message);
    expect(code).toBe(c.code);
    expect(err).toHaveLength(c.code === 2 ? 2 : 1);
    expect(out).toEqual([]);
    expect(text).toBe("");
    expect(watched.map(snapshot)).toEqual(before);
    expect(fs.readFileSync(join(ROOT, "package.json"), "utf8")).toBe(pkg);
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(fs.statSync("/dev/null").ino).toBe(nullBefore.ino);
  });

  it("export --out - writes to standard output", async () => {
    const { code, text } = await run(["export", "--format", "ntriples", "--out", "-"]);
    expect(code).toBe(0);
    expect(text.length).toBeGreaterThan(1000);
  });
});
