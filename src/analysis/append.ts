// `target.push(...items)` passes every item as an argument: past about 120,000 (one 4 MB article
// of short sentences) it throws "Maximum call stack size exceeded" (found by the fuzz suite).

/**
 * Add `items` to the end of `target`, in order, however many there are; returns `target`.
 * @example append([1], [2, 3]) // [1, 2, 3]
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
