// Per-outlet claim overlap: how much of what an outlet reports other outlets also report, and
// how much of that agreement comes from independent origins rather than one reprinted wire story.
import type {AnalysisTables, OutletMetrics} from "../outlets.js";
import {wilson} from "../stats/wilson.js";
import {claimPresence} from "./presence.js";

export interface OverlapOptions {
  /** A claim is in the consensus core when at least this many outlets report it. */
  consensusOutlets: number;
}

export const DEFAULT_OVERLAP_OPTIONS: OverlapOptions = {consensusOutlets: 3};

interface Counts {
  claims: number;
  corroborated: number;
  independent: number;
  exclusive: number;
  consensus: number;
  sentences: number;
  copySentences: number;
}

/**
 * Overlap columns per outlet, over the claims of the given articles (any subset works):
 * - `claims`: claims the outlet reports; `exclusive_claims`: reported by no other outlet.
 * - `corroboration_rate` (+ `_low`, `_high`, Wilson 95%): share of its claims reported by at least one other outlet (`corroborated_claims`).
 * - `independent_corroboration_rate` (+ interval): share of its claims with at least two independent origins (`independently_corroborated_claims`): outlets reprinting one copy count once.
 * - `consensus_rate` (+ interval): share of its claims in the consensus core, reported by at least `consensus_outlets` outlets (`consensus_claims`).
 * - `shared_copy_rate` (+ interval): share of its claim sentences that are shared copy with another outlet (`shared_copy_sentences` of `claim_sentences`).
 * @example overlapMetrics(tables).get("Republika")?.corroboration_rate // e.g. 0.52
 */
export function overlapMetrics(tables: AnalysisTables, options: OverlapOptions = DEFAULT_OVERLAP_OPTIONS): OutletMetrics {
  const counts = new Map<string, Counts>();
  const countsOf = (outlet: string) => {
    let c = counts.get(outlet);
    if (!c) counts.set(outlet, (c = {claims: 0, corroborated: 0, independent: 0, exclusive: 0, consensus: 0, sentences: 0, copySentences: 0}));
    return c;
  };
  for (const article of tables.articles) countsOf(article.outlet);
  for (const {claim, sentences, outlets, origins} of claimPresence(tables.claims, tables.articles)) {
    const copied = copySentences(claim.copy_pairs, claim.sentences, new Set(sentences));
    for (const outlet of outlets) {
      const c = countsOf(outlet);
      c.claims++;
      if (outlets.size >= 2) c.corroborated++;
      else c.exclusive++;
      if (origins >= 2) c.independent++;
      if (outlets.size >= options.consensusOutlets) c.consensus++;
    }
    sentences.forEach((s) => {
      const c = countsOf(s.outlet);
      c.sentences++;
      if (copied.has(s)) c.copySentences++;
    });
  }
  const metrics: OutletMetrics = new Map();
  for (const [outlet, c] of counts) {
    metrics.set(outlet, {
      claims: c.claims,
      exclusive_claims: c.exclusive,
      corroborated_claims: c.corroborated,
      ...proportion("corroboration_rate", c.corroborated, c.claims),
      independently_corroborated_claims: c.independent,
      ...proportion("independent_corroboration_rate", c.independent, c.claims),
      consensus_outlets: options.consensusOutlets,
      consensus_claims: c.consensus,
      ...proportion("consensus_rate", c.consensus, c.claims),
      claim_sentences: c.sentences,
      shared_copy_sentences: c.copySentences,
      ...proportion("shared_copy_rate", c.copySentences, c.sentences),
    });
  }
  return metrics;
}

/** The sentences of a claim in a shared-copy pair whose both ends are present. */
function copySentences<T>(pairs: ReadonlyArray<readonly [number, number]>, sentences: readonly T[], present: ReadonlySet<T>): Set<T> {
  const copied = new Set<T>();
  for (const [a, b] of pairs) {
    if (!present.has(sentences[a]) || !present.has(sentences[b])) continue;
    copied.add(sentences[a]);
    copied.add(sentences[b]);
  }
  return copied;
}

/** Three flat columns: the proportion and its Wilson 95% bounds (null when there are no trials). */
function proportion(name: string, successes: number, trials: number): Record<string, number | null> {
  const p = wilson(successes, trials);
  return {[name]: p.value, [`${name}_low`]: p.low, [`${name}_high`]: p.high};
}
