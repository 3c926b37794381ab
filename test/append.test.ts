// More items than a call's argument limit (a 4 MB article of short sentences) are appended, not a stack overflow.
import {test} from "node:test";
import assert from "node:assert/strict";
import {append} from "../src/analysis/append.js";

test("append keeps order and takes more items than push(...items) can", () => {
  assert.deepEqual(append([1], [2, 3]), [1, 2, 3]);
  const many = Array.from({length: 500_000}, (_, i) => i);
  assert.throws(() => [].push(...(many as never[])), RangeError);
  const target = append([-1], many);
  assert.equal(target.length, 500_001);
  assert.equal(target[500_000], 499_999);
});
