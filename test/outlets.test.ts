import {test} from "node:test";
import assert from "node:assert/strict";
import {mergeColumns} from "../src/analysis/outlets.js";
import {seedTables} from "./eval/corpus.js";

test("metric domains may share a column only when they agree on its value", () => {
  const row = {outlet: "A", articles: 1, sentences: 10, words: 100};
  mergeColumns(row, {state_media_sentences: 4, hedge_count: 2});
  mergeColumns(row, {state_media_sentences: 4, claims: 7});
  assert.deepEqual(row, {outlet: "A", articles: 1, sentences: 10, words: 100, state_media_sentences: 4, hedge_count: 2, claims: 7});
  assert.throws(() => mergeColumns(row, {state_media_sentences: 5}), /column "state_media_sentences" is 4 from one metric and 5 from another/);
  assert.throws(() => mergeColumns(row, {words: 99}), /column "words"/);
});

test("the seed corpus's outlet rows carry every domain's headline metric", async () => {
  const tables = await seedTables();
  for (const row of tables.outlets) {
    for (const column of ["state_media_dependence", "independent_share", "named_analyst_quotes", "hedges_per_1000_words", "corroboration_rate", "independent_corroboration_rate"]) {
      assert.ok(column in row, `${row.outlet} lacks ${column}`);
    }
  }
});
