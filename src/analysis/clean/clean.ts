// Cleaning keeps reporting and sets aside what is not: related links, page residue, bylines,
// datelines, photo captions and credits, subheadings. Nothing is dropped: each set-aside piece is a
// block with its role. The patterns are data (src/reference/cleaning.json, see docs/cleaning.md).
import type {SpanRole} from "../types.js";
import {countWords} from "../text/words.js";
import {duplicateKey, isCreditLine, isTimestampLine, isTitleLine} from "./lineShapes.js";

export interface CleaningRules {
  /** Labels that open a related-link line: `BACA JUGA:`, `Read more:`. Matched case-insensitively. */
  relatedLinkLabels: string[];
  /** Camel-case words that are not a headline glued to the next sentence (`YouTube`, `McDonald`). */
  camelCaseWords: string[];
  /** Whole-line page residue: ad slots, comment counters, share buttons (regex sources). */
  residueLines: string[];
  /** Labels of a photo credit at the end of a caption: `Foto`, `Photo`, `Sumber foto`. */
  photoCreditLabels: string[];
  /** Words that open the credit in a byline: `Name (Menurut AP, ...)`. */
  bylineCreditLabels: string[];
  /** Labels of a byline line: `Oleh:`, `Penulis:`, `By`. */
  bylineLabels: string[];
  /** Editor initials closing a paragraph: `[ab/uh]`, `(ant/sya)` (regex source). */
  editorInitials: string;
  /** Dateline patterns (regex sources) with named groups `outlet` and/or `place`. */
  datelines: string[];
  /** The longest line (in words) that can be a subheading. */
  subheadingMaxWords: number;
  /** Month and weekday names, time zones and date labels: a line of only these and numbers is a timestamp. */
  dateWords: string[];
  /** Whole-line picture credits (regex sources): `(AP)`, `REUTERS/Name`, `Photo by ...`. */
  creditLines: string[];
  /** A timestamp a page prints before the first paragraph (regex source): `date 2020-01-03 `. */
  timestampPrefix: string;
}

export interface Block {
  paragraph: number;
  role: SpanRole;
  text: string;
}

export interface CleanedArticle {
  blocks: Block[];
  /** Sources credited in a byline (`Menurut AP, Barron's`): kept as `based_on`. */
  credits: string[];
  /** From the dateline: the outlet as written (`REPUBLIKA.CO.ID`) and the place. */
  dateline: {outlet: string | null; place: string | null} | null;
}

interface Compiled {
  related: RegExp;
  residue: RegExp[];
  photoCredit: RegExp;
  byline: RegExp;
  bylineLabel: RegExp;
  editorInitials: RegExp;
  datelines: RegExp[];
  camelCase: Set<string>;
  maxWords: number;
  dateWords: Set<string>;
  creditLines: RegExp[];
  timestampPrefix: RegExp;
}

const compiledRules = new WeakMap<CleaningRules, Compiled>();

function compile(rules: CleaningRules): Compiled {
  let compiled = compiledRules.get(rules);
  if (!compiled) {
    const alternatives = (labels: string[]) => labels.map(escapeRegExp).join("|");
    compiled = {
      related: new RegExp(`^\\s*(?:${alternatives(rules.relatedLinkLabels)})\\s*:\\s*`, "iu"),
      residue: rules.residueLines.map((source) => new RegExp(`^(?:${source})$`, "iu")),
      // The credit closes the paragraph: `... Korea. Foto: Reuters`, `(Foto: ANTARA/Rivan)`.
      photoCredit: new RegExp(`(?:^|\\s)\\(?(?:${alternatives(rules.photoCreditLabels)})\\s*[:/]\\s*[^\\s][^()]{0,80}\\)?\\s*$`, "iu"),
      byline: new RegExp(
        `^(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4})\\s*\\(\\s*(?:${alternatives(rules.bylineCreditLabels)})\\s*:?\\s+(?<credits>[^()]+)\\)\\s*$`,
        "u",
      ),
      bylineLabel: new RegExp(`^(?:${alternatives(rules.bylineLabels)})\\s*:?\\s+\\p{Lu}[^.!?]{0,80}$`, "u"),
      editorInitials: new RegExp(`\\s*(?:${rules.editorInitials})\\s*$`, "u"),
      datelines: rules.datelines.map((source) => new RegExp(`^(?:${source})`, "u")),
      camelCase: new Set(rules.camelCaseWords),
      maxWords: rules.subheadingMaxWords,
      dateWords: new Set(rules.dateWords.map((w) => w.toLowerCase())),
      creditLines: rules.creditLines.map((source) => new RegExp(`^(?:${source})$`, "u")),
      timestampPrefix: new RegExp(`^(?:${rules.timestampPrefix})`, "iu"),
    };
    compiledRules.set(rules, compiled);
  }
  return compiled;
}

/**
 * Split an article body into paragraphs and classify each piece.
 * @example cleanArticle("Isi berita.\n[iklan_2]", rules).blocks
 * // [{paragraph: 0, role: "body", text: "Isi berita."}, {paragraph: 1, role: "residue", text: "[iklan_2]"}]
 */
export function cleanArticle(body: string, rules: CleaningRules): CleanedArticle {
  const r = compile(rules);
  const blocks: Block[] = [];
  const credits: string[] = [];
  let dateline: CleanedArticle["dateline"] = null;
  const paragraphs = splitParagraphs(body);
  const seen = new Set<string>();
  paragraphs.forEach((text, paragraph) => {
    const push = (role: SpanRole, piece: string) => {
      const trimmed = piece.trim();
      if (trimmed) blocks.push({paragraph, role, text: trimmed});
    };
    if (r.residue.some((pattern) => pattern.test(text)) || !/[\p{L}\p{N}]/u.test(text)) return push("residue", text);
    const shape = lineShape(text, paragraph, paragraphs.length, r, seen);
    seen.add(duplicateKey(text));
    if (shape) return push(shape, text);

    const byline = r.byline.exec(text);
    if (byline) {
      credits.push(...splitCredits(byline.groups!.credits));
      return push("byline", text);
    }
    if (r.bylineLabel.test(text)) return push("byline", text);

    let rest = text;
    const related = r.related.exec(rest);
    if (related) {
      const glued = gluePoint(rest, related[0].length, r.camelCase);
      if (glued === null) return push("related_link", rest);
      push("related_link", rest.slice(0, glued));
      rest = rest.slice(glued);
    }

    if (dateline === null && blocks.every((b) => b.role !== "body")) {
      const stamp = r.timestampPrefix.exec(rest);
      if (stamp && stamp[0].length < rest.length) {
        push("timestamp", stamp[0]);
        rest = rest.slice(stamp[0].length);
      }
      for (const pattern of r.datelines) {
        const match = pattern.exec(rest);
        if (!match) continue;
        dateline = {outlet: match.groups?.outlet?.trim() || null, place: titleCase(match.groups?.place?.trim() || "") || null};
        push("dateline", match[0]);
        rest = rest.slice(match[0].length);
        break;
      }
    }

    let closing: string | null = null;
    const initials = r.editorInitials.exec(rest);
    if (initials && initials.index > 0) {
      closing = initials[0];
      rest = rest.slice(0, initials.index);
    }

    const credit = r.photoCredit.exec(rest)?.index ?? trailingCredit(rest, r.creditLines);
    if (credit !== null) {
      push("caption", rest.slice(0, credit));
      push("photo_credit", rest.slice(credit));
    } else if (isSubheading(rest, paragraph, paragraphs.length, r.maxWords)) {
      push("subheading", rest);
    } else {
      push("body", rest);
    }
    if (closing) push("editor_initials", closing);
  });
  return {blocks, credits, dateline};
}

/** Where a credit line closes a caption (`... September 2, 2020. REUTERS/Ajeng Dinar`), if one does. */
function trailingCredit(text: string, creditLines: RegExp[]): number | null {
  const end = /[.!?…]\s+(?=\S[^.!?…]*$)/u.exec(text);
  if (!end) return null;
  const at = end.index + end[0].length;
  return isCreditLine(text.slice(at), creditLines) ? at : null;
}

/**
 * A whole line that is page furniture by its shape: a repeated paragraph, a date line, a credit
 * line, or the title (the first line, when it does not close like a sentence and is no dateline).
 */
function lineShape(text: string, paragraph: number, paragraphs: number, r: Compiled, seen: Set<string>): SpanRole | null {
  if (seen.has(duplicateKey(text)) && countWords(text) >= 4) return "duplicate";
  if (isTimestampLine(text, r.dateWords)) return "timestamp";
  if (isCreditLine(text, r.creditLines)) return "photo_credit";
  if (isTitleLine(text, paragraph, paragraphs) && !r.datelines.some((pattern) => pattern.test(text))) return "headline";
  return null;
}

/**
 * Paragraphs are lines. A hard-wrapped line (no closing punctuation, next line starts in lower
 * case) is joined to the next, so wrapped Markdown reads as one paragraph.
 */
export function splitParagraphs(body: string): string[] {
  const lines = body.split("\n").map((line) => line.trim());
  const paragraphs: string[] = [];
  let current = "";
  for (const line of lines) {
    if (!line) {
      if (current) paragraphs.push(current);
      current = "";
      continue;
    }
    if (current && !/[.!?…:;"”’)\]]$/u.test(current) && /^\p{Ll}/u.test(line)) current += " " + line;
    else {
      if (current) paragraphs.push(current);
      current = line;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/**
 * Where a related-link headline that lost its line break runs into the next sentence
 * (`...Perang KoreaKorea Utara berpihak`): a lower-case letter directly followed by a capital,
 * unless the word is a known camel-case name. Null when the whole line is the headline.
 */
function gluePoint(line: string, from: number, camelCase: Set<string>): number | null {
  const glue = /(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll})/gu;
  glue.lastIndex = from;
  for (let match = glue.exec(line); match; match = glue.exec(line)) {
    const word = wordAround(line, match.index);
    if (camelCase.has(word)) continue;
    return match.index + match[1].length;
  }
  return null;
}

function wordAround(line: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}]/u.test(line[start - 1])) start--;
  let end = index;
  while (end < line.length && /[\p{L}]/u.test(line[end])) end++;
  return line.slice(start, end);
}

/** A short line without closing punctuation, not the last paragraph: `‘Bukan Rahasia’`, `## Latar`. */
function isSubheading(text: string, paragraph: number, paragraphs: number, maxWords: number): boolean {
  if (paragraph === paragraphs - 1) return false;
  if (/^#{1,6}\s/.test(text)) return true;
  const bare = text.replace(/^[‘'"“]+|[’'"”]+$/gu, "").trim();
  if (/[.!?…:;,]$/u.test(bare)) return false;
  const words = countWords(bare);
  return words > 0 && words <= maxWords && /^\p{Lu}/u.test(bare);
}

/** `AP, Barron's dan Yahoo!News` → [`AP`, `Barron's`, `Yahoo!News`]. */
function splitCredits(credits: string): string[] {
  return credits
    .split(/\s*(?:,|;|\s(?:dan|and|&)\s)\s*/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** `PYONGYANG` → `Pyongyang`; mixed case is kept as written. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
