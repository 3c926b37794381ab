// What one article may cost (issue 14, item 2). Two limits, both documented in
// docs/data-contract.md (problems) and docs/cleaning.md:
// - a sentence longer than MAX_SENTENCE_CHARS is cut to it, so no per-sentence rule (cue finder,
//   noun-phrase search, hedge scope) ever sees more text than that, whatever the file holds;
// - an article whose reading, cleaning and segmentation take longer than ARTICLE_BUDGET_MS is set
//   aside. The clock is checked between those stages (a soft budget), not by interrupting one: the
//   stages are pure synchronous functions, and killing a worker mid-stage would make the run's
//   output depend on scheduling. Rules are kept linear instead (`npm run bench -- hostile`).

/** Longest sentence analysed, in characters. The longest real one in the corpora is 312. */
export const MAX_SENTENCE_CHARS = 2_000;

/** Soft time budget for one article's read, clean and segment stages (ms). Ordinary articles take
 * a few ms; 1 MB of adversarial text takes under 0.5 s (docs/performance.md). */
export const ARTICLE_BUDGET_MS = 10_000;

/** The limits analyzeCorpus applies; tests pass a fake clock or a tiny budget. */
export interface Limits {
  maxSentenceChars: number;
  budgetMs: number;
  /** Milliseconds from any fixed point: only differences are used. */
  clock: () => number;
}

export const DEFAULT_LIMITS: Limits = {maxSentenceChars: MAX_SENTENCE_CHARS, budgetMs: ARTICLE_BUDGET_MS, clock: () => Date.now()};
