// People an article introduces with a role, so that a later bare name (`Kim`, `Lukin`) gets its
// full name and category: `Pemimpin Korea Utara Kim Jong Un` → Kim Jong Un, government.
import type {SentenceRow} from "../types.js";
import {findRoles, type CompiledRegistry} from "./registry.js";
import {nounPhrase, type Person} from "./mentions.js";
import {resolvePhrase} from "./resolve/resolve.js";

/** A role phrase cut at the first lowercase word that follows a capitalised one. */
function untilAfterName(text: string, compiled: CompiledRegistry): string {
  let seenName = false;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)) {
    const word = m[0];
    if (/^\p{Lu}/u.test(word)) {
      if (m.index! > 0 && !compiled.words.notNames.has(word)) seenName = true;
    } else if (seenName) return text.slice(0, m.index!);
  }
  return text;
}

/**
 * How far after a role word its title and name may run (characters): the longest titles in the
 * evaluation corpus (`Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Agus Wibowo`)
 * are under 100. Without a bound, each role re-read the rest of its sentence.
 */
const MAX_TITLED_NAME = 200;

const APPOSED_NAME = /^\s*,\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+)\s*,/u;
const NAME_BEFORE_APPOSITION = /((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+),\s+$/u;

/**
 * Everyone an article names next to a role word, first introduction first.
 * @example peopleOf([{article_id: "a", index: 0, paragraph: 0, words: 5, text: "Analis Lee Sung-yoon mengatakan itu."}], compiled).get("Lee Sung-yoon")?.category // "analyst"
 */
export function peopleOf(sentences: SentenceRow[], compiled: CompiledRegistry): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const sentence of sentences) {
    for (const role of findRoles(sentence.text, compiled)) {
      // `Menteri Pertahanan Rusia Sergei Shoigu`: the role word, then the name, which ends at the
      // first lowercase word after it (`Juru bicara KPK Ali Fikri mengatakan ...`).
      const phrase = nounPhrase(untilAfterName(sentence.text.slice(role.start, role.start + MAX_TITLED_NAME), compiled), role.start, compiled);
      const mention = resolvePhrase(phrase.text, phrase.start, compiled, people);
      if (mention?.person && mention.named && !people.has(mention.source)) {
        people.set(mention.source, {name: mention.source, category: mention.category, affiliation: mention.affiliation, introduced: sentence.index, role: role.role.unnamed});
      } else if (!(mention?.person && mention.named)) {
        // `Pemimpin Korea Utara (Korut), Kim Jong-un, bertemu`: the name in apposition after the title.
        const after = APPOSED_NAME.exec(sentence.text.slice(phrase.start + phrase.text.length));
        if (after && !people.has(after[1]) && !compiled.words.notNames.has(after[1].split(/\s+/)[0])) {
          people.set(after[1], {name: after[1], category: role.role.category === "anonymous" ? "other" : role.role.category, affiliation: null, introduced: sentence.index, role: role.role.unnamed});
        }
      }
      // `Artyom Lukin, seorang profesor`: the name, then the role in apposition.
      const before = NAME_BEFORE_APPOSITION.exec(sentence.text.slice(Math.max(0, role.start - 60), role.start).replace(compiled.clauses.trailingIndefinite, ""));
      if (before && !people.has(before[1]) && !compiled.words.notNames.has(before[1].split(/\s+/)[0])) {
        people.set(before[1], {name: before[1], category: role.role.category === "anonymous" ? "other" : role.role.category, affiliation: null, introduced: sentence.index, role: role.role.unnamed});
      }
    }
  }
  return people;
}
