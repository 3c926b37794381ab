// A line in another language than the article's: on a foreign service's page, the pictures'
// descriptions left in the desk's language. Told by each language's commonest function words
// (`functionWords` in src/reference/cleaning.json), so a new language is a data entry.
import {countWords} from "../text/words.js";
import type {Compiled} from "./rules.js";

/** How many of a language's function words make a line recognisably that language's. */
const OTHER_LANGUAGE_MIN_WORDS = 3;

/**
 * Which paragraphs are in another language than the article's: a picture's description left in
 * the desk's language is its caption. Only when the article's own language clearly prevails, so a
 * story whose declared language is wrong (pasted text defaults to `id`) loses nothing.
 */
export function foreignLines(paragraphs: string[], r: Compiled, language: string | undefined): boolean[] {
  const own = language === undefined ? undefined : r.functionWords.get(language);
  if (language === undefined || own === undefined) return paragraphs.map(() => false);
  // One short count per line: most reach three of their language's words within a few words.
  const counts = paragraphs.map((text) => functionWordCount(text, own, OTHER_LANGUAGE_MIN_WORDS));
  const foreign = paragraphs.map((text, i) => counts[i] === 0 && otherLanguage(text, language, r.functionWords) !== null);
  const inOwn = counts.filter((n) => n >= OTHER_LANGUAGE_MIN_WORDS).length;
  return inOwn > 2 * foreign.filter(Boolean).length ? foreign : foreign.map(() => false);
}

/**
 * A line written in another language than the article's, outside any quotation: on a page of a
 * foreign service, the pictures' descriptions left in the desk's language (`A woman holds her
 * shoes as she walks through water` in an Indonesian story). Judged by function words alone.
 * @returns the other language, or null
 */
export function otherLanguage(text: string, language: string, functionWords: Map<string, Set<string>>): string | null {
  const own = functionWords.get(language);
  if (!own || /["“”„]/u.test(text) || functionWordCount(text, own, 1) > 0 || countWords(text) < 2 * OTHER_LANGUAGE_MIN_WORDS) return null;
  for (const [other, words] of functionWords) {
    if (other !== language && functionWordCount(text, words, OTHER_LANGUAGE_MIN_WORDS) >= OTHER_LANGUAGE_MIN_WORDS) return other;
  }
  return null;
}

/** The function words of a language a line uses, counted up to `limit` (most lines reach it in a few words). */
function functionWordCount(text: string, words: Set<string>, limit: number): number {
  const word = /\p{L}+/gu;
  let count = 0;
  for (let match = word.exec(text); match && count < limit; match = word.exec(text)) if (words.has(match[0].toLowerCase())) count++;
  return count;
}
