// Annotation — attribution, quotes and hedges — on the sentences of real pages: the dev split of
// the evaluation corpus, cleaned and segmented once, repeated to a stable size. The peer, on the
// same sentences in the same process, is the evaluation's baseline (a dozen regular expressions
// for sources, quotes and hedges): the ratio says what the rules cost on top of it.
//   npx tsx bench/annotate.ts          figures for the current code and reference data
//   npx tsx bench/annotate.ts SRC      the same with the annotation code and reference data of
//                                      SRC (another checkout's src/), to compare two versions
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {loadSettings} from "../data-loaders/settings.js";
import {cleanArticle} from "../src/analysis/clean/clean.js";
import {segmentBody} from "../src/analysis/segment/segment.js";
import {countWords} from "../src/analysis/text/words.js";
import type {SentenceRow} from "../src/analysis/types.js";
import {baselinePredictions} from "../test/eval/real/baseline.js";
import {referenceOf} from "./reference.js";

const REPEAT = 10;
const ROUNDS = 5;
const corpus = fileURLToPath(new URL("../test/corpus/dev", import.meta.url));
/** Each dev article's language, by the ids devSentences gives. */
const languages = new Map<string, string>();

/** Every dev article's body sentences, as the pipeline makes them (ids made unique per copy). */
function devSentences(copy: number): SentenceRow[] {
  const settings = loadSettings();
  const sentences: SentenceRow[] = [];
  for (const event of readdirSync(corpus).sort()) {
    for (const file of readdirSync(join(corpus, event)).sort()) {
      const text = readFileSync(join(corpus, event, file), "utf8");
      const language = /^language:\s*(\w+)/m.exec(text)?.[1] ?? "id";
      const id = `${copy}:${event}/${file}`;
      languages.set(id, language);
      let index = 0;
      for (const block of cleanArticle(text.replace(/^---\n[\s\S]*?\n---\n/, ""), settings.cleaning, language).blocks) {
        if (block.role !== "body") continue;
        for (const sentence of segmentBody(block.text, settings.segmentation)) {
          sentences.push({article_id: id, index: index++, paragraph: block.paragraph, text: sentence, words: countWords(sentence)});
        }
      }
    }
  }
  return sentences;
}

/** The best of ROUNDS timings of `work`, in milliseconds. */
function best(work: () => unknown): number {
  let fastest = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function byArticle(sentences: SentenceRow[]): {id: string; body: string}[] {
  const bodies = new Map<string, string[]>();
  for (const s of sentences) bodies.set(s.article_id, [...(bodies.get(s.article_id) ?? []), s.text]);
  return [...bodies].map(([id, lines]) => ({id, body: lines.join("\n")}));
}

async function main(): Promise<void> {
  const src = resolve(process.argv[2] ?? fileURLToPath(new URL("../src", import.meta.url)));
  const {attributeSentences} = await import(pathToFileURL(join(src, "analysis/sources/attribute.ts")).href);
  const {findHedges} = await import(pathToFileURL(join(src, "analysis/hedging/hedges.ts")).href);
  const {registry, lexicon} = referenceOf(src);
  const sentences = Array.from({length: REPEAT}, (_, copy) => devSentences(copy)).flat();
  const languageOf = (articleId: string) => languages.get(articleId);
  const words = sentences.reduce((n, s) => n + s.words, 0);
  const articles = byArticle(sentences);
  const peer = best(() => baselinePredictions(articles));
  // As the pipeline calls it: each article read with its language's model (an older checkout's
  // attributeSentences ignores the option).
  const attribution = best(() => attributeSentences(sentences, registry, {languageOf}));
  // As the pipeline calls it: the attribution rows tell the hedge stage which `katanya` has a speaker
  // (an older checkout's findHedges ignores the option).
  const {attributions} = attributeSentences(sentences, registry, {languageOf});
  const hedging = best(() => findHedges(sentences, lexicon, {attributions, languageOf}));
  const k = (n: number) => `${(n / 1000).toFixed(0)}k`;
  const total = attribution + hedging;
  console.log(`| input | attribution + quotes | hedges | together | peer: baseline regexes | ratio |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  console.log(
    `| ${articles.length} articles, ${sentences.length} sentences, ${k(words)} words | ${attribution.toFixed(0)} ms | ${hedging.toFixed(0)} ms | ${total.toFixed(0)} ms (${k(words / (total / 1000))} words/s) | ${peer.toFixed(0)} ms | ${(total / peer).toFixed(2)} |`,
  );
}

await main();
