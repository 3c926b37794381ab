import {test} from "node:test";
import assert from "node:assert/strict";
import {join} from "node:path";
import {corpusOf, settings} from "../../helpers.js";
import {readGold} from "./gold.js";
import {scoreArticle, sameCue, type Predictions} from "./measures.js";
import {sameSource} from "./names.js";
import {flatWithMap} from "./align.js";

const ARTICLE = `---
id: t1
outlet: Contoh
url: https://example.org/t1
language: en
event: e
---
Headline Of The Story
SEOUL (Example) - North Korea fired a missile, Reuters reported, citing KCNA. "It was a test," an official said.
Photo: Reuters
`;
const GOLD = [
  {kind: "boilerplate", role: "headline", text: "Headline Of The Story"},
  {kind: "boilerplate", role: "dateline", text: "SEOUL (Example) -"},
  {kind: "sentence", text: "North Korea fired a missile, Reuters reported, citing KCNA.", attributions: [{source: "Reuters", category: "independent_media", relay: true}, {source: "KCNA", aliases: ["Korean Central News Agency"], category: "state_media", via: "Reuters"}], quotes: [], hedges: [], boosters: []},
  {kind: "sentence", text: "\"It was a test,\" an official said.", attributions: [{source: "unnamed official", category: "anonymous"}], quotes: [{speaker: "unnamed official", category: "anonymous", direct: true}], hedges: [], boosters: []},
  {kind: "boilerplate", role: "photo_credit", text: "Photo: Reuters"},
];

async function goldArticle() {
  const dir = await corpusOf({"t1.md": ARTICLE, "t1.jsonl": GOLD.map((g) => JSON.stringify(g)).join("\n") + "\n"});
  const read = readGold(join(dir, "t1.md"), join(dir, "t1.jsonl"));
  assert.deepEqual(read.problems, []);
  return read.article!;
}

const sentence2 = "North Korea fired a missile, Reuters reported, citing KCNA. \"It was a test,\" an official said.";

test("rows are scored in the gold sentence their characters fall in, even when the segmenter merged two sentences", async () => {
  const article = await goldArticle();
  const predicted: Predictions = {
    sentences: [{article_id: "t1", index: 0, text: "Headline Of The Story"}, {article_id: "t1", index: 1, text: sentence2}, {article_id: "t1", index: 2, text: "Photo: Reuters"}],
    attributions: [
      {article_id: "t1", sentence_index: 1, source: "Reuters", category: "independent_media", start: sentence2.indexOf("Reuters")},
      {article_id: "t1", sentence_index: 1, source: "Korean Central News Agency", category: "state_media", start: sentence2.indexOf("KCNA")},
      {article_id: "t1", sentence_index: 1, source: "unnamed official", category: "government", start: sentence2.indexOf("an official"), named: false},
      // A photo credit read as a source: a false positive in the credit, not in a sentence.
      {article_id: "t1", sentence_index: 2, source: "Reuters", category: "independent_media", start: 7},
    ],
    quotes: [{article_id: "t1", sentence_index: 1, speaker: "official", category: "government", start: sentence2.indexOf("It was"), named: false}],
    hedges: [],
  };
  const score = scoreArticle(article, predicted, settings.registry);
  assert.deepEqual(score.counts["attribution source"], {tp: 3, fp: 1, fn: 0});
  // Categories: relay and origin both count; the unnamed official is anonymous in gold, not government.
  assert.deepEqual(score.counts["attribution category"], {tp: 2, fp: 2, fn: 1});
  assert.deepEqual(score.counts["quote speaker"], {tp: 1, fp: 0, fn: 0});
  // Segmentation: the merged sentence matches neither gold sentence; the headline and the photo
  // credit are the leak rate's errors, not the segmenter's.
  assert.deepEqual(score.counts["sentence segmentation"], {tp: 0, fp: 1, fn: 2});
  assert.equal(score.boilerplate, 3);
  // The headline and the photo credit became sentences; the dateline was cut off.
  assert.equal(score.leaked, 2);
  assert.deepEqual(score.leakedByRole, {headline: 1, photo_credit: 1});
});

test("a clean prediction scores perfectly and leaks nothing", async () => {
  const article = await goldArticle();
  const [a, b] = [GOLD[2].text, GOLD[3].text];
  const predicted: Predictions = {
    sentences: [{article_id: "t1", index: 0, text: a}, {article_id: "t1", index: 1, text: b}],
    attributions: [
      {article_id: "t1", sentence_index: 0, source: "Reuters", category: "independent_media", start: a.indexOf("Reuters")},
      {article_id: "t1", sentence_index: 0, source: "KCNA", category: "state_media", start: a.indexOf("KCNA"), via: "Reuters"},
      {article_id: "t1", sentence_index: 1, source: "unnamed official", category: "anonymous", start: b.indexOf("an official"), named: false},
      {article_id: "t1", sentence_index: 1, source: "unnamed official", category: "anonymous", counts: false},
    ],
    quotes: [{article_id: "t1", sentence_index: 1, speaker: "unnamed official", category: "anonymous", start: 1, named: false}],
    hedges: [],
  };
  const score = scoreArticle(article, predicted, settings.registry);
  for (const measure of ["attribution source", "attribution category", "quote speaker", "relay link", "sentence segmentation"] as const) {
    assert.equal(score.counts[measure].fp + score.counts[measure].fn, 0, measure);
  }
  assert.equal(score.leaked, 0);
  assert.deepEqual([score.body, score.setAside], [2, 0]);
  assert.deepEqual(score.errors, []);
  assert.equal(score.counts["relay link"].tp, 1);
});

test("a relay link counts only when both the origin and its relay match", async () => {
  const article = await goldArticle();
  const a = GOLD[2].text;
  const scored = (via: string | null, source = "KCNA") => scoreArticle(article, {
    sentences: [{article_id: "t1", index: 0, text: a}],
    attributions: [
      {article_id: "t1", sentence_index: 0, source: "Reuters", category: "independent_media", start: a.indexOf("Reuters")},
      {article_id: "t1", sentence_index: 0, source, category: "state_media", start: a.indexOf("KCNA"), via},
    ],
    quotes: [], hedges: [],
  }, settings.registry).counts["relay link"];
  assert.deepEqual(scored("Reuters"), {tp: 1, fp: 0, fn: 0});
  assert.deepEqual(scored("Korean Central News Agency", "Reuters"), {tp: 0, fp: 1, fn: 1}, "the link the wrong way round");
  assert.deepEqual(scored("Yonhap"), {tp: 0, fp: 1, fn: 1});
  assert.deepEqual(scored(null), {tp: 0, fp: 0, fn: 1});
});

test("a body sentence that never reached an analysed sentence counts as set aside", async () => {
  const article = await goldArticle();
  // Cleaning took the official's quote for boilerplate: only the first sentence was analysed.
  const predicted: Predictions = {sentences: [{article_id: "t1", index: 0, text: GOLD[2].text}], attributions: [], quotes: [], hedges: []};
  const score = scoreArticle(article, predicted, settings.registry);
  assert.deepEqual([score.body, score.setAside], [2, 1]);
  assert.deepEqual(score.errors.filter((e) => e.kind === "set aside").map((e) => e.sentence), [GOLD[3].text]);
});

test("a body sentence is placed after the set-aside pieces before it, not on an earlier copy of itself", async () => {
  const lead = "Floods forced 30,000 people from their homes.";
  const article = `---\nid: t2\noutlet: Contoh\nurl: https://example.org/t2\nlanguage: en\nevent: e\n---\n${lead} (Photo/Example)\nJAKARTA (Example) - ${lead} More rain is due.\n`;
  const gold = [
    {kind: "boilerplate", role: "caption", text: lead},
    {kind: "boilerplate", role: "photo_credit", text: "(Photo/Example)"},
    {kind: "boilerplate", role: "dateline", text: "JAKARTA (Example) -"},
    {kind: "sentence", text: lead, attributions: [], quotes: [], hedges: [], boosters: []},
    {kind: "sentence", text: "More rain is due.", attributions: [], quotes: [], hedges: [], boosters: []},
  ];
  const dir = await corpusOf({"t2.md": article, "t2.jsonl": gold.map((g) => JSON.stringify(g)).join("\n") + "\n"});
  const read = readGold(join(dir, "t2.md"), join(dir, "t2.jsonl"));
  const sentences = [{article_id: "t2", index: 0, text: lead}, {article_id: "t2", index: 1, text: "More rain is due."}];
  const pieces = [["caption", lead, null], ["photo_credit", "(Photo/Example)", null], ["dateline", "JAKARTA (Example) -", null], ["body", lead, 0], ["body", "More rain is due.", 1]] as const;
  const spans = pieces.map(([, text, sentence_index], order) => ({article_id: "t2", order, text, sentence_index}));
  const withSpans = scoreArticle(read.article!, {sentences, attributions: [], quotes: [], hedges: [], spans}, settings.registry);
  assert.deepEqual([withSpans.leaked, withSpans.setAside], [0, 0]);
  // Without the spans the lead lands on the caption: a leak and a sentence set aside.
  const without = scoreArticle(read.article!, {sentences, attributions: [], quotes: [], hedges: []}, settings.registry);
  assert.deepEqual([without.leaked, without.setAside], [1, 1]);
});

test("names match through aliases, the registry and a family name, never a registry name inside another", () => {
  const registry = settings.registry;
  assert.ok(sameSource(["Jerome Powell"], "Powell", registry));
  assert.ok(sameSource(["KCNA"], "Korean Central News Agency", registry));
  assert.ok(sameSource(["BNPB", "Badan Nasional Penanggulangan Bencana"], "Badan Nasional Penanggulangan Bencana", registry));
  assert.ok(!sameSource(["Bank Indonesia"], "Indonesia", registry));
  assert.ok(!sameSource(["Jerome Powell"], "Jerome", registry));
  assert.ok(sameSource(["unnamed analysts"], "unnamed official", registry, true));
  assert.ok(!sameSource(["Diane Swonk"], "unnamed analysts", registry, true));
});

test("cues match when one contains the other, ignoring case and spacing", () => {
  assert.ok(sameCue("kemungkinan besar", "kemungkinan"));
  assert.ok(sameCue("Could not be  independently verified", "could not be independently verified"));
  assert.ok(!sameCue("mungkin", "diduga"));
});

test("flattening keeps a map from each original character to its flat offset", () => {
  assert.deepEqual(flatWithMap(" a  b"), {flat: "a b", map: [0, 0, 1, 1, 2, 3]});
});
