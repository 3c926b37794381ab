// `analyze --json | head` ends quietly: a reader that stops reading is no error (issue 14).
import {test} from "node:test";
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {mkdtemp, readdir} from "node:fs/promises";
import {tmpdir} from "node:os";
import {TABLE_NAMES} from "../src/analysis/types.js";
import {PROJECT_ROOT} from "../data-loaders/settings.js";

test("analyze --json piped into head -c 100 prints no stack trace and exits 0", () => {
  // A real shell pipe, as a person types it; the CLI's own stderr and exit status are captured.
  const script = `npm run --silent analyze -- articles --json 2>"$ERR" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
  const errFile = join(PROJECT_ROOT, "test-output", "closed-pipe.stderr");
  spawnSync("mkdir", ["-p", join(PROJECT_ROOT, "test-output")]);
  const run = spawnSync("bash", ["-c", script], {cwd: PROJECT_ROOT, encoding: "utf8", env: {...process.env, ERR: errFile}});
  const stderr = spawnSync("cat", [errFile], {encoding: "utf8"}).stdout;
  assert.equal(run.stdout.trim(), "0", stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error|at \S+ \(/);
  assert.match(stderr, /telisik: \d+ article\(s\)/, "progress still reaches stderr");
});

test("with stderr in the same closed pipe (2>&1 | head), the run still exits 0", () => {
  const run = spawnSync("bash", ["-c", `npm run --silent analyze -- articles --json 2>&1 | head -c 30 >/dev/null; echo "\${PIPESTATUS[0]}"`], {cwd: PROJECT_ROOT, encoding: "utf8"});
  assert.equal(run.stdout.trim(), "0", run.stderr);
  assert.equal(run.stderr, "");
});

test("with only stderr closed, --out still writes every table", async () => {
  const out = join(await mkdtemp(join(tmpdir(), "telisik-pipe-")), "out");
  const run = spawnSync("bash", ["-c", `npm run --silent analyze -- articles --out "$OUT" 2>&1 >/dev/null | head -c 5 >/dev/null; echo "\${PIPESTATUS[0]}"`], {cwd: PROJECT_ROOT, encoding: "utf8", env: {...process.env, OUT: out}});
  assert.equal(run.stdout.trim(), "0", run.stderr);
  assert.equal((await readdir(out)).length, 2 * TABLE_NAMES.length);
});
