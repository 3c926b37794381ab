import {probit} from "simple-statistics";

/** A proportion with its Wilson score interval. */
export interface Proportion {
  /** successes / trials, or null when there are no trials. */
  value: number | null;
  low: number | null;
  high: number | null;
  successes: number;
  trials: number;
}

/**
 * The Wilson score interval for `successes` out of `trials`: honest at small n, where the normal
 * approximation gives intervals outside [0, 1]. Confidence defaults to 95%.
 *
 * @example wilson(3, 10) // {value: 0.3, low: 0.108, high: 0.603, successes: 3, trials: 10}
 */
export function wilson(successes: number, trials: number, confidence = 0.95): Proportion {
  if (trials <= 0) return {value: null, low: null, high: null, successes, trials};
  if (successes < 0 || successes > trials) throw new RangeError(`wilson: ${successes} successes out of ${trials} trials`);
  const z = probit(1 - (1 - confidence) / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  return {value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), successes, trials};
}
