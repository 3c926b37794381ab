// `Russian officials`, `Ukrainian military analysts`, `Labour union leaders`: a role word that ends
// the phrase, with only describing words before it (a nationality, a field, a body the registry does
// not list), is an unnamed group of role holders. A name follows its title (`Senator Warren`), so
// capitalised words before the role describe it and name no one.
import {anonymousHolder} from "./unnamedRoleHolder.js";
import type {ResolutionRule} from "./rule.js";

export const describedRoleHolder: ResolutionRule = {
  name: "described_role_holder",
  decide(p) {
    const last = p.headRoles.at(-1);
    if (!last || last.end !== p.headEnd || p.startsWithAlias || p.institutionHead || last.role.speaks_for_body) return undefined;
    // Possessives (`Kim's aides`) and aliases before the role belong to other rules.
    if (/['’]s\b/u.test(p.text.slice(0, last.start)) || p.headAliases.some((a) => a.start < last.start)) return undefined;
    return anonymousHolder(p, last.role);
  },
};
