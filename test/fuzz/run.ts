// The fuzz suite's driver (issue 14, item 3). For each seed, in a child process with a time limit
// (so a hang is counted, not waited for): write the hostile corpus beside the seed articles, analyse
// it, and check that nothing crashed, every input is analysed or in `problems`, and the seed
// articles come out byte-identical to a run without their neighbours; then time each article alone.
//   npx tsx test/fuzz/run.ts --seeds 1 --files 1000          what `npm test` runs (test/fuzz/fuzz.test.ts)
//   npm run fuzz                                             more seeds and files (see package.json)
// Prints a summary on stderr and the report as one JSON line on stdout.
import {spawnSync} from "node:child_process";
import {readdir, readFile, rm, stat} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {readCorpus} from "../../data-loaders/corpus.js";
import {loadSettings, PROJECT_ROOT} from "../../data-loaders/settings.js";
import {analyzeCorpus} from "../../src/analysis/pipeline.js";
import {generateHostile} from "./generate.js";
import {writeCorpus, FUZZ_FS} from "./writeCorpus.js";
import {differences, isInput, unaccounted} from "./check.js";

/** One seed's findings. */
export interface SeedReport {
  seed: number;
  inputs: number;
  analysed: number;
  problems: number;
  unaccounted: string[];
  differing: string[];
  run_ms: number;
  worst: {file: string; ms: number}[];
}

export interface FuzzReport {
  seeds: number[];
  inputs: number;
  crashes: {seed: number; error: string}[];
  hangs: number[];
  unaccounted: number;
  differing: string[];
  worst_article_ms: number;
  worst_article: string;
  runs: SeedReport[];
}

const SEED_FOLDER = join(PROJECT_ROOT, "articles", "shoigu-pyongyang-2023");

/** The seed articles, under `a-valid/` (before `h/` in path order, so a hostile duplicate id never wins). */
async function validArticles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(SEED_FOLDER)).filter((f) => f.endsWith(".md"))) files[`a-valid/${name}`] = await readFile(join(SEED_FOLDER, name), "utf8");
  return files;
}

async function runSeed(seed: number, count: number, large: number): Promise<SeedReport> {
  const settings = loadSettings();
  const entries = generateHostile(seed, count, large);
  const valid = await validArticles();
  const dir = await writeCorpus(entries, valid);
  const validDir = await writeCorpus([], valid);
  try {
    const start = performance.now();
    const corpus = await readCorpus(dir, {fs: FUZZ_FS});
    const mixed = analyzeCorpus(corpus.documents, settings, corpus.problems);
    const run_ms = performance.now() - start;
    const aloneCorpus = await readCorpus(validDir);
    const alone = analyzeCorpus(aloneCorpus.documents, settings, aloneCorpus.problems);
    const validIds = new Set(alone.articles.map((a) => a.id));
    const inputs: string[] = Object.keys(valid);
    for (const entry of entries) {
      const toFolder = entry.kind === "symlink" && (await stat(join(dir, entry.path)).then((s) => s.isDirectory(), () => false));
      if (isInput(entry, toFolder)) inputs.push(entry.path);
    }
    // Each article alone: the time one file can cost (every stage, not only the budgeted ones).
    const worst = corpus.documents.map((document) => {
      const t = performance.now();
      analyzeCorpus([document], settings);
      return {file: document.file, ms: Math.round(performance.now() - t)};
    });
    worst.sort((a, b) => b.ms - a.ms);
    return {
      seed,
      inputs: inputs.length,
      analysed: mixed.articles.length,
      problems: mixed.problems.length,
      unaccounted: unaccounted(inputs, mixed),
      differing: alone.articles.length === 0 ? ["no valid article analysed"] : differences(alone, mixed, validIds),
      run_ms: Math.round(run_ms),
      worst: worst.slice(0, 5),
    };
  } finally {
    await rm(dir, {recursive: true, force: true});
    await rm(validDir, {recursive: true, force: true});
  }
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

/** Each seed in its own process with `limitMs`; a timeout is a hang, a failed exit a crash. */
export function fuzz(seeds: number[], files: number, large: number, limitMs: number): FuzzReport {
  const report: FuzzReport = {seeds, inputs: 0, crashes: [], hangs: [], unaccounted: 0, differing: [], worst_article_ms: 0, worst_article: "", runs: []};
  for (const seed of seeds) {
    const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--one", String(seed), "--files", String(files), "--large", String(large)], {encoding: "utf8", timeout: limitMs, maxBuffer: 16 << 20});
    if (child.error && (child.error as NodeJS.ErrnoException).code === "ETIMEDOUT") {
      report.hangs.push(seed);
      continue;
    }
    const line = child.stdout.trim().split("\n").pop() ?? "";
    if (child.status !== 0 || !line.startsWith("{")) {
      report.crashes.push({seed, error: (child.stderr || String(child.error)).slice(-2000)});
      continue;
    }
    const run = JSON.parse(line) as SeedReport;
    report.runs.push(run);
    report.inputs += run.inputs;
    report.unaccounted += run.unaccounted.length;
    report.differing.push(...run.differing.map((t) => `seed ${seed}: ${t}`));
    if (run.worst[0] && run.worst[0].ms > report.worst_article_ms) Object.assign(report, {worst_article_ms: run.worst[0].ms, worst_article: `seed ${seed}: ${run.worst[0].file}`});
  }
  return report;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = Number(option(args, "--files", "1000"));
  const large = Number(option(args, "--large", "2"));
  if (args[0] === "--one") {
    console.log(JSON.stringify(await runSeed(Number(args[1]), files, large)));
    return;
  }
  const [from, to] = option(args, "--seeds", "1").split("..").map(Number);
  const seeds = Array.from({length: (to ?? from) - from + 1}, (_, i) => from + i);
  const limitMs = Number(option(args, "--limit-s", "300")) * 1000;
  const report = fuzz(seeds, files, large, limitMs);
  for (const run of report.runs) {
    console.error(`seed ${run.seed}: ${run.inputs} inputs, ${run.analysed} analysed, ${run.problems} problem rows, ${run.unaccounted.length} unaccounted, run ${(run.run_ms / 1000).toFixed(1)} s; slowest alone: ${run.worst.map((w) => `${w.file} ${w.ms} ms`).join(", ")}`);
  }
  console.error(`inputs ${report.inputs}; crashes ${report.crashes.length}; hangs ${report.hangs.length}; unaccounted ${report.unaccounted}; valid articles changed by neighbours: ${report.differing.length ? report.differing.join(", ") : "none"}; worst time per article ${report.worst_article_ms} ms (${report.worst_article})`);
  for (const crash of report.crashes) console.error(`crash, seed ${crash.seed}:\n${crash.error}`);
  console.log(JSON.stringify(report));
  if (report.crashes.length || report.hangs.length || report.unaccounted || report.differing.length) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
