// One person, one name within an article: a story names someone in full once (`Anies Baswedan`)
// and then by one name (`Anies`, `kata Todung`). The role-introduced people (people.ts) cover
// `Menteri X Y`; this covers everyone else the article names in full anywhere in its text.
import {findAliases, findRoles, type CompiledRegistry} from "./registry.js";
import {findCues} from "./cues.js";
import {isCapitalized, tokens} from "./resolve/phrase.js";
import {nameKey} from "./nameSpellings.js";
import type {SentenceRow} from "../types.js";

/** `Pranowo-Mahfud`: two capitalised names joined by a hyphen; the first is group 1. */
const TICKET = /^(\p{Lu}\p{Ll}{2,})-\p{Lu}\p{Ll}{2,}$/u;

/** How many words a full name may have. */
const MAX_NAME_WORDS = 4;

/**
 * The full names of an article: runs of 2–4 capitalised words that are not role words, honorifics,
 * not-names or registry aliases, counted by spelling key; with `wanted`, only in sentences that hold
 * one of those words (the one-word names to complete).
 * @example fullNamesOf([{text: "Kata Todung Mulya Lubis."}], compiled).get("todung mulya lubis")?.name // "Todung Mulya Lubis"
 */
export function fullNamesOf(sentences: Pick<SentenceRow, "text">[], compiled: CompiledRegistry, wanted?: ReadonlySet<string>): Map<string, {name: string; count: number}> {
  const names = new Map<string, {name: string; count: number}>();
  const w = compiled.words;
  for (const {text} of sentences) {
    // Only sentences that hold one of the wanted one-word names can give their full names.
    if (wanted && ![...wanted].some((word) => text.includes(word))) continue;
    const taken = [...findAliases(text, compiled), ...findRoles(text, compiled), ...findCues(text, compiled)];
    const inName = (t: {text: string; start: number; end: number}) =>
      isCapitalized(t.text) && /\p{Ll}/u.test(t.text) && !w.honorifics.has(t.text) && !w.notNames.has(t.text) && !taken.some((a) => a.start < t.end && t.start < a.end);
    let run: string[] = [];
    let end = 0;
    const count = (words: string[]) => {
      if (words.length < 2 || words.length > MAX_NAME_WORDS) return;
      const name = words.join(" ");
      const entry = names.get(nameKey(name)) ?? {name, count: 0};
      entry.count++;
      names.set(nameKey(name), entry);
    };
    const close = () => {
      count(run);
      // A ticket of two names (`Ganjar Pranowo-Mahfud MD`) also names the first in full.
      const ticket = TICKET.exec(run.at(-1) ?? "");
      if (ticket) count([...run.slice(0, -1), ticket[1]]);
      run = [];
    };
    for (const t of tokens(text)) {
      // A name is words with only spaces between them: `Joko "Jokowi" Widodo` is no three-word name.
      if (run.length > 0 && !/^\s+$/u.test(text.slice(end, t.start))) close();
      if (inName(t) && !t.text.endsWith(".")) run.push(t.text);
      else close();
      end = t.end;
    }
    close();
  }
  return names;
}

/**
 * The full name a one-word name stands for: the article's full name whose first or last word it
 * is, when one is named more often than any other (a tie decides nothing).
 * @example fullNameFor("Anies", names) // "Anies Baswedan"
 */
export function fullNameFor(word: string, names: Map<string, {name: string; count: number}>): string | null {
  const key = nameKey(word);
  if (key.includes(" ")) return null;
  const candidates = [...names.entries()].filter(([k]) => {
    const parts = k.split(" ");
    return parts[0] === key || parts[parts.length - 1] === key;
  });
  // A run that goes on past a name (`Anies Baswedan-Muhaimin Iskandar`, a ticket) also names it.
  const within = (short: string, long: string) => long !== short && (long.startsWith(`${short} `) || long.endsWith(` ${short}`));
  const ranked = candidates
    .map(([k, v]) => ({name: v.name, count: v.count + candidates.filter(([other]) => within(k, other)).reduce((sum, [, o]) => sum + o.count, 0), longer: candidates.some(([other]) => within(other, k))}))
    .filter((c) => !c.longer)
    .sort((a, b) => b.count - a.count);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1].count === ranked[0].count)) return null;
  return ranked[0].name;
}
