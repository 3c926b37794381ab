// Which words of a sentence to highlight, from the attribution, quote and hedge rows.
import type {AttributionRow, HedgeRow, QuoteRow} from "../analysis/types.js";
import {CATEGORY_LABELS} from "./palette.js";
import type {Mark} from "./highlight.js";

type Spanned = {start?: number; end?: number};

/** Rows of one table grouped by `article_id` and `sentence_index`, for quick lookup while rendering. */
export function bySentence<R extends {article_id: string; sentence_index: number}>(rows: R[]): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const row of rows) {
    const key = sentenceKey(row.article_id, row.sentence_index);
    map.get(key)?.push(row) ?? map.set(key, [row]);
  }
  return map;
}

export function sentenceKey(articleId: string, sentenceIndex: number): string {
  return `${articleId}\u0000${sentenceIndex}`;
}

/**
 * Marks for one sentence: each attribution's source (coloured by category) and cue, each quote,
 * each hedge or booster cue. Rows without a character span are skipped here (the page lists them).
 */
export function sentenceMarks(
  attributions: (AttributionRow & Spanned & {cue_start?: number; cue_end?: number})[],
  quotes: (QuoteRow & Spanned)[],
  hedges: (HedgeRow & Spanned)[],
): Mark[] {
  const marks: Mark[] = [];
  const spanned = (row: Spanned) => typeof row.start === "number" && typeof row.end === "number";
  for (const a of attributions) {
    const title = `source: ${a.source} (${CATEGORY_LABELS[a.category] ?? a.category}), cue “${a.cue}”`;
    if (spanned(a)) marks.push({start: a.start!, end: a.end!, className: `source cat-${a.category}`, title});
    if (typeof a.cue_start === "number" && typeof a.cue_end === "number") marks.push({start: a.cue_start, end: a.cue_end, className: "cue", title: `attribution cue “${a.cue}”`});
  }
  // Reported speech is the writer's words: marked for its speaker, but not set in italics like quoted words.
  for (const q of quotes) {
    if (!spanned(q)) continue;
    const indirect = q.form === "indirect";
    marks.push({start: q.start!, end: q.end!, className: indirect ? "reported" : "quote", title: `${indirect ? "reported speech" : "quote"}: ${q.speaker}${q.affiliation ? `, ${q.affiliation}` : ""}`});
  }
  for (const h of hedges) if (spanned(h)) marks.push({start: h.start!, end: h.end!, className: h.kind, title: `${h.kind}: “${h.cue}”`});
  return marks;
}
