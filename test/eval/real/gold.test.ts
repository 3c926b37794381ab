import {test} from "node:test";
import assert from "node:assert/strict";
import {join} from "node:path";
import {corpusOf} from "../../helpers.js";
import {readGold} from "./gold.js";

const ARTICLE = "---\nid: g1\noutlet: Contoh\nurl: https://example.org/g1\nlanguage: id\nevent: e\n---\nJudul Berita\nBanjir melanda kota, kata BPBD. Warga mengungsi.\n";
const sentence = (text: string, extra: object = {}) => ({kind: "sentence", text, attributions: [], quotes: [], hedges: [], boosters: [], ...extra});

async function check(records: object[]) {
  const dir = await corpusOf({"g1.md": ARTICLE, "g1.jsonl": records.map((r) => JSON.stringify(r)).join("\n")});
  return readGold(join(dir, "g1.md"), join(dir, "g1.jsonl"));
}

test("gold that covers the body in order is read with each record's place", async () => {
  const read = await check([{kind: "boilerplate", role: "headline", text: "Judul Berita"}, sentence("Banjir melanda kota, kata BPBD.", {attributions: [{source: "BPBD", category: "government"}]}), sentence("Warga mengungsi.")]);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.article!.records.map((r) => [r.start, r.end]), [[0, 12], [13, 44], [45, 61]]);
});

test("gold problems are named: text not in the article, out of order, uncovered text, bad labels", async () => {
  const missing = await check([{kind: "boilerplate", role: "headline", text: "Judul Berita"}, sentence("Banjir melanda desa."), sentence("Warga mengungsi.")]);
  assert.match(missing.problems.join("\n"), /line 2: text not found/);
  assert.match(missing.problems.join("\n"), /covered by no record/);
  const order = await check([sentence("Warga mengungsi."), {kind: "boilerplate", role: "headline", text: "Judul Berita"}]);
  assert.match(order.problems.join("\n"), /found earlier: records must be in reading order/);
  const labels = await check([{kind: "boilerplate", role: "banner", text: "Judul Berita"}, sentence("Banjir melanda kota, kata BPBD.", {attributions: [{source: "BPBD", category: "officials"}], hedges: ["mungkin"]}), sentence("Warga mengungsi.")]);
  const text = labels.problems.join("\n");
  assert.match(text, /unknown boilerplate role "banner"/);
  assert.match(text, /unknown category "officials"/);
  assert.match(text, /hedges cue "mungkin" is not in the sentence/);
  assert.equal(labels.article, null);
});
