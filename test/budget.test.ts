// The per-article budget (issue 14, item 2): an overlong sentence is cut with a warning, an article
// over the time budget is set aside with an error, and every other article is analysed as before.
import {test} from "node:test";
import assert from "node:assert/strict";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import {capSentence} from "../src/analysis/budget/capSentence.js";
import {DEFAULT_LIMITS, MAX_SENTENCE_CHARS} from "../src/analysis/budget/limits.js";
import {settings} from "./helpers.js";

const good = {file: "good.md", text: "---\nid: good\nlanguage: id\n---\nPemerintah mengumumkan kebijakan baru, kata Menteri Budi. Menteri itu hadir."};

test("capSentence cuts at the last space before the limit, never inside a word or a surrogate pair", () => {
  assert.equal(capSentence("satu dua tiga", 9), "satu dua");
  assert.equal(capSentence("satu dua", 9), "satu dua");
  assert.equal(capSentence("abcdefghij", 4), "abcd");
  assert.equal(capSentence("abc😀def", 4), "abc");
  assert.equal(capSentence("a".repeat(1_000_000), MAX_SENTENCE_CHARS).length, MAX_SENTENCE_CHARS);
});

test("a sentence over the limit is cut to it with one warning; the article is still analysed", () => {
  // 14,000 characters with no full stop: the segmenter already splits past 8,000 (MAX_CHUNK), so two cut sentences.
  const long = {file: "long.md", text: `---\nid: long\nlanguage: id\n---\nKata Menteri ${"sangat ".repeat(2_000)}penting.`};
  const tables = analyzeCorpus([good, long], settings);
  assert.deepEqual(tables.articles.map((a) => a.id), ["good", "long"]);
  const cut = tables.sentences.filter((s) => s.article_id === "long");
  assert.ok(cut.every((s) => s.text.length <= MAX_SENTENCE_CHARS));
  assert.deepEqual(tables.problems, [{file: "long.md", severity: "warning", message: `2 sentences longer than ${MAX_SENTENCE_CHARS} characters cut to that length (the longest: 7999 characters, sentence 1)`}]);
});

test("an article over the time budget is set aside with an error naming the stage; the rest is analysed as without it", () => {
  // A scripted clock, read at each article's start and after each stage: good.md (first in path
  // order) takes no time; slow.md's cleaning "takes" 20 s.
  const readings = [0, 0, 0, 0, 0, 0, 20_000];
  const clock = () => readings.shift() ?? 20_000;
  const slow = {file: "slow.md", text: "---\nid: slow\nlanguage: id\n---\nTeks biasa. Kalimat kedua."};
  const withSlow = analyzeCorpus([slow, good], settings, [], {...DEFAULT_LIMITS, budgetMs: 10_000, clock});
  assert.deepEqual(withSlow.problems, [{file: "slow.md", severity: "error", message: "took longer than the 10 s budget for one article (by the end of cleaning); skipped"}]);
  const alone = analyzeCorpus([good], settings);
  for (const table of ["articles", "sentences", "spans", "attributions", "quotes", "hedges", "claims", "outlets"] as const) {
    assert.deepEqual(withSlow[table], alone[table], table);
  }
});
