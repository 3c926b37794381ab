// `International observers from the European Union`, `a spokesperson for the ministry`: a role that
// speaks for a body (observers, spokespeople) stands for the listed body it comes from.
import {findAliases} from "../registry.js";
import {fromRegistry} from "../mentions.js";
import type {ResolutionRule} from "./rule.js";

export const spokespersonForBody: ResolutionRule = {
  name: "spokesperson_for_body",
  decide(p) {
    const speaker = p.headRoles.find((r) => r.role.speaks_for_body);
    if (!speaker || !p.affiliationText || p.headAliases.length > 0) return undefined;
    // A country after the marker (`from Japan`) is not the body; a government that opens it is.
    const body = findAliases(p.affiliationText, p.compiled).filter((a) => a.source.kind !== "government" || a.start === 0)[0];
    return body ? fromRegistry(body.source, p.span, "role_words") : undefined;
  },
};
