import {test} from "node:test";
import assert from "node:assert/strict";
import {findQuotations, maskQuoted} from "../../src/analysis/sources/quotes.js";
import type {SentenceRow} from "../../src/analysis/types.js";

const paragraph = (...texts: string[]): SentenceRow[] => texts.map((text, index) => ({article_id: "t", index, paragraph: 0, text, words: 0}));
const texts = (sentences: SentenceRow[]) => findQuotations(sentences).map((q) => q.pieces.map((p) => `${p.sentence_index}:${p.text}`));

test("curly, straight and single quotes; an apostrophe inside a word is not a quote", () => {
  assert.deepEqual(texts(paragraph("“Harga naik,” kata pedagang itu.")), [["0:Harga naik,"]]);
  assert.deepEqual(texts(paragraph('Ia menyebutnya "langkah mundur" bagi demokrasi.')), [["0:langkah mundur"]]);
  assert.deepEqual(texts(paragraph("Dia bilang ‘cukup sudah’ kepada wartawan Barron’s.")), [["0:cukup sudah"]]);
  assert.deepEqual(texts(paragraph("The minister's aide called it 'a mistake'.")), [["0:a mistake"]]);
  assert.deepEqual(texts(paragraph("Barron’s and O'Neill's notes.")), []);
});

test("a quote that opens in one sentence and closes in the next is one quotation in two pieces", () => {
  const quotes = findQuotations(paragraph("“Kami sudah siap sejak pagi.", "Semua logistik sudah dikirim,” ujar Budi.", "Hujan turun."));
  assert.equal(quotes.length, 1);
  assert.deepEqual(quotes[0].pieces.map((p) => [p.sentence_index, p.text]), [[0, "Kami sudah siap sejak pagi."], [1, "Semua logistik sudah dikirim,"]]);
});

test("spans are offsets into each sentence's own text", () => {
  const sentences = paragraph("Ia berkata: “Tidak ada kompromi.”");
  const [piece] = findQuotations(sentences)[0].pieces;
  assert.equal(sentences[0].text.slice(piece.start, piece.end), "Tidak ada kompromi.");
});

test("a stray closing mark after a space opens a quote (machine translation habit); an unclosed quote is dropped", () => {
  assert.deepEqual(texts(paragraph("Ia menyebut tur itu ” luar biasa”.")), [["0:luar biasa"]]);
  assert.deepEqual(texts(paragraph("“Ini tidak pernah ditutup.")), []);
});

test("masking blanks quoted words so cue words inside a quote are not read as cues, keeping offsets", () => {
  const text = "“Dia mengatakan tidak,” kata Sari.";
  const masked = maskQuoted(text, findQuotations(paragraph(text))[0].pieces);
  assert.equal(masked.length, text.length);
  assert.ok(!masked.includes("mengatakan"));
  assert.ok(masked.endsWith("kata Sari."));
});

test("across paragraphs: a quote closing in the next paragraph is one quotation; the English run-on convention continues", async () => {
  const {findArticleQuotations} = await import("../../src/analysis/sources/quotes.js");
  const para = (paragraph: number, first: number, ...texts: string[]): SentenceRow[] => texts.map((text, k) => ({article_id: "t", index: first + k, paragraph, text, words: 0}));
  // Closing in the next paragraph (a line break inside one quote).
  const joined = findArticleQuotations([para(0, 0, '"Kami siap.'), para(1, 1, 'Kami akan bekerja," kata Budi.')]);
  assert.deepEqual(joined.map((q) => q.pieces.map((p) => p.text)), [["Kami siap.", "Kami akan bekerja,"]]);
  // Run-on: paragraph one never closes; paragraph two opens again and closes with the cue.
  const runOn = findArticleQuotations([para(0, 0, "“We will rebuild every house."), para(1, 1, "“It will take years,” she said.")]);
  assert.deepEqual(runOn.map((q) => [q.pieces.map((p) => p.text), q.continues ?? false]), [[["We will rebuild every house."], true], [["It will take years,"], false]]);
});
