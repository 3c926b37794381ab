// Reported speech becomes the speaker's indirect quote; a body's report or a bare sourcing of data
// does not (docs/annotation.md, "quotes").
import {test} from "node:test";
import assert from "node:assert/strict";
import {attributeSentences} from "../../src/analysis/sources/attribute.js";
import type {SentenceRow} from "../../src/analysis/types.js";
import {settings} from "../helpers.js";

const run = (...texts: string[]) => {
  const sentences: SentenceRow[] = texts.map((text, index) => ({article_id: "t", index, paragraph: index, text, words: text.split(/\s+/).length}));
  return attributeSentences(sentences, settings.registry).quotes.filter((q) => q.form === "indirect");
};

test("what a speaker said, before or after the cue, is their indirect quote, without `that`", () => {
  const [a, b, c] = run(
    "Finance Minister Sri Mulyani said that the deficit would stay below 3 percent.",
    "The deficit would stay below 3 percent, Sri Mulyani said.",
    "Menurut Sri Mulyani, defisit akan tetap di bawah 3 persen.",
  );
  assert.deepEqual([a.speaker, a.category, a.direct, a.text], ["Sri Mulyani", "government", false, "the deficit would stay below 3 percent"]);
  assert.equal(b.text, "The deficit would stay below 3 percent");
  assert.equal(c.text, "defisit akan tetap di bawah 3 persen");
  assert.equal("Menurut Sri Mulyani, defisit akan tetap di bawah 3 persen.".slice(c.start, c.end), c.text);
});

test("a body's report and a bare sourcing of data are attributions, not quotes", () => {
  assert.deepEqual(run("Kantor berita Kyodo melaporkan tidak ada kerusakan besar.", "Menurut data Badan Pusat Statistik, inflasi turun.", "Jalur kereta ditutup sementara, seperti dilansir Nikkei Asia."), []);
});

test("a speaker quoted directly in the sentence gets no second, indirect quote", () => {
  assert.deepEqual(run("“Defisit aman,” kata Sri Mulyani."), []);
});

test("a person reporting (`X reported`) still speaks: the rule keys on who, not only the verb", () => {
  assert.deepEqual(run("Reporter Jane Doe reported that the road was closed.").map((q) => q.speaker), ["Jane Doe"]);
});
