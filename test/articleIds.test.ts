// A file name of any Unicode letters and punctuation gives a safe id (issue 14).
import {test} from "node:test";
import assert from "node:assert/strict";
import {idFromFileName, isArticleId} from "../src/analysis/corpus/articleIds.js";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import {corpusOf, runCli, settings} from "./helpers.js";

test("a file name that is an id is the id", () => {
  for (const name of ["artikel-7", "004_19d4d10bd79297cd", "Berita.Hari_Ini", "ниже", "日本語", "हिन्दी", "café"]) assert.equal(idFromFileName(`e/${name}.md`), name);
  // Decomposed (as macOS writes names) and composed spellings give the same id.
  assert.equal(idFromFileName("e/cafe\u0301.txt"), "café");
});

test("spaces, emoji, $ and other punctuation become a safe id with a hash of the name", () => {
  const names = ["berita hari ini", "berita$hari$ini", "berita 😀", "😀", "$$$", "  lead", "-dash", "a/b?c", "ends with space ", "100% benar", "tab\there", "<script>"];
  const ids = names.map((n) => idFromFileName(`e/${n.replace("/", "∕")}.md`));
  for (const id of ids) assert.ok(isArticleId(id), id);
  assert.equal(new Set(ids).size, ids.length, "two names gave one id");
  assert.match(ids[0], /^berita-hari-ini-[0-9a-f]{8}$/);
  assert.match(ids[3], /^file-[0-9a-f]{8}$/);
  // The same name gives the same id on every run.
  assert.equal(idFromFileName("e/berita hari ini.md"), ids[0]);
});

test("articles with such names and no front-matter id are analyzed, through the pipeline and the CLI", async () => {
  const text = "Pemerintah mengumumkan kebijakan baru. Menteri itu hadir.";
  const files = {"e/berita hari ini.md": text, "e/kabar 😀.txt": text, "e/$100 juta.md": text, "e/plain.md": text};
  const tables = analyzeCorpus(Object.entries(files).map(([file, text]) => ({file, text})), settings);
  assert.deepEqual(tables.problems, []);
  assert.equal(tables.articles.length, 4);
  const run = runCli([await corpusOf(files), "--json", "--strict"]);
  assert.equal(run.status, 0, run.stderr);
  const fromDisk = JSON.parse(run.stdout);
  assert.deepEqual(fromDisk.articles.map((a: {id: string}) => a.id).sort(), tables.articles.map((a) => a.id).sort());
});

test("a front-matter id is kept as given, and refused when it is no id", () => {
  const tables = analyzeCorpus([{file: "e/x.md", text: "---\nid: ../x\n---\nTeks satu."}], settings);
  assert.equal(tables.articles.length, 0);
  assert.match(tables.problems[0].message, /article id "\.\.\/x" must be letters/);
});
