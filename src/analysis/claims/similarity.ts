// Claim similarity: the cosine of two sentence vectors, discounted when the two name different
// holders of the same title (Putin's letter and Xi's letter are worded alike).
import {cosine, type SparseVector} from "./vectors.js";

/** Whether a sentence's words include a term (a sentence is short: a scan is enough). */
function mentions(terms: Int32Array, term: number): boolean {
  return terms.includes(term);
}

/**
 * Whether two sentences name different holders of one title: both say `Presiden …`, but
 * neither mentions a holder the other gives it (`Presiden Rusia Vladimir Putin`,
 * `Presiden China Xi Jinping`). A sentence that names both is no conflict.
 * @example nameConflict(vectorOf("surat Presiden Rusia Vladimir Putin"), vectorOf("surat Presiden China Xi Jinping")) // true
 */
export function nameConflict(a: Pick<SparseVector, "titled" | "terms">, b: Pick<SparseVector, "titled" | "terms">): boolean {
  for (let i = 0; i < a.titled.length; i += 2) {
    const title = a.titled[i];
    let shared = false;
    let agree = mentions(b.terms, a.titled[i + 1]);
    for (let j = 0; j < b.titled.length; j += 2) {
      if (b.titled[j] !== title) continue;
      shared = true;
      if (mentions(a.terms, b.titled[j + 1])) agree = true;
    }
    if (shared && !agree) return true;
  }
  return false;
}

/**
 * Similarity of two claim sentences, 0..1: their cosine, times `1 − namePenalty` when they name
 * different holders of one title.
 * @example claimSimilarity(a, b, 0.75) // cosine(a, b) when no title has two holders, a quarter of it when one has
 */
export function claimSimilarity(a: SparseVector, b: SparseVector, namePenalty: number): number {
  return penalized(a, b, cosine(a, b), namePenalty);
}

/**
 * A cosine already computed, with the title-holder penalty applied.
 * @example penalized(a, b, 0.8, 0.75) // 0.2 when a and b name different holders of one title
 */
export function penalized(a: SparseVector, b: SparseVector, cosineAB: number, namePenalty: number): number {
  if (cosineAB === 0 || namePenalty === 0) return cosineAB;
  return nameConflict(a, b) ? cosineAB * (1 - namePenalty) : cosineAB;
}
