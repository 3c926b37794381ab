// Gold files name sentences by article id and a snippet of their text, not by index, so the gold
// survives changes to segmentation.
import type {SentenceRow} from "../../src/analysis/types.js";

export interface SentenceAnchor {
  /** The article id, or a prefix of it (`003` matches `003` and `003_890aa250ba6e1b5a`). */
  article: string;
  /** Text the sentence contains, exactly as written. */
  contains: string;
}

/** The one sentence an anchor names; throws when none or several match, so a stale gold fails loudly. */
export function resolveAnchor(sentences: SentenceRow[], anchor: SentenceAnchor): SentenceRow {
  const matches = sentences.filter((s) => s.article_id.startsWith(anchor.article) && s.text.includes(anchor.contains));
  if (matches.length !== 1) {
    throw new Error(`gold anchor ${JSON.stringify(anchor)} matches ${matches.length} sentences, expected 1`);
  }
  return matches[0];
}
