// Sentence vectors: TF-IDF over word unigrams, word bigrams and stems, unit length. Unigrams
// carry the content, bigrams reward shared phrasing (wire copy), and stems (affixes stripped for
// Indonesian, then cut to five letters) let affixed and variant spellings meet
// (`menyerahkan`/`diserahkan`, `Sergei`/`Sergey`). Names are kept apart as well, because a
// different name in the same wording (Putin's letter, Xi's letter) is a different claim.
import {claimTerms, titledNames, type ClaimTerm, type TermVariants} from "./terms.js";
import {stemIndonesian} from "./stem.js";

/** A sparse unit vector: feature ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Titled names (`Presiden … Putin`) as pairs of term numbers: title, holder, title, holder, ... */
  titled: Int32Array;
  /** Term numbers of every word of the sentence, ascending (to ask whether it mentions a holder). */
  terms: Int32Array;
}

/** Vectors of the sentences compared with each other, and the IDF of every feature id. */
export interface VectorSpace {
  vectors: SparseVector[];
  idf: Float64Array;
}

export interface VectorOptions {
  variants: TermVariants;
  /** Words that are no evidence of what a claim states (function words, reporting verbs): no unigram or stem. */
  stopwords: readonly string[];
  /** Weight of a word bigram relative to a unigram. */
  bigramWeight: number;
  /** Weight of a stem relative to a unigram. */
  stemWeight: number;
  /** Weight of a name relative to other words. */
  nameWeight: number;
}

export const DEFAULT_VECTOR_OPTIONS: VectorOptions = {variants: {}, stopwords: [], bigramWeight: 0.5, stemWeight: 1.5, nameWeight: 1};

const STEM = 5;

const stopwordSets = new WeakMap<readonly string[], Set<string>>();
/** The stopword list as a set, built once per list. */
function stopwordSet(words: readonly string[]): Set<string> {
  let set = stopwordSets.get(words);
  if (!set) stopwordSets.set(words, (set = new Set(words)));
  return set;
}

/**
 * The terms that are names among a set of sentences: written with a capital more often than
 * without, counting only words that do not open a sentence. So `Menteri` (also `menteri`) is
 * not a name but `Shoigu` is, even where it opens a sentence.
 * @example nameTerms([claimTerms("Kim bertemu Shoigu"), claimTerms("Shoigu tiba")]) // Set {"shoigu"}
 */
export function nameTerms(sentences: readonly ClaimTerm[][]): Set<string> {
  const balance = new Map<string, number>();
  for (const terms of sentences) {
    for (const {term, capitalized, initial} of terms) {
      if (initial || /^\p{N}/u.test(term)) continue;
      balance.set(term, (balance.get(term) ?? 0) + (capitalized ? 1 : -1));
    }
  }
  const names = new Set<string>();
  for (const [term, score] of balance) if (score > 0) names.add(term);
  return names;
}

/**
 * Raw features of a sentence's terms as string keys with their weights before IDF (`w:` word,
 * `b:` bigram, `s:` stem). Repeated features add up.
 * @example textFeatures(claimTerms("Presiden Putin"), new Set(["putin"]), {...DEFAULT_VECTOR_OPTIONS, nameWeight: 2}).get("w:putin") // 2
 */
export function textFeatures(terms: readonly ClaimTerm[], names: ReadonlySet<string>, options: VectorOptions, language = ""): Map<string, number> {
  const stem = language === "id" ? stemIndonesian : (term: string) => term;
  const stopwords = stopwordSet(options.stopwords);
  const features = new Map<string, number>();
  const add = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
  for (let i = 0; i < terms.length; i++) {
    const {term} = terms[i];
    // Bigrams keep function words: "surat yang ditandatangani" is phrasing, the mark of copy.
    if (i > 0) add("b:" + terms[i - 1].term + " " + term, options.bigramWeight);
    if (stopwords.has(term)) continue;
    add("w:" + term, names.has(term) ? options.nameWeight : 1);
    const stemmed = stem(term);
    if (stemmed.length > STEM || stemmed !== term) add("s:" + stemmed.slice(0, STEM), options.stemWeight);
  }
  return features;
}

/**
 * TF-IDF vectors for sentences compared with each other (one event). Feature ids are numbered
 * by first appearance, so the same texts give the same vectors. IDF is the smoothed
 * `ln((n + 1) / (df + 1)) + 1`; each vector is scaled to unit length.
 * @example const {vectors: [a, b]} = tfidfVectors(["Kim bertemu Shoigu", "Kim bertemu Putin"]); cosine(a, b) // ≈ 0.4
 */
export function tfidfVectors(texts: readonly string[], options: VectorOptions = DEFAULT_VECTOR_OPTIONS, languages: readonly string[] = []): VectorSpace {
  const termLists = texts.map((text) => claimTerms(text, options.variants));
  const names = nameTerms(termLists);
  const ids = new Map<string, number>();
  const df: number[] = [];
  const termNumbers = new Map<string, number>();
  const termNumber = (term: string) => {
    let k = termNumbers.get(term);
    if (k === undefined) termNumbers.set(term, (k = termNumbers.size));
    return k;
  };
  const raw = termLists.map((terms, i) => {
    const pairs: Array<[number, number]> = [];
    for (const [key, weight] of textFeatures(terms, names, options, languages[i])) {
      let id = ids.get(key);
      if (id === undefined) {
        id = df.length;
        ids.set(key, id);
        df.push(0);
      }
      df[id]++;
      pairs.push([id, weight]);
    }
    const titled = titledNames(terms).flatMap(({title, holder}) => [termNumber(title), termNumber(holder)]);
    const words = [...new Set(terms.map((t) => termNumber(t.term)))].sort((a, b) => a - b);
    return {pairs, titled, words};
  });
  const n = texts.length;
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  const vectors = raw.map(({pairs, titled, words}) => {
    pairs.sort((a, b) => a[0] - b[0]);
    const vector: SparseVector = {ids: new Int32Array(pairs.length), weights: new Float64Array(pairs.length), titled: Int32Array.from(titled), terms: Int32Array.from(words)};
    let norm = 0;
    pairs.forEach(([id, weight], i) => {
      const w = weight * idf[id];
      vector.ids[i] = id;
      vector.weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < vector.weights.length; i++) vector.weights[i] /= norm;
    return vector;
  });
  return {vectors, idf};
}

/**
 * The cosine of two unit sparse vectors (their dot product), by merging the sorted ids.
 * @example cosine(v, v) // 1 for any non-empty unit vector v
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
