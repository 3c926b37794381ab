// --out: checked before the run, written atomically, the same bytes every time (issue 14).
import {test} from "node:test";
import assert from "node:assert/strict";
import {chmod, mkdir, mkdtemp, readdir, readFile, symlink, writeFile} from "node:fs/promises";
import {spawnSync} from "node:child_process";
import {tmpdir} from "node:os";
import {join} from "node:path";
import * as nodeFs from "node:fs/promises";
import {writeTables, type TableFs} from "../data-loaders/writeTables.js";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import {TABLE_NAMES} from "../src/analysis/types.js";
import {PROJECT_ROOT} from "../data-loaders/settings.js";
import {corpusOf, runCli, settings} from "./helpers.js";

/** A failure is one line on stderr, names the path, and no stack trace; stdout stays empty. */
function assertOneLineError(run: {status: number | null; stdout: string; stderr: string}, pattern: RegExp): void {
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stdout, "");
  const lines = run.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(run.stderr, /\n\s+at |Error:/);
}

test("--out onto a file, under a file, or inside the corpus is a one-line error before any analysis", async () => {
  const scratch = await mkdtemp(join(tmpdir(), "telisik-out-"));
  const file = join(scratch, "a-file");
  await writeFile(file, "x");
  assertOneLineError(runCli(["articles", "--json", "--out", file]), /^telisik: --out .*a-file is a file, not a folder$/);
  assertOneLineError(runCli(["articles", "--json", "--out", join(file, "sub", "deeper")]), /^telisik: cannot create the --out folder .*a-file\/sub\/deeper: .*a-file is a file$/);
  const corpus = await corpusOf({"e/a.md": "Pemerintah mengumumkan kebijakan baru."});
  assertOneLineError(runCli([corpus, "--out", join(corpus, "out")]), /^telisik: --out .* is inside the corpus folder .*; write the tables elsewhere$/);
  assertOneLineError(runCli([corpus, "--out", corpus]), /is inside the corpus folder/);
  // Through a link that leads into the corpus, too.
  await symlink(join(corpus, "e"), join(scratch, "into-corpus"));
  assertOneLineError(runCli([corpus, "--out", join(scratch, "into-corpus", "tables")]), /is inside the corpus folder/);
  assert.deepEqual(await readdir(join(corpus, "e")), ["a.md"], "nothing was written into the corpus");
});

test("--out /proc/x fails fast with one line (Node's mkdir -p spins on it)", () => {
  const started = Date.now();
  // One process, not npm's tree, so a timeout kills the spinning one itself.
  const result = spawnSync(process.execPath, ["--import", "tsx", "data-loaders/cli.ts", "articles", "--out", "/proc/telisik-x/y"], {cwd: PROJECT_ROOT, encoding: "utf8", timeout: 30_000});
  assert.ok(Date.now() - started < 30_000, "still running after 30 s");
  assertOneLineError(result, /^telisik: cannot create the --out folder \/proc\/telisik-x\/y: the file system there makes no folders \(ENOENT\)$/);
});

test("an unwritable --out folder is a one-line error (run as an unprivileged user: root writes anywhere)", {skip: process.getuid?.() === 0 && !spawnSync("setpriv", ["--version"]).stdout ? "no setpriv to drop root" : false}, async () => {
  const scratch = await mkdtemp(join(tmpdir(), "telisik-ro-"));
  await chmod(scratch, 0o755);
  const readOnly = join(scratch, "read-only");
  await mkdir(readOnly, {mode: 0o555});
  await chmod(readOnly, 0o555);
  const command = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "npm"] : ["npm"];
  const run = (out: string) => {
    const args = [...command.slice(1), "run", "--silent", "analyze", "--", "articles", "--out", out];
    return spawnSync(command[0], args, {cwd: PROJECT_ROOT, encoding: "utf8", env: {...process.env, HOME: scratch, npm_config_cache: join(scratch, ".npm")}});
  };
  assertOneLineError(run(join(readOnly, "new")), /^telisik: cannot create the --out folder .*read-only\/new: permission denied \(EACCES\)$/);
  assertOneLineError(run(readOnly), /^telisik: cannot write to the --out folder .*read-only: permission denied \(EACCES\)$/);
});

test("a write that fails half-way leaves every earlier file whole and no temporary file", async () => {
  const tables = analyzeCorpus([{file: "e/a.md", text: "Pemerintah mengumumkan kebijakan baru. Menteri itu hadir."}], settings);
  const dir = await mkdtemp(join(tmpdir(), "telisik-atomic-"));
  assert.deepEqual(await writeTables(dir, tables), {written: 2 * TABLE_NAMES.length});
  const before = await readFile(join(dir, "spans.json"), "utf8");
  // A killed run's leftover is cleared by the next one.
  await writeFile(join(dir, ".telisik-spans.json.999.tmp"), "half");
  let writes = 0;
  const failing: TableFs = {
    ...nodeFs,
    writeFile: (async (path: string, contents: string) => {
      if (++writes === 5) {
        await nodeFs.writeFile(path, contents.slice(0, 10)); // half-written, then the disk fills
        throw Object.assign(new Error("ENOSPC: no space left on device"), {code: "ENOSPC"});
      }
      return nodeFs.writeFile(path, contents);
    }) as TableFs["writeFile"],
  };
  const changed = analyzeCorpus([{file: "e/a.md", text: "Teks lain sama sekali. Kalimat kedua di sini."}], settings);
  const result = await writeTables(dir, changed, failing);
  assert.deepEqual(result, {error: `cannot write ${join(dir, "spans.json")}: file-system error (ENOSPC)`});
  assert.equal(await readFile(join(dir, "spans.json"), "utf8"), before, "the old table is untouched");
  assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith(".")), []);
  for (const f of await readdir(dir)) JSON.parse(f.endsWith(".json") ? await readFile(join(dir, f), "utf8") : "0");
});

test("two runs with --out write byte-identical files", async () => {
  const scratch = await mkdtemp(join(tmpdir(), "telisik-twice-"));
  for (const run of ["a", "b"]) assert.equal(runCli(["articles", "--out", join(scratch, run)]).status, 0);
  const files = (await readdir(join(scratch, "a"))).sort();
  assert.deepEqual(files, (await readdir(join(scratch, "b"))).sort());
  assert.equal(files.length, 2 * TABLE_NAMES.length);
  for (const file of files) assert.ok((await readFile(join(scratch, "a", file))).equals(await readFile(join(scratch, "b", file))), file);
});
