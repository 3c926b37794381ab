// Cleaning and segmentation on real pasted pages: the dev split of the evaluation corpus
// (test/corpus/dev, the articles as found on the web, each with its declared language), repeated to a stable size. The peer, on the
// same text in the same process, is the bare minimum any cleaner must do: split paragraphs and run
// Intl.Segmenter on every one. The ratio says what the rules cost on top of segmentation.
//   npx tsx bench/cleaning.ts          figures for the current code
//   npx tsx bench/cleaning.ts SRC      the same, with cleaning and segmentation imported from SRC
//                                      (another checkout's src/, to compare two versions)
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {loadSettings} from "../data-loaders/settings.js";

const REPEAT = 20;
const ROUNDS = 5;
const corpus = fileURLToPath(new URL("../test/corpus/dev", import.meta.url));

interface Page {
  body: string;
  language: string;
}

function bodies(): Page[] {
  const pages: Page[] = [];
  for (const event of readdirSync(corpus)) {
    for (const file of readdirSync(join(corpus, event))) {
      const text = readFileSync(join(corpus, event, file), "utf8");
      pages.push({body: text.replace(/^---\n[\s\S]*?\n---\n/, ""), language: /^language:\s*(\w+)/m.exec(text)?.[1] ?? "id"});
    }
  }
  return pages;
}

/** The peer: paragraphs and Unicode sentences, nothing else. */
function segmentOnly({body}: Page): number {
  const segmenter = new Intl.Segmenter("id", {granularity: "sentence"});
  let sentences = 0;
  for (const paragraph of body.split(/\n+/)) for (const _ of segmenter.segment(paragraph)) sentences++;
  return sentences;
}

/** The best of ROUNDS timings of `work` over every body, in milliseconds. */
function best(texts: Page[], work: (page: Page) => number): number {
  let fastest = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const page of texts) work(page);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

async function main(): Promise<void> {
  const src = resolve(process.argv[2] ?? fileURLToPath(new URL("../src", import.meta.url)));
  const {cleanArticle} = await import(pathToFileURL(join(src, "analysis/clean/clean.ts")).href);
  const {segmentBody} = await import(pathToFileURL(join(src, "analysis/segment/segment.ts")).href);
  const settings = loadSettings();
  const texts = Array.from({length: REPEAT}, bodies).flat();
  const chars = texts.reduce((n, t) => n + t.body.length, 0);
  const clean = ({body, language}: Page) => {
    let sentences = 0;
    for (const block of cleanArticle(body, settings.cleaning, language).blocks) if (block.role === "body") sentences += segmentBody(block.text, settings.segmentation).length;
    return sentences;
  };
  const peer = best(texts, segmentOnly);
  const ms = best(texts, clean);
  const mb = (n: number) => (n / 1e6).toFixed(2);
  console.log(`| input | clean + segment | peer: segment only | ratio |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  console.log(`| ${texts.length} real pages, ${mb(chars)} M chars | ${ms.toFixed(0)} ms (${mb(chars / (ms / 1000))} M chars/s) | ${peer.toFixed(0)} ms | ${(ms / peer).toFixed(2)} |`);
}

await main();
