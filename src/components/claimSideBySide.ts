// One claim's sentences, one column per outlet, so wording can be compared directly.
import type {ClaimRow, SentenceRow} from "../analysis/types.js";
import {sentenceHref} from "./links.js";
import {inLanguage} from "./language.js";

/**
 * Each sentence is marked with its article's language when `languageOf` knows it.
 * @example claimSideBySide(claim, sentencesByKey, outletOf, {languageOf: articleLanguages(tables.articles)})
 */
export function claimSideBySide(claim: ClaimRow, sentences: Map<string, SentenceRow>, outletOf: (articleId: string) => string, {languageOf}: {languageOf?: (articleId: string) => string | undefined} = {}): HTMLElement {
  const grid = document.createElement("div");
  grid.className = "grid grid-cols-3 telisik-side-by-side";
  const copied = new Set(claim.copy_pairs.flat());
  const byOutlet = new Map<string, number[]>();
  claim.sentences.forEach((s, i) => {
    const outlet = outletOf(s.article_id);
    byOutlet.get(outlet)?.push(i) ?? byOutlet.set(outlet, [i]);
  });
  for (const [outlet, positions] of byOutlet) {
    const card = grid.appendChild(document.createElement("div"));
    card.className = "card";
    card.appendChild(document.createElement("h3")).textContent = outlet;
    for (const i of positions) {
      const ref = claim.sentences[i];
      const sentence = sentences.get(`${ref.article_id}\u0000${ref.sentence_index}`);
      const p = card.appendChild(document.createElement("p"));
      if (sentence) p.appendChild(inLanguage(document.createElement("span"), languageOf?.(ref.article_id))).textContent = sentence.text;
      else p.textContent = "(sentence not found)";
      if (copied.has(i)) {
        const badge = p.insertBefore(document.createElement("span"), p.firstChild);
        badge.className = "telisik-badge";
        badge.textContent = "shared copy";
        badge.title = "Near-verbatim or lightly edited copy of another outlet’s sentence in this claim";
      }
      const link = p.appendChild(document.createElement("a"));
      link.href = sentenceHref(ref.article_id, ref.sentence_index);
      link.textContent = ` ${ref.article_id} §${ref.sentence_index}`;
    }
  }
  return grid;
}
