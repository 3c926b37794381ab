// Claim terms: the words of a sentence reduced to a form that survives translation and spelling
// variants, so two outlets' wordings of one statement share terms.

/** Spelling and translation variants mapped to one canonical form (`tiongkok` → `china`). Keys are lower case. */
export type TermVariants = Readonly<Record<string, string>>;

/** A word of a sentence, normalised, with how it was written. */
export interface ClaimTerm {
  term: string;
  /** Written with a capital letter (a hyphenated part takes the capital of its word). */
  capitalized: boolean;
  /** The first word of the sentence, where a capital says nothing about the word. */
  initial: boolean;
}

const MARKS = /\p{M}+/gu;
const PARTS = /[-'’.]+/;

/**
 * A word as a comparable term: lower case, without diacritics, mapped through the variants.
 * @example normalizeTerm("Tiongkok", {tiongkok: "china"}) // "china"
 */
export function normalizeTerm(word: string, variants: TermVariants = {}): string {
  const plain = word.normalize("NFKD").replace(MARKS, "").toLowerCase();
  // Own keys only: `constructor` in a sentence is a word, not Object.prototype's member.
  return Object.hasOwn(variants, plain) ? variants[plain] : plain;
}

/**
 * The terms of a sentence in reading order. Hyphenated and dotted words are split into their
 * parts so `Kang Sun-nam` and `Kang Sun Nam`, or `Kim-Shoigu` and `Kim dan Shoigu`, share terms;
 * a variant may expand to several words (`korut` → `korea utara`).
 * @example claimTerms("Kang Sun-nam tiba di Tiongkok", {tiongkok: "china"}).map((t) => t.term) // ["kang", "sun", "nam", "tiba", "di", "china"]
 */
export function claimTerms(text: string, variants: TermVariants = {}, memo: Map<string, string[]> = new Map()): ClaimTerm[] {
  const terms: ClaimTerm[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    // `Jong-un`, `Sun-nam`: the parts of a capitalised word belong to the same name.
    const capitalized = isCapital(word.charCodeAt(0), word);
    // Splitting and normalising (NFKD, variants) are the slow steps; a corpus repeats words.
    let normal = memo.get(word);
    if (!normal) {
      normal = word.split(PARTS).flatMap((part) => (part ? normalizeTerm(part, variants).split(" ") : [])).filter(Boolean);
      memo.set(word, normal);
    }
    const initial = terms.length === 0;
    for (const term of normal) terms.push({term, capitalized, initial});
  }
  return terms;
}

/** The same words as `tokenize` (text/words.ts), matched here without building token objects. */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;

function isCapital(code: number, word: string): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(word);
}

/** A titled name: the first word of a run of capitalised words and the run's last word. */
export interface TitledName {
  /** `presiden` in `Presiden Rusia Vladimir Putin`. */
  title: string;
  /** `putin` in `Presiden Rusia Vladimir Putin`. */
  holder: string;
}

/**
 * The runs of two or more capitalised terms, as title and holder. Two sentences naming the same
 * title with different holders (`Presiden … Putin`, `Presiden … Xi Jinping`) speak of different
 * people, places or things however alike the rest of their wording is.
 * @example titledNames(claimTerms("surat dari Presiden Rusia Vladimir Putin")) // [{title: "presiden", holder: "putin"}]
 */
export function titledNames(terms: readonly ClaimTerm[]): TitledName[] {
  const found: TitledName[] = [];
  let start = -1;
  for (let i = 0; i <= terms.length; i++) {
    if (i < terms.length && terms[i].capitalized) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 2) found.push({title: terms[start].term, holder: terms[i - 1].term});
    start = -1;
  }
  return found;
}
