// `Russia state media`, `media negara Pyongyang`, `media pemerintah yang dikuasai Damaskus`: a
// generic media phrase that names no country in its alias, next to a country's name, is that
// country's state media (one canonical entry per country, `generic` in the registry), not the
// country-less `state media` resolved later by the article's context.
import {fromRegistry} from "../mentions.js";
import type {ResolutionRule} from "./rule.js";

/** What may stand between the generic phrase and the country: spaces, a possessive. */
const BETWEEN = /^(?:\s+|['’]s\s+)$/u;

export const stateMediaOfCountry: ResolutionRule = {
  name: "state_media_of_country",
  decide(p) {
    const generic = p.headAliases.find((a) => a.source.kind === "generic_media" && a.source.country === null);
    if (!generic) return undefined;
    const country = p.headAliases.find((a) => a.source.kind === "government" && a.source.country && (BETWEEN.test(p.text.slice(a.end, generic.start)) || BETWEEN.test(p.text.slice(generic.end, a.start))));
    const media = country && p.compiled.genericByCountry.get(country.source.country!);
    if (!media || p.headAliases.some((a) => a !== generic && a !== country)) return undefined;
    return fromRegistry(media, p.span, "direct");
  },
};
