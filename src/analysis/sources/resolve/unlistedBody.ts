// `Badan Meteorologi Jepang (JMA)`: a body the registry does not list, of a country it does, is
// kept as written with that country; `pemerintah Jepang` (the government itself) is the country's entry.
import {blank} from "./phrase.js";
import type {ResolutionRule} from "./rule.js";

export const unlistedBody: ResolutionRule = {
  name: "unlisted_body_of_listed_country",
  decide(p) {
    if (!p.institutionHead || p.compiled.words.governmentHeads.test(p.text)) return undefined;
    if (p.headAliases.length === 0 || !p.headAliases.every((a) => a.start > 0 && a.source.kind === "government")) return undefined;
    const written = p.text.slice(0, p.headEnd).replace(/\s*\([^)]*\)\s*$/u, "").trim();
    return {...blank({start: p.start, end: p.start + written.length}), source: written, category: "government", country: p.headAliases[0].source.country, resolution: "role_words"};
  },
};
