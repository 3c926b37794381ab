// Rates of rare events (cues per 1,000 words) get a Poisson interval: counts per outlet are small,
// and a normal interval would dip below zero or be far too narrow.
import {gammaln} from "simple-statistics";

/** A rate per `per` units of exposure with its confidence interval. */
export interface Rate {
  /** count / exposure × per, or null without exposure. */
  value: number | null;
  low: number | null;
  high: number | null;
  count: number;
  exposure: number;
}

/**
 * A Poisson rate with the exact (Garwood 1936) interval, found by bisection on the Poisson
 * distribution function, so it stays honest at counts of 0, 1 or 2. Confidence defaults to 95%.
 *
 * @example poissonRate(3, 600, 1000) // {value: 5, low: 1.031, high: 14.61, count: 3, exposure: 600}
 * @example poissonRate(0, 500, 1000) // {value: 0, low: 0, high: 7.378, ...}: none seen is not proof of none
 */
export function poissonRate(count: number, exposure: number, per = 1, confidence = 0.95): Rate {
  if (exposure <= 0) return {value: null, low: null, high: null, count, exposure};
  if (count < 0 || !Number.isInteger(count)) throw new RangeError(`poissonRate: count must be a whole number >= 0, got ${count}`);
  const tail = (1 - confidence) / 2;
  const scale = per / exposure;
  // Lower limit: the mean under which seeing `count` or more has probability `tail`.
  const low = count === 0 ? 0 : solveMean((mean) => 1 - poissonCdf(count - 1, mean), tail, count, true);
  // Upper limit: the mean under which seeing `count` or fewer has probability `tail`.
  const high = solveMean((mean) => poissonCdf(count, mean), tail, count, false);
  return {value: count * scale, low: low * scale, high: high * scale, count, exposure};
}

/** P(X <= k) for X ~ Poisson(mean), summed in log space so large counts do not overflow. */
function poissonCdf(k: number, mean: number): number {
  if (mean === 0) return 1;
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(i * Math.log(mean) - mean - gammaln(i + 1));
  return Math.min(1, sum);
}

/**
 * The mean where `f(mean) = target`, by bisection. `f` rises with the mean for the lower limit
 * (`increasing`), falls for the upper one.
 */
function solveMean(f: (mean: number) => number, target: number, count: number, increasing: boolean): number {
  let lo = 0;
  let hi = Math.max(10, count * 3 + 10 * Math.sqrt(count + 1));
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    const above = f(mid) > target;
    if (above === increasing) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}
