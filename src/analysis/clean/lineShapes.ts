// Shapes of whole lines that are page furniture, not reporting, recognised by form alone (no
// outlet's name or wording): a title, a date or time line, a credit line, a repeated paragraph.
// The word lists and credit patterns are data (src/reference/cleaning.json, docs/cleaning.md).
import {countWords, wordsUpTo} from "../text/words.js";

/** No sentence-closing mark at the end: a headline, not a sentence (`53 dead in landslides`). */
const CLOSED = /[.!?…;"”’»)\]]$/u;

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
  let time = false;
  let zone = false;
  for (const token of tokens) {
    const word = token.toLowerCase().replace(/[.:]$/, "");
    if (/^\d{1,2}[:.]\d{2}(?::\d{2})?$/.test(word)) time = true;
    if (/^\d{1,4}(?:st|nd|rd|th)?$/.test(word) || /^\d{1,2}[:.]\d{2}(?::\d{2})?$/.test(word) || /^\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?$/.test(word)) continue;
    // A time zone's offset: `GMT +7`.
    if (/^[+-]\d{1,2}(?::?\d{2})?$/.test(word)) continue;
    if (["wib", "wita", "wit", "gmt", "utc"].includes(word)) zone = true;
    if (!dateWords.has(word)) return false;
    if (/^\p{L}{3,}$/u.test(word) && !["date", "wib", "wita", "wit", "gmt", "utc", "am", "pm", "pukul", "updated", "diperbarui", "published", "dipublikasikan"].includes(word)) month = true;
  }
  // A time with its zone is a timestamp too (`20:15 GMT +7:`).
  return month || (time && zone);
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

/**
 * Ends like a sentence: a full stop, question or exclamation mark, ellipsis, closing quote or bracket.
 * @example isClosed("Banjir merendam Jakarta.") // true
 */
export function isClosed(text: string): boolean {
  // A closing `*` or `***` marks the end of a story, not of a sentence.
  return CLOSED.test(text.trim().replace(/\*+$/u, ""));
}

/**
 * Every word of four letters or more is capitalised, as in an Indonesian headline
 * (`Gubernur Sulsel Resmikan Jembatan Sungai`), and there are at least three such words.
 */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** A Markdown image, as pages pasted through a converter print them: `![alt](https://...)`. */
export function isImageLine(text: string): boolean {
  return /^!\[[^\]]*\](?:\([^)\s]*\)?)?\s*$/u.test(text.trim());
}

/**
 * A web address, without the punctuation of the sentence it may close. A bare domain's labels are
 * bounded as DNS bounds them (63 characters, a few levels), so a page of text with no space in it
 * is read once, not again from every dot.
 */
const URL = /(?:(?:https?:\/\/|www\.)|\b[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}\/)[^\s]*[^\s.,;:!?)"”’]/gu;

/**
 * A line that ends on a web address, or is nothing but addresses: an embed's links or a
 * follow-us box (`Follow us on Telegram: https://t.me/...`). A sentence citing a site ends with
 * its full stop and stays.
 */
export function isLinkLine(text: string): boolean {
  const line = text.trim();
  const links = line.match(URL) ?? [];
  if (links.length === 0) return false;
  const rest = line.replace(URL, " ").trim();
  // A box's label is no sentence; a sentence with an embed's links after it is split later.
  return rest === "" || (line.endsWith(links[links.length - 1]) && countWords(rest) <= 12 && !/[.!?…]/u.test(rest));
}

/** The signature of an embedded post: `— USGS Earthquakes (@USGS_Quakes) February 6, 2023`. */
export function isEmbedSignature(text: string): boolean {
  return /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)/u.test(text.trim());
}

/** A sign-off naming the agency or writer, alone on a line: `— AFP`, `– Bernama`. */
export function isSignoffLine(text: string): boolean {
  const line = text.trim();
  return /^[—–-]\s*\p{Lu}[\p{L}\p{N}.&'’ /-]{1,40}$/u.test(line) && countWords(line) <= 5;
}

/**
 * A row of a list: a short label, a colon, a value (`Adana: 43`, `Sumatera : Aceh, Riau.`).
 * Alone it could be a headline (`BNPB: 30 Orang Meninggal`); in a run of rows it is reporting.
 */
export function isListRow(text: string): boolean {
  const match = /^(?:[-–—•*]\s*)?(?<label>\p{Lu}[^:.!?]{0,40}?)\s*:\s*\S/u.exec(text.trim());
  return match !== null && countWords(match.groups!.label) <= 5;
}

/** A writer's name alone, closed by a comma, as page headers print it: `Nirmala Maulana Achmad,`. */
export function isNameLine(text: string): boolean {
  return /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4},$/u.test(text.trim());
}

/**
 * Where a bracketed credit closes a paragraph, if one does: `... today (Picture: AFP)`,
 * `... ke depan. (Salman Toyibi/Jawa Pos)`, `... 12.000 jiwa. (Anadolu Agency)`. The bracket
 * holds a credit label, a `Name/Outlet` credit, or — after a full stop — a capitalised name alone
 * or an `Outlet: Name` credit (`(Reuters: Willy Kurniawan)`), unless it opens with a source's or
 * a link's label (`notCredit`: `(Sumber: BPS)`).
 */
export function creditBracket(text: string, labels: RegExp, notCredit: RegExp): number | null {
  const match = /\s*\((?<inner>[^()]{2,60})\)\s*$/u.exec(text);
  if (!match || match.index === 0) return null;
  const inner = match.groups!.inner.trim();
  const afterStop = /[.!?…"”]$/u.test(text.slice(0, match.index).trim());
  const labelled = labels.test(inner);
  // The outlet after the slash may be a lower-case brand: `(Name / detikcom)`; a picture passed
  // on through agencies has more (`(Name/AFP via Getty Images/TNS)`).
  const slashCredit = /^\p{Lu}[^/]{0,30}(?:\/\s*[\p{L}\p{N}][^/]{0,30}){1,3}$/u.test(inner);
  const name = afterStop && /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}$/u.test(inner);
  const colonCredit = afterStop && /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)?\s*:\s*\p{Lu}[^():]{1,40}$/u.test(inner) && !notCredit.test(inner);
  return labelled || slashCredit || name || colonCredit ? match.index : null;
}

/**
 * A call to the reader — install the app, follow us, read more news here — opening a short
 * paragraph (`Tap to install our app.`, `1. Tap in your navigation bar.`, `Simak berita
 * terkini hanya di ...`). News narrates; it does not address its reader in the imperative.
 */
export function isReaderPrompt(text: string, prompt: RegExp): boolean {
  return prompt.test(text.trim()) && countWords(text) <= 40;
}

/**
 * The page promoting itself: a line that names a channel to its reader (`newsletter`, `Google
 * News`, `app`) and speaks to the reader or as the outlet (`your inbox`, `follow our`), outside
 * any quotation. A news sentence may mention an app, but does not offer it to its reader.
 * @example isReaderAddress("For all the latest headlines follow our Google News channel.", channel, address) // true
 */
export function isReaderAddress(text: string, channel: RegExp, address: RegExp): boolean {
  return channel.test(text) && address.test(text) && !/["“”„]/u.test(text) && wordsUpTo(text, 41) <= 40;
}

/** The outlet's contact details, one to a line: `Alamat: Graha L9 ...`, `E-Mail: redaksi@...`. */
export function isContactLine(text: string, label: RegExp): boolean {
  return label.test(text.trim()) && countWords(text) <= 30;
}

/**
 * A picture a blog engine printed as its shortcode: `[caption id="attachment_1" ...]Alt text
 * Caption (Foto: X)[/caption]`. The whole line is the picture's caption.
 */
export function isCaptionShortcode(text: string): boolean {
  return /^\[caption\b[^\]]*\][\s\S]*\[\/caption\]$/iu.test(text.trim());
}

/** A line of hashtags only, as a post's tags close it: `#Bankman-Fried #crypto`. */
export function isHashtagLine(text: string): boolean {
  return /^#[\p{L}\p{N}_-]+(?:\s+#[\p{L}\p{N}_-]+)*$/u.test(text.trim());
}
