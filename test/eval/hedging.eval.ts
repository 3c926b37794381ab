// Hedge and booster cues against the hand annotation in test/gold/hedges.json: the five seeds
// (every cue) and sentences written for the gold in other phrasings, Indonesian and English,
// with false-positive traps. A cue counts as found when kind and exact words match in the same
// sentence, so a wrong span is both a false positive and a miss.
import {readFileSync} from "node:fs";
import type {EvalResult} from "./index.js";
import {seedTables, tablesFor} from "./corpus.js";
import {resolveAnchor, type SentenceAnchor} from "./anchor.js";
import {formatScore, scoreKeys, type Score} from "./score.js";
import type {HedgeRow, SentenceRow, SourceDocument} from "../../src/analysis/types.js";

interface GoldCue {
  kind: "hedge" | "booster";
  text: string;
}
interface HedgeGold {
  seeds: (SentenceAnchor & {cues: GoldCue[]})[];
  written: WrittenDocument[];
  /** Written after the lexicon was frozen, scored once, unchanged. */
  heldOut: WrittenDocument[];
}
interface WrittenDocument {
  id: string;
  language: string;
  sentences: {text: string; cues: GoldCue[]}[];
}

const PRECISION_TARGET = 0.9;
const RECALL_TARGET = 0.85;

/** One scoring key per cue: sentence, kind and the words as written. */
interface Keyed {
  key: string;
  kind: string;
  group: string;
}

const cueKey = (articleId: string, index: number, kind: string, text: string) => `${articleId}#${index} ${kind}: ${text}`;

function predicted(hedges: HedgeRow[], group: (articleId: string) => string): Keyed[] {
  return hedges.map((h) => ({key: cueKey(h.article_id, h.sentence_index, h.kind, h.text), kind: h.kind, group: group(h.article_id)}));
}

function goldFor(sentences: SentenceRow[], anchors: (SentenceAnchor & {cues: GoldCue[]})[], group: (articleId: string) => string): Keyed[] {
  return anchors.flatMap((anchor) => {
    const sentence = resolveAnchor(sentences, anchor);
    return anchor.cues.map((c) => ({key: cueKey(sentence.article_id, sentence.index, c.kind, c.text), kind: c.kind, group: group(sentence.article_id)}));
  });
}

function writtenDocuments(documents: WrittenDocument[]): SourceDocument[] {
  // One sentence per paragraph, so segmentation cannot merge two annotated sentences.
  return documents.map((d) => ({
    file: `${d.id}.md`,
    text: `---\nid: ${d.id}\noutlet: written (${d.language})\nlanguage: ${d.language}\n---\n${d.sentences.map((s) => s.text).join("\n\n")}\n`,
  }));
}

export async function run(): Promise<EvalResult> {
  const gold = JSON.parse(readFileSync(new URL("../gold/hedges.json", import.meta.url), "utf8")) as HedgeGold;
  const seeds = await seedTables();
  const documents = [...gold.written, ...gold.heldOut];
  const written = tablesFor(writtenDocuments(documents));
  const heldOut = new Set(gold.heldOut.map((d) => d.id));
  const languageOf = new Map(documents.map((d) => [d.id, d.language]));
  const seedGroup = () => "seeds";
  const writtenGroup = (id: string) => `${heldOut.has(id) ? "held-out" : "written"} ${languageOf.get(id)}`;

  const goldKeys = [
    ...goldFor(seeds.sentences, gold.seeds, seedGroup),
    ...goldFor(
      written.sentences,
      documents.flatMap((d) => d.sentences.map((s) => ({article: d.id, contains: s.text, cues: s.cues}))),
      writtenGroup,
    ),
  ];
  const predictedKeys = [...predicted(seeds.hedges, seedGroup), ...predicted(written.hedges, writtenGroup)];

  const score = (filter: (k: Keyed) => boolean): Score => scoreKeys(goldKeys.filter(filter).map((k) => k.key), predictedKeys.filter(filter).map((k) => k.key));
  const all = score(() => true);
  const hedges = score((k) => k.kind === "hedge");
  const boosters = score((k) => k.kind === "booster");
  const count = (list: WrittenDocument[]) => list.reduce((n, d) => n + d.sentences.length, 0);
  console.log(`  ${goldKeys.length} gold cues in ${gold.seeds.length} seed sentences (of ${seeds.sentences.length}), ${count(gold.written)} written and ${count(gold.heldOut)} held-out sentences`);
  console.log(`  ${formatScore("all cues", all)}`);
  console.log(`  ${formatScore("hedges", hedges)}`);
  console.log(`  ${formatScore("boosters", boosters)}`);
  console.log(`  ${formatScore("held out (all)", score((k) => k.group.startsWith("held-out")))}`);
  for (const group of ["seeds", "written id", "written en", "held-out id", "held-out en"]) console.log(`  ${formatScore(group, score((k) => k.group === group))}`);

  // Trap sentences: written sentences annotated with no cue; any cue found there is a false alarm.
  const trapSentences = documents.flatMap((d) => d.sentences.filter((s) => s.cues.length === 0).map((s) => resolveAnchor(written.sentences, {article: d.id, contains: s.text})));
  const fired = trapSentences.filter((s) => written.hedges.some((h) => h.article_id === s.article_id && h.sentence_index === s.index));
  console.log(`  trap sentences (no cue in gold): ${trapSentences.length}, with a cue found: ${fired.length}`);

  const goldSet = new Set(goldKeys.map((k) => k.key));
  const predictedSet = new Set(predictedKeys.map((k) => k.key));
  for (const k of predictedKeys) if (!goldSet.has(k.key)) console.log(`    false positive  ${k.key}`);
  for (const k of goldKeys) if (!predictedSet.has(k.key)) console.log(`    missed          ${k.key}`);

  const missed: string[] = [];
  for (const [label, s] of [["all cues", all], ["hedges", hedges]] as const) {
    if (s.precision < PRECISION_TARGET) missed.push(`${label}: precision ${s.precision.toFixed(3)} < ${PRECISION_TARGET}`);
    if (s.recall < RECALL_TARGET) missed.push(`${label}: recall ${s.recall.toFixed(3)} < ${RECALL_TARGET}`);
  }
  if (fired.length > 0) missed.push(`${fired.length} trap sentence(s) fired`);
  return {name: "hedging", missed};
}
