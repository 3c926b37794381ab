// A dateline opens the story: `JAKARTA, KOMPAS.com -`, `Feb. 7 (UPI) —`, `Ankara (ANTARA) -`,
// `tirto.id -`, `JAKARTA:`, `Shafaq News/`, `[Medan | 20 Oktober 2023]`, `Jakarta.`. Two layers:
// the patterns in cleaning.json (`datelines`) also name the outlet and place; failing those, the
// general shape below recognises a dateline by its form alone — a short lead of capitalised
// words, numbers, domains and bracketed credits, then a separator, then the story's first capital.
import {wordsUpTo} from "../text/words.js";

export interface Dateline {
  /** Characters of the paragraph the dateline takes, separator and spaces included. */
  length: number;
  outlet: string | null;
  place: string | null;
}

/** The lead may be this long at most: a dateline is a label, not a clause. */
const MAX_LEAD_CHARS = 60;
const MAX_LEAD_TOKENS = 7;
/** The longest caption (in words) looked through for a dateline it runs into. */
const MAX_GLUED_CAPTION_WORDS = 25;
/** Where such a caption and its dateline must lie: 25 words and a dateline's lead. */
const GLUED_WINDOW_CHARS = 400;
/** The long dashes a dateline may end in: en, em, figure and horizontal-bar dashes. */
const LONG_DASH = "[–—‒―]";
/** What follows the separator: the story's first word, maybe after an opening quote. */
const STORY = String.raw`(?=["“‘'(\[]?[\p{Lu}\p{N}])`;

/**
 * Separators, most telling first. A hyphen has a space before it, and one after it or the
 * story's capital (`Jakarta, MINA -Demonstrations`); `attached` dashes (`BEKASI–Badan`, `BEKASI—-Badan`) need an
 * all-caps lead.
 */
const SEPARATORS: {kind: "dash" | "colon" | "slash" | "period"; pattern: RegExp}[] = [
  {kind: "dash", pattern: new RegExp(String.raw`^(?<lead>.{1,${MAX_LEAD_CHARS}}?)(?<sep>\s+-{1,2}\s+|\s+-{1,2}(?=\p{Lu})|\s+${LONG_DASH}{1,2}\s*|\s*${LONG_DASH}{1,2}\s+|\s*--\s*|(?<attached>${LONG_DASH}-?|(?<=\p{Lu})-))${STORY}`, "u")},
  {kind: "colon", pattern: new RegExp(String.raw`^(?<lead>[^:]{1,40}?)(?<sep>\s*:\s+)${STORY}`, "u")},
  {kind: "slash", pattern: new RegExp(String.raw`^(?<lead>[^/]{1,40}?)(?<sep>\s*/\s*)${STORY}`, "u")},
  {kind: "period", pattern: new RegExp(String.raw`^(?<lead>\p{Lu}\p{Ll}{3,})(?<sep>\.\s+)(?=\p{Lu})`, "u")},
];

/**
 * The dateline opening a paragraph, if there is one, and what it says.
 * @example findDateline("JAKARTA, KOMPAS.com - Presiden ...", patterns) // {length: 22, outlet: "KOMPAS.com", place: "Jakarta"}
 */
export function findDateline(text: string, patterns: RegExp[], dateWords: Set<string>): Dateline | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    return {length: match[0].length, outlet: match.groups?.outlet?.trim() || null, place: titleCase(match.groups?.place?.trim() || "") || null};
  }
  const length = bracketedDateline(text) ?? datelineShape(text, dateWords) ?? domainLead(text);
  if (length === null) return null;
  // By shape alone a lead does not say which word is the place and which the outlet (`VIVA -`).
  return {length, outlet: null, place: null};
}

/**
 * A dateline that a caption without its line break runs into (`Prabowo saat mencoblos di TPS
 * bulat.co.id - Paslon ...`): the text before it has no sentence end and is short. Only a dateline
 * that names its outlet (a registry pattern, or one opening with a domain) is taken mid-line.
 * @returns the caption's length and the dateline after it, or null
 */
export function findGluedDateline(text: string, patterns: RegExp[], dateWords: Set<string>): {offset: number; dateline: Dateline} | null {
  // Every dateline a caption can run into ends in a dash or opens with a domain: look no further without one.
  if (!/[-–—]|\.\p{L}{2,6}\s/u.test(text.slice(0, GLUED_WINDOW_CHARS))) return null;
  const starts = [...text.slice(0, GLUED_WINDOW_CHARS).matchAll(/\s+(?=\S)/gu)].slice(0, MAX_GLUED_CAPTION_WORDS);
  for (const space of starts) {
    const offset = space.index! + space[0].length;
    if (/[.!?…]["”’)]*\s/u.test(text.slice(0, offset))) return null;
    const rest = text.slice(offset);
    const dateline = findDateline(rest, patterns, dateWords);
    if (dateline && (dateline.outlet !== null || /^[\p{L}\p{N}-]+(?:\.\p{L}{2,6})+\s/u.test(rest))) return {offset, dateline};
  }
  return null;
}

/**
 * A lead that ends in the outlet's domain and a space or an attached hyphen, no dash:
 * `Bidikdot.com Masyarakat ...`, `JAKARTA, KABARKOTA.COM Rapat ...`, `KABARKOTA.com-Pemerintah`,
 * `Jakarta, KABAR.ID,- Pasangan ...`, `KABAR.CO, Presiden ...`.
 * A sentence that names a site goes on in lower case.
 */
function domainLead(text: string): number | null {
  const match = /^(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2},\s*)?[\p{L}\p{N}-]+(?:\.\p{L}{2,6})+(?:,?\s+|,?-\s*)(?=\p{Lu}\p{Ll})/u.exec(text);
  return match && wordsUpTo(text.slice(match[0].length), 5) >= 5 ? match[0].length : null;
}

/** `[Medan | 20 Oktober 2023] ...`: a bracketed place and date. */
function bracketedDateline(text: string): number | null {
  const match = /^\[(?=[^\]]*\p{Lu})(?=[^\]]*[\d|])[^\]]{2,60}\]\s*(?=\p{Lu})/u.exec(text);
  return match ? match[0].length : null;
}

/** The length of a dateline recognised by its shape, or null. */
function datelineShape(text: string, dateWords: Set<string>): number | null {
  for (const {kind, pattern} of SEPARATORS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const lead = match.groups!.lead;
    if (!isLead(lead, kind, Boolean(match.groups!.attached), dateWords)) continue;
    // The story must go on after it: a dateline never stands on its own line.
    if (wordsUpTo(text.slice(match[0].length), 5) < 5) return null;
    return match[0].length;
  }
  return null;
}

/**
 * Whether `lead` reads as a dateline's lead: every word capitalised, a number, a domain
 * (`tirto.id`) or inside brackets (`(dpa/MIA)`). A mixed-case lead of three or more words also
 * needs a mark of a dateline (a comma, a number, a domain, a bracket), so that `Kim Jong Un — North
 * Korea's leader` is not one.
 */
function isLead(lead: string, kind: string, attached: boolean, dateWords: Set<string>): boolean {
  if (lead.length > MAX_LEAD_CHARS) return false;
  const bracketed = /\([^()]{1,30}\)/gu;
  const hasBracket = bracketed.test(lead);
  const tokens = lead.replace(bracketed, " ").split(/\s*,\s*|\s+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_LEAD_TOKENS) return false;
  if (!tokens.every((t) => isCapitalised(t) || isNumber(t) || isDomain(t) || isBrand(t))) return false;
  const allCaps = tokens.every((t) => !/\p{Ll}/u.test(t) || isDomain(t));
  const marked = hasBracket || /,/.test(lead) || tokens.some((t) => isNumber(t) || isDomain(t));
  switch (kind) {
    case "dash":
      if (attached && !allCaps) return false;
      return allCaps || marked || tokens.length <= 2;
    case "colon":
      // `Moscow/Seoul, September 13 (IANS):` dates itself and names its outlet in brackets.
      if (/,/.test(lead) && tokens.some(isNumber) && /\(\p{Lu}[^()]{0,29}\)$/u.test(lead.trim())) return true;
      // `Shillong, September 13:`: a place, a comma and a date (a month and a day).
      if (/,/.test(lead) && tokens.some(isNumber) && tokens.some((t) => dateWords.has(t.toLowerCase().replace(/\.$/u, "")))) return true;
      return !tokens.some(isNumber) && ((allCaps && tokens.length <= 3) || tokens.length === 1);
    case "slash":
      return !tokens.some(isNumber) && tokens.length <= 3;
    default:
      // `Jakarta. President ...`: one word, not an abbreviated month (`Sept.`).
      return tokens.length === 1 && !dateWords.has(tokens[0].toLowerCase());
  }
}

/** `Jakarta`, `N.Korea`, `AT&T`, `Moscow/Seoul` (two places sharing a dateline). */
/** A brand that opens in lower case but is no common word: `b-Oneindonesia`, `iNews`. */
function isBrand(token: string): boolean {
  return /^\p{Ll}[\p{L}\p{N}-]*[\p{Lu}\p{N}]/u.test(token);
}

function isCapitalised(token: string): boolean {
  return /^[\p{Lu}][\p{L}\p{N}'’.&-]*(?:\/[\p{Lu}][\p{L}\p{N}'’.&-]*)?$/u.test(token);
}

function isNumber(token: string): boolean {
  return /^\d{1,4}(?:st|nd|rd|th)?\.?$/u.test(token);
}

function isDomain(token: string): boolean {
  return /^[\p{L}\p{N}-]+(?:\.\p{L}{2,6})+$/u.test(token);
}

/** `PYONGYANG` → `Pyongyang`; mixed case is kept as written. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
