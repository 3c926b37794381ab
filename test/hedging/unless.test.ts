import {test} from "node:test";
import assert from "node:assert/strict";
import {compileLexicon, matchCues} from "../../src/analysis/hedging/matchCues.js";
import type {HedgeLexicon} from "../../src/analysis/hedging/lexicon.js";

// A cue's `unless` patterns name readings in which its words are no cue.
const lexicon: HedgeLexicon = {
  cues: [
    {cue: "could", kind: "hedge", type: "epistemic_modal", language: "en", unless: ["could be (seen|heard) [!as]", "could not"]},
    {cue: "might", kind: "hedge", type: "epistemic_modal", language: "en", unless: ["[the] might", "might [!*]"]},
    {cue: "diperkirakan", kind: "hedge", type: "shield", language: "id", unless: ["dari yang? diperkirakan"]},
  ],
};
const found = (text: string) => matchCues(text, lexicon).map((m) => text.slice(m.start, m.end));

test("an unless pattern over the cue's words removes the cue; elsewhere the cue stays", () => {
  assert.deepEqual(found("Smoke could be seen from afar."), []);
  assert.deepEqual(found("Rescuers could not reach the site."), []);
  assert.deepEqual(found("The move could be seen as a provocation."), ["could"]);
  assert.deepEqual(found("The toll could rise."), ["could"]);
});

test("unless patterns may hold context before the cue, and a sentence edge after it", () => {
  assert.deepEqual(found("A monument to the might of Russia."), []);
  assert.deepEqual(found("It showed off its military might."), []);
  assert.deepEqual(found("The talks might resume."), ["might"]);
  assert.deepEqual(found("Inflasi lebih rendah dari yang diperkirakan."), []);
  assert.deepEqual(found("Inflasi lebih rendah dari diperkirakan."), []);
  assert.deepEqual(found("Inflasi diperkirakan turun."), ["diperkirakan"]);
});

test("a malformed unless pattern is reported with the cue's name", () => {
  assert.throws(() => compileLexicon({cues: [{cue: "x", kind: "hedge", type: "other", unless: ["x [<nope>]"]}]}), /hedge cue "x".*unknown word class <nope>/);
  assert.throws(() => compileLexicon({cues: [{cue: "y", kind: "hedge", type: "other", unless: ["(y|z"]}]}), /hedge cue "y".*parenthes/);
});
