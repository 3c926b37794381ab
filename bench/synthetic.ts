// Synthetic corpora for the claim benchmarks, generated in code from the seed sentences with a
// seeded PRNG (the same size and seed always give the same corpus). Each synthetic claim is a
// seed sentence with many of its words replaced by invented words and numbers (so claims differ
// from each other as real ones do); it is then reported by 1–5 outlets, each report perturbed
// (words dropped, swapped for a variant, reordered) as outlets rewrite wire copy.
import type {ArticleRow, SentenceRow} from "../src/analysis/types.js";
import {countWords} from "../src/analysis/text/words.js";
import {mulberry32} from "../src/analysis/stats/random.js";

const SYLLABLES = ["ka", "ri", "mo", "tu", "sa", "le", "ng", "pa", "di", "ro", "na", "ye", "ba", "ku", "si", "te", "ga", "lu", "me", "ho", "an", "ir", "ul", "ek"];

/** An invented word for a number: distinct numbers give distinct words. */
function inventedWord(n: number, capital: boolean): string {
  let word = "";
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  word += SYLLABLES[(word.length * 7) % SYLLABLES.length];
  return capital ? word[0].toUpperCase() + word.slice(1) : word;
}

/** A Zipf-like pick from `size` ranks: a few invented words are common, most are rare. */
function zipf(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1)) - 1));
}

export interface SyntheticCorpus {
  sentences: SentenceRow[];
  articles: ArticleRow[];
  /** Synthetic claim number of each sentence (ground truth of which reports restate one claim). */
  truth: number[];
}

/**
 * About `size` sentences in one event, from the seed sentences.
 * @example syntheticCorpus(seedTexts, 1000, 1).sentences.length // 1000
 */
export function syntheticCorpus(seedTexts: readonly string[], size: number, seed = 1): SyntheticCorpus {
  const random = mulberry32(seed);
  const vocabulary = Math.max(2000, size * 2);
  const outletCount = Math.max(5, Math.round(size / 200));
  const common = commonWords(seedTexts);
  const reports: Array<{outlet: number; text: string; claim: number}> = [];
  for (let claim = 0; reports.length < size; claim++) {
    const base = seedTexts[Math.floor(random() * seedTexts.length)].split(/\s+/);
    // A new claim: function words stay, most content words are replaced by invented words and
    // numbers, so claims built on one seed sentence differ as real claims on one topic do.
    const words = base.map((w) => (!common.has(w) ? (random() < 0.15 ? String(Math.floor(random() * 2000)) : inventedWord(zipf(random, vocabulary), /^\p{Lu}/u.test(w))) : w));
    const outlets = 1 + Math.floor(Math.pow(random(), 2) * 5);
    for (let k = 0; k < outlets && reports.length < size; k++) {
      reports.push({outlet: Math.floor(random() * outletCount), text: perturb(words, random, vocabulary), claim});
    }
  }
  // Reports go to articles of their outlet, about 20 sentences an article, in generation order.
  const articles: ArticleRow[] = [];
  const sentences: SentenceRow[] = [];
  const truth: number[] = [];
  const open = new Map<number, ArticleRow>();
  for (const report of reports) {
    let article = open.get(report.outlet);
    if (!article || article.sentence_count >= 20) {
      const id = `s${String(articles.length).padStart(6, "0")}`;
      article = {id, file: `${id}.txt`, outlet: `outlet ${report.outlet}`, outlet_basis: "front_matter", event: "synthetic", language: "id", title: null, url: null, published: null, based_on: [], place: null, reprint_of: null, words: 0, sentence_count: 0};
      articles.push(article);
      open.set(report.outlet, article);
    }
    const words = countWords(report.text);
    sentences.push({article_id: article.id, index: article.sentence_count, paragraph: article.sentence_count, text: report.text, words});
    truth.push(report.claim);
    article.sentence_count++;
    article.words += words;
  }
  return {sentences, articles, truth};
}

/**
 * Lower-case words in at least 5% of the seed sentences: the function words every claim shares.
 * Names are never common here: a large corpus spans many events, not one visit to Pyongyang.
 */
function commonWords(seedTexts: readonly string[]): Set<string> {
  const df = new Map<string, number>();
  for (const text of seedTexts) for (const w of new Set(text.split(/\s+/))) if (/^\p{Ll}/u.test(w)) df.set(w, (df.get(w) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n >= 0.05 * seedTexts.length).map(([w]) => w));
}

/** One outlet's rendering of a claim: the first report is the wire copy, others edit it a little. */
function perturb(words: readonly string[], random: () => number, vocabulary: number): string {
  const out: string[] = [];
  for (const w of words) {
    const r = random();
    if (r < 0.08) continue; // dropped
    if (r < 0.14) out.push(inventedWord(zipf(random, vocabulary), false)); // reworded
    else out.push(w);
  }
  if (out.length > 4 && random() < 0.3) {
    // A clause moved to the front, as rewrites do.
    const cut = 1 + Math.floor(random() * (out.length - 2));
    out.push(...out.splice(0, cut));
  }
  return out.join(" ");
}

/**
 * Seed sentences for synthesis: the bodies of the default corpus, split at sentence ends. Raw
 * material only, so a rough split will do (and the benchmark does not depend on the pipeline).
 * @example seedSentences(["---\nid: x\n---\nKim tiba. Shoigu pergi."]) // ["Kim tiba.", "Shoigu pergi."]
 */
export function seedSentences(documents: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const text of documents) {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
    for (const s of body.split(/(?<=[.!?])\s+/)) if (s.split(/\s+/).length >= 5) sentences.push(s.trim());
  }
  return sentences;
}
