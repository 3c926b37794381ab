import {test} from "node:test";
import assert from "node:assert/strict";
import {choiceFrom, encodeView, numberFrom, numbersFrom, numbersList} from "../../src/state/viewState.js";

const outlets = [null, "Republika", "VOA Indonesia"] as const;
const WEIGHTS = ["attributed", "state", "independent"] as const;
const values = (read: Record<string, {value: number}>) => Object.fromEntries(Object.entries(read).map(([k, v]) => [k, v.value]));

test("a view round-trips through its query string", () => {
  const view = {event: "iran-strikes 2024", outlet: "VOA Indonesia", threshold: 0.52, w: numbersList({attributed: 0, state: 2.5, independent: 1}, WEIGHTS)};
  const search = encodeView(view);
  assert.equal(choiceFrom(search, "event", ["shoigu", "iran-strikes 2024"], "shoigu"), "iran-strikes 2024");
  assert.equal(choiceFrom(search, "outlet", outlets, null), "VOA Indonesia");
  assert.deepEqual(numberFrom(search, "threshold", {min: 0.3, max: 0.7, fallback: 0.45}), {value: 0.52, clampedFrom: null});
  assert.deepEqual(values(numbersFrom(search, "w", WEIGHTS, {min: 0, max: 3, fallback: 1})), {attributed: 0, state: 2.5, independent: 1});
});

test("defaults and empty values are left out of the address", () => {
  assert.equal(encodeView({event: "shoigu", outlet: null, category: undefined, threshold: 0.45}, {event: "shoigu", threshold: 0.45}), "");
  assert.equal(encodeView({event: "b", outlet: "a&b=c"}), "?event=b&outlet=a%26b%3Dc");
  assert.equal(choiceFrom(encodeView({outlet: "a&b=c"}), "outlet", [null, "a&b=c"], null), "a&b=c");
});

test("unknown choices fall back; names of object properties are not options", () => {
  assert.equal(choiceFrom("?outlet=Kompas", "outlet", outlets, null), null);
  assert.equal(choiceFrom("?outlet=__proto__", "outlet", outlets, null), null);
  assert.equal(choiceFrom("?outlet=constructor", "outlet", outlets, null), null);
  assert.equal(choiceFrom("?outlet=null", "outlet", outlets, null), null);
  assert.equal(choiceFrom("", "event", ["a", "b"], "a"), "a");
});

test("numbers outside the range are clamped and say what was asked; unreadable ones fall back", () => {
  const range = {min: 0.3, max: 0.7, fallback: 0.45};
  assert.deepEqual(numberFrom("?threshold=0.9", "threshold", range), {value: 0.7, clampedFrom: 0.9});
  assert.deepEqual(numberFrom("?threshold=-2", "threshold", range), {value: 0.3, clampedFrom: -2});
  for (const bad of ["abc", "1e999", "Infinity", "0x10", "", " ", "NaN", "alert(1)", "0.5;x"]) {
    assert.deepEqual(numberFrom(`?threshold=${encodeURIComponent(bad)}`, "threshold", range), {value: 0.45, clampedFrom: null}, bad);
  }
});

test("a weight list with missing, bad or out-of-range entries keeps the good ones", () => {
  const weights = numbersFrom("?w=2,x,9", "w", WEIGHTS, {min: 0, max: 3, fallback: 1});
  assert.deepEqual(values(weights), {attributed: 2, state: 1, independent: 3});
  assert.deepEqual(weights.independent, {value: 3, clampedFrom: 9}, "the page can say what the address asked for");
  assert.deepEqual(values(numbersFrom("?w=0", "w", WEIGHTS, {min: 0, max: 3, fallback: 1})), {attributed: 0, state: 1, independent: 1});
  assert.deepEqual(values(numbersFrom("", "w", WEIGHTS, {min: 0, max: 3, fallback: 1})), {attributed: 1, state: 1, independent: 1});
});
