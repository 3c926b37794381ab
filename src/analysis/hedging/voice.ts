// Whose hedge it is. A cue inside quotation marks is the quoted speaker's word (`“Korban mungkin
// bertambah,” kata Agus`); outside them it is the outlet's own (`Korban mungkin bertambah, kata
// Agus`, reported in the writer's words). The quotation spans are the sourcing stage's
// (findArticleQuotations), so both stages agree on what is quoted.
import type {SentenceRow} from "../types.js";
import {findArticleQuotations, type QuotePiece} from "../sources/quotes.js";

/** `speaker`: inside a quotation; `outlet`: in the writer's own words. */
export type HedgeVoice = "speaker" | "outlet";

export const HEDGE_VOICES: readonly HedgeVoice[] = ["outlet", "speaker"];

/** Sentence key for lookups: `article_id` and the sentence's `index`. */
export const quoteKey = (articleId: string, sentenceIndex: number) => `${articleId}\u0000${sentenceIndex}`;

/**
 * The quoted stretches of each sentence (inner text, marks excluded), keyed by `quoteKey`.
 * Sentences are grouped by article and paragraph in reading order, because a quotation may open
 * in one sentence or paragraph and close in the next. Sentences without a quotation are absent.
 *
 * @example quotedSpans([{article_id: "a", index: 0, paragraph: 0, words: 4, text: "“Mungkin besok,” kata dia."}])
 * // Map {"a\u00000" => [{sentence_index: 0, start: 1, end: 15, text: "Mungkin besok,"}]}
 */
export function quotedSpans(sentences: SentenceRow[]): Map<string, QuotePiece[]> {
  const articles = new Map<string, SentenceRow[]>();
  for (const sentence of sentences) articles.get(sentence.article_id)?.push(sentence) ?? articles.set(sentence.article_id, [sentence]);
  const spans = new Map<string, QuotePiece[]>();
  for (const [articleId, rows] of articles) {
    const paragraphs: SentenceRow[][] = [];
    for (const sentence of [...rows].sort((a, b) => a.index - b.index)) {
      const last = paragraphs[paragraphs.length - 1];
      if (last && last[0].paragraph === sentence.paragraph) last.push(sentence);
      else paragraphs.push([sentence]);
    }
    for (const quotation of findArticleQuotations(paragraphs)) {
      for (const piece of quotation.pieces) {
        const key = quoteKey(articleId, piece.sentence_index);
        spans.get(key)?.push(piece) ?? spans.set(key, [piece]);
      }
    }
  }
  return spans;
}

/**
 * The voice of a cue at [start, end) in a sentence, given that sentence's quoted stretches.
 * @example voiceOf(1, 8, [{start: 1, end: 15}]) // "speaker"
 * @example voiceOf(20, 27, [{start: 1, end: 15}]) // "outlet"
 */
export function voiceOf(start: number, end: number, quoted: readonly {start: number; end: number}[] | undefined): HedgeVoice {
  return quoted?.some((piece) => piece.start <= start && end <= piece.end) ? "speaker" : "outlet";
}
