import {test} from "node:test";
import assert from "node:assert/strict";
import {compositeScores, kendallTau, rankingStability, type CompositeComponent} from "../src/analysis/composite.js";
import {mulberry32} from "../src/analysis/stats/random.js";

const outlets = [
  {outlet: "A", independent: 0.8, state: 0.1, analysts: 4},
  {outlet: "B", independent: 0.2, state: 0.9, analysts: 0},
  {outlet: "C", independent: 0.5, state: null, analysts: 2},
];
const component = (column: string, direction: 1 | -1, scale: "proportion" | "relative", weight = 1): CompositeComponent => ({column, label: column, direction, scale, weight});

test("the composite is the weighted mean of the parts on a 0–1 scale, flipped when less is better", () => {
  const scores = compositeScores(outlets, [component("independent", 1, "proportion"), component("state", -1, "proportion"), component("analysts", 1, "relative", 2)]);
  const byOutlet = Object.fromEntries(scores.map((s) => [s.outlet, s]));
  // A: (0.8 + (1 - 0.1) + 2 * 4/4) / 4
  assert.ok(Math.abs(byOutlet.A.score! - (0.8 + 0.9 + 2) / 4) < 1e-12);
  // C has no state-media value: its weight drops out of the denominator.
  assert.ok(Math.abs(byOutlet.C.score! - (0.5 + 2 * 0.5) / 3) < 1e-12);
  assert.deepEqual(scores.map((s) => [s.outlet, s.rank]), [["A", 1], ["C", 2], ["B", 3]]);
  const contributions = byOutlet.A.parts.reduce((sum, p) => sum + p.contribution, 0);
  assert.ok(Math.abs(contributions - byOutlet.A.score!) < 1e-12);
});

test("changing the weights can change the ranking; zero weights drop a part", () => {
  const independentOnly = compositeScores(outlets, [component("independent", 1, "proportion"), component("analysts", 1, "relative", 0)]);
  assert.deepEqual(independentOnly.map((s) => s.outlet), ["A", "C", "B"]);
  const reversed = compositeScores(outlets, [component("independent", -1, "proportion")]);
  assert.deepEqual(reversed.map((s) => s.outlet), ["B", "C", "A"]);
  const none = compositeScores(outlets, [component("missing", 1, "proportion")]);
  assert.ok(none.every((s) => s.score === null && s.rank === null));
});

test("Kendall's tau is 1 for the same order, -1 for the reverse", () => {
  assert.equal(kendallTau(["a", "b", "c"], ["a", "b", "c"]), 1);
  assert.equal(kendallTau(["a", "b", "c"], ["c", "b", "a"]), -1);
  assert.ok(Math.abs(kendallTau(["a", "b", "c"], ["a", "c", "b"]) - 1 / 3) < 1e-12);
});

test("ranking stability: a dominant outlet stays first; near-ties are reported as unstable", () => {
  const components = [component("independent", 1, "proportion"), component("analysts", 1, "relative")];
  const clear = rankingStability(outlets, components, {samples: 300});
  assert.equal(clear.outlets[0].outlet, "A");
  assert.equal(clear.outlets[0].topShare, 1);
  assert.equal(clear.meanKendallTau, 1);
  // X is better on one part, Y on the other, almost equally: X (0.91 + 0.5) / 2 = 0.705 against
  // Y (0.4 + 1) / 2 = 0.7, so the order flips whenever the weights lean towards analysts.
  const close = [
    {outlet: "X", independent: 0.91, analysts: 1},
    {outlet: "Y", independent: 0.4, analysts: 2},
  ];
  const unstable = rankingStability(close, components, {samples: 300});
  assert.ok(unstable.meanKendallTau < 0.9, String(unstable.meanKendallTau));
  assert.ok(unstable.outlets.every((o) => o.topShare > 0.05 && o.topShare < 0.95));
  // Seeded: the same figure every time.
  assert.deepEqual(rankingStability(close, components, {samples: 300}), unstable);
});

test("mulberry32 is deterministic and uniform enough for sampling weights", () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  const xs = Array.from({length: 2000}, () => a());
  assert.deepEqual(xs.slice(0, 5), Array.from({length: 5}, () => b()));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.03 && xs.every((x) => x >= 0 && x < 1));
});
