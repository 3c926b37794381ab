import {test} from "node:test";
import assert from "node:assert/strict";
import {matchCues, compileLexicon} from "../../src/analysis/hedging/matchCues.js";
import type {HedgeLexicon} from "../../src/analysis/hedging/lexicon.js";
import {shippedLexicon} from "./lexicon.js";

const lexicon = shippedLexicon();
/** What a page would highlight: [kind, words as written]. */
const found = (text: string, language?: string) => matchCues(text, lexicon, language).map((m) => [m.cue.kind, text.slice(m.start, m.end)]);

test("the shipped lexicon compiles: every pattern parses and every word class exists", () => {
  assert.doesNotThrow(() => compileLexicon(lexicon));
  assert.ok(lexicon.cues.length > 50);
});

test("trap: no cue inside Kementerian (or any other longer word)", () => {
  assert.deepEqual(found("Kementerian Luar Negeri Jepang mengumumkan sanksi baru."), []);
  assert.deepEqual(found("Kementerian Pertahanan Rusia mengatakan latihan sudah selesai."), []);
});

test("trap: kemungkinan is one cue, never mungkin plus a remainder", () => {
  assert.deepEqual(found("Pemilu kemungkinan akan ditunda."), [["hedge", "kemungkinan"]]);
  assert.deepEqual(found("Kemungkinan besar harga beras naik bulan depan."), [["hedge", "Kemungkinan besar"]]);
  const [match] = matchCues("Pemilu kemungkinan akan ditunda.", lexicon);
  assert.equal(match.cue.cue, "kemungkinan");
});

test("trap: sekitar is an approximator before a quantity, not a place", () => {
  assert.deepEqual(found("Polisi berjaga di sekitar istana sejak pagi."), []);
  assert.deepEqual(found("Warga di sekitar lokasi ledakan dievakuasi."), []);
  assert.deepEqual(found("Sekitar 300 orang berkumpul di alun-alun."), [["hedge", "Sekitar"]]);
  assert.deepEqual(found("Kerugian mencapai sekitar Rp3 miliar."), [["hedge", "sekitar"]]);
  assert.deepEqual(found("Rapat dimulai sekitar pukul 10 pagi."), [["hedge", "sekitar"]]);
  assert.deepEqual(found("Ada sekitar ratusan pengungsi di sana."), [["hedge", "sekitar"]]);
});

test("trap: jelas is a booster only as its own word, not in menjelaskan or kejelasan", () => {
  assert.deepEqual(found("Juru bicara itu menjelaskan jadwal kunjungan."), []);
  assert.deepEqual(found("Warga menuntut kejelasan soal ganti rugi."), []);
  assert.deepEqual(found("Pemerintah dijelaskan telah menyiapkan anggaran."), []);
  assert.deepEqual(found("Ada tanda-tanda yang jelas bahwa ekonomi melambat."), [["booster", "jelas"]]);
});

test("negation turns a booster into a hedge, and a hedge into a booster", () => {
  assert.deepEqual(found("Penyebab kebakaran belum jelas."), [["hedge", "belum jelas"]]);
  assert.deepEqual(found("Hasilnya tidak pasti."), [["hedge", "tidak pasti"]]);
  assert.deepEqual(found("Kenaikan itu belum tentu berlanjut."), [["hedge", "belum tentu"]]);
  assert.deepEqual(found("Itu tidak mungkin terjadi."), [["booster", "tidak mungkin"]]);
  assert.deepEqual(found("Bukan tidak mungkin ia maju lagi."), [["hedge", "Bukan tidak mungkin"]]);
});

test("the degree idiom se-X mungkin (as X as possible) is not a hedge", () => {
  assert.deepEqual(found("Bantuan harus dikirim secepat mungkin."), []);
  assert.deepEqual(found("Kami akan bekerja semaksimal mungkin."), []);
  assert.deepEqual(found("Mereka mungkin terlambat."), [["hedge", "mungkin"]]);
  // A comma between them breaks the idiom: the hedge is back.
  assert.deepEqual(found("Sebisa, mungkin besok."), [["hedge", "mungkin"]]);
});

test("Indonesian enclitics keep the cue; other affixes do not", () => {
  assert.deepEqual(found("Tentunya keputusan itu akan digugat."), [["booster", "Tentunya"]]);
  assert.deepEqual(found("Pastilah ada yang salah."), [["booster", "Pastilah"]]);
  assert.deepEqual(found("Aturan itu berlaku pada waktu tertentu."), []);
  assert.deepEqual(found("Pemerintah memastikan stok aman."), []);
  assert.deepEqual(found("Sungguhpun hujan, acara tetap berjalan."), []);
});

test("the longest cue wins where cues overlap", () => {
  assert.deepEqual(found("Foto itu memperlihatkan apa yang tampak seperti kapal selam."), [["hedge", "apa yang tampak seperti"]]);
  assert.deepEqual(found("Awan itu tampak seperti asap."), [["hedge", "tampak seperti"]]);
});

test("a multiword cue may not straddle punctuation", () => {
  assert.deepEqual(found("Kami tahu, kata dia."), [["booster", "Kami tahu"]]);
  assert.deepEqual(found("Kami, tahu dia."), []);
});

test("shields with an open slot: apa yang <verb> (up to three words) sebagai", () => {
  assert.deepEqual(found("Satelit memotret apa yang disebut pengamat militer sebagai pangkalan baru."), [["hedge", "apa yang disebut pengamat militer sebagai"]]);
  assert.deepEqual(found("Ia menolak apa yang dianggap sebagai campur tangan asing."), [["hedge", "apa yang dianggap sebagai"]]);
});

test("limiter yang diketahui only after first-like words", () => {
  assert.deepEqual(found("Itu adalah kasus pertama yang diketahui di provinsi tersebut."), [["hedge", "yang diketahui"]]);
  // (`dilaporkan`, agentless, is a shield of its own; the limiter is what this test is about.)
  assert.deepEqual(found("Nama pelaku yang diketahui warga segera dilaporkan."), [["hedge", "dilaporkan"]]);
});

test("diprediksi hedges a forecast, not the ability sense `bisa diprediksi`", () => {
  assert.deepEqual(found("Harga minyak diprediksi naik pada kuartal depan."), [["hedge", "diprediksi"]]);
  assert.deepEqual(found("Cuaca ekstrem sulit diprediksi oleh nelayan."), []);
  assert.deepEqual(found("Arah kebijakan itu dapat diprediksi dari pidato presiden."), []);
});

test("almost certain is a hedge, not a booster", () => {
  assert.deepEqual(found("Tim itu hampir pasti lolos ke final."), [["hedge", "hampir pasti"]]);
  assert.deepEqual(found("The merger will most certainly collapse."), [["hedge", "most certainly"]]);
  assert.deepEqual(found("The merger will certainly collapse."), [["booster", "certainly"]]);
});

test("epistemic verbs count, their other senses do not", () => {
  assert.deepEqual(found("Warga menduga pipa gas itu bocor sejak pagi."), [["hedge", "menduga"]]);
  assert.deepEqual(found("Korban jiwa dikhawatirkan bertambah."), [["hedge", "dikhawatirkan"]]);
  assert.deepEqual(found("Police suspected arson."), [["hedge", "suspected"]]);
  assert.deepEqual(found("We suspect that the figures are too low."), [["hedge", "suspect"]]);
  assert.deepEqual(found("The suspect was arrested on Friday."), []);
  assert.deepEqual(found("She assumed office in 2020."), []);
  assert.deepEqual(found("Ten people are feared to be trapped."), [["hedge", "are feared to"]]);
});

test("dugaan is a shield, but not in the idiom di luar dugaan (unexpectedly)", () => {
  assert.deepEqual(found("Polisi menyelidiki dugaan penipuan investasi."), [["hedge", "dugaan"]]);
  assert.deepEqual(found("Hasil pemilihan itu di luar dugaan banyak pengamat."), []);
});

test("English: Hyland-style cues, case-sensitive may, approximators before numbers", () => {
  assert.deepEqual(found("The talks may resume in May."), [["hedge", "may"]]);
  assert.deepEqual(found("May 9 is a holiday."), []);
  assert.deepEqual(found("Officials said about 40 people were reportedly injured."), [["hedge", "about"], ["hedge", "reportedly"]]);
  assert.deepEqual(found("They talked about the weather around the palace."), []);
  assert.deepEqual(found("It is clearly a turning point, and the result is unclear."), [["booster", "clearly"], ["hedge", "unclear"]]);
  assert.deepEqual(found("The claim could not be independently verified."), [["hedge", "could not be independently verified"]]);
});

test("with a language, cues of other languages are skipped", () => {
  assert.deepEqual(found("Mereka mungkin datang, perhaps.", "id"), [["hedge", "mungkin"]]);
  assert.deepEqual(found("Mereka mungkin datang, perhaps.", "en"), [["hedge", "perhaps"]]);
  assert.deepEqual(found("Mereka mungkin datang, perhaps."), [["hedge", "mungkin"], ["hedge", "perhaps"]]);
});

test("spans are UTF-16 offsets into the text, so curly quotes and emoji do not shift them", () => {
  const text = "“😀 Ini mungkin benar,” katanya.";
  const [match] = matchCues(text, lexicon);
  assert.equal(text.slice(match.start, match.end), "mungkin");
  assert.equal(match.start, text.indexOf("mungkin"));
});

test("compiled matchers are cached per lexicon object; a new object is compiled afresh", () => {
  const small: HedgeLexicon = {cues: [{cue: "agaknya", kind: "hedge", type: "evidential", language: "id"}]};
  assert.equal(compileLexicon(small), compileLexicon(small));
  const edited: HedgeLexicon = {cues: [...small.cues, {cue: "rasanya", kind: "hedge", type: "evidential", language: "id"}]};
  assert.notEqual(compileLexicon(edited), compileLexicon(small));
  assert.equal(matchCues("Rasanya hujan akan turun.", small).length, 0);
  assert.equal(matchCues("Rasanya hujan akan turun.", edited).length, 1);
});

test("a malformed pattern or unknown class is reported with the cue's name", () => {
  assert.throws(() => compileLexicon({cues: [{cue: "x", kind: "hedge", type: "other", pattern: "(a|b"}]}), /hedge cue "x".*parenthes/);
  assert.throws(() => compileLexicon({cues: [{cue: "y", kind: "hedge", type: "other", pattern: "y [<nope>]"}]}), /unknown word class <nope>/);
});

test("verification caveats are their own type: the outlet says it could not check the claim", () => {
  const typed = (text: string) => matchCues(text, lexicon).map((m) => [m.cue.type, text.slice(m.start, m.end)]);
  assert.deepEqual(typed("Informasi tersebut belum dapat diverifikasi secara independen."), [["verification", "belum dapat diverifikasi"]]);
  assert.deepEqual(typed("Klaim itu tidak dapat dikonfirmasi."), [["verification", "tidak dapat dikonfirmasi"]]);
  assert.deepEqual(typed("The claims could not be independently verified."), [["verification", "could not be independently verified"]]);
  assert.deepEqual(typed("The footage cannot be verified."), [["verification", "cannot be verified"]]);
  assert.deepEqual(typed("The figures have not been independently confirmed."), [["verification", "have not been independently confirmed"]]);
  assert.deepEqual(typed("There has been no independent confirmation of the strike."), [["verification", "no independent confirmation"]]);
  assert.deepEqual(typed("The allegations are unproven."), [["verification", "unproven"]]);
  // Verified is not a caveat.
  assert.deepEqual(typed("The footage was verified by our team."), []);
});

test("English modals in their other senses: could of ability or perception, might the noun, May the month", () => {
  assert.deepEqual(found("Rescuers could not reach the village."), []);
  assert.deepEqual(found("She could hear her mother's voice under the rubble."), []);
  assert.deepEqual(found("Flames could be seen from a distance."), []);
  assert.deepEqual(found("The strike could be seen as a provocation."), [["hedge", "could"]]);
  assert.deepEqual(found("An early lead that could see him win outright."), [["hedge", "could"]]);
  assert.deepEqual(found("The death toll could rise."), [["hedge", "could"]]);
  assert.deepEqual(found("A monument to the might of the Russian state."), []);
  assert.deepEqual(found("Beijing displayed its military might."), []);
  assert.deepEqual(found("Russia's might and reach."), []);
  assert.deepEqual(found("The military might intervene."), [["hedge", "might"]]);
  assert.deepEqual(found("The vote was held on May 5, and the result may change."), [["hedge", "may"]]);
  assert.deepEqual(found("Aid must arrive as soon as possible."), []);
  assert.deepEqual(found("A possible deal is on the table."), [["hedge", "possible"]]);
});

test("English agentless predictive and evaluative passives are shields; with an agent, or active, they are not", () => {
  assert.deepEqual(found("More rain is expected on Thursday."), [["hedge", "expected"]]);
  assert.deepEqual(found("Growth is forecast to slow."), [["hedge", "forecast"]]);
  assert.deepEqual(found("The summit is considered a significant development."), [["hedge", "considered"]]);
  assert.deepEqual(found("He was deemed to be the mastermind."), [["hedge", "deemed"]]);
  assert.deepEqual(found("The result is expected by March 20."), [["hedge", "expected"]]);
  assert.deepEqual(found("Kim, expected to meet Putin this week, left Pyongyang."), [["hedge", "expected"]]);
  assert.deepEqual(found("Three people believed to be buried were found."), [["hedge", "believed"]]);
  assert.deepEqual(found("Many are still feared buried under the rubble."), [["hedge", "feared"]]);
  assert.deepEqual(found("A hold was widely expected by economists polled by Reuters."), []);
  assert.deepEqual(found("Economists had expected no change."), []);
  assert.deepEqual(found("Economists had expected to see a hold."), []);
  assert.deepEqual(found("The bank held rates, as expected."), []);
  assert.deepEqual(found("A commander feared in the 1990s."), []);
});

test("Indonesian agentless reports and evaluations are shields; with an agent they are attributions", () => {
  assert.deepEqual(found("Lima orang dilaporkan tewas."), [["hedge", "dilaporkan"]]);
  assert.deepEqual(found("Dilaporkan, tiga WNI mengalami luka."), [["hedge", "Dilaporkan"]]);
  assert.deepEqual(found("Dilaporkan pada Senin sore, presiden tiba."), [["hedge", "Dilaporkan"]]);
  assert.deepEqual(found("Peluncuran itu dilaporkan KCNA pada Kamis."), []);
  assert.deepEqual(found("Hal itu dilaporkan oleh Yonhap."), []);
  assert.deepEqual(found("Kabar itu dilaporkan media pemerintah."), []);
  assert.deepEqual(found("Seperti dilaporkan sebelumnya, tim sudah tiba."), []);
  assert.deepEqual(found("Banyak kasus tidak dilaporkan."), []);
  assert.deepEqual(found("Ia dilaporkan ke polisi atas dugaan penipuan."), [["hedge", "dugaan"]]);
  assert.deepEqual(found("RUU itu dianggap merugikan pekerja."), [["hedge", "dianggap"]]);
  assert.deepEqual(found("Hujan diperkirakan BMKG turun sore ini."), []);
  assert.deepEqual(found("Kerugian diperkirakan Rp5 triliun."), [["hedge", "diperkirakan"]]);
  assert.deepEqual(found("Kim dikabarkan kantor berita resmi tiba di Moskow."), []);
  // Active verbs with their source are attributions (docs/annotation.md), passives without one are not.
  assert.deepEqual(found("Agus mengklaim jumlah itu terbanyak."), []);
  assert.deepEqual(found("Jumlah itu diklaim terbanyak."), [["hedge", "diklaim"]]);
  assert.deepEqual(found("Bank Indonesia memperkirakan inflasi turun."), []);
});

test("possibility nouns are hedges; a possibility ruled out is not", () => {
  assert.deepEqual(found("There is a possibility that the toll could rise."), [["hedge", "possibility"], ["hedge", "could"]]);
  assert.deepEqual(found("They discussed a potential arms deal."), [["hedge", "potential"]]);
  assert.deepEqual(found("There is a good chance that rates fall."), [["hedge", "good chance"]]);
  assert.deepEqual(found("She had a good chance to speak."), []);
  assert.deepEqual(found("Negara Barat khawatir akan potensi perjanjian senjata."), [["hedge", "potensi"]]);
  assert.deepEqual(found("Gempa itu berpotensi memicu tsunami."), [["hedge", "berpotensi"]]);
  assert.deepEqual(found("Gempa itu tidak berpotensi tsunami."), []);
  assert.deepEqual(found("BMKG menyatakan tidak ada potensi tsunami."), []);
});

test("degree and frequency adverbs, a source's speech and a condition of the world are no cues", () => {
  // Approximators approximate a quantity (docs/annotation.md); these qualify a predicate.
  assert.deepEqual(found("The floods were largely unavoidable."), []);
  assert.deepEqual(found("Most died in Aleppo, mostly in the north."), []);
  assert.deepEqual(found("The talks will mainly cover trade."), []);
  // A source's speech act is an attribution; the noun that names unnamed talk stays.
  assert.deepEqual(found("Analysts have speculated that talks will fail."), []);
  assert.deepEqual(found("The visit came amid speculation over an arms deal."), [["hedge", "speculation"]]);
  assert.deepEqual(found("Rupiah melemah karena ketidakpastian global."), []);
  assert.deepEqual(found("Hasil pemilu belum pasti."), [["hedge", "belum pasti"]]);
});

test("bisa is a hedge only as bisa saja / bisa-bisa; plain bisa and dapat say can", () => {
  assert.deepEqual(found("Jika dikabulkan, bisa saja vonisnya menjadi lebih ringan.", "id"), [["hedge", "bisa saja"]]);
  assert.deepEqual(found("Kalau dibiarkan, bisa-bisa menembus Rp 16.000.", "id"), [["hedge", "bisa-bisa"]]);
  assert.deepEqual(found("Warga tidak bisa pulang dan bantuan dapat disalurkan besok.", "id"), []);
  assert.deepEqual(found("Pemeriksaan ulang dimungkinkan dalam proses banding.", "id"), [["hedge", "dimungkinkan"]]);
});
