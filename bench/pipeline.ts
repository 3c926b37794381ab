// The whole pipeline (read, clean, segment, attribute, hedge, cluster claims, roll up) on corpora
// of growing size, each run in a fresh process so its peak memory is its own.
//   npx tsx bench/pipeline.ts            all sizes
//   npx tsx bench/pipeline.ts 500        one size (articles)
// Corpora are the seed articles reshuffled: paragraphs reordered by a seeded PRNG, spread over
// events of 10 articles, each article its own outlet.
import {spawnSync} from "node:child_process";
import {fileURLToPath} from "node:url";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import {mulberry32} from "../src/analysis/stats/random.js";
import type {SourceDocument} from "../src/analysis/types.js";
import {readCorpus} from "../data-loaders/corpus.js";
import {DEFAULT_CORPUS, loadSettings} from "../data-loaders/settings.js";

const SIZES = [50, 500, 2000];

async function syntheticDocuments(articles: number): Promise<SourceDocument[]> {
  const seeds = (await readCorpus(DEFAULT_CORPUS)).documents.map((d) => d.text.replace(/^---\n[\s\S]*?\n---\n/, ""));
  const random = mulberry32(articles);
  return Array.from({length: articles}, (_, i) => {
    const paragraphs = seeds[i % seeds.length].split("\n").filter(Boolean);
    for (let k = paragraphs.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [paragraphs[k], paragraphs[j]] = [paragraphs[j], paragraphs[k]];
    }
    return {file: `event-${Math.floor(i / 10)}/a${i}.md`, text: `---\noutlet: Outlet ${i}\n---\n${paragraphs.join("\n")}\n`};
  });
}

async function runOne(articles: number): Promise<void> {
  const documents = await syntheticDocuments(articles);
  const settings = loadSettings();
  const start = performance.now();
  const tables = analyzeCorpus(documents, settings);
  const seconds = (performance.now() - start) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({articles, sentences: tables.sentences.length, claims: tables.claims.length, seconds, peakMb}));
}

function main(): void {
  console.log("| articles | sentences | claims | time | sentences/s | peak RSS |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const size of SIZES) {
    const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), String(size)], {encoding: "utf8"});
    if (run.status !== 0) throw new Error(run.stderr);
    const r = JSON.parse(run.stdout.trim().split("\n").pop()!);
    console.log(`| ${r.articles} | ${r.sentences} | ${r.claims} | ${r.seconds.toFixed(2)} s | ${Math.round(r.sentences / r.seconds)} | ${Math.round(r.peakMb)} MB |`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2]) await runOne(Number(process.argv[2]));
  else main();
}
