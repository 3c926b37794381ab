import {test} from "node:test";
import assert from "node:assert/strict";
import {countWords, wordsUpTo} from "../src/analysis/text/words.js";

test("words are letters and digits, joined by hyphens, apostrophes and inner full stops", () => {
  assert.equal(countWords("Kim Jong-un's visit, 2.164 warga — U.S. said"), 7);
  assert.equal(countWords(" — , . "), 0);
});

test("wordsUpTo counts exactly up to its limit and stops one past it", () => {
  const text = "satu dua tiga empat lima enam";
  assert.equal(wordsUpTo(text, 10), 6);
  assert.equal(wordsUpTo(text, 6), 6);
  assert.equal(wordsUpTo(text, 3), 4);
});
