// `kantor berita tersebut`, `laporan itu`, `media pemerintah itu`, `menteri itu`: a short phrase
// ending in a pointing word refers back to a source of the family its head noun names.
import {blank} from "./phrase.js";
import type {ResolutionRule} from "./rule.js";

/** The longest phrase, in tokens, read as pointing back. */
const MAX_TOKENS = 4;

export const pointingBack: ResolutionRule = {
  name: "pointing_back",
  decide(p) {
    const w = p.compiled.words;
    const last = p.toks[p.toks.length - 1].text.toLowerCase();
    if (!w.anaphora.has(last) || p.toks.length > MAX_TOKENS || !p.aliases.every((a) => a.source.generic)) return undefined;
    if (p.mediaHead) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: ["state_media", "independent_media"]};
    if (p.institutionHead) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: ["government"], anaphoraKind: w.governmentHeads.test(p.text) ? "government" : undefined};
    if (p.roles.length) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: [p.roles[0].role.category], anaphoraPerson: true, anaphoraRole: p.roles[0].role.unnamed};
    if (w.anaphoraHeads.test(p.text)) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: []};
    return undefined;
  },
};
