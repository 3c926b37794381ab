// The sentences behind one figure, opened on the page beside the chart: each sentence numbered
// (§n, as in the reader) and highlighted between its neighbours, which often hold the speaker a
// pronoun points back to. Article text becomes text nodes only: it is untrusted.
import type {EvidenceSentence, FigureEvidence} from "../analysis/evidence/figureEvidence.js";
import type {SentenceRow} from "../analysis/types.js";
import {downloadLinks, type Download} from "./downloadLinks.js";
import {highlightText} from "./highlight.js";
import {inLanguage} from "./language.js";
import {sentenceHref} from "./links.js";
import {CATEGORY_LABELS} from "./palette.js";
import {sentenceMarks} from "./sentenceMarks.js";

/** What each figure's evidence is, as a reader would say it. */
export const EVIDENCE_NAMES: Record<string, string> = {
  attributed_share: "attributed sentences",
  state_media_dependence: "sentences resting on state media",
  independent_share: "sentences resting on independent media or named analysts",
  anonymous_share: "sentences resting on anonymous sources",
  named_analyst_quotes: "sentences quoting a named analyst",
  named_analyst_quotes_per_1000_words: "sentences quoting a named analyst",
  quotes: "quoted sentences",
  hedges_per_1000_words: "hedged sentences",
  corroboration_rate: "sentences of claims another outlet also reports",
  independent_corroboration_rate: "sentences of claims with two or more independent origins",
};

export interface PanelOptions {
  /** What the panel shows, e.g. "VOA Indonesia · sentences resting on state media". */
  title: string;
  /** Body sentences keyed by `article_id` NUL `index` (`sentenceIndex`). */
  sentences: Map<string, SentenceRow>;
  languageOf?: (articleId: string) => string | undefined;
  /** The built CSV holding these rows. */
  download: Download;
  /** The page listing the same evidence with its filters. */
  pageHref: string;
  limit?: number;
}

/**
 * @example showBeside(evidencePanel(figureEvidence(tables, request), {title, sentences, download, pageHref}), link)
 */
export function evidencePanel(evidence: FigureEvidence, {title, sentences, languageOf, download, pageHref, limit = 50}: PanelOptions): HTMLElement {
  const panel = document.createElement("section");
  panel.className = "card telisik-drill";
  panel.setAttribute("aria-label", title);
  const heading = panel.appendChild(document.createElement("h3"));
  heading.tabIndex = -1;
  heading.textContent = `${title}: ${evidence.sentences.length} sentence${evidence.sentences.length === 1 ? "" : "s"}`;
  const close = panel.appendChild(document.createElement("button"));
  close.type = "button";
  close.className = "telisik-drill-close";
  close.textContent = "Close";
  close.addEventListener("click", () => panel.remove());
  if (evidence.sentences.length === 0) {
    const p = panel.appendChild(document.createElement("p"));
    p.className = "telisik-empty";
    p.textContent = "No sentence counts towards this figure.";
  }
  const list = panel.appendChild(document.createElement("ol"));
  list.className = "telisik-evidence";
  for (const entry of evidence.sentences.slice(0, limit)) list.appendChild(evidenceItem(entry, sentences, languageOf?.(entry.article_id)));
  if (evidence.sentences.length > limit) {
    const more = list.appendChild(document.createElement("li"));
    more.className = "telisik-more";
    more.textContent = `… and ${evidence.sentences.length - limit} more on the page below`;
  }
  const links = panel.appendChild(document.createElement("p"));
  links.className = "telisik-note";
  const page = links.appendChild(document.createElement("a"));
  page.href = pageHref;
  page.textContent = "The same sentences on their page, with filters";
  panel.appendChild(downloadLinks([download], {note: "every event and outlet (filter on the event and outlet columns)"}));
  return panel;
}

function evidenceItem(entry: EvidenceSentence, sentences: Map<string, SentenceRow>, language: string | undefined): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.sentence = `${entry.article_id}-${entry.sentence_index}`;
  const label = li.appendChild(document.createElement("span"));
  label.className = "evidence-label";
  label.textContent = evidenceLabel(entry);
  const context = li.appendChild(inLanguage(document.createElement("div"), language));
  context.className = "telisik-context";
  for (const index of [entry.sentence_index - 1, entry.sentence_index, entry.sentence_index + 1]) {
    const sentence = sentences.get(`${entry.article_id}\u0000${index}`);
    if (!sentence) continue;
    const target = index === entry.sentence_index;
    const number = context.appendChild(document.createElement("span"));
    number.className = "sentence-number";
    number.textContent = `§${index}`;
    const text = context.appendChild(document.createElement("span"));
    text.className = target ? "evidence-text telisik-target" : "evidence-text telisik-neighbour";
    text.appendChild(target ? highlightText(sentence.text, sentenceMarks(entry.attributions, entry.quotes, entry.hedges)) : document.createTextNode(sentence.text));
    context.appendChild(document.createTextNode(" "));
  }
  const link = li.appendChild(document.createElement("a"));
  link.href = sentenceHref(entry.article_id, entry.sentence_index);
  link.textContent = `${entry.article_id} §${entry.sentence_index} in the reader`;
  return li;
}

/** What made a sentence count: its sources, speakers, cues or claim. */
export function evidenceLabel(entry: EvidenceSentence): string {
  if (entry.claim) return `claim reported by ${entry.claim.outlets.join(", ")} · ${entry.claim.origins} independent origin${entry.claim.origins === 1 ? "" : "s"}`;
  if (entry.quotes.length) return entry.quotes.map((q) => `${q.speaker}${q.affiliation ? `, ${q.affiliation}` : ""} (${CATEGORY_LABELS[q.category] ?? q.category})`).join("; ");
  if (entry.hedges.length) return `hedge: ${entry.hedges.map((h) => `“${h.text}”`).join(", ")}`;
  return [...new Set(entry.attributions.map((a) => `${a.source} (${CATEGORY_LABELS[a.category] ?? a.category})`))].join("; ");
}
