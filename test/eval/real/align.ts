// Where predicted rows fall in the gold: every predicted sentence is placed in the article's
// flattened body, and every predicted row (an attribution, quote or hedge) is given to the gold
// record its characters fall in. Placing by position, not by sentence index, keeps each row with
// the right gold sentence even when the segmenter merged or split sentences, and gives rows taken
// from boilerplate (a photo credit read as a source) to that boilerplate record.
import {flatten, type GoldArticle} from "./gold.js";

export interface PredictedSentence {
  index: number;
  text: string;
  /** The sentence's position among all pieces of the article, set-aside pieces included. */
  order?: number;
}

/**
 * A sentence's text flattened as gold is, with the flat offset of every original character.
 * @example flatWithMap(" a  b") // {flat: "a b", map: [0, 0, 1, 1, 2, 3]}
 */
export function flatWithMap(text: string): {flat: string; map: number[]} {
  const map: number[] = [];
  let flat = "";
  let pendingSpace = false;
  for (const char of text) {
    const white = /\s/u.test(char);
    if (white) {
      if (flat.length > 0) pendingSpace = true;
    } else {
      if (pendingSpace) flat += " ";
      pendingSpace = false;
    }
    // A white space maps to where the single space standing for its run will be.
    for (let i = 0; i < char.length; i++) map.push(flat.length);
    if (!white) flat += char;
  }
  map.push(flat.length);
  return {flat, map};
}

export interface PlacedSentence {
  index: number;
  /** Flat offsets in the gold body; -1 when the sentence's text is not found there. */
  start: number;
  end: number;
  map: number[];
}

/** A piece cleaning set aside, in reading order with the sentences (the pipeline's spans). */
export interface SetAsidePiece {
  /** The position among all pieces of the article, sentences included. */
  order: number;
  text: string;
}

/**
 * Place predicted sentences in the gold body in reading order. Cleaning never rewrites words, so a
 * sentence is found verbatim; one that is not (a rewrite) stays unplaced and is reported. The
 * pieces cleaning set aside move the search on when they sit right where it stands, so a body
 * sentence is not placed on an earlier copy of itself (a caption repeating the lead).
 */
export function placeSentences(article: GoldArticle, sentences: PredictedSentence[], setAside: SetAsidePiece[] = []): PlacedSentence[] {
  let cursor = 0;
  const pieces = [...setAside].sort((a, b) => a.order - b.order);
  let next = 0;
  return sentences.map((sentence) => {
    for (; next < pieces.length && pieces[next].order < (sentence.order ?? -1); next++) cursor = pastAdjacent(article.flat, pieces[next].text, cursor);
    const {flat, map} = flatWithMap(sentence.text);
    let start = article.flat.indexOf(flat, cursor);
    if (start < 0) start = article.flat.indexOf(flat);
    if (start >= 0) cursor = start + flat.length;
    return {index: sentence.index, start, end: start < 0 ? -1 : start + flat.length, map};
  });
}

/** Past a piece that starts at the cursor (after at most a space); else the cursor unmoved. */
function pastAdjacent(body: string, text: string, cursor: number): number {
  const flat = flatWithMap(text).flat;
  const at = body.indexOf(flat, cursor);
  return at >= 0 && at - cursor <= 1 ? at + flat.length : cursor;
}

/** The gold record a flat offset falls in; an offset in the space between records goes to the next. */
export function recordAt(article: GoldArticle, offset: number): number {
  const records = article.records;
  for (let i = 0; i < records.length; i++) if (offset < records[i].end) return i;
  return records.length - 1;
}

/** The record a span of a predicted sentence falls in (by its first character). */
export function recordOfSpan(article: GoldArticle, sentence: PlacedSentence, start: number | undefined): number | null {
  if (sentence.start < 0) return null;
  if (start === undefined) return recordOfSentence(article, sentence);
  const offset = sentence.start + (sentence.map[Math.min(Math.max(start, 0), sentence.map.length - 1)] ?? 0);
  return recordAt(article, offset);
}

/** The record that shares the most characters with a placed sentence. */
export function recordOfSentence(article: GoldArticle, sentence: PlacedSentence): number | null {
  if (sentence.start < 0) return null;
  let best: number | null = null;
  let bestOverlap = 0;
  article.records.forEach((record, i) => {
    const overlap = Math.min(record.end, sentence.end) - Math.max(record.start, sentence.start);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  });
  return best;
}

/** Share of a record's letters and digits that fall inside any of the given placed sentences. */
export function coveredShare(article: GoldArticle, record: number, sentences: PlacedSentence[]): number {
  const {start, end} = article.records[record];
  let letters = 0;
  let covered = 0;
  for (let i = start; i < end; i++) {
    if (!/[\p{L}\p{N}]/u.test(article.flat[i])) continue;
    letters++;
    if (sentences.some((s) => s.start >= 0 && s.start <= i && i < s.end)) covered++;
  }
  return letters === 0 ? 0 : covered / letters;
}

export {flatten};
