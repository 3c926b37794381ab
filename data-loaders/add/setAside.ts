// Set aside what a page's structure marks as not reporting — menus, ads, share buttons, related
// links, figures, comments — before any text rule runs. Each rule is named and tried in order;
// every piece it removes is kept with the rule's name and a role, so `telisik add` can show what
// it left out and why. The selectors are data (page-structure.json).
import structure from "./page-structure.json" with {type: "json"};
import {htmlParagraphs} from "./paragraphs.js";

export interface StructureRule {
  name: string;
  /** What the piece is: `navigation`, `ad`, `share`, `related_link`, `caption`, `comments`, ... */
  role: string;
  selector: string;
  /** Leave matches longer than this alone: the selector is loose (`[class~=meta]`). */
  maxWords?: number;
  /** Remove without listing: markup that carries no reading text. */
  silent?: boolean;
  why?: string;
}

export interface PageStructure {
  /** Elements never set aside, nor anything that contains them: the article itself. */
  protect: string;
  rules: StructureRule[];
}

export interface SetAsidePiece {
  /** The rule that decided (`figures`, `link-lists`, `outside-article`). */
  rule: string;
  role: string;
  text: string;
}

export const PAGE_STRUCTURE: PageStructure = structure as PageStructure;

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** An element's text with its blocks kept apart (`Baca juga / Gempa susulan / ...`), for the report. */
export function blockText(element: Element | null): string {
  return element ? htmlParagraphs(element).map((p) => p.replace(/^## /, "")).join(" / ") : "";
}

/**
 * The element that holds the story: of those matching `protect`, the one with the most words in
 * paragraphs. Teasers in a related box are `<article>`s too, but short ones.
 */
export function mainElement(root: Element, protect: string): Element | null {
  let best: Element | null = null;
  let most = 0;
  for (const candidate of root.querySelectorAll(protect)) {
    const count = [...candidate.querySelectorAll("p")].reduce((sum, p) => sum + words(blockText(p)), 0);
    if (count > most) [best, most] = [candidate, count];
  }
  return best;
}

/** The story's element and its ancestors are never set aside, however their classes read. */
function isProtected(element: Element, main: Element | null): boolean {
  return main !== null && (element === main || element.contains(main));
}

/** A figure is its caption and, when marked up, a photo credit (`<small>`, `.credit`). */
export function figureParts(figure: Element): SetAsidePiece[] {
  const credits = [...figure.querySelectorAll('[class*="credit"], [class*="copyright"], small, cite')];
  const creditText = credits.map(blockText).filter(Boolean);
  for (const credit of credits) credit.remove();
  const caption = blockText(figure);
  const pieces: SetAsidePiece[] = [];
  if (caption) pieces.push({rule: "figures", role: "caption", text: caption});
  for (const text of creditText) pieces.push({rule: "figures", role: "photo_credit", text});
  return pieces;
}

/**
 * A list whose text is mostly links is a menu or a box of headlines, wherever it sits
 * (`<ul><li><a>Gempa susulan…</a></li>…</ul>`). Three links and 80% of the words is the line:
 * a body paragraph with a link or two stays.
 * @example isLinkList(ul) // true for a "related stories" list
 */
export function isLinkList(element: Element): boolean {
  const links = element.querySelectorAll("a");
  if (links.length < 3) return false;
  const all = words(blockText(element));
  const linked = [...links].reduce((sum, a) => sum + words(blockText(a)), 0);
  return all > 0 && linked / all >= 0.8;
}

/**
 * Remove every piece the structure rules match from `document` (in place) and return them in
 * rule order. Run after the metadata is read: `<meta>` and JSON-LD are removed here too.
 */
export function setAsideStructure(document: Document, structure: PageStructure = PAGE_STRUCTURE): SetAsidePiece[] {
  const pieces: SetAsidePiece[] = [];
  const root = document.body ?? document.documentElement;
  if (!root) return pieces;
  const main = mainElement(root, structure.protect);
  for (const rule of structure.rules) {
    for (const element of [...root.querySelectorAll(rule.selector)]) {
      if (!element.isConnected || isProtected(element, main)) continue;
      const text = blockText(element);
      if (rule.maxWords !== undefined && words(text) > rule.maxWords) continue;
      if (!rule.silent) {
        if (rule.name === "figures") pieces.push(...figureParts(element));
        else if (text) pieces.push({rule: rule.name, role: rule.role, text});
      }
      element.remove();
    }
  }
  for (const list of [...root.querySelectorAll("ul, ol, menu, dl")]) {
    if (!list.isConnected || isProtected(list, main) || !isLinkList(list)) continue;
    pieces.push({rule: "link-lists", role: "related_link", text: blockText(list)});
    list.remove();
  }
  return pieces;
}
