// An article as the reader sees it: body sentences as text, set-aside spans greyed with their role.
// Article text is untrusted: it only ever goes into text nodes, never into HTML.
import type {SpanRow} from "../analysis/types.js";
import {INTERFACE_LANGUAGE, inLanguage} from "./language.js";

export const ROLE_LABELS: Record<SpanRow["role"], string> = {
  body: "body",
  dateline: "dateline",
  related_link: "related link",
  residue: "page residue",
  editor_initials: "editor initials",
  byline: "byline / credit",
  caption: "photo caption",
  photo_credit: "photo credit",
  subheading: "subheading",
  headline: "headline",
  timestamp: "date line",
  duplicate: "repeated paragraph",
  standfirst: "standfirst",
  image: "image",
  widget: "page widget",
  navigation: "menu item",
};

export interface ArticleTextOptions {
  /** Decorate a body sentence (e.g. highlight cues); gets the sentence index, returns its nodes. */
  renderSentence?: (sentenceIndex: number, text: string) => Node;
  /** The article's language (its `language` column): the text is marked with it, the role labels are not. */
  language?: string | null;
}

/**
 * Paragraphs of one article from its spans, in reading order.
 * @example articleText(spans.filter((s) => s.article_id === "004"))
 */
export function articleText(spans: SpanRow[], {renderSentence, language}: ArticleTextOptions = {}): HTMLElement {
  const root = inLanguage(document.createElement("div"), language);
  root.className = "telisik-article";
  let paragraph: HTMLParagraphElement | null = null;
  let current = -1;
  for (const span of [...spans].sort((a, b) => a.order - b.order)) {
    if (span.paragraph !== current || !paragraph) {
      paragraph = root.appendChild(document.createElement("p"));
      current = span.paragraph;
    } else {
      paragraph.appendChild(document.createTextNode(" "));
    }
    if (span.role === "body" && span.sentence_index !== null) {
      const sentence = paragraph.appendChild(document.createElement("span"));
      sentence.className = "sentence";
      sentence.id = `s-${span.article_id}-${span.sentence_index}`;
      sentence.dataset.sentence = String(span.sentence_index);
      sentence.appendChild(renderSentence ? renderSentence(span.sentence_index, span.text) : document.createTextNode(span.text));
    } else {
      const aside = paragraph.appendChild(document.createElement("span"));
      aside.className = `set-aside role-${span.role}`;
      aside.title = `Set aside: ${ROLE_LABELS[span.role]} (not analyzed)`;
      const label = aside.appendChild(document.createElement("span"));
      label.className = "role-label";
      if (root.lang) label.lang = INTERFACE_LANGUAGE;
      label.textContent = ROLE_LABELS[span.role];
      aside.appendChild(document.createTextNode(span.text));
    }
  }
  return root;
}
