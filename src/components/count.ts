// Counts in running text: "1 article", "5 articles", never "1 articles".

/**
 * A number with its noun, plural unless it is one; `plural` for nouns that do not take an s.
 * @example count(1, "article") // "1 article"
 * @example count(3, "body sentence") // "3 body sentences"
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
