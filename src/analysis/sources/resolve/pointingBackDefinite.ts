// `the agency`, `the ministry`, `the senator`, `the company`: a short phrase opened by a definite article
// and no name points back to a source the article named before (settled in the article's context).
import {findRoles} from "../registry.js";
import {blank, type Phrase} from "./phrase.js";
import type {ResolutionRule} from "./rule.js";

/** The longest such phrase, in tokens, read as pointing back. */
const MAX_TOKENS = 3;

export const pointingBackDefinite: ResolutionRule = {
  name: "the_pointing_back",
  decide(p) {
    if (!p.compiled.words.definiteArticles.has(p.firstLower) || p.toks.length > MAX_TOKENS) return undefined;
    const w = p.compiled.words;
    const rest = p.text.slice(p.toks[0].end).trim();
    const roleBack = findRoles(rest, p.compiled)[0];
    // A country's name before a closing role describes the person (`the Russian president`); any
    // other alias names a source, which later rules read.
    const describedRole = roleBack && roleBack.end === rest.length && p.aliases.every((a) => a.source.kind === "government");
    if (describedRole) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: [roleBack.role.category], anaphoraPerson: true, anaphoraRole: roleBack.role.unnamed};
    if (p.aliases.length > 0) return undefined;
    if (w.mediaHeads.test(rest)) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: ["state_media", "independent_media"]};
    if (roleBack && roleBack.start === 0) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: [roleBack.role.category], anaphoraPerson: true, anaphoraRole: roleBack.role.unnamed};
    if (w.institutionHeads.test(rest)) {
      const itself = w.governmentHeads.test(rest) ? "government" : undefined;
      return {...blank(p.span), resolution: "anaphora", anaphoraFamily: ["government"], anaphoraKind: itself, fallback: asWritten(p, rest)};
    }
    if (w.anaphoraHeads.test(rest)) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: []};
    // `the electoral commission`: a public body named by its function; points back if the article
    // named one before, else stands as written.
    const lastWord = p.toks[p.toks.length - 1].text.toLowerCase();
    if (w.bodyNouns.has(lastWord) && !/\p{Lu}/u.test(rest)) return {...blank(p.span), resolution: "anaphora", anaphoraFamily: ["government"], fallback: asWritten(p, rest)};
    return undefined;
  },
};

function asWritten(p: Phrase, rest: string) {
  return {...blank(p.span), source: rest, category: "government" as const, resolution: "role_words" as const, rule: "the_pointing_back"};
}
