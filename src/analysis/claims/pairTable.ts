// Bigram ids: a map from pairs of term numbers to feature ids, without a map object per word.

/**
 * An open-addressing hash table from pairs of non-negative ints to non-negative ints.
 * @example const t = new PairTable(); t.set(3, 7, 42); t.get(3, 7) // 42; t.get(7, 3) // -1
 */
export class PairTable {
  private xs = new Int32Array(1 << 16).fill(-1);
  private ys = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private count = 0;

  /** The value of a pair, or -1. */
  get(x: number, y: number): number {
    const mask = this.xs.length - 1;
    for (let slot = PairTable.hash(x, y) & mask; ; slot = (slot + 1) & mask) {
      if (this.xs[slot] === -1) return -1;
      if (this.xs[slot] === x && this.ys[slot] === y) return this.values[slot];
    }
  }

  set(x: number, y: number, value: number): number {
    if ((this.count + 1) * 4 > this.xs.length * 3) this.grow();
    const mask = this.xs.length - 1;
    let slot = PairTable.hash(x, y) & mask;
    while (this.xs[slot] !== -1 && !(this.xs[slot] === x && this.ys[slot] === y)) slot = (slot + 1) & mask;
    if (this.xs[slot] === -1) this.count++;
    this.xs[slot] = x;
    this.ys[slot] = y;
    this.values[slot] = value;
    return value;
  }

  private grow(): void {
    const {xs, ys, values} = this;
    this.xs = new Int32Array(xs.length * 2).fill(-1);
    this.ys = new Int32Array(xs.length * 2);
    this.values = new Int32Array(xs.length * 2);
    this.count = 0;
    for (let slot = 0; slot < xs.length; slot++) if (xs[slot] !== -1) this.set(xs[slot], ys[slot], values[slot]);
  }

  private static hash(x: number, y: number): number {
    return (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }
}
