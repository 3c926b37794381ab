import {test} from "node:test";
import assert from "node:assert/strict";
import {bcubed} from "./bcubed.js";

test("B-cubed: a perfect clustering scores 1, whatever the label names", () => {
  assert.deepEqual(bcubed(["p", "p", "q"], ["x", "x", "y"]), {precision: 1, recall: 1, f1: 1});
});

test("B-cubed: merging everything keeps recall and loses precision; splitting everything the reverse", () => {
  const gold = ["x", "x", "y", "z"];
  const merged = bcubed(["m", "m", "m", "m"], gold);
  assert.equal(merged.recall, 1);
  assert.equal(merged.precision, (2 / 4 + 2 / 4 + 1 / 4 + 1 / 4) / 4);
  const split = bcubed(["a", "b", "c", "d"], gold);
  assert.equal(split.precision, 1);
  assert.equal(split.recall, (1 / 2 + 1 / 2 + 1 + 1) / 4);
});
