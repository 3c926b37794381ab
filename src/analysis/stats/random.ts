/**
 * A small seeded PRNG (mulberry32) giving floats in [0, 1): the same seed gives the same sequence
 * in Node and in browsers, so sampled figures and synthetic corpora are reproducible.
 * @example const random = mulberry32(7); random() // 0.0753...
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
