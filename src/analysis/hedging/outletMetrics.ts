// Per-outlet hedging columns. Works on any subset of the tables (the pages filter by event and
// recompute in the browser): every count comes from the rows passed in, never from totals.
import type {AnalysisTables, OutletMetrics} from "../outlets.js";
import {wilson, type Proportion} from "../stats/wilson.js";
import {poissonRate} from "./rateInterval.js";
import {newcombeDifference} from "./proportionDifference.js";

/** Sentence key for joins between tables. */
const key = (articleId: string, sentenceIndex: number) => `${articleId}\u0000${sentenceIndex}`;

/**
 * Hedging metrics per outlet, as flat CSV-friendly columns:
 * - `hedges_per_1000_words` (+ `_low`/`_high`, exact Poisson 95%) from `hedge_count` over `words_scanned`;
 * - `boosters_per_1000_words` (+ `_low`/`_high`) from `booster_count`;
 * - `hedged_sentence_share` (+ `_low`/`_high`, Wilson 95%): `hedged_sentences` / `sentences_scanned`;
 * - `hedged_share_state_media` (+ `_low`/`_high`): hedged share of sentences with a counted
 *   `state_media` attribution (not a meta mention, `counts: false`) (`state_media_hedged_sentences` / `state_media_sentences`), and
 *   `hedged_share_elsewhere` (+ `_low`/`_high`, from `elsewhere_hedged_sentences` / `elsewhere_sentences`);
 * - `state_media_hedging_gap` (+ `_low`/`_high`, Newcombe 95%): state-media share minus elsewhere.
 * A share without sentences to count is null (an empty CSV cell), not 0.
 *
 * @example hedgingMetrics(tables).get("Republika") // the seed corpus
 * // {words_scanned: 358, sentences_scanned: 21, hedge_count: 1, booster_count: 0,
 * //  hedges_per_1000_words: 2.79, hedges_per_1000_words_low: 0.07, hedges_per_1000_words_high: 15.56, ...}
 */
export function hedgingMetrics(tables: Pick<AnalysisTables, "articles" | "sentences" | "attributions" | "hedges">): OutletMetrics {
  const outletOf = new Map(tables.articles.map((a) => [a.id, a.outlet]));
  // A meta mention (`KCNA tidak merinci ...`, counts: false) names state media but attributes nothing to it.
  const stateMedia = new Set(tables.attributions.filter((a) => a.category === "state_media" && a.counts !== false).map((a) => key(a.article_id, a.sentence_index)));
  const hedged = new Set(tables.hedges.filter((h) => h.kind === "hedge").map((h) => key(h.article_id, h.sentence_index)));
  const known = new Set(tables.sentences.map((s) => key(s.article_id, s.index)));

  const tally = new Map<string, Tally>();
  const tallyOf = (outlet: string) => {
    let t = tally.get(outlet);
    if (!t) tally.set(outlet, (t = emptyTally()));
    return t;
  };
  for (const sentence of tables.sentences) {
    const outlet = outletOf.get(sentence.article_id);
    if (outlet === undefined) continue;
    const t = tallyOf(outlet);
    const k = key(sentence.article_id, sentence.index);
    const isHedged = hedged.has(k);
    t.words += sentence.words;
    t.sentences += 1;
    if (isHedged) t.hedgedSentences += 1;
    if (stateMedia.has(k)) {
      t.stateMedia += 1;
      if (isHedged) t.stateMediaHedged += 1;
    } else {
      t.elsewhere += 1;
      if (isHedged) t.elsewhereHedged += 1;
    }
  }
  for (const hedge of tables.hedges) {
    const outlet = outletOf.get(hedge.article_id);
    // A cue in a sentence outside the subset (filtered away) must not count.
    if (outlet === undefined || !known.has(key(hedge.article_id, hedge.sentence_index))) continue;
    const t = tallyOf(outlet);
    if (hedge.kind === "hedge") t.hedges += 1;
    else t.boosters += 1;
  }

  const metrics: OutletMetrics = new Map();
  for (const [outlet, t] of [...tally].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const hedgeRate = poissonRate(t.hedges, t.words, 1000);
    const boosterRate = poissonRate(t.boosters, t.words, 1000);
    const share = wilson(t.hedgedSentences, t.sentences);
    const inStateMedia = wilson(t.stateMediaHedged, t.stateMedia);
    const elsewhere = wilson(t.elsewhereHedged, t.elsewhere);
    const gap = newcombeDifference(inStateMedia, elsewhere);
    metrics.set(outlet, {
      words_scanned: t.words,
      sentences_scanned: t.sentences,
      hedge_count: t.hedges,
      booster_count: t.boosters,
      ...columns("hedges_per_1000_words", hedgeRate),
      ...columns("boosters_per_1000_words", boosterRate),
      hedged_sentences: t.hedgedSentences,
      ...columns("hedged_sentence_share", share),
      state_media_sentences: t.stateMedia,
      state_media_hedged_sentences: t.stateMediaHedged,
      ...columns("hedged_share_state_media", inStateMedia),
      elsewhere_sentences: t.elsewhere,
      elsewhere_hedged_sentences: t.elsewhereHedged,
      ...columns("hedged_share_elsewhere", elsewhere),
      ...columns("state_media_hedging_gap", gap),
    });
  }
  return metrics;
}

interface Tally {
  words: number;
  sentences: number;
  hedges: number;
  boosters: number;
  hedgedSentences: number;
  stateMedia: number;
  stateMediaHedged: number;
  elsewhere: number;
  elsewhereHedged: number;
}

function emptyTally(): Tally {
  return {words: 0, sentences: 0, hedges: 0, boosters: 0, hedgedSentences: 0, stateMedia: 0, stateMediaHedged: 0, elsewhere: 0, elsewhereHedged: 0};
}

/** `name`, `name_low`, `name_high` from an estimate with an interval. */
function columns(name: string, estimate: Pick<Proportion, "value" | "low" | "high">): Record<string, number | null> {
  return {[name]: estimate.value, [`${name}_low`]: estimate.low, [`${name}_high`]: estimate.high};
}
