// Cleaning keeps reporting and sets aside what is not: the page's header, related links, page
// residue, bylines, datelines, photo captions and credits, subheadings, widgets. Nothing is
// dropped: each set-aside piece is a block with its role. The patterns are data
// (src/reference/cleaning.json, see docs/cleaning.md).
import type {SpanRole} from "../types.js";
import {countWords, wordsUpTo} from "../text/words.js";
import {creditAt, splitClosing} from "./closings.js";
import {findDateline, findGluedDateline} from "./dateline.js";
import {
  duplicateKey,
  isCaptionShortcode,
  isContactLine,
  isCreditLine,
  isEmbedSignature,
  isHashtagLine,
  isImageLine,
  isLinkLine,
  isListRow,
  isReaderAddress,
  isReaderPrompt,
  isSignoffLine,
  isTimestampLine,
} from "./lineShapes.js";
import {foreignLines} from "./otherLanguage.js";
import {compile, type CleaningRules, type Compiled} from "./rules.js";
import {bodyShape, headerRole, markCaptions} from "./storyLines.js";
import {findStoryStart, type StoryStart} from "./storyStart.js";

export type {CleaningRules} from "./rules.js";

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

/**
 * Split an article body into paragraphs and classify each piece, in three steps: whole lines
 * that are page furniture by their shape (`lineRole`), then where the story starts (after the
 * page's header, at its dateline: `findStoryStart`), then the pieces of each paragraph
 * (`paragraphPieces`).
 * @param language the article's language (`id`, `en`): a line in another one is set aside
 * @example cleanArticle("Isi berita.\n[iklan_2]", rules).blocks
 * // [{paragraph: 0, role: "body", text: "Isi berita."}, {paragraph: 1, role: "residue", text: "[iklan_2]"}]
 */
export function cleanArticle(body: string, rules: CleaningRules, language?: string): CleanedArticle {
  const r = compile(rules);
  const paragraphs = splitParagraphs(body);
  const seen = new Set<string>();
  const foreign = foreignLines(paragraphs, r, language);
  const lines = paragraphs.map((text, i) => {
    const key = duplicateKey(text);
    const line: LineRole | null = seen.has(key) && isRepeat(paragraphs, i, key, r) ? {role: "duplicate", credits: []} : (lineRole(text, r) ?? (foreign[i] ? {role: "caption", credits: []} : null));
    seen.add(key);
    return line;
  });
  const furniture = lines.map((line, i) => line?.role ?? furnitureByStart(paragraphs[i], r));
  // A dateline is looked for after any timestamp the page prints before the story.
  const afterStamp = (text: string) => text.slice(stampLength(text, r));
  const start = findStoryStart(
    paragraphs,
    furniture,
    (text) => findDateline(afterStamp(text), r.datelines, r.dateWords),
    (text) => findGluedDateline(afterStamp(text), r.datelines, r.dateWords),
  );
  // What the shape of a story line is judged against: its neighbours that are not furniture.
  const story = paragraphs.map((text, i) => (furniture[i] === null ? text : ""));
  const blocks: Block[] = [];
  const credits: string[] = [];
  paragraphs.forEach((text, paragraph) => {
    const line = lines[paragraph];
    if (line) credits.push(...line.credits);
    const pieces = line ? [{role: line.role, text}] : paragraphPieces(text, paragraph, {r, start, story, blocks});
    for (const piece of pieces) {
      const trimmed = piece.text.trim();
      if (trimmed) blocks.push({paragraph, role: piece.role, text: trimmed});
    }
  });
  markCaptions(blocks);
  const dateline = start.dateline ? {outlet: start.dateline.outlet, place: start.dateline.place} : null;
  return {blocks, credits, dateline};
}

interface Piece {
  role: SpanRole;
  text: string;
}

interface Context {
  r: Compiled;
  start: StoryStart;
  story: string[];
  /** The blocks so far (a header line's role depends on whether a headline came before). */
  blocks: Block[];
}

/**
 * The pieces of a paragraph that is not furniture as a whole, in reading order: a related-link
 * marker and its headline, then a header line's role above the story; at the story's start its
 * timestamp and dateline; then a caption and its credit, or the line's shape; then its closing.
 */
function paragraphPieces(text: string, paragraph: number, {r, start, story, blocks}: Context): Piece[] {
  const pieces: Piece[] = [];
  let rest = text;
  const related = r.related.exec(rest);
  if (related) {
    const glued = gluePoint(rest, related[0].length, r.camelCase);
    if (glued === null) return [{role: "related_link", text: rest}];
    pieces.push({role: "related_link", text: rest.slice(0, glued)});
    rest = rest.slice(glued);
  }
  if (paragraph < start.index) {
    // The lead picture's caption keeps its role in the header.
    const credit = creditAt(rest, r);
    if (credit !== null) return [...pieces, {role: "caption", text: rest.slice(0, credit)}, {role: "photo_credit", text: rest.slice(credit)}];
    return [...pieces, {role: headerRole(rest, blocks), text: rest}];
  }
  if (paragraph === start.index) {
    // In reading order: a timestamp, a caption that lost its line break, the dateline.
    const stamp = stampLength(rest, r);
    const caption = stamp + start.caption;
    const dateline = caption + (start.dateline?.length ?? 0);
    pieces.push({role: "timestamp", text: rest.slice(0, stamp)}, {role: "caption", text: rest.slice(stamp, caption)}, {role: "dateline", text: rest.slice(caption, dateline)});
    rest = rest.slice(dateline);
  }
  const {rest: reporting, closing} = splitClosing(rest, r);
  const credit = creditAt(reporting, r);
  // A caption describes a picture; it never opens with a quotation: what closes a quote is its writer's credit.
  if (credit !== null && /^["“‘]/u.test(reporting.trim())) pieces.push({role: "body", text: reporting.slice(0, credit)}, {role: "byline", text: reporting.slice(credit)});
  else if (credit !== null) pieces.push({role: "caption", text: reporting.slice(0, credit)}, {role: "photo_credit", text: reporting.slice(credit)});
  else if (isWireCaption(reporting, r)) pieces.push({role: "caption", text: reporting});
  else pieces.push({role: bodyShape(reporting, paragraph, story, r.limits), text: reporting});
  if (closing) pieces.push(closing);
  return pieces;
}

/** The longest wire photo caption, in words. */
const WIRE_CAPTION_MAX_WORDS = 60;

/** A wire photo's caption alone on its line: it ends on the weekday and full date (`captionDate`). */
function isWireCaption(text: string, r: Compiled): boolean {
  return r.captionDate.test(text) && !/^["“‘]/u.test(text) && wordsUpTo(text, WIRE_CAPTION_MAX_WORDS + 1) <= WIRE_CAPTION_MAX_WORDS;
}

/** The length of a timestamp a page prints before the story's first words (`date 2020-01-03 `), else 0. */
function stampLength(text: string, r: Compiled): number {
  const stamp = r.timestampPrefix.exec(text);
  return stamp && stamp[0].length < text.length ? stamp[0].length : 0;
}

/**
 * What the story-start scan must step over besides whole-line furniture: a related link, and
 * a caption with its credit (`HUJAN DERAS: Potensi hujan ... (Salman Toyibi/Jawa Pos)`), whose
 * opening label would otherwise read as a dateline.
 */
function furnitureByStart(text: string, r: Compiled): SpanRole | null {
  if (r.related.test(text)) return "related_link";
  if (creditAt(text, r) !== null) return "caption";
  return null;
}

interface LineRole {
  role: SpanRole;
  /** Sources a byline credits (`Menurut AP, Barron's`), kept as the article's `based_on`. */
  credits: string[];
}

/**
 * A whole line that is page furniture by its shape, wherever it stands (besides a repeated
 * paragraph, found by the caller): residue, a date line, a credit line, a labelled caption, a
 * line of hashtags, editor initials alone, an image, an embed, a follow-us box, a call to the
 * reader, the page's promotion or contact lines, a byline.
 */
function lineRole(text: string, r: Compiled): LineRole | null {
  const role = (value: SpanRole, credits: string[] = []): LineRole => ({role: value, credits});
  if (r.residue.some((pattern) => pattern.test(text)) || !/[\p{L}\p{N}]/u.test(text)) return role("residue");
  if (isTimestampLine(text, r.dateWords)) return role("timestamp");
  if (isCreditLine(text, r.creditLines) || r.labelledCreditLine.test(text)) return role("photo_credit");
  if (r.captionLine.test(text) || isCaptionShortcode(text)) return role("caption");
  if (isHashtagLine(text)) return role("navigation");
  if (r.editorInitialsLine.test(text)) return role("editor_initials");
  if (isImageLine(text)) return role("image");
  if (isLinkLine(text) || isEmbedSignature(text) || isReaderPrompt(text, r.readerPrompt)) return role("widget");
  if (isReaderAddress(text, r.readerChannel, r.readerAddress) || isContactLine(text, r.contactLabel)) return role("widget");
  const byline = r.byline.exec(text);
  if (byline) return role("byline", splitCredits(byline.groups!.credits));
  if (r.bylineLabel.test(text) || r.bylineLabelAlone.test(text) || isSignoffLine(text)) return role("byline");
  return null;
}

/**
 * A paragraph the page prints again (≥ 4 words; the caller knows an earlier one has its key). But
 * a list repeats its rows (`Sampel : 2.000 TPS` under each pollster): a repeated row among other
 * rows is reporting, while a headline printed twice (`Gempa Turki: ...`) has no other rows.
 */
function isRepeat(paragraphs: string[], i: number, key: string, r: Compiled): boolean {
  const text = paragraphs[i];
  if (countWords(text) < 4) return false;
  const otherRow = (line = "") => isListRow(line) && duplicateKey(line) !== key && !r.related.test(line) && !isTimestampLine(line, r.dateWords);
  return !(isListRow(text) && [-2, -1, 1, 2].some((d) => otherRow(paragraphs[i + d])));
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
 * unless the word is a known camel-case name, or a closing quote directly followed by one
 * (`... 'Prioritas Nomor Satu'Sementara Kim`). Null when the whole line is the headline.
 */
function gluePoint(line: string, from: number, camelCase: Set<string>): number | null {
  const glue = /(\p{Lu}?\p{Ll}{2,}|(?<=\p{L})['’"”])(\p{Lu}\p{Ll})/gu;
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

/** `AP, Barron's dan Yahoo!News` → [`AP`, `Barron's`, `Yahoo!News`]. */
function splitCredits(credits: string): string[] {
  return credits
    .split(/\s*(?:,|;|\s(?:dan|and|&)\s)\s*/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

