// The shipped lexicon, assembled the way the Node side assembles it (hedges.json and each
// language model's cues), for tests.
import {languageReference} from "../../data-loaders/settings.js";
import type {HedgeLexicon} from "../../src/analysis/hedging/lexicon.js";

export function shippedLexicon(): HedgeLexicon {
  return languageReference().lexicon;
}
