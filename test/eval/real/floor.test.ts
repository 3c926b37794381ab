// The quality floor (issue 9): no figure on the dev split may drop more than 0.02 below the one
// recorded in test/gold/floor.json (the leak rate: rise more than 0.02 above it). Raising the
// floor, with `npm run eval -- --write-floor`, is part of a change that improves a figure.
import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {evaluateSplit} from "./evaluate.js";
import {compact, LEAK, SET_ASIDE} from "./report.js";
import {MEASURES} from "./measures.js";

const TOLERANCE = 0.02;
const floor = JSON.parse(readFileSync(new URL("../../gold/floor.json", import.meta.url), "utf8")) as {dev: Record<string, Record<string, number>>};

test("every dev-split figure holds its floor in test/gold/floor.json", async () => {
  const result = await evaluateSplit("dev");
  assert.deepEqual(result.problems, [], "dev gold must be readable (npm run gold:check -- dev)");
  assert.deepEqual(Object.keys(result.languages).sort(), Object.keys(floor.dev).sort(), "a floor for each language of the dev split");
  const drops: string[] = [];
  for (const [language, {telisik}] of Object.entries(result.languages)) {
    const now = compact(telisik);
    for (const measure of [...MEASURES, LEAK, SET_ASIDE]) {
      const recorded = floor.dev[language][measure];
      assert.equal(typeof recorded, "number", `floor.json has no ${language} ${measure}`);
      // Rates (leaked boilerplate, body set aside) are better low; F1 is better high.
      const worse = measure === LEAK || measure === SET_ASIDE ? now[measure] - recorded : recorded - now[measure];
      if (worse > TOLERANCE) drops.push(`${language} ${measure}: ${now[measure].toFixed(3)} against a floor of ${recorded.toFixed(3)}`);
    }
  }
  assert.deepEqual(drops, [], "figures below their floor (see npm run eval -- --split dev --details)");
});
