// `Kementerian Perdagangan Vietnam`: a body the registry does not know, named by its head noun and a
// capitalised word, is a government body as written.
import {blank, isCapitalized} from "./phrase.js";
import type {ResolutionRule} from "./rule.js";

export const unknownBody: ResolutionRule = {
  name: "unknown_body",
  decide(p) {
    if (!p.institutionHead || p.toks.length < 2 || !p.toks.slice(1).some((t) => isCapitalized(t.text))) return undefined;
    return {...blank(p.span), source: p.text, category: "government", named: true, resolution: "role_words"};
  },
};
