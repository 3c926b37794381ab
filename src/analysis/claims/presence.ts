// A claim as seen from a subset of the tables: only the sentences of articles in the subset
// count, so the same metric functions work on a whole corpus and on one event or outlet filter.
import type {ArticleRow, ClaimRow, ClaimSentenceRef} from "../types.js";

/** A claim's sentences and outlets within the articles at hand, with its independent origins there. */
export interface ClaimPresence {
  claim: ClaimRow;
  sentences: ClaimSentenceRef[];
  outlets: Set<string>;
  origins: number;
}

/**
 * The claims restricted to the given articles; claims with no sentence left are dropped.
 * @example claimPresence(claims, articles.filter((a) => a.event === "x")) // only event x's claims
 */
export function claimPresence(claims: readonly ClaimRow[], articles: readonly ArticleRow[]): ClaimPresence[] {
  const present = new Set(articles.map((a) => a.id));
  const result: ClaimPresence[] = [];
  for (const claim of claims) {
    const sentences = claim.sentences.filter((s) => present.has(s.article_id));
    if (sentences.length === 0) continue;
    result.push({claim, sentences, outlets: new Set(sentences.map((s) => s.outlet)), origins: new Set(sentences.map((s) => s.origin)).size});
  }
  return result;
}
