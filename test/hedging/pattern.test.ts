import {test} from "node:test";
import assert from "node:assert/strict";
import {parseCuePattern} from "../../src/analysis/hedging/pattern.js";

test("a plain phrase is all cue words, lower-cased", () => {
  const p = parseCuePattern("Tampak Seperti");
  assert.deepEqual(p.before, []);
  assert.deepEqual(p.after, []);
  assert.deepEqual(p.core.map((s) => s.options), [[{word: "tampak"}], [{word: "seperti"}]]);
});

test("context before and after, alternatives, classes, optional and any words", () => {
  const p = parseCuePattern("[!<se_degree>] apa (yang|nan)? * [<quantity> orang?]");
  assert.equal(p.before.length, 1);
  assert.equal(p.before[0].negative, true);
  assert.deepEqual(p.before[0].options, [{wordClass: "se_degree"}]);
  assert.deepEqual(p.core[1], {options: [{word: "yang"}, {word: "nan"}], optional: true, negative: false});
  assert.deepEqual(p.core[2].options, [{any: true}]);
  assert.deepEqual(p.after.map((s) => s.optional), [false, true]);
});

test("case is kept for case-sensitive cues", () => {
  assert.deepEqual(parseCuePattern("may", true).core[0].options, [{word: "may"}]);
  assert.deepEqual(parseCuePattern("May", true).core[0].options, [{word: "May"}]);
});

test("malformed patterns are rejected with a reason", () => {
  assert.throws(() => parseCuePattern("[sekitar]"), /no cue words/);
  assert.throws(() => parseCuePattern("a [b] c"), /only stand at the start or end/);
  assert.throws(() => parseCuePattern("(a|b"), /unbalanced/);
  assert.throws(() => parseCuePattern("[a"), /unclosed/);
  assert.throws(() => parseCuePattern("a]"), /without/);
  assert.throws(() => parseCuePattern("!a"), /inside \[context\]/);
  assert.throws(() => parseCuePattern("a?"), /at least one required/);
  assert.throws(() => parseCuePattern("in,fact"), /not a single word/);
  assert.throws(() => parseCuePattern("[] a"), /empty context/);
});
