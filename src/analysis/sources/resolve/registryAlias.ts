// A listed source named by one of its aliases. Where several are named, prefer the kind the head
// noun asks for (a media noun, or a generic media alias such as `state news agency`, asks for
// media; an institution noun for government), then specific over generic, then the longer.
import {fromRegistry} from "../mentions.js";
import {bestAlias} from "./bestAlias.js";
import type {ResolutionRule} from "./rule.js";

export const registryAlias: ResolutionRule = {
  name: "registry_alias",
  decide(p) {
    if (p.headAliases.length === 0) return undefined;
    // A role that opens the phrase (`juru bicara Kementerian ...`) is a person's, decided below.
    if (p.headRoles.length > 0 && p.headRoles[0].start === 0 && !p.institutionHead) return undefined;
    const wantsMedia = p.mediaHead || p.headAliases.some((a) => a.source.kind === "generic_media");
    const best = bestAlias(p.headAliases, wantsMedia ? ["state_media", "independent_media"] : p.institutionHead ? ["government"] : []);
    return fromRegistry(best.source, p.span, "direct");
  },
};
