// Words by a plain regex: Intl.Segmenter's word granularity is too slow for large corpora.

/** A word: letters or digits, joined by inner hyphens, apostrophes or dots (`Sun-nam`, `Barron's`, `1950-53`). */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

export interface Token {
  text: string;
  /** UTF-16 offsets into the string, end exclusive. */
  start: number;
  end: number;
}

/**
 * The words of a text with their character spans.
 * @example tokenize("Kang Sun-nam, kata") // [{text: "Kang", start: 0, end: 4}, {text: "Sun-nam", ...}, {text: "kata", ...}]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) tokens.push({text: match[0], start: match.index!, end: match.index! + match[0].length});
  return tokens;
}

/**
 * How many words a text has.
 * @example countWords("Rusia dan Korea Utara (27/7).") // 6
 */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/**
 * The number of words, counted only as far as `limit` + 1: enough to compare with a limit
 * (`≤ 18 words`) without walking a long paragraph.
 * @example wordsUpTo("one two three four", 2) // 3
 */
export function wordsUpTo(text: string, limit: number): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) if (++n > limit) break;
  return n;
}
