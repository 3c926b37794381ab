// The fuzz suite in CI (issue 14, item 3): 1,000+ hostile files from seed 1 beside the seed
// articles. `npm run fuzz` runs more seeds and files with the same driver (test/fuzz/run.ts).
import {test} from "node:test";
import assert from "node:assert/strict";
import {generateHostile} from "./generate.js";
import {differences, isInput, unaccounted} from "./check.js";
import {fuzz} from "./run.js";
import {ARTICLE_BUDGET_MS} from "../../src/analysis/budget/limits.js";
import {SCHEMA, type Tables} from "../../src/analysis/types.js";

const empty = (): Tables => ({schema: SCHEMA, articles: [], sentences: [], spans: [], attributions: [], quotes: [], hedges: [], claims: [], outlets: [], outlet_pairs: [], problems: []});

test("the generator is deterministic for a seed and covers every family", () => {
  const a = generateHostile(7, 60, 0);
  const b = generateHostile(7, 60, 0);
  assert.deepEqual(a, b);
  assert.notDeepEqual(generateHostile(8, 60, 0), a);
  const families = new Set(a.map((e) => e.family));
  for (const family of ["random-bytes", "utf16le-bom", "latin1", "lone-surrogates", "rtl-override", "nested-quotes", "abbreviation-run", "alias-bomb", "wrong-types", "path-ids", "duplicate-id", "empty", "link-device", "link-folder", "fifo", "unreadable", "unreadable-folder", "deep-nesting", "over-size-limit", "ordinary"]) {
    assert.ok(families.has(family), family);
  }
});

test("an input is accounted for by its own row or a row for a folder above it; hidden files are not inputs", () => {
  const tables = empty();
  tables.problems.push({file: "h/locked", severity: "error", message: "cannot list folder"});
  assert.deepEqual(unaccounted(["h/locked/a.md", "h/lockedness.md", "h/b.md"], tables), ["h/lockedness.md", "h/b.md"]);
  assert.equal(isInput({kind: "file", path: "h/.git/a.md", contents: "", family: "x"}), false);
  assert.equal(isInput({kind: "symlink", path: "h/up", target: "..", family: "x"}, true), true);
});

test("a valid article's changed row is found, table by table", () => {
  const alone = empty();
  alone.sentences.push({article_id: "v", index: 0, paragraph: 0, text: "Teks.", words: 1});
  const mixed = structuredClone(alone);
  mixed.sentences.push({article_id: "hostile", index: 0, paragraph: 0, text: "x", words: 1});
  assert.deepEqual(differences(alone, mixed, new Set(["v"])), []);
  mixed.sentences[0].words = 2;
  assert.deepEqual(differences(alone, mixed, new Set(["v"])), ["sentences"]);
});

test("1,000 hostile files beside the seed articles: no crash or hang, every input accounted for, the seeds unchanged", {timeout: 240_000}, () => {
  const report = fuzz([1], 1_000, 2, 180_000);
  assert.deepEqual(report.crashes, []);
  assert.deepEqual(report.hangs, []);
  assert.ok(report.inputs >= 1_000, `${report.inputs} inputs`);
  assert.deepEqual(report.runs[0].unaccounted, []);
  assert.deepEqual(report.differing, []);
  // No file, analysed on its own with every stage, takes more than three times the budget for its
  // first three stages (measured: 1–5 s, the worst 1,200 identical quoted sentences, which claim
  // clustering compares pair by pair below its 1,500-sentence limit; the slack is for a loaded CI machine).
  assert.ok(report.worst_article_ms < 3 * ARTICLE_BUDGET_MS, `${report.worst_article}: ${report.worst_article_ms} ms`);
  console.log(`# fuzz seed 1: ${report.inputs} inputs, ${report.runs[0].analysed} analysed, ${report.runs[0].problems} problem rows, run ${report.runs[0].run_ms} ms, worst article ${report.worst_article_ms} ms (${report.worst_article})`);
});
