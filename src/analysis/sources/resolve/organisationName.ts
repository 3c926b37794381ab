// `Wahana Lingkungan Hidup Indonesia (Walhi)`, `Polda Jateng`: a capitalised name with an
// organisation word and no title is an organisation, of the category its organisation word gives.
import {organisationCategory} from "../registry.js";
import {blank, covered, isCapitalized} from "./phrase.js";
import {nameRunOf} from "./nameRun.js";
import type {ResolutionRule} from "./rule.js";

export const organisationName: ResolutionRule = {
  name: "organisation_name",
  decide(p) {
    const name = nameRunOf(p);
    if (!name || name.titled || name.appositionRoles.length > 0) return undefined;
    const untitled = p.text.slice(0, p.headEnd).replace(/\s*\([^)]*\)\s*$/u, "").trim();
    const category = organisationCategory(untitled, p.compiled);
    const nameShaped = p.head.every((t) => isCapitalized(t.text) || covered(p, t) || t.text === "(" || t.text === ")" || p.compiled.words.nameGlue.has(t.text.toLowerCase()));
    if (!category || !isCapitalized(untitled) || !nameShaped) return undefined;
    return {...blank(p.span), source: untitled, category: category === "anonymous" ? "other" : category, resolution: "name", end: p.start + untitled.length};
  },
};
