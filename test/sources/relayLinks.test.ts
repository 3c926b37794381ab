// Nested attributions: both the relay and the origin are rows, and the origin names its relay.
import {test} from "node:test";
import assert from "node:assert/strict";
import {attributeSentences} from "../../src/analysis/sources/attribute.js";
import {linkRelays} from "../../src/analysis/sources/relayLinks.js";
import {compileRegistry} from "../../src/analysis/sources/registry.js";
import type {Found} from "../../src/analysis/sources/found.js";
import type {Mention} from "../../src/analysis/sources/mentions.js";
import {settings} from "../helpers.js";

/** Each counting row of a one-sentence article as `source[relay] via X`. */
function links(language: string, text: string): string[] {
  const {attributions} = attributeSentences([{article_id: "t", index: 0, paragraph: 0, text, words: 10}], settings.registry, {languageOf: () => language});
  return attributions.filter((a) => a.counts).map((a) => `${a.source}${a.relay ? "[relay]" : ""}${a.via ? ` via ${a.via}` : ""}`).sort();
}

test("a wire citing an agency: the agency's words reach the outlet via the wire", () => {
  assert.deepEqual(links("en", "Reuters, citing KCNA, reported that the missile flew 1,000 km."), ["KCNA via Reuters", "Reuters[relay]"]);
  assert.deepEqual(links("en", "The missile flew 1,000 km, Yonhap reported, citing the Joint Chiefs of Staff."), ["South Korean Joint Chiefs of Staff via Yonhap", "Yonhap[relay]"]);
  assert.deepEqual(links("id", "Menurut Yonhap yang mengutip KCNA, rudal itu terbang 1.000 km."), ["KCNA via Yonhap", "Yonhap[relay]"]);
  assert.deepEqual(links("id", "Reuters melaporkan, mengutip KCNA, bahwa Kim menghadiri upacara."), ["KCNA via Reuters", "Reuters[relay]"]);
});

test("a speaker reported by a medium, or quoted by one, is the origin; the medium relays", () => {
  assert.deepEqual(links("en", "Kim said the visit was historic, KCNA reported."), ["KCNA[relay]", "Kim via KCNA"]);
  assert.deepEqual(links("en", "Putin was quoted by TASS as saying that all issues would be discussed."), ["Putin via TASS", "TASS[relay]"]);
  assert.deepEqual(links("en", "Reuters quoted KCNA as saying the launch succeeded."), ["KCNA via Reuters", "Reuters[relay]"]);
  assert.deepEqual(links("id", "Kim mengatakan kunjungan itu bersejarah, seperti dikutip KCNA."), ["KCNA[relay]", "Kim via KCNA"]);
  assert.deepEqual(links("id", "KCNA mengutip pernyataan Kim bahwa peluncuran berhasil."), ["KCNA[relay]", "Kim via KCNA"]);
});

test("the writer citing a medium first: the cited medium relays, whatever the cue", () => {
  assert.deepEqual(links("id", "Mengutip Al Jazeera, Kementerian Dalam Negeri Ruritania mengatakan 76 orang tewas."), ["Al Jazeera[relay]", "Kementerian Dalam Negeri Ruritania via Al Jazeera"]);
  // The phrase after `kata` ends at the next cue: Rosan speaks, the outlet relays.
  assert.deepEqual(links("id", "\u201cNanti ya,\u201d kata Rosan dilansir kompas.com."), ["Kompas[relay]", "Rosan via Kompas"]);
});

test("a lone source is no relay, and two bodies speaking side by side are not linked", () => {
  assert.deepEqual(links("en", "Yonhap reported the launch on Monday."), ["Yonhap"]);
  const sideBySide = links("en", "Japan's defense ministry said the missile fell into the sea, and South Korea's military said it flew 1,000 km.");
  assert.equal(sideBySide.length, 2);
  assert.ok(sideBySide.every((row) => !row.includes("via") && !row.includes("[relay]")), sideBySide.join("; "));
});

test("linkRelays alone: an origin keeps the first relay a step gives it, and no source relays itself", () => {
  const compiled = compileRegistry(settings.registry, "en");
  const sentence = {article_id: "t", index: 0, paragraph: 0, text: "AFP, citing KCNA, said so.", words: 5};
  const mention = (source: string, category: Mention["category"], start: number, end: number): Mention => ({source, category, country: null, state_controlled: false, affiliation: null, named: true, person: false, resolution: "direct", rule: "registry_alias", start, end});
  const afp: Found = {sentence, mention: mention("AFP", "independent_media", 0, 3), cue: "said", cue_start: 18, cue_end: 22, counts: true, relay: false};
  const kcna: Found = {sentence, mention: mention("KCNA", "state_media", 12, 16), cue: "citing", cue_start: 5, cue_end: 11, counts: true, relay: false};
  const [a, k] = linkRelays([afp, kcna], compiled);
  assert.equal(k.via, "AFP");
  assert.equal(a.relay, true);
  assert.equal(a.via, undefined, "the relay is not also the origin's origin");
  assert.equal(afp.relay, false, "the input is not changed");
  const [alone] = linkRelays([kcna], compiled);
  assert.equal(alone.via, undefined);
});

test("an interview given to a news medium makes it a relay, unless the medium is the article's own", () => {
  assert.deepEqual(links("id", "\u201cInkrah, otomatis,\u201d kata Hibnu kepada Kompas.com, Kamis (16/2)."), ["Hibnu via Kompas", "Kompas[relay]"]);
  assert.deepEqual(links("en", "\u201cDemocracy has been violated,\u201d a spokesperson for the protesters told Benar News."), ["BenarNews[relay]", "unnamed spokesperson via BenarNews"]);
  // Not a medium, or nobody speaking: nothing is added.
  assert.deepEqual(links("en", "Kim told Putin the talks had gone well."), ["Kim"]);
  assert.deepEqual(links("id", "Dokumen itu diserahkan kepada Kompas.com pada Senin."), []);
  const own = attributeSentences([{article_id: "t", index: 0, paragraph: 0, text: "\u201cIt swept away 40 cars,\u201d he told AFP.", words: 7}, {article_id: "t", index: 1, paragraph: 1, text: "\u201cIt swept away 40 cars,\u201d Budi Santoso told AFP.", words: 7}], settings.registry, {languageOf: () => "en", ownMediaOf: () => ["The Jordan Times", "By AFP - Jan 02,2020"]});
  assert.deepEqual(own.attributions.filter((a) => a.sentence_index === 1).map((a) => `${a.source}/${a.via}`), ["Budi Santoso/null"], "the outlet interviewed him itself");
});
