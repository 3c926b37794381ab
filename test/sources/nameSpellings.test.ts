import {test} from "node:test";
import assert from "node:assert/strict";
import {nameKey, unifyNameSpellings} from "../../src/analysis/sources/nameSpellings.js";
import type {AttributionRow, QuoteRow} from "../../src/analysis/types.js";

const person = (article_id: string, source: string, person = true): AttributionRow => ({article_id, sentence_index: 0, source, category: "government", cue: "kata", direct_quote: false, source_text: source, person});
const quote = (article_id: string, speaker: string): QuoteRow => ({article_id, sentence_index: 0, speaker, category: "government", affiliation: null, direct: true});

test("spellings of one name share a key; different names do not", () => {
  assert.equal(nameKey("Kang Sun-nam"), nameKey("Kang Sun Nam"));
  assert.equal(nameKey("O’Brien"), nameKey("O'Brien"));
  assert.notEqual(nameKey("Kim Jong Un"), nameKey("Kim Yo Jong"));
});

test("a person gets the spelling used most often, else the first met; what the article wrote is kept", () => {
  const {attributions, quotes} = unifyNameSpellings(
    [person("a", "Kang Sun Nam"), person("b", "Kang Sun-nam"), person("b", "Kim Jong-un"), person("c", "Kim Jong Un"), person("d", "Kim Jong Un")],
    [quote("b", "Kim Jong-un"), quote("b", "Kang Sun-nam")],
  );
  assert.deepEqual(attributions.map((a) => a.source), ["Kang Sun Nam", "Kang Sun Nam", "Kim Jong Un", "Kim Jong Un", "Kim Jong Un"]);
  assert.deepEqual(attributions.map((a) => a.source_text), ["Kang Sun Nam", "Kang Sun-nam", "Kim Jong-un", "Kim Jong Un", "Kim Jong Un"]);
  assert.deepEqual(quotes.map((q) => q.speaker), ["Kim Jong Un", "Kang Sun Nam"]);
});

test("registry sources and unrelated names are left alone", () => {
  const rows = [person("a", "Yonhap", false), person("b", "YONHAP", false), person("a", "Ankit Panda")];
  assert.deepEqual(unifyNameSpellings(rows, []).attributions, rows);
});
