// `Taiwan's coast guard`, `South Korea's military`: a country's body the registry does not list is
// kept as written, with the country's code (a listed one, `China's foreign ministry`, is an alias).
import {fromRegistry} from "../mentions.js";
import type {ResolutionRule} from "./rule.js";

/** The longest possessive phrase, in tokens, read as a country's body. */
const MAX_TOKENS = 6;

export const possessiveBody: ResolutionRule = {
  name: "possessive_body",
  decide(p) {
    const [owner] = p.headAliases;
    const possessive = p.headAliases.length === 1 && owner.start === 0 && owner.source.kind === "government" && /^['’]s\s+[\p{Ll}]/u.test(p.text.slice(owner.end));
    if (!possessive || p.headRoles.some((r) => r.role.speaks_for_body) || p.toks.length > MAX_TOKENS) return undefined;
    return {...fromRegistry(owner.source, p.span, "role_words"), source: p.text, country: owner.source.country};
  },
};
