// A saved or fetched news page → the article's text, its metadata, and everything set aside.
// Order matters: metadata first (the <head> is removed later), then the page's structure sets
// aside what is not reporting, then Readability picks the story out of what is left.
import {parseHTML} from "linkedom";
import {Readability} from "@mozilla/readability";
import {pageMetadata, type PageMetadata} from "./pageMetadata.js";
import {mainElement, setAsideStructure, PAGE_STRUCTURE, type PageStructure, type SetAsidePiece} from "./setAside.js";
import {htmlParagraphs} from "./paragraphs.js";

export interface ExtractedPage {
  /** Paragraphs of the story, in reading order; the title is not among them. */
  paragraphs: string[];
  meta: PageMetadata;
  setAside: SetAsidePiece[];
}

/** A DOM for any input: linkedom gives a fragment (or nothing) no <html> element, so it is wrapped. */
function parse(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  if (document.documentElement?.tagName.toUpperCase() === "HTML" && document.body) return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

function sameText(a: string, b: string | null): boolean {
  const key = (s: string) => s.replace(/^#+\s*/, "").replace(/\s+/g, " ").trim().toLowerCase();
  return b !== null && key(a) === key(b);
}

/** The story's paragraphs by Readability, else (a page too short for it) the main element's. */
function storyParagraphs(document: Document, structure: PageStructure): {paragraphs: string[]; title: string | null; byline: string | null} {
  const fallback = mainElement(document.body ?? document.documentElement, structure.protect) ?? document.body;
  const fallbackParagraphs = fallback ? htmlParagraphs(fallback.cloneNode(true)) : [];
  // Readability rewrites the document it reads; it gets a copy.
  const article = new Readability(parse(document.documentElement?.outerHTML ?? ""), {charThreshold: 200}).parse();
  const paragraphs = article?.content ? htmlParagraphs(parse(`<html><body>${article.content}</body></html>`).body) : [];
  return {
    paragraphs: paragraphs.length > 0 ? paragraphs : fallbackParagraphs,
    title: article?.title?.trim() || null,
    byline: article?.byline?.trim() || null,
  };
}

/**
 * Extract a news page. `pageUrl` (where it came from, after redirects) resolves a relative
 * canonical link and stands in for a missing one.
 * @example extractPage(html, "https://example.com/a").paragraphs // ["ANKARA - Gempa ...", ...]
 */
export function extractPage(html: string, pageUrl: string | null = null, structure: PageStructure = PAGE_STRUCTURE): ExtractedPage {
  const document = parse(html);
  const meta = pageMetadata(document, pageUrl);
  const setAside = setAsideStructure(document, structure);
  const remaining = document.body ? htmlParagraphs(document.body) : [];
  const story = storyParagraphs(document, structure);
  meta.title ??= story.title;
  meta.byline ??= story.byline;
  const paragraphs = story.paragraphs.filter((p, i) => !(i < 3 && sameText(p, meta.title)));
  // What Readability left out of what the structure rules kept: listed, so nothing goes unseen.
  const kept = new Set(paragraphs);
  for (const text of remaining) {
    if (kept.has(text) || sameText(text, meta.title)) continue;
    setAside.push({rule: "outside-article", role: "residue", text: text.replace(/^## /, "")});
  }
  return {paragraphs, meta, setAside};
}
