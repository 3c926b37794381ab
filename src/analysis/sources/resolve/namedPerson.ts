// A named person: `Menteri Pertahanan Rusia Sergei Shoigu`, `Ankit Panda dari Carnegie`, `Lukin, a
// professor`. The role that titles the name (or one in the apposition) gives the category; the
// affiliation comes from a marker, the apposition, the words between title and name, or an earlier
// introduction of the same person.
import type {SourceCategory} from "../../types.js";
import {organisationCategory, type RegistryRole} from "../registry.js";
import {personNamed} from "../mentions.js";
import {affiliationOf, appositionAffiliation} from "./affiliation.js";
import {nameRunOf} from "./nameRun.js";
import {blank, type Phrase, type Tok} from "./phrase.js";
import type {ResolutionRule} from "./rule.js";

export const namedPerson: ResolutionRule = {
  name: "named_person",
  decide(p) {
    const name = nameRunOf(p);
    if (!name || !(name.titled || name.onlyName || name.appositionRoles.length > 0)) return undefined;
    const personRun = personWords(p, name.run, name.titled !== undefined);
    const written = p.text.slice(personRun[0].start, personRun[personRun.length - 1].end).replace(/\.$/, "");
    const known = personNamed(written, p.people);
    const role: RegistryRole | undefined = name.titled?.role ?? name.appositionRoles[0]?.role;
    const between = name.titled ? affiliationOf(p.text.slice(name.titled.end, personRun[0].start), p.compiled, true) : null;
    const affiliation = affiliationOf(p.affiliationText, p.compiled) ?? affiliationOf(appositionAffiliation(p.apposition, p.compiled), p.compiled) ?? between ?? known?.affiliation ?? null;
    const category = personCategory(p, role, affiliation, known?.category);
    return {
      ...blank(p.span),
      source: known?.name ?? written,
      category: category === "anonymous" ? "other" : category,
      affiliation,
      named: true,
      person: true,
      resolution: role ? "role_words" : "name",
      country: null,
    };
  },
};

/**
 * The words of the person's own name. `Ekonom Universitas Gadjah Mada Fithra Faisal`, `Gubernur
 * Jawa Barat Ridwan Kamil`: an organisation's or region's name runs into the person's, so a titled
 * run keeps what follows the organisation (an acronym `BMKG` is a whole name, a word such as
 * `Universitas` takes one more), or else its last two words.
 */
function personWords(p: Phrase, run: Tok[], titled: boolean): Tok[] {
  if (!titled) return run;
  const orgAt = run.findIndex((t) => organisationCategory(t.text, p.compiled) !== undefined);
  const afterOrg = orgAt >= 0 ? run.slice(orgAt + (/^\p{Lu}+$/u.test(run[orgAt].text) ? 1 : 2)) : [];
  if (orgAt >= 0 && afterOrg.length >= 1 && afterOrg.length <= 3) return afterOrg;
  return (orgAt >= 0 && run.length > 2) || run.length > 3 ? run.slice(-2) : run;
}

/**
 * The category a role gives (or, for a role that says little, the affiliation), else the one the
 * person was introduced with, else the affiliation's. A country (`dari Kyiv`) is where someone is from, not
 * who employs them: only bodies, institutions and organisation words decide a category.
 */
function personCategory(p: Phrase, role: RegistryRole | undefined, affiliation: string | null, introduced: SourceCategory | undefined): SourceCategory {
  const entry = affiliation ? p.compiled.byName.get(affiliation.toLowerCase()) : undefined;
  const affiliationCategory = entry ? (entry.kind === "government" ? undefined : entry.category) : affiliation ? organisationCategory(affiliation, p.compiled) : undefined;
  const fromAffiliation = affiliationCategory === "analyst" || affiliationCategory === "government" ? affiliationCategory : undefined;
  return (role?.category_from_affiliation ? fromAffiliation ?? role.category : role?.category) ?? introduced ?? fromAffiliation ?? "other";
}
