// File-system failures are problem rows, not crashes (issue 14): links, special files, unreadable
// and vanishing files and folders. Every other article is still read.
import {test} from "node:test";
import assert from "node:assert/strict";
import {mkdir, mkdtemp, rm, symlink, writeFile, chmod} from "node:fs/promises";
import {spawnSync} from "node:child_process";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {readCorpus} from "../data-loaders/corpus.js";
import {NODE_FS, type CorpusFs} from "../data-loaders/corpusEntries.js";
import {corpusOf, runCli} from "./helpers.js";

const good = "Pemerintah mengumumkan kebijakan baru. Menteri itu hadir.";
const reasons = (problems: {file: string; message: string}[]) => Object.fromEntries(problems.map((p) => [p.file, p.message]));

/** A corpus with every kind of link and a FIFO beside two good articles. */
async function linkedCorpus(): Promise<string> {
  const outside = await corpusOf({"elsewhere.md": good});
  const dir = await corpusOf({"e/good.md": good, "e/sub/target.md": "Menteri itu tiba. Ia disambut."});
  await symlink(join(dir, "e/sub/target.md"), join(dir, "e/inside.md"));
  await symlink("sub/target.md", join(dir, "e/relative.md"));
  await symlink(join(outside, "elsewhere.md"), join(dir, "e/outside.md"));
  await symlink("/dev/zero", join(dir, "e/zero.md"));
  await symlink("no-such-file.md", join(dir, "e/dangling.md"));
  await symlink("loop-b.md", join(dir, "e/loop-a.md"));
  await symlink("loop-a.md", join(dir, "e/loop-b.md"));
  await symlink(join(dir, "e/sub"), join(dir, "e/folder-link"));
  await symlink(dir, join(dir, "e/up"));
  const fifo = spawnSync("mkfifo", [join(dir, "e/pipe.md")]);
  assert.equal(fifo.status, 0, "mkfifo is needed for this test");
  return dir;
}

const LINK_REASONS = {
  "e/outside.md": "symbolic link to a file outside the corpus folder; not followed",
  "e/zero.md": "symbolic link to a character device; not opened",
  "e/dangling.md": "dangling symbolic link (its target does not exist); skipped",
  "e/loop-a.md": "symbolic link loop; skipped",
  "e/loop-b.md": "symbolic link loop; skipped",
  "e/folder-link": "symbolic link to a folder; not followed (links to article files inside the corpus are)",
  "e/up": "symbolic link to a folder; not followed (links to article files inside the corpus are)",
  "e/pipe.md": "a named pipe (FIFO), not a regular file; not opened",
};

test("links inside the corpus are read; links out, to devices, dangling, looping and FIFOs are reported by kind", {timeout: 30_000}, async () => {
  const corpus = await readCorpus(await linkedCorpus());
  assert.deepEqual(corpus.documents.map((d) => d.file), ["e/good.md", "e/inside.md", "e/relative.md", "e/sub/target.md"]);
  assert.equal(corpus.documents[1].text, "Menteri itu tiba. Ia disambut.");
  assert.deepEqual(reasons(corpus.problems), LINK_REASONS);
  assert.ok(corpus.problems.every((p) => p.severity === "error"));
});

test("analyze --json on the same corpus exits 0 with every link and the FIFO in problems", {timeout: 60_000}, async () => {
  const run = runCli([await linkedCorpus(), "--json"]);
  assert.equal(run.status, 0, run.stderr);
  const tables = JSON.parse(run.stdout);
  // A link is an article under its own name (its id from the link's file name).
  assert.deepEqual(tables.articles.map((a: {id: string}) => a.id), ["good", "inside", "relative", "target"]);
  const problems = reasons(tables.problems);
  for (const [file, message] of Object.entries(LINK_REASONS)) assert.equal(problems[file], message, file);
});

/** Node's error for a call, as the kernel would give it. */
function fsError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall} '${path}'`), {code, syscall, path});
}

test("unreadable files and folders, a file removed or swapped for a FIFO after listing and an over-long path are rows, not crashes", {timeout: 30_000}, async () => {
  const dir = await corpusOf({
    "e/a-good.md": good,
    "e/secret.md": good,
    "e/gone.md": good,
    "e/locked/inner.md": good,
    "e/deep/inner.md": good,
    "e/swapped.md": good,
    "e/z-good.md": good,
  });
  // Run as root, permissions never fail: the failures are injected, except the removal, which is real.
  const fs: CorpusFs = {
    ...NODE_FS,
    readdir: async (path, options) => {
      if (path.endsWith("locked")) throw fsError("EACCES", "scandir", path);
      if (path.endsWith("deep")) throw fsError("ENAMETOOLONG", "scandir", path);
      return NODE_FS.readdir(path, options);
    },
    open: async (path, flags) => {
      if (path.endsWith("secret.md")) throw fsError("EACCES", "open", path);
      if (path.endsWith("gone.md")) await rm(path);
      // Replaced by a FIFO after listing: a blocking open would wait for a writer for ever.
      if (path.endsWith("swapped.md")) {
        await rm(path);
        assert.equal(spawnSync("mkfifo", [path]).status, 0);
      }
      return NODE_FS.open(path, flags);
    },
  };
  const corpus = await readCorpus(dir, {fs});
  assert.deepEqual(corpus.documents.map((d) => d.file), ["e/a-good.md", "e/z-good.md"]);
  assert.deepEqual(reasons(corpus.problems), {
    "e/deep": "cannot list folder: path too long for the file system (ENAMETOOLONG); the articles in it are not read",
    "e/gone.md": "cannot open: no longer there (removed after the folder was listed) (ENOENT); skipped",
    "e/locked": "cannot list folder: permission denied (EACCES); the articles in it are not read",
    "e/secret.md": "cannot open: permission denied (EACCES); skipped",
    "e/swapped.md": "a named pipe (FIFO), not a regular file; not read",
  });
});

test("a read that fails after the file was opened is a row too", async () => {
  const dir = await corpusOf({"e/ok.md": good, "e/bad-disk.md": good});
  const fs: CorpusFs = {
    ...NODE_FS,
    open: async (path, flags) => {
      const handle = await NODE_FS.open(path, flags);
      if (path.endsWith("bad-disk.md")) handle.readFile = async () => Promise.reject(fsError("EIO", "read", path));
      return handle;
    },
  };
  const corpus = await readCorpus(dir, {fs});
  assert.deepEqual(corpus.documents.map((d) => d.file), ["e/ok.md"]);
  assert.deepEqual(reasons(corpus.problems), {"e/bad-disk.md": "cannot read: input/output error (EIO); skipped"});
});

test("the corpus folder itself unreadable is one row naming it", async () => {
  const dir = await corpusOf({"e/ok.md": good});
  const fs: CorpusFs = {...NODE_FS, readdir: async (path) => Promise.reject(fsError("EACCES", "scandir", path))};
  const corpus = await readCorpus(dir, {fs});
  assert.deepEqual(corpus.documents, []);
  assert.deepEqual(corpus.problems, [{file: ".", severity: "error", message: "cannot list folder: permission denied (EACCES); the articles in it are not read"}]);
});

const root = process.getuid?.() === 0;
/** The environment without the test runner's own variable, so the child reports as a runner of its own. */
const withoutTestContext = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([key]) => key !== "NODE_TEST_CONTEXT"));
const PERMISSIONS_TEST = "with real permissions (not root): chmod 000 on a file and a folder";
test(PERMISSIONS_TEST, async () => {
  if (root) {
    // Root reads anything: run this test again as an unprivileged user (CI runs as root).
    const scratch = await mkdtemp(join(tmpdir(), "telisik-nobody-"));
    await chmod(scratch, 0o777);
    const child = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "--import", "tsx", "--test", `--test-name-pattern=^${PERMISSIONS_TEST.replace(/[()]/g, "\\$&")}$`, fileURLToPath(import.meta.url)], {encoding: "utf8", env: {...withoutTestContext(process.env), HOME: scratch, TMPDIR: scratch}});
    assert.equal(child.status, 0, child.stdout + child.stderr);
    assert.match(child.stdout, /# pass 1\b/);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "telisik-perm-"));
  await mkdir(join(dir, "e/locked"), {recursive: true});
  await writeFile(join(dir, "e/ok.md"), good);
  await writeFile(join(dir, "e/secret.md"), good);
  await writeFile(join(dir, "e/locked/inner.md"), good);
  await chmod(join(dir, "e/secret.md"), 0);
  await chmod(join(dir, "e/locked"), 0);
  try {
    const corpus = await readCorpus(dir);
    assert.deepEqual(corpus.documents.map((d) => d.file), ["e/ok.md"]);
    assert.match(reasons(corpus.problems)["e/secret.md"], /permission denied \(EACCES\)/);
    assert.match(reasons(corpus.problems)["e/locked"], /permission denied \(EACCES\)/);
  } finally {
    await chmod(join(dir, "e/locked"), 0o755);
  }
});
