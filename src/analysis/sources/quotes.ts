// Quotations in a paragraph. Quotes are paired across the whole paragraph, not per sentence,
// because a quote may open in one sentence and close, with its cue, in the next.
import type {SentenceRow} from "../types.js";
import {append} from "../append.js";

/** The part of a quotation that falls in one sentence (inner text, marks excluded). */
export interface QuotePiece {
  sentence_index: number;
  start: number;
  end: number;
  text: string;
}

/** A quotation: one piece per sentence it spans, in reading order. */
export interface Quotation {
  pieces: QuotePiece[];
  /** Left open at the end of its paragraph and continued by a quote opening the next one. */
  continues?: boolean;
}

const DOUBLE_OPEN = new Set(["“", '"', "„", "«"]);
const DOUBLE_CLOSE = new Set(["”", '"', "»"]);
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Quotations in the sentences of one paragraph (given in reading order). Straight quotes pair by
 * alternation; curly ones by shape, except that a stray `”` after a space (a machine translation
 * habit: `tur ” luar biasa”`) opens. An apostrophe inside a word (`Barron’s`) is not a quote.
 * A quote left open at the end of the paragraph is dropped: it has no closing cue to trust.
 * @example findQuotations([{article_id: "a", index: 0, paragraph: 0, words: 3, text: "“Ya,” kata dia."}])[0].pieces[0].text // "Ya,"
 */
export function findQuotations(paragraph: SentenceRow[]): Quotation[] {
  return pairQuotes(paragraph).quotations;
}

/**
 * Quotations across paragraphs. A quote left open at the end of a paragraph either continues in a
 * next paragraph that opens with a quote mark (the English convention: it runs to the paragraph's
 * end and takes the next quote's speaker), or closes in the next paragraph (pairing both as one).
 * @example findArticleQuotations([[a], [b]]) // quotations of each paragraph, joined where one runs on
 */
export function findArticleQuotations(paragraphs: SentenceRow[][]): Quotation[] {
  const out: Quotation[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const here = pairQuotes(paragraphs[p]);
    const next = paragraphs[p + 1];
    if (here.openAt === null || !next) {
      append(out, here.quotations);
      continue;
    }
    if (/^\s*["“‘']/u.test(next[0].text)) {
      append(out, here.quotations).push({pieces: piecesOf(here.openAt + 1, here.joined.length, here.joined, here.offsets, paragraphs[p]), continues: true});
      continue;
    }
    const both = pairQuotes([...paragraphs[p], ...next]);
    if (both.openAt === null) {
      append(out, both.quotations);
      p++;
    } else append(out, here.quotations);
  }
  return out.filter((q) => q.pieces.length > 0);
}

function pairQuotes(paragraph: SentenceRow[]): {quotations: Quotation[]; openAt: number | null; joined: string; offsets: number[]} {
  const offsets: number[] = [];
  let joined = "";
  for (const sentence of paragraph) {
    if (joined) joined += " ";
    offsets.push(joined.length);
    joined += sentence.text;
  }
  const quotations: Quotation[] = [];
  let open: {at: number; single: boolean} | null = null;
  for (let i = 0; i < joined.length; i++) {
    const ch = joined[i];
    const before = i > 0 ? joined[i - 1] : " ";
    const after = i + 1 < joined.length ? joined[i + 1] : " ";
    if (open === null) {
      if (DOUBLE_OPEN.has(ch) || (ch === "”" && /\s/.test(before))) open = {at: i, single: false};
      else if ((ch === "‘" || ch === "'") && !LETTER.test(before) && LETTER.test(after)) open = {at: i, single: true};
    } else if (open.single ? (ch === "’" || ch === "'") && !LETTER.test(after) : DOUBLE_CLOSE.has(ch)) {
      const pieces = piecesOf(open.at + 1, i, joined, offsets, paragraph);
      if (pieces.length > 0) quotations.push({pieces});
      open = null;
    }
  }
  return {quotations, openAt: open?.at ?? null, joined, offsets};
}

/** Cut the paragraph range [start, end) at sentence edges, trimming spaces. Only the sentences
 * the range touches are visited (found by binary search): a paragraph of n quoted sentences read
 * every sentence for every quote, n² (issue 14). */
function piecesOf(start: number, end: number, joined: string, offsets: number[], paragraph: SentenceRow[]): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let low = 0;
  let high = paragraph.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid] + paragraph[mid].text.length <= start) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < paragraph.length && offsets[k] < end; k++) {
    const sentence = paragraph[k];
    const from = Math.max(start, offsets[k]) - offsets[k];
    const to = Math.min(end, offsets[k] + sentence.text.length) - offsets[k];
    if (to <= from) continue;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(sentence.text[s])) s++;
    while (e > s && /\s/.test(sentence.text[e - 1])) e--;
    if (e > s && LETTER.test(sentence.text.slice(s, e))) pieces.push({sentence_index: sentence.index, start: s, end: e, text: sentence.text.slice(s, e)});
  }
  return pieces;
}

/**
 * A copy of the text with every quoted range blanked, so cue words said inside a quote are not cues.
 * Offsets are unchanged.
 * @example maskQuoted("“Ia mengatakan ya,” kata Sari.", [{start: 1, end: 18}]) // "“                 ” kata Sari."
 */
export function maskQuoted(text: string, pieces: {start: number; end: number}[]): string {
  let masked = text;
  for (const piece of pieces) masked = masked.slice(0, piece.start) + " ".repeat(piece.end - piece.start) + masked.slice(piece.end);
  return masked;
}
