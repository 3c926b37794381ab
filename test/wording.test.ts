// The overview's wording and input notes: texts follow the data and the reader's input.
import {test} from "node:test";
import assert from "node:assert/strict";
import {stateMediaWording} from "../src/components/stateMediaWording.js";
import {compositeFormula} from "../src/components/compositeFormula.js";
import {adjustmentNote} from "../src/components/boundedRange.js";
import {settings} from "./helpers.js";

const row = (source: string, category = "state_media", counts?: boolean) => ({source, category, counts}) as never;

test("state media are named from the event's attributions, most cited first, generic entries left out", () => {
  const iran = [row("Fars"), row("IRNA"), row("Fars"), row("Tasnim"), row("Reuters", "independent_media"), row("Fars", "state_media", false)];
  assert.equal(stateMediaWording(iran, settings.registry), "state media such as Fars and IRNA");
  assert.equal(stateMediaWording(iran, settings.registry, 3), "state media such as Fars, IRNA and Tasnim");
  const korea = [row("North Korean state media"), row("North Korean state media"), row("KCNA")];
  assert.equal(stateMediaWording(korea, settings.registry), "state media such as KCNA");
  assert.equal(stateMediaWording([row("Reuters", "independent_media")], settings.registry), "state media");
});

test("the composite formula shows the weights in use; with every weight at 0 there is none", () => {
  const part = (column: string, weight: number, direction: 1 | -1 = 1, scale: "proportion" | "relative" = "proportion") => ({column, label: column, direction, scale, weight});
  assert.equal(compositeFormula([part("attributed_share", 1), part("state_media_dependence", 2, -1), part("quotes", 0.5, 1, "relative"), part("independent_share", 0)]), "score = (1·attributed_share + 2·(1 − state_media_dependence) + 0.5·quotes/max) / 3.5");
  assert.equal(compositeFormula([part("attributed_share", 0), part("independent_share", 0)]), null);
});

test("a value the slider cannot take is explained", () => {
  assert.equal(adjustmentNote(1, 1, [0, 3]), null);
  assert.equal(adjustmentNote(5, 3, [0, 3]), "5 is above the maximum, 3: using 3.");
  assert.equal(adjustmentNote(-1, 0, [0, 3]), "-1 is below the minimum, 0: using 0.");
  assert.equal(adjustmentNote(1.3, 1.5, [0, 3]), "1.3 is not one of the slider's steps: using 1.5.");
});

test("counts agree with their nouns", async () => {
  const {count} = await import("../src/components/count.js");
  assert.equal(count(1, "article"), "1 article");
  assert.equal(count(0, "outlet"), "0 outlets");
  assert.equal(count(5, "body sentence"), "5 body sentences");
  assert.equal(count(2, "analysis", "analyses"), "2 analyses");
});
