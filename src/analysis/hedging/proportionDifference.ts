// The gap between two hedged shares (inside state-media sentences minus elsewhere) needs its own
// interval: two overlapping Wilson intervals do not say whether the gap is real.
import type {Proportion} from "../stats/wilson.js";

/** A difference of two proportions with its interval. */
export interface Difference {
  /** p1 − p2, or null when either proportion has no trials. */
  value: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Newcombe's hybrid score interval (1998, method 10) for p1 − p2, built from each proportion's
 * Wilson interval: well behaved at small n and at 0 or 1, unlike the Wald interval.
 *
 * @example newcombeDifference(wilson(5, 10), wilson(1, 10)) // {value: 0.4, low: -0.0018, high: 0.6756}
 */
export function newcombeDifference(a: Proportion, b: Proportion): Difference {
  if (a.value === null || b.value === null || a.low === null || a.high === null || b.low === null || b.high === null) return {value: null, low: null, high: null};
  const d = a.value - b.value;
  const low = d - Math.sqrt((a.value - a.low) ** 2 + (b.high - b.value) ** 2);
  const high = d + Math.sqrt((a.high - a.value) ** 2 + (b.value - b.low) ** 2);
  return {value: d, low: Math.max(-1, low), high: Math.min(1, high)};
}
