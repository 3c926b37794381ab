// A phrase that opens with nothing a source can open with — no alias, role word, media or
// institution noun, determiner, honorific, capital (also after `the`) or pointing phrase — and holds no alias or role
// word further in (`DKI Jakarta Governor Anies Baswedan`, `National Disaster Mitigation Agency
// spokesman Agus Wibowo`: English puts the body's name before the title) names no source.
import {NO_SOURCE, type ResolutionRule} from "./rule.js";
import {isCapitalized} from "./phrase.js";

export const notSourceShaped: ResolutionRule = {
  name: "not_source_shaped",
  decide(p) {
    const w = p.compiled.words;
    const pointingHead = w.anaphoraHeads.test(p.text) && w.anaphora.has(p.toks[p.toks.length - 1].text.toLowerCase());
    // `the Disaster and Emergency Management Authority`: a name after a definite article.
    const namedAfterArticle = w.definiteArticles.has(p.firstLower) && p.toks.length > 1 && isCapitalized(p.toks[1].text);
    const opens = p.startsWithAlias || p.startsWithRole || p.mediaHead || p.institutionHead || p.determiner || p.honorific || p.capital || pointingHead || namedAfterArticle;
    const shaped = opens || p.headRoles.length > 0 || p.headAliases.length > 0;
    return shaped ? undefined : NO_SOURCE;
  },
};
