// One person, one category within an article: `Kepala BNPB Agus Wibowo mengatakan` makes Agus a
// government source, and so is `kata Agus` three paragraphs on, though that phrase alone says
// nothing of him. Decided from the article's own rows, never from a list of people.
import type {Found} from "./found.js";

/**
 * Rows of a named person whose category is `other` take the category another row of the same
 * person in the article has (the first that says more), and a missing affiliation the first one
 * given. In place.
 * @example consistentPeople([agusAsGovernment, agusAsOther]); agusAsOther.mention.category // "government"
 */
export function consistentPeople(found: Found[]): void {
  const known = new Map<string, {category?: Found["mention"]["category"]; affiliation?: string}>();
  for (const f of found) {
    if (!f.mention.person || !f.mention.named) continue;
    const entry = known.get(f.mention.source) ?? {};
    if (!entry.category && f.mention.category !== "other" && f.mention.category !== "anonymous") entry.category = f.mention.category;
    if (!entry.affiliation && f.mention.affiliation) entry.affiliation = f.mention.affiliation;
    known.set(f.mention.source, entry);
  }
  for (const f of found) {
    const entry = f.mention.person && f.mention.named ? known.get(f.mention.source) : undefined;
    if (!entry) continue;
    if (f.mention.category === "other" && entry.category) f.mention = {...f.mention, category: entry.category};
    if (!f.mention.affiliation && entry.affiliation) f.mention = {...f.mention, affiliation: entry.affiliation};
  }
}
