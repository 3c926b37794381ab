import {test} from "node:test";
import assert from "node:assert/strict";
import {claimTerms, normalizeTerm, titledNames} from "../../src/analysis/claims/terms.js";
import {stemIndonesian} from "../../src/analysis/claims/stem.js";
import {tfidfVectors, cosine} from "../../src/analysis/claims/vectors.js";
import {writtenWords} from "../../src/analysis/claims/scan.js";
import {tokenize} from "../../src/analysis/text/words.js";
import {readFileSync, readdirSync} from "node:fs";
import {claimSimilarity, nameConflict} from "../../src/analysis/claims/similarity.js";

const VARIANTS = {tiongkok: "china", cina: "china", sergey: "sergei", korut: "korea utara"};

test("terms: hyphenated names split, variants map, diacritics fold", () => {
  assert.deepEqual(claimTerms("Kang Sun-nam").map((t) => t.term), ["kang", "sun", "nam"]);
  assert.deepEqual(claimTerms("Korut dan Tiongkok", VARIANTS).map((t) => t.term), ["korea", "utara", "dan", "china"]);
  assert.equal(normalizeTerm("Sergey", VARIANTS), "sergei");
  assert.equal(normalizeTerm("Đà Nẵng".split(" ")[1]), "nang");
  const jongUn = claimTerms("bertemu Kim Jong-un");
  assert.ok(jongUn.filter((t) => t.term !== "bertemu").every((t) => t.capitalized), "a hyphen part keeps its word's capital");
});

test("titled names: the first and last word of a run of capitalised words", () => {
  assert.deepEqual(titledNames(claimTerms("surat dari Presiden China Xi Jinping kepada Kim")), [{title: "presiden", holder: "jinping"}]);
  assert.deepEqual(titledNames(claimTerms("surat dari Putin")), []);
});

test("Indonesian stems meet across affixes, and short words are left alone", () => {
  for (const [a, b] of [["menyerahkan", "diserahkan"], ["pertemuan", "bertemu"], ["kunjungan", "berkunjung"], ["memamerkan", "pameran"]]) {
    assert.equal(stemIndonesian(a), stemIndonesian(b), `${a} / ${b}`);
  }
  assert.equal(stemIndonesian("dan"), "dan");
});

test("different holders of one title are counter-evidence; a sentence naming both is not", () => {
  const texts = [
    "Shoigu menyerahkan surat dari Presiden Rusia Vladimir Putin kepada Kim.",
    "Li menyerahkan surat dari Presiden China Xi Jinping kepada Kim.",
    "Surat dari Presiden Rusia Vladimir Putin diserahkan Shoigu kepada Kim di Pyongyang.",
    "Presiden Putin dan Presiden Xi Jinping sama-sama mengirim surat.",
  ];
  const {vectors: [putin, xi, putinAgain, both]} = tfidfVectors(texts, undefined, texts.map(() => "id"));
  assert.equal(nameConflict(putin, xi), true);
  assert.equal(nameConflict(putin, putinAgain), false);
  assert.equal(nameConflict(both, xi), false);
  assert.ok(claimSimilarity(putin, xi, 0.75) < 0.3 * cosine(putin, xi), "a conflict keeps a quarter of the cosine");
  assert.ok(claimSimilarity(putin, putinAgain, 0.75) > claimSimilarity(putin, xi, 0.75));
});

test("vectors: features of one sentence only are dropped after normalising, so cosines are unchanged", () => {
  const {vectors} = tfidfVectors(["Kim bertemu Shoigu di Pyongyang.", "Kim bertemu Putin di Moskow.", "Hujan turun deras."]);
  for (const v of vectors) assert.ok(cosine(v, v) <= 1 + 1e-12);
  assert.equal(vectors[2].ids.length, 0, "shares no word with the others");
  const twice = tfidfVectors(["Hujan turun deras.", "Hujan turun deras."]).vectors;
  assert.ok(Math.abs(cosine(twice[0], twice[1]) - 1) < 1e-9, "identical sentences have cosine 1");
  assert.ok(cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]));
  assert.equal(cosine(vectors[0], vectors[2]), 0);
});

test("the hand-written word scanner finds the same words as tokenize", () => {
  const dir = new URL("../../articles/shoigu-pyongyang-2023/", import.meta.url);
  const texts = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), "utf8"));
  texts.push("Kang Sun-nam, Barron's 1950-53 a--b x.y. ‘Bukan’ Đà-Nẵng end- —–a-'b 3,000 U.S. 27/7/2023 naïve café-au-lait");
  for (const text of texts) assert.deepEqual(writtenWords(text), tokenize(text).map((t) => t.text));
});
