// `juru bicara Kementerian Luar Negeri China`: an unnamed government role holder with a listed body
// speaks for the body.
import {fromRegistry} from "../mentions.js";
import {bestAlias} from "./bestAlias.js";
import type {ResolutionRule} from "./rule.js";

export const spokespersonOfAlias: ResolutionRule = {
  name: "spokesperson_of_alias",
  decide(p) {
    if (p.headAliases.length === 0 || p.headRoles.length === 0 || p.headRoles[0].role.category !== "government" || p.determiner) return undefined;
    return fromRegistry(bestAlias(p.headAliases, ["government"]).source, p.span, "direct");
  },
};
