// Where the story starts. A news page prints a header before its first paragraph — the title, a
// standfirst, the writer's name, a timestamp, the lead picture's caption — and wire style marks
// the first paragraph with a dateline. So: the first paragraph near the top that opens with a
// dateline starts the story, and what stands before it is header; without a dateline, the first
// paragraph that reads like a sentence does.
import type {SpanRole} from "../types.js";
import {wordsUpTo} from "../text/words.js";
import type {Dateline} from "./dateline.js";
import {isClosed} from "./lineShapes.js";

/** How far down a dateline is looked for, in paragraphs. */
const SCAN_PARAGRAPHS = 15;
/** A header line is short; a longer paragraph before any dateline means the story has begun. */
const HEADER_MAX_WORDS = 60;
/** A header holds at most this many sentences (a standfirst, a caption); a third is the story. */
const HEADER_MAX_SENTENCES = 2;
/** The longest standfirst: one sentence of this many words. */
const STANDFIRST_MAX_WORDS = 30;
/** A sentence that can start a story, in words. */
const STORY_MIN_WORDS = 6;

export interface StoryStart {
  /** The paragraph the story starts at; those before it are the page's header. */
  index: number;
  dateline: Dateline | null;
  /** Characters of a caption that runs into the dateline (lost its line break), else 0. */
  caption: number;
}

/**
 * @param lineRoles the role of each paragraph already known to be furniture (a related link, a
 *   credit line), else null
 * @param datelineOf the dateline opening a paragraph, if any
 * @param gluedDatelineOf a dateline a caption runs into, and where (`findGluedDateline`)
 * @example findStoryStart(["Banjir Rendam Jakarta", "JAKARTA - Banjir merendam ..."], [null, null], find)
 * // {index: 1, dateline: {length: 10, ...}}
 */
export function findStoryStart(
  paragraphs: string[],
  lineRoles: (SpanRole | null)[],
  datelineOf: (text: string) => Dateline | null,
  gluedDatelineOf: (text: string) => {offset: number; dateline: Dateline} | null = () => null,
): StoryStart {
  let sentences = 0;
  for (let i = 0; i < Math.min(paragraphs.length, SCAN_PARAGRAPHS); i++) {
    if (lineRoles[i] !== null) continue;
    const dateline = datelineOf(paragraphs[i]);
    // `BNPB: 30 Orang Meninggal` is a headline: after a dateline the story goes on in sentences.
    if (dateline && goesOn(paragraphs[i].slice(dateline.length))) return {index: i, dateline, caption: 0};
    const glued = dateline ? null : gluedDatelineOf(paragraphs[i]);
    if (glued && goesOn(paragraphs[i].slice(glued.offset + glued.dateline.length))) return {index: i, dateline: glued.dateline, caption: glued.offset};
    if (wordsUpTo(paragraphs[i], HEADER_MAX_WORDS) > HEADER_MAX_WORDS) break;
    if (readsAsSentence(paragraphs[i]) && ++sentences >= HEADER_MAX_SENTENCES + 1) break;
  }
  const first = paragraphs.findIndex((text, i) => lineRoles[i] === null && readsAsSentence(text));
  if (first > 0 && isStandfirst(paragraphs, lineRoles, first)) {
    const story = paragraphs.findIndex((text, i) => i > first && lineRoles[i] === null && readsAsSentence(text));
    if (story > 0) return {index: story, dateline: null, caption: 0};
  }
  return {index: Math.max(first, 0), dateline: null, caption: 0};
}

/** What a page prints between its standfirst and its story: the writer, the date, the lead picture (maybe twice). */
const HEADER_FURNITURE = new Set<SpanRole>(["timestamp", "byline", "photo_credit", "image", "caption", "residue", "duplicate"]);

/**
 * A one-sentence summary under the title, set off from the story by the header's furniture (the
 * writer and date, the lead picture): `Title / One sentence. / Writer | date / Story ...`. A
 * line that is no sentence counts as such furniture only when it carries a date or number.
 */
function isStandfirst(paragraphs: string[], lineRoles: (SpanRole | null)[], at: number): boolean {
  const text = paragraphs[at];
  if (wordsUpTo(text, STANDFIRST_MAX_WORDS) > STANDFIRST_MAX_WORDS || /[.!?…]["”’)]*\s+\S/u.test(text.trim())) return false;
  const titled = paragraphs.slice(0, at).some((line, i) => lineRoles[i] === null && wordsUpTo(line, 3) >= 3);
  const next = at + 1;
  if (!titled || next >= paragraphs.length) return false;
  const role = lineRoles[next];
  return role !== null ? HEADER_FURNITURE.has(role) : !readsAsSentence(paragraphs[next]) && /\d/u.test(paragraphs[next]);
}

/** A first paragraph after its dateline: it closes like a sentence, or is long (a cut excerpt). */
function goesOn(text: string): boolean {
  return isClosed(text) || wordsUpTo(text, 15) >= 15;
}

/** Closes like a sentence (or opens a quote or list with a colon) and is long enough to be one. */
function readsAsSentence(text: string): boolean {
  return (isClosed(text) || /:$/u.test(text.trim())) && wordsUpTo(text, STORY_MIN_WORDS) >= STORY_MIN_WORDS;
}
