import {test} from "node:test";
import assert from "node:assert/strict";
import {poissonRate} from "../../src/analysis/hedging/rateInterval.js";
import {newcombeDifference} from "../../src/analysis/hedging/proportionDifference.js";
import {wilson} from "../../src/analysis/stats/wilson.js";

const close = (actual: number | null, expected: number, tolerance = 1e-3) => assert.ok(actual !== null && Math.abs(actual - expected) < tolerance, `${actual} != ${expected}`);

test("exact Poisson limits match the published table (Garwood 1936; e.g. Ulm 1990)", () => {
  // 95% limits for observed counts 0, 1, 2, 10.
  const table: [number, number, number][] = [[0, 0, 3.689], [1, 0.0253, 5.572], [2, 0.2422, 7.225], [10, 4.795, 18.39]];
  for (const [count, low, high] of table) {
    const r = poissonRate(count, 1);
    close(r.low, low, 2e-3);
    close(r.high, high, 2e-2);
  }
});

test("a rate is scaled per 1,000 words, and is null without words", () => {
  const r = poissonRate(3, 600, 1000);
  close(r.value, 5);
  close(r.low, (0.6187 / 600) * 1000, 2e-3);
  close(r.high, (8.767 / 600) * 1000, 2e-2);
  assert.deepEqual(poissonRate(2, 0, 1000), {value: null, low: null, high: null, count: 2, exposure: 0});
  assert.throws(() => poissonRate(-1, 10), RangeError);
  assert.throws(() => poissonRate(1.5, 10), RangeError);
});

test("the interval narrows as the corpus grows", () => {
  const small = poissonRate(5, 1000, 1000);
  const large = poissonRate(500, 100000, 1000);
  assert.ok(large.high! - large.low! < (small.high! - small.low!) / 5);
});

test("Newcombe's difference interval reproduces his worked example (56/70 vs 48/80)", () => {
  const d = newcombeDifference(wilson(56, 70), wilson(48, 80));
  close(d.value, 0.2);
  close(d.low, 0.0524, 1e-3);
  close(d.high, 0.3339, 1e-3);
  assert.deepEqual(newcombeDifference(wilson(1, 2), wilson(0, 0)), {value: null, low: null, high: null});
});
