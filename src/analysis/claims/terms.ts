// Claim terms: the words of a sentence reduced to a form that survives translation and spelling
// variants, so two outlets' wordings of one statement share terms.
import {tokenize} from "../text/words.js";

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
  return variants[plain] ?? plain;
}

/**
 * The terms of a sentence in reading order. Hyphenated and dotted words are split into their
 * parts so `Kang Sun-nam` and `Kang Sun Nam`, or `Kim-Shoigu` and `Kim dan Shoigu`, share terms;
 * a variant may expand to several words (`korut` → `korea utara`).
 * @example claimTerms("Kang Sun-nam tiba di Tiongkok", {tiongkok: "china"}).map((t) => t.term) // ["kang", "sun", "nam", "tiba", "di", "china"]
 */
export function claimTerms(text: string, variants: TermVariants = {}): ClaimTerm[] {
  const terms: ClaimTerm[] = [];
  for (const token of tokenize(text)) {
    // `Jong-un`, `Sun-nam`: the parts of a capitalised word belong to the same name.
    const capitalized = /^\p{Lu}/u.test(token.text);
    for (const part of token.text.split(PARTS)) {
      if (!part) continue;
      const initial = terms.length === 0;
      for (const term of normalizeTerm(part, variants).split(" ")) if (term) terms.push({term, capitalized, initial});
    }
  }
  return terms;
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
