import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {compile} from "../src/analysis/clean/rules.js";
import {otherLanguage} from "../src/analysis/clean/otherLanguage.js";

const rules = JSON.parse(readFileSync(new URL("../src/reference/cleaning.json", import.meta.url), "utf8"));

test("a line in another language than the article's is told by function words, outside quotations", () => {
  const words = compile(rules).functionWords;
  assert.equal(otherLanguage("A woman holds her shoes as she walks through the water in Jakarta.", "id", words), "en");
  assert.equal(otherLanguage("Seorang perempuan berjalan di tengah banjir di Jakarta pada Kamis.", "en", words), "id");
  for (const [line, language] of [
    ["Banjir merendam ribuan rumah di Jakarta pada hari Kamis.", "id"],
    ["\"We are in the middle of the water,\" kata dia.", "id"],
    ["Prabowo Subianto Gibran Rakabuming Raka", "id"],
    ["The floods hit Jakarta on Thursday.", "xx"],
  ]) assert.equal(otherLanguage(line, language, words), null, line);
});
