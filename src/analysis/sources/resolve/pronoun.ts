// `Ia mengatakan`, `He said`: a personal pronoun as the subject points back to the last speaker.
import {blank} from "./phrase.js";
import type {ResolutionRule} from "./rule.js";

const PRONOUNS = new Set(["ia", "dia", "beliau", "mereka", "he", "she", "they"]);

export const pronoun: ResolutionRule = {
  name: "pronoun",
  decide(p) {
    return p.toks.length === 1 && PRONOUNS.has(p.firstLower) ? {...blank(p.span), resolution: "pronoun"} : undefined;
  },
};
