// Sentence vectors: TF-IDF over word unigrams, word bigrams and stems, unit length. Unigrams
// carry the content, bigrams reward shared phrasing (wire copy), and stems (affixes stripped for
// Indonesian, then cut to five letters) let affixed and variant spellings meet
// (`menyerahkan`/`diserahkan`, `Sergei`/`Sergey`). Names are kept apart as well, because a
// different name in the same wording (Putin's letter, Xi's letter) is a different claim.
import {claimTerms, type TermVariants} from "./terms.js";
import {stemIndonesian} from "./stem.js";
import {scanWords, WordTable} from "./scan.js";
import {PairTable} from "./pairTable.js";

/**
 * A sentence's TF-IDF vector scaled to unit length, keeping only features shared with another
 * sentence (the rest can match nothing), so its own norm may be below 1. Feature ids ascending.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Titled names (`Presiden … Putin`) as pairs of term numbers: title, holder, title, holder, ... */
  titled: Int32Array;
  /** Term numbers of every word of the sentence, in reading order (to ask whether it mentions a holder). */
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
 * TF-IDF vectors for sentences compared with each other (one event). Features: the word (`w`,
 * weight 1, or `nameWeight` for a name), its stem (`s`, `stemWeight`: Indonesian affixes
 * stripped when the language is `id`, then cut to five letters) and the bigram with the word
 * before (`b`, `bigramWeight`, stopwords included: "surat yang ditandatangani" is phrasing, the
 * mark of copy). Stopwords give no word or stem. Feature ids are numbered by first appearance,
 * so the same texts give the same vectors. IDF is the smoothed `ln((n + 1) / (df + 1)) + 1`;
 * each vector is scaled to unit length, then loses its features found in no other sentence. Built for 100,000 sentences in a few seconds: terms are
 * numbered once, and per-sentence work uses typed arrays rather than maps.
 * @example const {vectors: [a, b]} = tfidfVectors(["Kim bertemu Shoigu", "Kim bertemu Putin"]); cosine(a, b) // ≈ 0.4
 */
export function tfidfVectors(texts: readonly string[], options: VectorOptions = DEFAULT_VECTOR_OPTIONS, languages: readonly string[] = []): VectorSpace {
  const corpus = numberTerms(texts, options.variants);
  const names = nameNumbers(corpus);
  const stopwords = stopwordSet(options.stopwords);
  // Document frequency per feature id, in a growable typed array (millions of features at 100k sentences).
  let df = new Int32Array(1 << 16);
  let featureCount = 0;
  const newFeature = () => {
    if (featureCount === df.length) df = grow(df);
    return featureCount++;
  };
  const featureOf = new Map<string, number>();
  const keyed = (key: string) => featureOf.get(key) ?? (featureOf.set(key, newFeature()), featureOf.get(key)!);
  // Word and stem feature per term number, per stemming regime (Indonesian or not); -2: not yet known.
  const wordFeature = new Int32Array(corpus.text.length).fill(-2);
  const stemFeature = [new Int32Array(corpus.text.length).fill(-2), new Int32Array(corpus.text.length).fill(-2)];
  const features = (term: number, indonesian: number): void => {
    if (wordFeature[term] === -2) wordFeature[term] = stopwords.has(corpus.text[term]) ? -1 : keyed("w:" + corpus.text[term]);
    if (stemFeature[indonesian][term] !== -2) return;
    const text = corpus.text[term];
    const stemmed = indonesian ? stemIndonesian(text) : text;
    stemFeature[indonesian][term] = wordFeature[term] >= 0 && (stemmed.length > STEM || stemmed !== text) ? keyed("s:" + stemmed.slice(0, STEM)) : -1;
  };
  const bigrams = new PairTable();
  const bigramFeature = (x: number, y: number) => {
    const id = bigrams.get(x, y);
    return id >= 0 ? id : bigrams.set(x, y, newFeature());
  };
  // Float32 is exact for these sums of a few small weights, and half the size.
  let accumulator = new Float32Array(1024);
  const touched: number[] = [];
  const add = (id: number, weight: number) => {
    if (weight === 0) return; // a zero-weight feature is no feature (and must not be listed twice)
    if (id >= accumulator.length) {
      const grown = new Float32Array(Math.max(id + 1, accumulator.length * 2));
      grown.set(accumulator);
      accumulator = grown;
    }
    if (accumulator[id] === 0) touched.push(id);
    accumulator[id] += weight;
  };
  const raw: Array<{ids: Int32Array; weights: Float64Array; titled: Int32Array; terms: Int32Array}> = [];
  for (let i = 0; i < texts.length; i++) {
    const indonesian = languages[i] === "id" ? 1 : 0;
    const start = corpus.offsets[i];
    const end = corpus.offsets[i + 1];
    for (let k = start; k < end; k++) {
      const term = corpus.terms[k];
      features(term, indonesian);
      if (k > start) add(bigramFeature(corpus.terms[k - 1], term), options.bigramWeight);
      if (wordFeature[term] >= 0) add(wordFeature[term], names[term] ? options.nameWeight : 1);
      if (stemFeature[indonesian][term] >= 0) add(stemFeature[indonesian][term], options.stemWeight);
    }
    const ids = Int32Array.from(touched).sort();
    const weights = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      weights[k] = accumulator[ids[k]];
      accumulator[ids[k]] = 0;
      df[ids[k]]++;
    }
    touched.length = 0;
    // A view, not a copy: the holder check reads a handful of sentences' words, rarely.
    raw.push({ids, weights, titled: titledRuns(corpus, start, end), terms: corpus.terms.subarray(start, end)});
  }
  const n = texts.length;
  const idfOf = (id: number) => Math.log((n + 1) / (df[id] + 1)) + 1;
  // A feature of one sentence only counts in that sentence's norm but can match nothing: it is
  // dropped after normalising, and the shared features renumbered in order (ids stay sorted).
  // Cosines are unchanged; vectors and every array indexed by feature shrink by about half.
  const shared = new Int32Array(featureCount);
  let sharedCount = 0;
  for (let id = 0; id < featureCount; id++) shared[id] = df[id] > 1 ? sharedCount++ : -1;
  const idf = new Float64Array(sharedCount);
  for (let id = 0; id < featureCount; id++) if (shared[id] >= 0) idf[shared[id]] = idfOf(id);
  const vectors = raw.map((v) => {
    let norm = 0;
    let kept = 0;
    for (let k = 0; k < v.ids.length; k++) {
      v.weights[k] *= df[v.ids[k]] > 1 ? idf[shared[v.ids[k]]] : idfOf(v.ids[k]);
      norm += v.weights[k] * v.weights[k];
      if (shared[v.ids[k]] >= 0) kept++;
    }
    norm = Math.sqrt(norm);
    // Compacted in place (no second copy at the peak of memory use).
    for (let k = 0, m = 0; k < v.ids.length; k++) {
      if (shared[v.ids[k]] < 0) continue;
      v.ids[m] = shared[v.ids[k]];
      v.weights[m++] = v.weights[k] / norm;
    }
    return {ids: v.ids.subarray(0, kept), weights: v.weights.subarray(0, kept), titled: v.titled, terms: v.terms};
  });
  return {vectors, idf};
}

/** The terms of many sentences as numbers in one buffer: sentence i is `terms[offsets[i]..offsets[i + 1])`. */
interface NumberedTerms {
  terms: Int32Array;
  /** Bit 1: written with a capital; bit 2: first word of its sentence. */
  flags: Uint8Array;
  offsets: Int32Array;
  /** The text of each term number. */
  text: string[];
}

function numberTerms(texts: readonly string[], variants: TermVariants): NumberedTerms {
  // Each distinct written word is split and normalised once (`claimTerms` does the same, word by
  // word) and remembered as a slice of one flat list: no object, and no substring, per word.
  const table = new WordTable();
  const entryStart: number[] = [0];
  const entryCapital: number[] = [];
  const entryTerms: number[] = [];
  const numberOf = new Map<string, number>();
  const text: string[] = [];
  let terms = new Int32Array(1 << 16);
  let flags = new Uint8Array(1 << 16);
  let size = 0;
  const offsets = new Int32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) {
    const sentence = texts[i];
    const first = size;
    offsets[i] = size;
    scanWords(sentence, (start, end) => {
      const hash = WordTable.hash(sentence, start, end);
      let entry = table.find(sentence, start, end, hash);
      if (entry === -1) {
        const word = sentence.slice(start, end);
        const parts = claimTerms(word, variants);
        for (const {term} of parts) {
          let number = numberOf.get(term);
          if (number === undefined) {
            numberOf.set(term, (number = text.length));
            text.push(term);
          }
          entryTerms.push(number);
        }
        entry = table.add(word, hash);
        entryCapital.push(parts[0]?.capitalized ? 1 : 0);
        entryStart.push(entryTerms.length);
      }
      for (let k = entryStart[entry]; k < entryStart[entry + 1]; k++) {
        if (size === terms.length) {
          terms = grow(terms);
          flags = grow(flags);
        }
        terms[size] = entryTerms[k];
        flags[size] = entryCapital[entry] | (size === first ? 2 : 0);
        size++;
      }
    });
  }
  offsets[texts.length] = size;
  return {terms: terms.slice(0, size), flags: flags.slice(0, size), offsets, text};
}

function grow<T extends Int32Array | Uint8Array | Float32Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Term numbers that are names, as a flag per term number: written with a capital more often than
 * without, counting only words that do not open a sentence. So `Menteri` (also `menteri`) is not
 * a name but `Shoigu` is, even where it opens a sentence.
 */
function nameNumbers(corpus: NumberedTerms): Uint8Array {
  const balance = new Int32Array(corpus.text.length);
  const numeric = Uint8Array.from(corpus.text, (t) => (/^\p{N}/u.test(t) ? 1 : 0));
  for (let k = 0; k < corpus.terms.length; k++) {
    const term = corpus.terms[k];
    if (corpus.flags[k] & 2 || numeric[term]) continue;
    balance[term] += corpus.flags[k] & 1 ? 1 : -1;
  }
  return Uint8Array.from(balance, (b) => (b > 0 ? 1 : 0));
}

const NO_TITLES = new Int32Array(0);

/** Titled names (see `titledNames`) of one sentence as term-number pairs: title, holder, ... */
function titledRuns(corpus: NumberedTerms, start: number, end: number): Int32Array {
  const found: number[] = [];
  let run = -1;
  for (let k = start; k <= end; k++) {
    if (k < end && corpus.flags[k] & 1) {
      if (run < 0) run = k;
      continue;
    }
    if (run >= 0 && k - run >= 2) found.push(corpus.terms[run], corpus.terms[k - 1]);
    run = -1;
  }
  return found.length === 0 ? NO_TITLES : Int32Array.from(found);
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
