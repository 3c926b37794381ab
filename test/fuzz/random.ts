// A seeded random source for the fuzz suite: the same seed gives the same corpus on every
// machine, so a failure found by `npm run fuzz --seed N` can be replayed.

/** A small, fast, seedable generator (mulberry32): numbers in [0, 1). */
export interface Random {
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  bytes(length: number): Uint8Array;
}

/**
 * @example seeded(1).int(0, 9) === seeded(1).int(0, 9) // true
 */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    bytes: (length) => Uint8Array.from({length}, () => int(0, 255)),
  };
}
