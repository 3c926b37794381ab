// The real-article evaluation of one split: Telisik and the baseline scored against the gold,
// per language. Pure data out; printing is report.ts's job.
import {existsSync, readFileSync} from "node:fs";
import {analyzeCorpus} from "../../../src/analysis/pipeline.js";
import {loadSettings} from "../../../data-loaders/settings.js";
import {readCorpus} from "../../../data-loaders/corpus.js";
import {prf, type Score} from "../score.js";
import {readGold, splitArticle, type GoldArticle} from "./gold.js";
import {MEASURES, scoreArticle, type ArticleScore, type ErrorItem, type Measure, type Predictions} from "./measures.js";
import {baselinePredictions} from "./baseline.js";
import {corpusDir, splitFiles} from "./split.js";

export interface LeakRate {
  rate: number;
  leaked: number;
  total: number;
  byRole: Record<string, number>;
}

/** One extractor's figures for one language of a split. */
export interface Figures {
  articles: number;
  sentences: number;
  scores: Record<Measure, Score>;
  leak: LeakRate;
  /** Gold body sentences that cleaning set aside, over all gold body sentences; lower is better. */
  setAside: {rate: number; count: number; total: number};
  unplaced: number;
  errors: ErrorItem[];
}

export interface LanguageResult {
  telisik: Figures;
  baseline: Figures;
}

export interface SplitResult {
  split: string;
  /** Gold problems (a stale or broken gold file): the split is not scored while there are any. */
  problems: string[];
  languages: Record<string, LanguageResult>;
}

/** Read a split's gold; any problem is returned rather than thrown, so the report can name it. */
export function readSplitGold(split: string): {articles: GoldArticle[]; problems: string[]} {
  const articles: GoldArticle[] = [];
  const problems: string[] = [];
  for (const file of splitFiles(split)) {
    if (!existsSync(file.goldPath)) {
      problems.push(`${split}/${file.file}: no gold file`);
      continue;
    }
    const read = readGold(file.articlePath, file.goldPath);
    problems.push(...read.problems.map((p) => `${split}/${file.file}: ${p}`));
    if (read.article) articles.push(read.article);
  }
  return {articles, problems};
}

/** Analyze a split's articles exactly as the CLI does. */
export async function telisikPredictions(split: string): Promise<Predictions> {
  const dir = corpusDir(split);
  const {documents, problems} = await readCorpus(dir);
  return analyzeCorpus(documents, loadSettings(dir), problems);
}

export function baselineFor(split: string): Predictions {
  return baselinePredictions(splitFiles(split).map((file) => {
    const {meta, body} = splitArticle(readFileSync(file.articlePath, "utf8"));
    return {id: String(meta.id), body};
  }));
}

export async function evaluateSplit(split: string): Promise<SplitResult> {
  const {articles, problems} = readSplitGold(split);
  if (problems.length > 0) return {split, problems, languages: {}};
  const registry = loadSettings().registry;
  const telisik = await telisikPredictions(split);
  const baseline = baselineFor(split);
  const languages: Record<string, LanguageResult> = {};
  for (const language of [...new Set(articles.map((a) => a.language))].sort()) {
    const group = articles.filter((a) => a.language === language);
    languages[language] = {
      telisik: figures(group, group.map((a) => scoreArticle(a, telisik, registry))),
      baseline: figures(group, group.map((a) => scoreArticle(a, baseline, registry))),
    };
  }
  return {split, problems, languages};
}

/** Micro-averaged figures: counts summed over articles, then precision, recall and F1. */
function figures(articles: GoldArticle[], scores: ArticleScore[]): Figures {
  const sum = (measure: Measure) => scores.reduce((t, s) => ({tp: t.tp + s.counts[measure].tp, fp: t.fp + s.counts[measure].fp, fn: t.fn + s.counts[measure].fn}), {tp: 0, fp: 0, fn: 0});
  const leaked = scores.reduce((n, s) => n + s.leaked, 0);
  const total = scores.reduce((n, s) => n + s.boilerplate, 0);
  const byRole: Record<string, number> = {};
  for (const s of scores) for (const [role, n] of Object.entries(s.leakedByRole)) byRole[role] = (byRole[role] ?? 0) + n;
  return {
    articles: articles.length,
    sentences: articles.reduce((n, a) => n + a.records.filter((r) => r.kind === "sentence").length, 0),
    scores: Object.fromEntries(MEASURES.map((m) => {
      const c = sum(m);
      return [m, prf(c.tp, c.fp, c.fn)];
    })) as Record<Measure, Score>,
    leak: {rate: total === 0 ? 0 : leaked / total, leaked, total, byRole},
    setAside: rate(scores.reduce((n, s) => n + s.setAside, 0), scores.reduce((n, s) => n + s.body, 0)),
    unplaced: scores.reduce((n, s) => n + s.unplaced, 0),
    errors: scores.flatMap((s) => s.errors),
  };
}

const rate = (count: number, total: number) => ({rate: total === 0 ? 0 : count / total, count, total});
