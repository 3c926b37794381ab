import {test} from "node:test";
import assert from "node:assert/strict";
import {cleanArticle, splitParagraphs} from "../src/analysis/clean/clean.js";
import {settings} from "./helpers.js";

const clean = (text: string) => cleanArticle(text, settings.cleaning);
const roles = (text: string) => clean(text).blocks.map((b) => [b.role, b.text]);

test("a related-link line is set aside whole", () => {
  assert.deepEqual(roles("Isi berita pertama.\nBaca Juga: Harga Beras Naik Lagi di Pasar Induk\nIsi berita kedua."), [
    ["body", "Isi berita pertama."],
    ["related_link", "Baca Juga: Harga Beras Naik Lagi di Pasar Induk"],
    ["body", "Isi berita kedua."],
  ]);
});

test("a related-link headline glued to the next sentence is split at the glue", () => {
  assert.deepEqual(roles("BACA JUGA: Gempa Guncang Sulawesi TengahWarga diminta tetap tenang, kata BMKG."), [
    ["related_link", "BACA JUGA: Gempa Guncang Sulawesi Tengah"],
    ["body", "Warga diminta tetap tenang, kata BMKG."],
  ]);
  // A camel-case brand inside the headline is not a glue point.
  assert.deepEqual(roles("Read more: Why YouTube Changed Its RulesThe company said on Monday it would appeal."), [
    ["related_link", "Read more: Why YouTube Changed Its Rules"],
    ["body", "The company said on Monday it would appeal."],
  ]);
});

test("page residue, editor initials and bylines are set aside; credits become based_on", () => {
  const cleaned = clean("Kalimat berita.\n[iklan_3]\nKomentar (12)\nSumber\nAkhir berita. (ant/rdn)\nSiti Rahma (Menurut Reuters, AFP dan Kyodo)");
  assert.deepEqual(cleaned.blocks.map((b) => b.role), ["body", "residue", "residue", "residue", "body", "editor_initials", "byline"]);
  assert.equal(cleaned.blocks[4].text, "Akhir berita.");
  assert.deepEqual(cleaned.credits, ["Reuters", "AFP", "Kyodo"]);
});

test("a photo caption and its credit are set aside, never body", () => {
  assert.deepEqual(roles("Presiden menyapa warga di Solo. Foto: Antara/Aditya\nIsi berita."), [
    ["caption", "Presiden menyapa warga di Solo."],
    ["photo_credit", "Foto: Antara/Aditya"],
    ["body", "Isi berita."],
  ]);
  assert.deepEqual(roles("Officials at the site on Tuesday. Photo: AP\nThe story goes on."), [
    ["caption", "Officials at the site on Tuesday."],
    ["photo_credit", "Photo: AP"],
    ["body", "The story goes on."],
  ]);
});

test("datelines give outlet and place and are set aside", () => {
  const republika = clean("REPUBLIKA.CO.ID, JAKARTA -- Pemerintah mengumumkan kebijakan baru.");
  assert.deepEqual(republika.dateline, {outlet: "REPUBLIKA.CO.ID", place: "Jakarta"});
  assert.deepEqual(republika.blocks.map((b) => b.role), ["dateline", "body"]);
  assert.equal(republika.blocks[1].text, "Pemerintah mengumumkan kebijakan baru.");
  assert.deepEqual(clean("JAKARTA, KOMPAS.com - Harga naik.").dateline, {outlet: "KOMPAS.com", place: "Jakarta"});
  assert.deepEqual(clean("SEOUL (Reuters) - North Korea fired a missile.").dateline, {outlet: "Reuters", place: "Seoul"});
  // A sentence that merely starts with a capitalised word is not a dateline.
  assert.equal(clean("Korea Utara menembakkan rudal - lagi.").dateline, null);
});

test("a short unpunctuated line between paragraphs is a subheading, a sentence is not", () => {
  assert.deepEqual(roles("Paragraf pertama.\n‘Bukan Urusan Kami’\nParagraf kedua.").map((r) => r[0]), ["body", "subheading", "body"]);
  assert.deepEqual(roles("Paragraf pertama.\n## Latar Belakang\nParagraf kedua.").map((r) => r[0]), ["body", "subheading", "body"]);
  assert.deepEqual(roles("Paragraf pertama.\nIa datang.\nParagraf kedua.").map((r) => r[0]), ["body", "body", "body"]);
});

test("hard-wrapped lines join into one paragraph; blank lines separate", () => {
  assert.deepEqual(splitParagraphs("Menteri itu mengatakan\nbahwa harga akan turun.\n\nParagraf baru."), [
    "Menteri itu mengatakan bahwa harga akan turun.",
    "Paragraf baru.",
  ]);
});
