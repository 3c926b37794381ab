// The sentences behind a number, each linked to its place in the article reader. Text only.
import type {SentenceRow} from "../analysis/types.js";
import {highlightText, type Mark} from "./highlight.js";
import {sentenceHref} from "./links.js";
import {inLanguage} from "./language.js";

export interface EvidenceItem {
  article_id: string;
  sentence_index: number;
  /** A short label shown before the sentence (outlet, source, cue...). */
  label: string;
  marks?: Mark[];
}

/**
 * A list of evidence sentences, at most `limit` shown with a count of the rest; each sentence is
 * marked with its article's language when `languageOf` knows it.
 * @example evidenceList(items, sentencesByKey, {limit: 20, languageOf: articleLanguages(tables.articles)})
 */
export function evidenceList(items: EvidenceItem[], sentences: Map<string, SentenceRow>, {limit = 25, empty = "No sentences.", languageOf}: {limit?: number; empty?: string; languageOf?: (articleId: string) => string | undefined} = {}): HTMLElement {
  const list = document.createElement("ol");
  list.className = "telisik-evidence";
  if (items.length === 0) {
    const p = document.createElement("p");
    p.className = "telisik-empty";
    p.textContent = empty;
    return p;
  }
  for (const item of items.slice(0, limit)) {
    const sentence = sentences.get(`${item.article_id}\u0000${item.sentence_index}`);
    const li = list.appendChild(document.createElement("li"));
    const label = li.appendChild(document.createElement("span"));
    label.className = "evidence-label";
    label.textContent = item.label;
    li.appendChild(document.createTextNode(" "));
    const quote = li.appendChild(inLanguage(document.createElement("span"), languageOf?.(item.article_id)));
    quote.className = "evidence-text";
    quote.appendChild(sentence ? highlightText(sentence.text, item.marks ?? []) : document.createTextNode("(sentence not found)"));
    li.appendChild(document.createTextNode(" "));
    const link = li.appendChild(document.createElement("a"));
    link.href = sentenceHref(item.article_id, item.sentence_index);
    link.textContent = `${item.article_id} §${item.sentence_index}`;
    link.title = "Open in the article reader";
  }
  if (items.length > limit) {
    const more = list.appendChild(document.createElement("li"));
    more.className = "telisik-more";
    more.textContent = `… and ${items.length - limit} more`;
  }
  return list;
}

/** Sentences keyed for `evidenceList`. */
export function sentenceIndex(sentences: SentenceRow[]): Map<string, SentenceRow> {
  return new Map(sentences.map((s) => [`${s.article_id}\u0000${s.index}`, s]));
}
