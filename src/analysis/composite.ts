// An optional composite index of sourcing quality per outlet: a weighted mean of metric columns
// put on a common 0–1 scale. It is a summary for exploring, not a verdict: the weights are the
// reader's, and `rankingStability` says how much the ranking depends on them.
import {mulberry32} from "./stats/random.js";

export interface CompositeComponent {
  /** The outlets-table column. */
  column: string;
  label: string;
  /** +1: more is better sourcing; -1: less is better. */
  direction: 1 | -1;
  /** `proportion`: already on 0–1, used as is; `relative`: divided by the largest outlet's value. */
  scale: "proportion" | "relative";
  weight: number;
}

export interface CompositePart {
  column: string;
  /** The column's value, or null when the outlet has none (e.g. no attributed sentences). */
  value: number | null;
  /** On 0–1, oriented so that 1 is better. */
  normalized: number | null;
  /** weight × normalized / Σ weights of the parts the outlet has. */
  contribution: number;
}

export interface CompositeScore {
  outlet: string;
  /** Weighted mean of the normalized parts; null when the outlet has none of them. */
  score: number | null;
  rank: number | null;
  parts: CompositePart[];
}

type OutletLike = {outlet: string; [column: string]: unknown};

/**
 * Composite score per outlet: Σ wᵢ·nᵢ / Σ wᵢ over the components the outlet has a value for, where
 * nᵢ is the component on 0–1 (flipped when less is better). Ranked best first; ties share a rank.
 * @example compositeScores(outlets, [{column: "independent_share", label: "Independent", direction: 1, scale: "proportion", weight: 1}])
 */
export function compositeScores(outlets: OutletLike[], components: CompositeComponent[]): CompositeScore[] {
  const maxima = new Map(components.map((c) => [c.column, Math.max(0, ...outlets.map((o) => numberOr(o[c.column], 0)))]));
  const scores = outlets.map((outlet) => {
    const raw = components.map((c) => {
      const value = numberOr(outlet[c.column], null);
      if (value === null) return {c, value, normalized: null};
      const max = maxima.get(c.column)!;
      const onScale = c.scale === "proportion" ? clamp01(value) : max > 0 ? value / max : 0;
      return {c, value, normalized: c.direction === 1 ? onScale : 1 - onScale};
    });
    const weightSum = raw.reduce((sum, r) => sum + (r.normalized === null ? 0 : Math.max(0, r.c.weight)), 0);
    const parts = raw.map(({c, value, normalized}) => ({
      column: c.column,
      value,
      normalized,
      contribution: normalized === null || weightSum === 0 ? 0 : (Math.max(0, c.weight) * normalized) / weightSum,
    }));
    const score = weightSum === 0 ? null : parts.reduce((sum, p) => sum + p.contribution, 0);
    return {outlet: outlet.outlet, score, rank: null as number | null, parts};
  });
  const ranked = scores.filter((s) => s.score !== null).sort((a, b) => b.score! - a.score! || (a.outlet < b.outlet ? -1 : 1));
  ranked.forEach((s, i) => (s.rank = i > 0 && Math.abs(ranked[i - 1].score! - s.score!) < 1e-12 ? ranked[i - 1].rank : i + 1));
  return [...ranked, ...scores.filter((s) => s.score === null)];
}

export interface RankingStability {
  samples: number;
  /** How far each weight was moved: multiplied by a factor drawn uniformly from [1 − spread, 1 + spread]. */
  spread: number;
  /** Mean Kendall rank correlation between the ranking at the chosen weights and each perturbed one (1 = identical). */
  meanKendallTau: number;
  /** Per outlet: the share of perturbed rankings in which it came first, and its best and worst rank. */
  outlets: {outlet: string; topShare: number; bestRank: number; worstRank: number}[];
}

/**
 * How stable the composite ranking is when every weight moves by up to ±spread: rerank under
 * `samples` random weightings (seeded, so the page shows the same figure every time).
 * @example rankingStability(outlets, components, {samples: 400, spread: 0.5}).meanKendallTau // 0.93
 */
export function rankingStability(
  outlets: OutletLike[],
  components: CompositeComponent[],
  {samples = 400, spread = 0.5, seed = 20230726}: {samples?: number; spread?: number; seed?: number} = {},
): RankingStability {
  const baseline = order(compositeScores(outlets, components));
  const random = mulberry32(seed);
  const tally = new Map(baseline.map((o) => [o, {top: 0, best: Infinity, worst: 0}]));
  let tauSum = 0;
  for (let i = 0; i < samples; i++) {
    const perturbed = components.map((c) => ({...c, weight: c.weight * (1 + spread * (2 * random() - 1))}));
    const ranking = order(compositeScores(outlets, perturbed));
    tauSum += kendallTau(baseline, ranking);
    ranking.forEach((outlet, rank) => {
      const t = tally.get(outlet)!;
      if (rank === 0) t.top++;
      t.best = Math.min(t.best, rank + 1);
      t.worst = Math.max(t.worst, rank + 1);
    });
  }
  return {
    samples,
    spread,
    meanKendallTau: samples === 0 ? 1 : tauSum / samples,
    outlets: baseline.map((outlet) => {
      const t = tally.get(outlet)!;
      return {outlet, topShare: samples === 0 ? 0 : t.top / samples, bestRank: Number.isFinite(t.best) ? t.best : 1, worstRank: t.worst || 1};
    }),
  };
}

/** Outlets with a score, best first. */
function order(scores: CompositeScore[]): string[] {
  return scores.filter((s) => s.score !== null).map((s) => s.outlet);
}

/**
 * Kendall's τ-a between two orderings of the same items: (concordant − discordant) / pairs.
 * @example kendallTau(["a", "b", "c"], ["a", "c", "b"]) // 0.333...
 */
export function kendallTau(a: string[], b: string[]): number {
  const position = new Map(b.map((item, i) => [item, i]));
  const items = a.filter((item) => position.has(item));
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (position.get(items[i])! < position.get(items[j])!) concordant++;
      else discordant++;
    }
  }
  const pairs = concordant + discordant;
  return pairs === 0 ? 1 : (concordant - discordant) / pairs;
}

function numberOr<T>(value: unknown, fallback: T): number | T {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
