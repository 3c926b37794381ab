// The hedging stage: every hedge and booster cue in the body sentences, with its exact span.
import type {ArticleRow, HedgeRow, SentenceRow} from "../types.js";
import type {HedgeLexicon} from "./lexicon.js";
import {matchCues} from "./matchCues.js";
import {quotedSpans, quoteKey, voiceOf} from "./voice.js";

export interface FindHedgesOptions {
  /**
   * The language of an article (`id`, `en`). When given, a sentence is matched only against cues
   * of its article's language and cues without a language. Without it (the pipeline's default)
   * every cue applies to every sentence: cue words of one language rarely occur in another.
   */
  languageOf?: (articleId: string) => string | undefined;
}

/**
 * Hedge and booster cues in each body sentence, in sentence order then position. Each row keeps
 * the UTF-16 span (`start`, `end`) of the cue's words in the sentence text, the words as written,
 * and whose words they are (`voice`): `speaker` inside a quotation, `outlet` outside it.
 *
 * @example
 * findHedges([{article_id: "a", index: 0, paragraph: 0, text: "Ia mungkin datang.", words: 3}], lexicon)
 * // [{article_id: "a", sentence_index: 0, cue: "mungkin", kind: "hedge", type: "epistemic_modal",
 * //   language: "id", start: 3, end: 10, text: "mungkin", voice: "outlet"}]
 */
export function findHedges(sentences: SentenceRow[], lexicon: HedgeLexicon, options: FindHedgesOptions = {}): HedgeRow[] {
  const found = sentences.map((sentence) => ({sentence, matches: matchCues(sentence.text, lexicon, options.languageOf?.(sentence.article_id))}));
  // Quotations are paired only in articles that have a cue at all.
  const withCues = new Set(found.filter((f) => f.matches.length > 0).map((f) => f.sentence.article_id));
  const quoted = quotedSpans(sentences.filter((s) => withCues.has(s.article_id)));
  const rows: HedgeRow[] = [];
  for (const {sentence, matches} of found) {
    const key = quoteKey(sentence.article_id, sentence.index);
    for (const match of matches) {
      rows.push({
        article_id: sentence.article_id,
        sentence_index: sentence.index,
        cue: match.cue.cue,
        kind: match.cue.kind,
        type: match.cue.type,
        language: match.cue.language ?? "any",
        start: match.start,
        end: match.end,
        text: sentence.text.slice(match.start, match.end),
        voice: voiceOf(match.start, match.end, quoted.get(key)),
      });
    }
  }
  return rows;
}

/**
 * A `languageOf` lookup for findHedges from the articles table.
 * @example findHedges(tables.sentences, lexicon, {languageOf: articleLanguages(tables.articles)})
 */
export function articleLanguages(articles: Pick<ArticleRow, "id" | "language">[]): (articleId: string) => string | undefined {
  const languages = new Map(articles.map((a) => [a.id, a.language]));
  return (articleId) => languages.get(articleId);
}
