// The hedging stage: every hedge and booster cue in the body sentences, with its exact span.
import type {AttributionRow, HedgeRow, SentenceRow} from "../types.js";
import type {HedgeLexicon} from "./lexicon.js";
import {matchCues} from "./matchCues.js";
import {quotedSpans, quoteKey, voiceOf} from "./voice.js";
import {speakerInReach, type ResolvedCue} from "./speakerInReach.js";

export interface FindHedgesOptions {
  /**
   * The language of an article (`id`, `en`). When given, a sentence is matched only against cues
   * of its article's language and cues without a language. Without it (the pipeline's default)
   * every cue applies to every sentence: cue words of one language rarely occur in another.
   */
  languageOf?: (articleId: string) => string | undefined;
  /**
   * The attribution stage's rows: a `speakerless` cue (`katanya`) that the sourcing stage
   * resolved to a speaker is an attribution, not a hedge. The pipeline and the page pass them;
   * without them only a closing quotation marks a speaker in reach.
   */
  attributions?: (ResolvedCue & Pick<AttributionRow, "article_id" | "sentence_index">)[];
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
  // The attribution rows by sentence, gathered when the first speakerless cue needs them.
  let resolved: Map<string, ResolvedCue[]> | null = null;
  const resolvedIn = (key: string) => {
    if (!resolved) {
      resolved = new Map();
      for (const a of options.attributions ?? []) {
        const at = quoteKey(a.article_id, a.sentence_index);
        resolved.get(at)?.push(a) ?? resolved.set(at, [a]);
      }
    }
    return resolved.get(key) ?? [];
  };
  const rows: HedgeRow[] = [];
  for (const {sentence, matches} of found) {
    const key = quoteKey(sentence.article_id, sentence.index);
    for (const match of matches) {
      if (match.cue.speakerless && speakerInReach(sentence.text, match.start, match.end, quoted.get(key), resolvedIn(key))) continue;
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
