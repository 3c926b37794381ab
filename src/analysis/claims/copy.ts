// Shared copy: two sentences that run word for word, not merely say the same thing. Word order
// is what tells a reprint (or a light edit of one) from an independent report of the same fact,
// so copy is measured on word trigrams, not on the bag of words that claim similarity uses.
import {tokenize} from "../text/words.js";

const N = 3;

/**
 * The word trigrams of a text, lower case.
 * @example wordTrigrams("Kim met Shoigu today") // Set {"kim met shoigu", "met shoigu today"}
 */
export function wordTrigrams(text: string): Set<string> {
  const words = tokenize(text).map((t) => t.text.toLowerCase());
  const grams = new Set<string>();
  for (let i = 0; i + N <= words.length; i++) grams.add(words.slice(i, i + N).join(" "));
  return grams;
}

/**
 * How much of the shorter sentence runs word for word in the other, 0..1: shared word trigrams
 * over the trigrams of the sentence with fewer (containment, so a trimmed reprint still counts).
 * Sentences under three words have no trigrams and score 0 unless identical.
 * @example copySimilarity("The river burst its banks on Monday.", "On Monday the river burst its banks, flooding homes.") // 0.6
 */
export function copySimilarity(a: string, b: string): number {
  const x = wordTrigrams(a);
  const y = wordTrigrams(b);
  if (x.size === 0 || y.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / small.size;
}
