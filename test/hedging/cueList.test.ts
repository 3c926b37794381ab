import {test} from "node:test";
import assert from "node:assert/strict";
import {formatCueList, parseCueList} from "../../src/analysis/hedging/cueList.js";
import {matchCues} from "../../src/analysis/hedging/matchCues.js";
import {shippedLexicon} from "./lexicon.js";

const base = shippedLexicon();

test("format then parse gives back the same lexicon, with no errors", () => {
  const text = formatCueList(base);
  assert.equal(text.split("\n").filter(Boolean).length, base.cues.length);
  const {lexicon, errors} = parseCueList(text, base);
  assert.deepEqual(errors, []);
  assert.deepEqual(lexicon, base);
});

test("one line per cue, with the pattern only when it differs from the name", () => {
  const text = formatCueList({
    cues: [
      {cue: "mungkin", kind: "hedge", type: "epistemic_modal", language: "id"},
      {cue: "sekitar", kind: "hedge", type: "approximator", language: "id", pattern: "sekitar [<quantity>]"},
      {cue: "ya", kind: "booster", type: "other"},
    ],
  });
  assert.equal(text, "hedge epistemic_modal id: mungkin\nhedge approximator id: sekitar = sekitar [<quantity>]\nbooster other: ya\n");
});

test("short lines inherit from the base cue of the same kind and name; new cues get defaults", () => {
  const {lexicon, errors} = parseCueList("hedge: mungkin\nbooster: jelas\nhedge: rasanya\n# a comment\n\nbooster en: totally", base);
  assert.deepEqual(errors, []);
  const [mungkin, jelas, rasanya, totally] = lexicon.cues;
  assert.equal(mungkin.type, "epistemic_modal");
  assert.equal(mungkin.language, "id");
  assert.equal(mungkin.pattern, base.cues.find((c) => c.cue === "mungkin")!.pattern);
  assert.equal(jelas.kind, "booster");
  assert.deepEqual(rasanya, {cue: "rasanya", kind: "hedge", type: "other"});
  assert.deepEqual(totally, {cue: "totally", kind: "booster", type: "other", language: "en"});
  assert.deepEqual(lexicon.classes, base.classes);
});

test("a removed line removes the cue; an added line adds one", () => {
  const without = formatCueList(base).split("\n").filter((l) => !/: jelas$/.test(l)).join("\n");
  const {lexicon} = parseCueList(`${without}\nbooster id: gamblang`, base);
  assert.equal(matchCues("Buktinya jelas.", lexicon).length, 0);
  assert.deepEqual(matchCues("Buktinya gamblang.", lexicon).map((m) => m.cue.cue), ["gamblang"]);
});

test("bad lines are explained by line number and skipped; good lines survive", () => {
  const {lexicon, errors} = parseCueList("hedge: mungkin\nfoo\nmaybe: x\nhedge:\nhedge weird: x\nhedge: a = (b|c\nhedge: y = y [<nope>]\nhedge: mungkin", base);
  assert.deepEqual(lexicon.cues.map((c) => c.cue), ["mungkin"]);
  assert.equal(errors.length, 7);
  assert.match(errors[0], /^line 2: expected "kind: cue"/);
  assert.match(errors[1], /^line 3: unknown kind "maybe"/);
  assert.match(errors[2], /^line 4: no cue/);
  assert.match(errors[3], /^line 5: "weird" is neither a type/);
  assert.match(errors[4], /^line 6: .*unbalanced/);
  assert.match(errors[5], /^line 7: .*unknown word class <nope>/);
  assert.match(errors[6], /^line 8: hedge "mungkin" is listed twice/);
});

test("an explicit pattern replaces the inherited one", () => {
  const {lexicon} = parseCueList("hedge: sekitar = sekitar", base);
  assert.equal(lexicon.cues[0].pattern, undefined);
  assert.equal(matchCues("Di sekitar istana.", lexicon).length, 1);
});
