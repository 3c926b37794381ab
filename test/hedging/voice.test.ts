import {test} from "node:test";
import assert from "node:assert/strict";
import {quotedSpans, quoteKey, voiceOf} from "../../src/analysis/hedging/voice.js";
import {findHedges} from "../../src/analysis/hedging/hedges.js";
import {withLexicon} from "../../src/analysis/hedging/withLexicon.js";
import {tablesFor} from "../eval/corpus.js";
import type {SentenceRow} from "../../src/analysis/types.js";
import {shippedLexicon} from "./lexicon.js";

const lexicon = shippedLexicon();
const row = (index: number, paragraph: number, text: string): SentenceRow => ({article_id: "a", index, paragraph, text, words: text.split(" ").length});
const voices = (sentences: SentenceRow[]) => findHedges(sentences, lexicon).map((h) => [h.text, h.voice]);

test("a cue inside quotation marks is the speaker's; outside them, the outlet's", () => {
  assert.deepEqual(voices([row(0, 0, "“Korban mungkin bertambah,” kata Agus.")]), [["mungkin", "speaker"]]);
  assert.deepEqual(voices([row(0, 0, "Korban mungkin bertambah, kata Agus.")]), [["mungkin", "outlet"]]);
  assert.deepEqual(voices([row(0, 0, "Agus said the toll \"could rise\", which is likely.")]), [["could", "speaker"], ["likely", "outlet"]]);
});

test("a quotation that runs over two sentences of a paragraph makes both the speaker's", () => {
  const paragraph = [row(0, 0, "“Kami masih mendata. Jumlahnya mungkin bertambah,” ujar Agus."), row(1, 0, "Hujan diperkirakan turun lagi.")];
  assert.deepEqual(voices(paragraph), [["mungkin", "speaker"], ["diperkirakan", "outlet"]]);
  const split = [row(0, 0, "“Kami masih mendata."), row(1, 0, "Jumlahnya mungkin bertambah,” ujar Agus.")];
  assert.deepEqual(voices(split), [["mungkin", "speaker"]]);
});

test("quoted spans come from the sourcing stage's quotation finder, per sentence", () => {
  const spans = quotedSpans([row(0, 0, "“Mungkin besok,” kata dia."), row(1, 1, "Tanpa kutipan.")]);
  assert.deepEqual(spans.get(quoteKey("a", 0))?.map((p) => p.text), ["Mungkin besok,"]);
  assert.equal(spans.has(quoteKey("a", 1)), false);
  assert.equal(voiceOf(1, 8, spans.get(quoteKey("a", 0))), "speaker");
  assert.equal(voiceOf(20, 24, spans.get(quoteKey("a", 0))), "outlet");
  assert.equal(voiceOf(0, 3, undefined), "outlet");
});

test("the page's voice setting keeps one voice and recomputes the outlet rates", () => {
  const tables = tablesFor([
    {file: "a.md", text: "---\nid: a\noutlet: Koran\n---\nBanjir melanda Jakarta sejak Rabu pagi dan merendam ribuan rumah warga.\n\n“Korban mungkin bertambah,” kata Agus.\n\nHujan diperkirakan turun lagi, dan banjir mungkin meluas.\n"},
  ]);
  assert.deepEqual(tables.hedges.map((h) => h.voice), ["speaker", "outlet", "outlet"]);
  const outlet = withLexicon(tables, lexicon, {voice: "outlet"});
  const speaker = withLexicon(tables, lexicon, {voice: "speaker"});
  const both = withLexicon(tables, lexicon, {voice: null});
  const count = (t: typeof tables) => t.outlets[0].hedge_count;
  assert.deepEqual([count(outlet), count(speaker), count(both)], [2, 1, 3]);
  assert.ok(outlet.hedges.every((h) => h.voice === "outlet"));
  assert.equal(outlet.outlets[0].words_scanned, both.outlets[0].words_scanned);
});
