import {test} from "node:test";
import assert from "node:assert/strict";
import {tfidfVectors, cosine} from "../../src/analysis/claims/vectors.js";
import {indexedPairs} from "../../src/analysis/claims/candidates.js";
import {allPairs} from "../../src/analysis/claims/cluster.js";
import {syntheticCorpus} from "../../bench/synthetic.js";
import {benchCorpus} from "../../bench/claims.js";

const BASES = [
  "Menteri pertahanan tiba di ibu kota pada Rabu untuk membahas kerja sama militer kedua negara.",
  "Banjir besar merendam ribuan rumah di wilayah utara setelah hujan deras selama tiga hari.",
  "Bank sentral menaikkan suku bunga acuan sebesar 25 basis poin untuk menahan laju inflasi.",
  "Presiden meresmikan jembatan baru yang menghubungkan dua pulau di provinsi timur.",
  "The committee approved the new budget after a long debate on Friday evening in the capital.",
];

function corpus(size: number, seed: number) {
  const c = syntheticCorpus(BASES, size, seed);
  return tfidfVectors(c.sentences.map((s) => s.text)).vectors;
}

const key = ([i, j]: readonly number[]) => `${i}-${j}`;

test("without a budget the index finds exactly the pairs all-pairs finds, at several floors", () => {
  const vectors = corpus(400, 7);
  for (const floor of [0.2, 0.35, 0.6]) {
    const sim = (i: number, j: number) => cosine(vectors[i], vectors[j]);
    const exact = allPairs(vectors.length, floor, sim).map(key).sort();
    const indexed = indexedPairs(vectors, floor).map(key).sort();
    assert.deepEqual(indexed, exact, `floor ${floor}`);
  }
});

test("with a budget of rare features it still finds near-duplicates, with far fewer comparisons", () => {
  // The benchmark's corpus: claims made from the seed sentences, each reported by 1–5 outlets.
  const vectors = tfidfVectors(benchCorpus(2000).sentences.map((s) => s.text)).vectors;
  const budgeted = {candidates: 0};
  const unlimited = {candidates: 0};
  const near = allPairs(vectors.length, 0.5, (i, j) => cosine(vectors[i], vectors[j]));
  const found = new Set(indexedPairs(vectors, 0.25, undefined, 50, 12, budgeted).map(key));
  indexedPairs(vectors, 0.25, undefined, Infinity, Infinity, unlimited);
  const recall = near.filter((p) => found.has(key(p))).length / near.length;
  assert.ok(near.length > 100, "the corpus has near-duplicates to find");
  assert.ok(recall >= 0.99, `recall ${recall}`);
  assert.ok(budgeted.candidates * 3 < unlimited.candidates, `${budgeted.candidates} comparisons with a budget, ${unlimited.candidates} without`);
});

test("the synthetic corpus is deterministic for a seed", () => {
  assert.deepEqual(syntheticCorpus(BASES, 50, 3), syntheticCorpus(BASES, 50, 3));
  assert.notDeepEqual(syntheticCorpus(BASES, 50, 3).sentences, syntheticCorpus(BASES, 50, 4).sentences);
});
