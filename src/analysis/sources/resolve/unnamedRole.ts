// `para analis`, `seorang pejabat`, `sumber`: an unnamed role holder of any kind.
import {anonymousHolder} from "./unnamedRoleHolder.js";
import type {ResolutionRule} from "./rule.js";

export const unnamedRole: ResolutionRule = {
  name: "unnamed_role",
  decide(p) {
    return p.headRoles.length > 0 && (p.determiner || p.startsWithRole) ? anonymousHolder(p, p.headRoles[0].role) : undefined;
  },
};
