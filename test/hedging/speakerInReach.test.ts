import {test} from "node:test";
import assert from "node:assert/strict";
import {speakerInReach} from "../../src/analysis/hedging/speakerInReach.js";
import {findHedges} from "../../src/analysis/hedging/hedges.js";
import {tablesFor} from "../eval/corpus.js";
import type {SentenceRow} from "../../src/analysis/types.js";
import {shippedLexicon} from "./lexicon.js";

const lexicon = shippedLexicon();
const at = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;

test("katanya after a quotation, or resolved by the sourcing stage, has its speaker", () => {
  const quoted = "“Kami siap,” katanya.";
  assert.ok(speakerInReach(quoted, ...at(quoted, "katanya"), [{start: 1, end: 11}], []));
  const reported = "Harga akan naik, katanya.";
  assert.ok(speakerInReach(reported, ...at(reported, "katanya"), undefined, [{cue_start: 17, cue_end: 24}]));
  assert.ok(!speakerInReach(reported, ...at(reported, "katanya"), undefined, []));
  const hearsay = "Katanya, harga BBM akan naik.";
  assert.ok(!speakerInReach(hearsay, ...at(hearsay, "Katanya"), undefined, []));
  // A quotation that ends earlier, with words between, does not reach the cue.
  const later = "“Kami siap,” ujar Agus, dan katanya tidak ada masalah.";
  assert.ok(!speakerInReach(later, ...at(later, "katanya"), [{start: 1, end: 11}], []));
});

test("in the stage: hearsay katanya is a shield; the katanya of a speaker is not", () => {
  const row = (index: number, text: string): SentenceRow => ({article_id: "a", index, paragraph: index, text, words: 5});
  const found = (rows: SentenceRow[], attributions = [] as {article_id: string; sentence_index: number; cue_start: number; cue_end: number}[]) =>
    findHedges(rows, lexicon, {attributions}).filter((h) => h.cue === "katanya").map((h) => h.sentence_index);
  assert.deepEqual(found([row(0, "Katanya, harga BBM akan naik bulan depan."), row(1, "“Kami siap,” katanya.")]), [0]);
  assert.deepEqual(found([row(0, "Harga akan naik, katanya.")], [{article_id: "a", sentence_index: 0, cue_start: 17, cue_end: 24}]), []);
  // Through the pipeline: the resolver finds Agus for the second sentence's katanya.
  const tables = tablesFor([{file: "k.md", text: "---\nid: k\noutlet: Koran\n---\nBanjir melanda Jakarta sejak Rabu pagi dan merendam ribuan rumah.\n\nKepala BPBD Agus Wibowo mengatakan air mulai surut. Bantuan akan tiba besok, katanya.\n"}]);
  assert.deepEqual(tables.hedges.filter((h) => h.cue === "katanya"), []);
});
