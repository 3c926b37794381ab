import {test} from "node:test";
import assert from "node:assert/strict";
import {wilson} from "../src/analysis/stats/wilson.js";

test("wilson matches the textbook interval for 3 of 10", () => {
  // Reference values from the closed form (Wilson 1927), z = 1.959964.
  const r = wilson(3, 10);
  assert.equal(r.value, 0.3);
  assert.ok(Math.abs(r.low! - 0.1078) < 1e-3, String(r.low));
  assert.ok(Math.abs(r.high! - 0.6032) < 1e-3, String(r.high));
});

test("wilson stays inside [0, 1] at the extremes and is null without trials", () => {
  assert.equal(wilson(0, 4).low, 0);
  assert.ok(wilson(0, 4).high! > 0.3);
  assert.equal(wilson(4, 4).high, 1);
  assert.deepEqual(wilson(0, 0), {value: null, low: null, high: null, successes: 0, trials: 0});
  assert.throws(() => wilson(5, 4), RangeError);
});
