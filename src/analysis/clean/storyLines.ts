// What a line of the page is by its shape once the story's start is known: a header line above
// it, or in the story a sentence, a subheading, an unmarked related headline, a menu item or a
// widget; and a one-sentence line under an image, its caption (docs/cleaning.md).
import type {SpanRole} from "../types.js";
import {wordsUpTo} from "../text/words.js";
import type {Block} from "./clean.js";
import {isClosed, isListRow, isNameLine, isTitleCase} from "./lineShapes.js";

export interface ShapeLimits {
  /** The longest line (in words) that can be a subheading. */
  subheadingMaxWords: number;
  /** The longest unpunctuated line (in words) that is a headline. */
  headlineMaxWords: number;
}

/**
 * What a line of the page header (before the story starts) is: a writer's name, a menu item
 * (two words or fewer), the title (the first), or the standfirst under it.
 */
export function headerRole(text: string, before: Block[]): SpanRole {
  if (isNameLine(text)) return "byline";
  if (wordsUpTo(text, 2) <= 2) return "navigation";
  return before.some((b) => b.role === "headline") ? "standfirst" : "headline";
}

/**
 * Reporting comes in sentences. In the story, a line that does not close like one is a
 * subheading (short) or an unmarked related headline (up to `headlineMaxWords`; longer, it is a
 * sentence that lost its full stop); a line of three words or fewer that is no closed sentence is
 * a menu item, and a short line ending in a colon with nothing announced after it is a widget
 * (`Bagikan:`, `Breaking News:`). Kept as body: rows of a list (`Adana: 43` among
 * others), what a colon announces (but a numbered heading of a listicle), and the last
 * paragraph unless it is a menu item (`x`, `X`), the writer's name or a title-case headline
 * (pasted text is often cut mid-sentence: `It is th`). A line with no letters is a counter.
 * @param story the article's paragraphs, with those already set aside as furniture blanked
 */
export function bodyShape(text: string, paragraph: number, story: string[], limits: ShapeLimits): SpanRole {
  const line = text.trim();
  const numbered = /^\d{1,2}[.)]\s/u.test(line);
  const bare = line.replace(/^(?:#{1,6}|[-•*]|\d{1,2}[.)])\s+/u, "").replace(/^[‘'"“]+|[’'"”]+$/gu, "").trim();
  // Every threshold below is small: counting stops past the largest.
  const words = wordsUpTo(bare, Math.max(limits.headlineMaxWords, limits.subheadingMaxWords, 3));
  const previous = story[paragraph - 1] ?? "";
  const next = story[paragraph + 1];
  if (isListRow(line) && [-2, -1, 1, 2].some((d) => isListRow(story[paragraph + d] ?? ""))) return "body";
  // A counter (`0`, `28`) has no word at all.
  if (!/\p{L}/u.test(bare)) return "widget";
  if (next === undefined) {
    if (isClosed(line)) return "body";
    if (words <= 3 && (/^\p{Ll}/u.test(bare) || !/\p{L}{2}/u.test(bare))) return "navigation";
    if (isWriterLine(bare)) return "byline";
    return isTitleCase(bare) && words <= limits.headlineMaxWords ? "related_link" : "body";
  }
  // `Jakarta Pusat:` over a list is its heading; `Korban per kota:` announces it.
  if (/:$/u.test(line) && words <= 3 && opensList(next) && /^(?:\p{Lu}[\p{L}.'’-]*\s*)+:$/u.test(bare)) return "subheading";
  if (/:$/u.test(previous.trim()) && !(numbered && !isClosed(line))) return "body";
  if (/^#{1,6}\s/.test(line)) return "subheading";
  if (/:$/u.test(line)) {
    if (words > 3 || opensList(next) || isListRow(previous)) return "body";
    return "widget";
  }
  if (words <= 3 && !/\p{L}[.!?]["”’)]*$/u.test(line)) {
    if (/(?:\.{2,}|…)$/u.test(line)) return "widget";
    // A subheading has a word; `X` (a close button) and `A A A` (font sizes) do not.
    return /^\p{Lu}/u.test(bare) && /\p{L}{2}/u.test(bare) ? "subheading" : "navigation";
  }
  // `Where did the truck come from?` alone between paragraphs heads what answers it.
  if (/\?$/u.test(line) && words <= limits.subheadingMaxWords && !/["“”‘’]|[.!?]\s/u.test(line)) return "subheading";
  if (isClosed(line) || /[;,]$/u.test(line) || words > limits.headlineMaxWords) return "body";
  return words <= limits.subheadingMaxWords && /^\p{Lu}/u.test(bare) ? "subheading" : "related_link";
}

/**
 * Two or three capitalised words and nothing else, as the writer's name closes a page (`Julia
 * Tchezganova`). A sentence cut short keeps a small word or a cut-off letter (`Mr Anies and`).
 */
function isWriterLine(bare: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}$/u.test(bare);
}

/** The next line continues what a colon opened: a list row, a bullet or a quote. */
function opensList(next: string): boolean {
  return isListRow(next) || /^(?:[-•*]|\d+[.)])\s|^["“‘']/u.test(next);
}

/**
 * A one-sentence body line right after an image is its caption. (Next to a credit line is no
 * sign: a trailing `Foto: Xinhua` line follows ordinary sentences too.)
 */
export function markCaptions(blocks: Block[]): void {
  const pieces = new Map<number, Block[]>();
  for (const block of blocks) pieces.set(block.paragraph, [...(pieces.get(block.paragraph) ?? []), block]);
  const whole = (paragraph: number) => {
    const parts = pieces.get(paragraph) ?? [];
    return parts.length === 1 ? parts[0] : null;
  };
  for (const block of blocks) {
    if (block.role !== "body" || whole(block.paragraph) !== block) continue;
    if (whole(block.paragraph - 1)?.role !== "image") continue;
    if (!/[.!?…]\s+\p{Lu}/u.test(block.text) && wordsUpTo(block.text, 40) <= 40) block.role = "caption";
  }
}
