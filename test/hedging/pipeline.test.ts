import {test} from "node:test";
import assert from "node:assert/strict";
import {tablesFor, seedTables} from "../eval/corpus.js";
import {findHedges} from "../../src/analysis/hedging/hedges.js";
import {articleLanguages} from "../../src/analysis/lang/articleLanguages.js";
import {parseCueList, formatCueList} from "../../src/analysis/hedging/cueList.js";
import {shippedLexicon} from "./lexicon.js";

const base = shippedLexicon();

test("adding a cue to the lexicon changes the hedges table and the outlet numbers", async () => {
  const before = await seedTables();
  // `menunjukkan` (shows) is deliberately not a cue; an analyst who disagrees adds it.
  const lexicon = {...base, cues: [...base.cues, {cue: "menunjukkan", kind: "hedge" as const, type: "evidential" as const, language: "id"}]};
  const after = await seedTables({lexicon});
  assert.ok(after.hedges.length > before.hedges.length);
  const added = after.hedges.filter((h) => h.cue === "menunjukkan");
  assert.ok(added.length > 0);
  const total = (tables: typeof before) => tables.outlets.reduce((sum, o) => sum + (o.hedge_count as number), 0);
  assert.equal(total(after), total(before) + added.length);
  const changed = after.outlets.filter((o, i) => o.hedges_per_1000_words !== before.outlets[i].hedges_per_1000_words);
  assert.ok(changed.length > 0);
});

test("removing a cue through the page's text format removes its rows", async () => {
  const text = formatCueList(base).split("\n").filter((line) => !line.endsWith(": diperkirakan")).join("\n");
  const {lexicon, errors} = parseCueList(text, base);
  assert.deepEqual(errors, []);
  const before = await seedTables();
  const after = await seedTables({lexicon});
  assert.ok(before.hedges.some((h) => h.cue === "diperkirakan"));
  assert.ok(!after.hedges.some((h) => h.cue === "diperkirakan"));
});

test("every hedge row's span points at its words in the sentence", async () => {
  const tables = await seedTables();
  assert.ok(tables.hedges.length > 0);
  const text = new Map(tables.sentences.map((s) => [`${s.article_id}/${s.index}`, s.text]));
  for (const h of tables.hedges) assert.equal(text.get(`${h.article_id}/${h.sentence_index}`)!.slice(h.start, h.end), h.text);
});

test("a written English article is analyzed with English cues; a language lookup keeps languages apart", () => {
  const tables = tablesFor([
    {file: "en1.md", text: "---\nid: en1\noutlet: Wire\nlanguage: en\n---\nThe ministry said about 40 people may have been hurt.\n\nThe cause is still unclear, and officials clearly want answers.\n"},
    {file: "id1.md", text: "---\nid: id1\noutlet: Koran\n---\nKementerian menjelaskan bahwa sekitar 40 orang mungkin terluka.\n\nPolisi berjaga di sekitar istana.\n"},
  ]);
  const cues = (id: string) => tables.hedges.filter((h) => h.article_id === id).map((h) => `${h.kind}:${h.text}`);
  assert.deepEqual(cues("en1"), ["hedge:about", "hedge:may", "hedge:unclear", "booster:clearly"]);
  assert.deepEqual(cues("id1"), ["hedge:sekitar", "hedge:mungkin"]);
  const en = tables.outlets.find((o) => o.outlet === "Wire")!;
  assert.equal(en.hedge_count, 3);
  assert.equal(en.booster_count, 1);
  // A cue without a language is dropped from neither; an English cue never fires on Indonesian text.
  const mixed = [{article_id: "id1", index: 0, paragraph: 0, text: "Ini mungkin, perhaps, benar.", words: 4}];
  const languageOf = articleLanguages(tables.articles);
  assert.deepEqual(findHedges(mixed, base, {languageOf}).map((h) => h.text), ["mungkin"]);
  assert.deepEqual(findHedges(mixed, base).map((h) => h.text), ["mungkin", "perhaps"]);
});

test("the same corpus gives byte-identical hedge rows", async () => {
  const a = await seedTables();
  const b = await seedTables();
  assert.equal(JSON.stringify(a.hedges), JSON.stringify(b.hedges));
  assert.equal(JSON.stringify(a.outlets), JSON.stringify(b.outlets));
});
