// The hedge stage on real sentences: every body sentence of the dev split (test/corpus/dev),
// repeated to a stable size, run through `findHedges` exactly as the pipeline calls it.
//   npx tsx bench/hedges.ts          figures for the current code
//   npx tsx bench/hedges.ts SRC      the same, and beside it the stage and lexicon of SRC (another
//                                    checkout's src/, e.g. `git archive` of an older commit), on the
//                                    same sentences in the same process, rounds alternating
import {join, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import {findHedges} from "../src/analysis/hedging/hedges.js";
import type {Tables} from "../src/analysis/types.js";
import {readCorpus} from "../data-loaders/corpus.js";
import {loadSettings} from "../data-loaders/settings.js";
import {referenceOf} from "./reference.js";

const REPEAT = 10;
const ROUNDS = 15;
const corpus = fileURLToPath(new URL("../test/corpus/dev", import.meta.url));

type Stage = (tables: Tables) => number;

/** The dev split's tables, with sentences (and the rows that point at them) repeated under fresh article ids. */
async function input(): Promise<Tables> {
  const {documents, problems} = await readCorpus(corpus);
  const tables = analyzeCorpus(documents, loadSettings(corpus), problems);
  const copy = <R extends {article_id: string}>(rows: R[]) => Array.from({length: REPEAT}, (_, k) => rows.map((r) => ({...r, article_id: `${r.article_id}~${k}`}))).flat();
  return {...tables, sentences: copy(tables.sentences), attributions: copy(tables.attributions)};
}

/** The fastest of ROUNDS timings of each stage, in milliseconds; stages alternate within a round. */
function fastest(tables: Tables, stages: Stage[]): number[] {
  const best = stages.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    stages.forEach((stage, i) => {
      const start = performance.now();
      stage(tables);
      best[i] = Math.min(best[i], performance.now() - start);
    });
  }
  return best;
}

async function main(): Promise<void> {
  const tables = await input();
  const lexicon = loadSettings().lexicon;
  // As src/analysis/pipeline.ts calls it.
  const current: Stage = (t) => findHedges(t.sentences, lexicon, {attributions: t.attributions}).length;
  const stages = [current];
  const other = process.argv[2] ? resolve(process.argv[2]) : null;
  if (other) {
    const module = await import(pathToFileURL(join(other, "analysis/hedging/hedges.ts")).href);
    const otherLexicon = referenceOf(other).lexicon;
    stages.push((t) => module.findHedges(t.sentences, otherLexicon, {attributions: t.attributions}).length);
  }
  const times = fastest(tables, stages);
  const n = tables.sentences.length;
  const rate = (ms: number) => Math.round(n / (ms / 1000)).toLocaleString("en");
  console.log(`| code | hedge stage on ${n.toLocaleString("en")} dev sentences | sentences/s | rows |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  console.log(`| this checkout | ${times[0].toFixed(0)} ms | ${rate(times[0])} | ${current(tables)} |`);
  if (other) {
    console.log(`| ${other} | ${times[1].toFixed(0)} ms | ${rate(times[1])} | ${stages[1](tables)} |`);
    console.log(`\nratio (this checkout ÷ other): ${(times[0] / times[1]).toFixed(2)}`);
  }
}

await main();
