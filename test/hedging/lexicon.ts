// The shipped lexicon, read the way the Node side reads it, for tests.
import {readFileSync} from "node:fs";
import type {HedgeLexicon} from "../../src/analysis/hedging/lexicon.js";

export function shippedLexicon(): HedgeLexicon {
  return JSON.parse(readFileSync(new URL("../../src/reference/hedges.json", import.meta.url), "utf8")) as HedgeLexicon;
}
