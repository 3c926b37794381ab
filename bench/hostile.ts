// `npm run bench -- hostile` (issue 14): each stage's time on adversarial article bodies
// (bench/hostileInputs.ts) of 10 KB, 100 KB and 1 MB, to show whether cost grows linearly. Each
// family and size runs in its own process with a time limit, so a rule that hangs is reported as
// a timeout instead of stopping the bench. The peer, on the same body in the same process, is
// Intl.Segmenter's sentence pass: linear, native, the least any analysis does.
//   npx tsx bench/hostile.ts                   every family at 10 KB, 100 KB (and 1 MB if 100 KB is quick)
//   npx tsx bench/hostile.ts --only news       one family
import {spawnSync} from "node:child_process";
import {fileURLToPath} from "node:url";
import {loadSettings} from "../data-loaders/settings.js";
import {readArticle} from "../src/analysis/corpus/readArticle.js";
import {cleanArticle} from "../src/analysis/clean/clean.js";
import {segmentBody} from "../src/analysis/segment/segment.js";
import {countWords} from "../src/analysis/text/words.js";
import {attributeSentences} from "../src/analysis/sources/attribute.js";
import {findHedges} from "../src/analysis/hedging/hedges.js";
import {clusterClaims} from "../src/analysis/claims/cluster.js";
import type {SentenceRow} from "../src/analysis/types.js";
import {HOSTILE_FAMILIES, hostileBody} from "./hostileInputs.js";

const SIZES = [10_000, 100_000, 1_000_000];
/** A case that takes longer than this is a timeout (ms). */
const LIMIT_MS = 60_000;
/** Past this (ms per 100 KB at 100 KB), 1 MB is not tried: it would only time out. */
const SKIP_1MB_AT = 2_000;
/** The budget the issue sets: the worst stage per 100 KB (ms). */
const BUDGET_PER_100KB = 50;

const STAGES = ["read", "clean", "segment", "attribute", "hedges", "claims"] as const;
type Stage = (typeof STAGES)[number];
type Timing = Record<Stage, number> & {peer: number | null; sentences: number};

/** One family at one size, in this process: each stage timed once (after a warm-up run on a
 * short ordinary article, so compiling the reference data is not counted), then the peer. */
function runCase(familyName: string, chars: number, warm = true): Timing {
  if (warm) runCase("news", 2_000, false);
  const family = HOSTILE_FAMILIES.find((f) => f.name === familyName)!;
  const settings = loadSettings();
  const body = hostileBody(family, chars);
  const text = `---\nid: hostile\noutlet: Uji\nlanguage: id\n---\n${body}`;
  const timing = {} as Timing;
  // The best of three below 1 MB: one run of a small case is mostly noise.
  const repeats = chars < 1_000_000 && warm ? 3 : 1;
  const time = <T>(stage: Stage, work: () => T): T => {
    let result!: T;
    timing[stage] = Infinity;
    for (let r = 0; r < repeats; r++) {
      const start = performance.now();
      result = work();
      timing[stage] = Math.min(timing[stage], performance.now() - start);
    }
    return result;
  };
  const read = time("read", () => readArticle({file: "hostile.md", text}, settings.articles));
  const article = read.article!;
  const cleaned = time("clean", () => cleanArticle(read.body, settings.cleaning, article.language));
  const sentences = time("segment", () => {
    const rows: SentenceRow[] = [];
    for (const block of cleaned.blocks) {
      if (block.role !== "body") continue;
      for (const s of segmentBody(block.text, settings.segmentation, article.language)) rows.push({article_id: article.id, index: rows.length, paragraph: block.paragraph, text: s, words: countWords(s)});
    }
    return rows;
  });
  const languageOf = () => article.language;
  const sourcing = time("attribute", () => attributeSentences(sentences, settings.registry, {languageOf}));
  time("hedges", () => findHedges(sentences, settings.lexicon, {attributions: sourcing.attributions, languageOf}));
  time("claims", () => clusterClaims(sentences, [{...article, sentence_count: sentences.length}], settings.claims));
  timing.sentences = sentences.length;
  return timing;
}

/** The peer's time on a family's body: Intl.Segmenter's sentence pass over each paragraph. */
function peerTime(familyName: string, chars: number): number {
  const body = hostileBody(HOSTILE_FAMILIES.find((f) => f.name === familyName)!, chars);
  const start = performance.now();
  let n = 0;
  for (const paragraph of body.split(/\n+/)) for (const _ of new Intl.Segmenter("id", {granularity: "sentence"}).segment(paragraph)) n++;
  return performance.now() - start;
}

/**
 * Run a case in a child process with a time limit: its timings, or null when the analysis timed
 * out. The child prints the stages' timings before it times the peer, so a peer that is itself
 * slow (Intl.Segmenter grows super-linearly on 1 MB of `Kata0.Presiden` with no spaces: 4.2 s at
 * 200 KB, 12.6 s at 400 KB) is a missing peer figure, not a Telisik timeout.
 */
function inChild(family: string, chars: number): Timing | null {
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--case", family, String(chars)], {encoding: "utf8", timeout: LIMIT_MS, maxBuffer: 1 << 20});
  const lines = (run.stdout ?? "").trim().split("\n").filter((line) => line.startsWith("{"));
  if (lines.length === 0 || (run.status !== 0 && !run.error)) return null;
  return JSON.parse(lines.pop()!) as Timing;
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === "--case") {
    const timing = runCase(args[1], Number(args[2]));
    console.log(JSON.stringify({...timing, peer: null}));
    console.log(JSON.stringify({...timing, peer: peerTime(args[1], Number(args[2]))}));
    return;
  }
  const only = args[0] === "--only" ? args[1] : undefined;
  const families = HOSTILE_FAMILIES.filter((f) => !only || f.name === only);
  console.log(`Each stage's time (ms) on one adversarial article; growth = time at 100 KB / time at 10 KB (10 is linear).`);
  console.log(`Peer: Intl.Segmenter over the same body. Budget: every stage under ${BUDGET_PER_100KB} ms per 100 KB (checked at 100 KB and 1 MB).\n`);
  console.log(`| family | size | sentences | ${STAGES.join(" | ")} | peer | worst stage per 100 KB |`);
  console.log(`| --- | ---: | ---: | ${STAGES.map(() => "---:").join(" | ")} | ---: | ---: |`);
  const over: string[] = [];
  const superlinear: string[] = [];
  for (const family of families) {
    const bySize = new Map<number, Timing | null>();
    for (const chars of SIZES) {
      const at100 = bySize.get(100_000);
      if (chars === 1_000_000 && (!at100 || Math.max(...STAGES.map((s) => at100[s])) > SKIP_1MB_AT)) {
        console.log(`| ${family.name} | 1 MB | | ${STAGES.map(() => "").join(" | ")} | | not run (100 KB too slow) |`);
        continue;
      }
      const t = inChild(family.name, chars);
      bySize.set(chars, t);
      const size = chars >= 1_000_000 ? "1 MB" : `${chars / 1000} KB`;
      if (!t) {
        console.log(`| ${family.name} | ${size} | | ${STAGES.map(() => "").join(" | ")} | | timeout (> ${LIMIT_MS / 1000} s) |`);
        over.push(`${family.name} ${size}: timeout`);
        continue;
      }
      const worst = STAGES.reduce((a, b) => (t[b] > t[a] ? b : a));
      const per100 = (t[worst] * 100_000) / chars;
      console.log(`| ${family.name} | ${size} | ${t.sentences} | ${STAGES.map((s) => ms(t[s])).join(" | ")} | ${t.peer == null ? "timeout" : ms(t.peer)} | ${worst} ${ms(per100)} |`);
      if (chars >= 100_000 && per100 > BUDGET_PER_100KB) over.push(`${family.name} ${size}: ${worst} ${ms(per100)} ms per 100 KB`);
    }
    // Growth over the largest step measured: 100 KB → 1 MB where both ran, else 10 KB → 100 KB.
    const steps: [number, number][] = [[100_000, 1_000_000], [10_000, 100_000]];
    const step = steps.find(([a, b]) => bySize.get(a) && bySize.get(b));
    if (step) {
      const [small, large] = [bySize.get(step[0])!, bySize.get(step[1])!];
      for (const s of STAGES) {
        const growth = large[s] / Math.max(small[s], 0.5);
        if (growth > 20 && large[s] > 20) superlinear.push(`${family.name} ${s}: ×${growth.toFixed(0)} from ${step[0] / 1000} KB to ${step[1] / 1000} KB`);
      }
    }
    for (const chars of SIZES) if (bySize.has(chars) && bySize.get(chars) === null) superlinear.push(`${family.name}: ${chars / 1000} KB timed out`);
  }
  console.log(`\nover budget: ${over.length ? over.join("; ") : "none"}`);
  console.log(`superlinear (×20 or more for ×10 the text): ${superlinear.length ? superlinear.join("; ") : "none"}`);
}

main();
