// `seorang pejabat senior AS`, `a US official`: an unnamed holder of a role that does not speak for
// a body is an anonymous source (affiliated with the body named), not the body itself.
import {affiliationOf} from "./affiliation.js";
import {blank, type Phrase} from "./phrase.js";
import type {ResolutionRule} from "./rule.js";
import type {Mention} from "../mentions.js";
import type {RegistryRole} from "../registry.js";

export const unnamedRoleHolder: ResolutionRule = {
  name: "unnamed_role_holder",
  decide(p) {
    const lead = p.headRoles.length > 0 && !p.startsWithAlias && (p.determiner || p.headRoles[0].start === 0) ? p.headRoles[0].role : undefined;
    if (!lead || lead.speaks_for_body || p.institutionHead) return undefined;
    return anonymousHolder(p, lead);
  },
};

/** An unnamed person holding `role`, affiliated with what the phrase names. */
export function anonymousHolder(p: Phrase, role: RegistryRole): Mention {
  return {
    ...blank(p.span),
    source: role.unnamed,
    category: "anonymous",
    affiliation: affiliationOf(p.affiliationText, p.compiled) ?? p.headAliases.map((a) => a.source.name)[0] ?? null,
    named: false,
    person: true,
    resolution: "role_words",
  };
}
