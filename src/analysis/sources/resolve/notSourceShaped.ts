// A phrase that opens with nothing a source can open with — no alias, role word, media or
// institution noun, determiner, honorific, capital or pointing phrase — names no source.
import {NO_SOURCE, type ResolutionRule} from "./rule.js";

export const notSourceShaped: ResolutionRule = {
  name: "not_source_shaped",
  decide(p) {
    const w = p.compiled.words;
    const pointingHead = w.anaphoraHeads.test(p.text) && w.anaphora.has(p.toks[p.toks.length - 1].text.toLowerCase());
    const shaped = p.startsWithAlias || p.startsWithRole || p.mediaHead || p.institutionHead || p.determiner || p.honorific || p.capital || pointingHead;
    return shaped ? undefined : NO_SOURCE;
  },
};
