// `Ia mengatakan`, `He said`, `According to him`: a personal pronoun, subject or object, points back
// to the last speaker.
import {blank} from "./phrase.js";
import type {ResolutionRule} from "./rule.js";

export const pronoun: ResolutionRule = {
  name: "pronoun",
  decide(p) {
    return p.toks.length === 1 && p.compiled.words.pronouns.has(p.firstLower) ? {...blank(p.span), resolution: "pronoun"} : undefined;
  },
};
