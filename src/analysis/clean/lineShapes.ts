// Shapes of whole lines that are page furniture, not reporting, recognised by form alone (no
// outlet's name or wording): a title, a date or time line, a credit line, a repeated paragraph.
// The word lists and credit patterns are data (src/reference/cleaning.json, docs/cleaning.md).
import {countWords} from "../text/words.js";

/** No sentence-closing mark at the end: a headline, not a sentence (`53 dead in landslides`). */
const CLOSED = /[.!?…;"”’»)\]]$/u;

/**
 * The first line of a body that does not close like a sentence is its title, when more follows.
 * @example isTitleLine("Banjir Rendam Jakarta, 9 Orang Meninggal", 0, 5) // true
 */
export function isTitleLine(text: string, paragraph: number, paragraphs: number): boolean {
  if (paragraph !== 0 || paragraphs < 2) return false;
  const bare = text.replace(/^#{1,6}\s+/, "").trim();
  // One unit: no sentence ends inside it (`... di Solo. Foto: Antara` is a caption and its credit).
  return !CLOSED.test(bare) && !/[:,\-–—]$/u.test(bare) && !/[.!?…]\s+\p{Lu}/u.test(bare) && countWords(bare) >= 3;
}

/**
 * A line made only of a date, a time and their words (`Kamis, 2 Januari 2020 21:15 WIB`,
 * `7th February 2023`, `date 2020-01-03`, `• Sunday, 07 July 2024`): at least one number, and a
 * month name or an ISO date.
 */
export function isTimestampLine(text: string, dateWords: Set<string>): boolean {
  const line = text.replace(/^[•·|\-–—\s]+/u, "").trim();
  if (!/\d/.test(line) || line.length > 80) return false;
  const tokens = line.split(/[\s,|/()]+/u).filter(Boolean);
  let month = /\b\d{4}-\d{2}-\d{2}\b/.test(line);
  for (const token of tokens) {
    const word = token.toLowerCase().replace(/\.$/, "");
    if (/^\d{1,4}(?:st|nd|rd|th)?$/.test(word) || /^\d{1,2}[:.]\d{2}(?::\d{2})?$/.test(word) || /^\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?$/.test(word)) continue;
    if (!dateWords.has(word)) return false;
    if (/^\p{L}{3,}$/u.test(word) && !["date", "wib", "wita", "wit", "gmt", "utc", "am", "pm", "pukul", "updated", "diperbarui", "published", "dipublikasikan"].includes(word)) month = true;
  }
  return month;
}

/**
 * A line that is only a picture credit: `(AP)`, `REUTERS/Willy Kurniawan`, `(Picture: AFP)`,
 * `Photo by Turk Jandarma/UPI` (patterns: `creditLines`).
 */
export function isCreditLine(text: string, creditLines: RegExp[]): boolean {
  return creditLines.some((pattern) => pattern.test(text.trim()));
}

/** Two paragraphs are the same when their letters and digits are, ignoring case and spacing. */
export function duplicateKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
