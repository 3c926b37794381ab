import {test} from "node:test";
import assert from "node:assert/strict";
import {seedTables} from "../eval/corpus.js";
import {withLexicon} from "../../src/analysis/hedging/withLexicon.js";
import {cueCounts} from "../../src/analysis/hedging/cueCounts.js";
import {parseCueList, formatCueList} from "../../src/analysis/hedging/cueList.js";
import {shippedLexicon} from "./lexicon.js";

const base = shippedLexicon();

test("recomputing with the shipped lexicon reproduces the loader's tables", async () => {
  const tables = await seedTables();
  const again = withLexicon(tables, base);
  assert.deepEqual(again.hedges, tables.hedges);
  assert.deepEqual(again.outlets, tables.outlets);
});

test("a cue added in the page's text changes the hedges and the outlet columns", async () => {
  const tables = await seedTables();
  const {lexicon, errors} = parseCueList(`${formatCueList(base)}hedge evidential id: menunjukkan\n`, base);
  assert.deepEqual(errors, []);
  const edited = withLexicon(tables, lexicon);
  const added = edited.hedges.filter((h) => h.cue === "menunjukkan");
  assert.ok(added.length > 0);
  const hedgesOf = (t: typeof tables) => t.outlets.map((o) => o.hedge_count as number);
  assert.notDeepEqual(hedgesOf(edited), hedgesOf(tables));
  assert.equal(hedgesOf(edited).reduce((a, b) => a + b), hedgesOf(tables).reduce((a, b) => a + b) + added.length);
  // The input is not mutated.
  assert.ok(!tables.hedges.some((h) => h.cue === "menunjukkan"));
});

test("cue counts per outlet add up to the hedges table and drop filtered articles", async () => {
  const tables = await seedTables();
  const counts = cueCounts(tables.hedges, tables.articles);
  assert.equal(counts.reduce((n, c) => n + c.count, 0), tables.hedges.length);
  const first = tables.articles[0];
  const without = cueCounts(tables.hedges, tables.articles.slice(1));
  assert.ok(!without.some((c) => c.outlet === first.outlet));
  const kinds = cueCounts(
    [
      {article_id: "a", sentence_index: 0, cue: "mungkin", kind: "hedge", type: "epistemic_modal", language: "id", start: 0, end: 7, text: "mungkin", voice: "outlet"},
      {article_id: "a", sentence_index: 1, cue: "jelas", kind: "booster", type: "certainty", language: "id", start: 0, end: 5, text: "jelas", voice: "outlet"},
      {article_id: "a", sentence_index: 2, cue: "mungkin", kind: "hedge", type: "epistemic_modal", language: "id", start: 0, end: 7, text: "Mungkin", voice: "speaker"},
    ],
    [{id: "a", outlet: "X"}],
  );
  assert.deepEqual(kinds.map((c) => [c.cue, c.count]), [["mungkin", 2], ["jelas", 1]]);
});
