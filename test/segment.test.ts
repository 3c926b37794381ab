import {test} from "node:test";
import assert from "node:assert/strict";
import {chunks, segmentBody} from "../src/analysis/segment/segment.js";
import {settings} from "./helpers.js";

const segment = (text: string) => segmentBody(text, settings.segmentation);

test("honorifics and titles do not end a sentence", () => {
  assert.deepEqual(segment("Menurut laporan, Tn. Budi menemui Ny. Sari dan Dr. Andi di kantor. Prof. Rina hadir."), [
    "Menurut laporan, Tn. Budi menemui Ny. Sari dan Dr. Andi di kantor.",
    "Prof. Rina hadir.",
  ]);
  assert.deepEqual(segment("“Itu jelas…Tuan. Hasan tahu itu,” katanya. Ia pergi."), ["“Itu jelas…Tuan. Hasan tahu itu,” katanya.", "Ia pergi."]);
  assert.deepEqual(segment("Mr. Smith met Gen. Lee in the U.S. capital. They talked."), ["Mr. Smith met Gen. Lee in the U.S. capital.", "They talked."]);
});

test("abbreviations, numbers and dates inside a sentence stay whole", () => {
  assert.deepEqual(segment("Ia membeli buku, pena, dll. di toko No. 5 pada Kamis (27/7). Lalu pulang."), [
    "Ia membeli buku, pena, dll. di toko No. 5 pada Kamis (27/7).",
    "Lalu pulang.",
  ]);
  assert.deepEqual(segment("Harga naik 3.5 persen pada 2023. Inflasi turun."), ["Harga naik 3.5 persen pada 2023.", "Inflasi turun."]);
  assert.deepEqual(segment("Surat dari John F. Kennedy tiba."), ["Surat dari John F. Kennedy tiba."]);
});

test("a quote spanning two sentences keeps its boundaries and its closing cue", () => {
  assert.deepEqual(segment("\"Kami sudah siap. Semua pasukan menunggu,\" kata juru bicara itu. Rapat ditunda."), [
    "\"Kami sudah siap.",
    "Semua pasukan menunggu,\" kata juru bicara itu.",
    "Rapat ditunda.",
  ]);
  // The closing quote mark stays with the sentence it closes.
  assert.deepEqual(segment("Ia berkata, “Cukup.” Semua diam."), ["Ia berkata, “Cukup.”", "Semua diam."]);
});

test("fragments without words and lower-case continuations join the previous sentence", () => {
  assert.deepEqual(segment("Ia kembali ke meja. ."), ["Ia kembali ke meja. ."]);
  assert.deepEqual(segment("“Kami menolak,” kata pemerintah. kata media."), ["“Kami menolak,” kata pemerintah. kata media."]);
});

test("long paragraphs are fed in bounded chunks without losing text", () => {
  const sentence = "Pemerintah mengumumkan kebijakan baru untuk sektor pangan hari ini. ";
  const long = sentence.repeat(3000);
  const pieces = [...chunks(long, 8000)];
  assert.ok(pieces.every((p) => p.length <= 8000));
  assert.equal(pieces.join(""), long);
  const sentences = segment(long);
  assert.equal(sentences.length, 3000);
  assert.ok(sentences.every((s) => s === sentence.trim()));
  // No boundary in sight: cut at a space, still lossless.
  const words = "kata ".repeat(5000);
  assert.equal([...chunks(words, 8000)].join(""), words);
});

test("sentences glued with no space after the full stop are split; U.S., decimals, domains and abbreviations are not", () => {
  assert.deepEqual(segment("Warga mengungsi ke masjid itu.Presiden tiba pukul 22.54 WIB."), ["Warga mengungsi ke masjid itu.", "Presiden tiba pukul 22.54 WIB."]);
  assert.deepEqual(segment("The U.S.Army base stayed shut, Detik.com reported."), ["The U.S.Army base stayed shut, Detik.com reported."]);
  assert.deepEqual(segment("Ia dirawat di RSUD dr.Soetomo. Tn.Kim menjenguknya."), ["Ia dirawat di RSUD dr.Soetomo.", "Tn.Kim menjenguknya."]);
});

test("every sentence is verbatim from its paragraph, spacing of joins included", () => {
  const paragraph = "Gempa susulan terasa sepanjang malam.***  Tn.  Kim tiba.";
  for (const sentence of segment(paragraph)) assert.ok(paragraph.includes(sentence), sentence);
});
