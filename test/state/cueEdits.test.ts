import {test} from "node:test";
import assert from "node:assert/strict";
import {applyCueEdits, cueEdits} from "../../src/state/cueEdits.js";
import {formatCueList} from "../../src/analysis/hedging/cueList.js";
import {settings} from "../helpers.js";

const published = formatCueList(settings.lexicon);
const lines = published.trimEnd().split("\n");

test("no edits is an empty string, and applying it gives the published list back", () => {
  assert.equal(cueEdits(published, published), "");
  assert.equal(applyCueEdits(published, ""), published);
});

test("an added, a dropped and a changed line round-trip in place, in a few bytes", () => {
  const edited = [...lines.slice(0, 3), "hedge: pertama", ...lines.slice(4, 10), lines[10].replace(/^hedge/, "booster"), ...lines.slice(11), "booster: tentu saja"].join("\n") + "\n";
  const edits = cueEdits(published, edited);
  assert.equal(applyCueEdits(published, edits), edited);
  assert.equal(edits.split("\n").length, 5, edits); // two changed lines (drop + add each) and one added
  assert.ok(edits.length < 200, `${edits.length} characters`);
  assert.ok(edits.includes(`-${lines[3]}`));
  assert.ok(edits.includes(`+${lines.length} booster: tentu saja`));
});

test("blank lines and surrounding spaces are no edit", () => {
  assert.equal(cueEdits(published, `\n  ${published.replaceAll("\n", "\n\n")}`), "");
});

test("the documented example", () => {
  assert.equal(cueEdits("hedge: a\nhedge: b\n", "hedge: a\nhedge: c\n"), "-hedge: b\n+2 hedge: c");
  assert.equal(applyCueEdits("hedge: a\nhedge: b\n", "-hedge: b\n+2 hedge: c"), "hedge: a\nhedge: c\n");
});

test("edits that cannot be read or name no published line are ignored; a position past the end adds at the end", () => {
  const base = "hedge: a\nhedge: b\n";
  assert.equal(applyCueEdits(base, "garbage\n+x hedge: c\n+1\n-hedge: zzz\n=hedge: a"), base);
  assert.equal(applyCueEdits(base, "+999999 hedge: c"), "hedge: a\nhedge: b\nhedge: c\n");
  // Dropping a line twice drops it once.
  assert.equal(applyCueEdits(base, "-hedge: a\n-hedge: a"), "hedge: b\n");
  // Text that looks like code stays text.
  assert.equal(applyCueEdits(base, "+0 <script>alert(1)</script>"), "<script>alert(1)</script>\nhedge: a\nhedge: b\n");
});
