import {test} from "node:test";
import assert from "node:assert/strict";
import {mkdtemp} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {corpusOf, runCli} from "./helpers.js";

const good = "Pemerintah mengumumkan kebijakan baru. Menteri itu hadir.";

test("broken articles are reported with file and reason; every other article is analyzed", async () => {
  const dir = await corpusOf({
    "ev/good-1.md": good,
    "ev/good-2.txt": "---\noutlet: Harian\n---\n" + good,
    "ev/empty.md": "",
    "ev/binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    "ev/latin1.txt": new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" di Jakarta.")]),
    "ev/huge.txt": "a".repeat(20 * 1024 * 1024),
    "ev/broken.md": "---\noutlet: [Harian\n---\nTeks.",
    "ev/unclosed.md": "---\noutlet: Harian\nTeks tanpa penutup.",
    "ev/zz/good-1.md": good, // sorts after ev/good-1.md: the first file in path order keeps the id
    "ev/only-residue.md": "[iklan_1]\nKomentar (0)",
  });
  const run = runCli([dir, "--json"]);
  assert.equal(run.status, 0, run.stderr);
  const tables = JSON.parse(run.stdout);
  assert.deepEqual(tables.articles.map((a: {file: string}) => a.file), ["ev/good-1.md", "ev/good-2.txt"]);
  const reasons = Object.fromEntries(tables.problems.map((p: {file: string; message: string}) => [p.file, p.message]));
  assert.match(reasons["ev/empty.md"], /empty/);
  assert.match(reasons["ev/binary.txt"], /binary/);
  assert.match(reasons["ev/latin1.txt"], /not valid UTF-8 \(first bad byte at offset 3\)/);
  assert.match(reasons["ev/huge.txt"], /20\.0 MB, over the 5\.0 MB limit/);
  assert.match(reasons["ev/broken.md"], /broken front matter/);
  assert.match(reasons["ev/unclosed.md"], /no closing ---/);
  assert.match(reasons["ev/zz/good-1.md"], /duplicate article id "good-1" \(already used by ev\/good-1\.md\)/);
  assert.match(reasons["ev/only-residue.md"], /no body text/);
  assert.ok(tables.problems.every((p: {severity: string}) => p.severity === "error"));
  // The reasons also reach a person at the terminal.
  assert.match(run.stderr, /error: ev\/binary\.txt: binary file/);
});

test("--strict exits non-zero when an article could not be analyzed, zero when all could", async () => {
  const broken = await corpusOf({"e/ok.md": good, "e/empty.md": ""});
  assert.equal(runCli([broken, "--json", "--strict"]).status, 1);
  const clean = await corpusOf({"e/ok.md": good});
  assert.equal(runCli([clean, "--json", "--strict"]).status, 0);
});

test("a corpus folder that does not exist, or is a file, is a clear error and a non-zero exit", async () => {
  const missing = join(await mkdtemp(join(tmpdir(), "telisik-missing-")), "no-such-folder");
  for (const args of [[missing], [missing, "--json"], [missing, "--json", "--strict"]]) {
    const run = runCli(args);
    assert.equal(run.status, 1, args.join(" "));
    assert.equal(run.stdout, "", "nothing on stdout to mistake for results");
    assert.ok(run.stderr.includes(`no such corpus folder: ${missing}`), run.stderr);
  }
  const file = await corpusOf({"article.md": "Satu kalimat.\n"});
  const onFile = runCli([join(file, "article.md")]);
  assert.equal(onFile.status, 1);
  assert.match(onFile.stderr, /not a folder: .*article\.md/);
});
