// The figures of the real-article evaluation (docs/evaluation.md), for one article: each measure
// as true positives, false positives and false negatives, with every error kept for `--details`.
import type {SourceRegistry} from "../../../src/analysis/sources/registry.js";
import type {GoldArticle, GoldSentence} from "./gold.js";
import {coveredShare, placeSentences, recordOfSpan, flatWithMap, type PlacedSentence} from "./align.js";
import {nameForms, sameSource, UNNAMED} from "./names.js";

/** What an extractor said about a corpus: the pipeline's tables, or the baseline's. */
export interface Predictions {
  sentences: {article_id: string; index: number; text: string}[];
  attributions: {article_id: string; sentence_index: number; source: string; category: string; start?: number; cue_start?: number; counts?: boolean; named?: boolean; rule?: string; via?: string | null}[];
  quotes: {article_id: string; sentence_index: number; speaker: string; category: string; start?: number; named?: boolean}[];
  hedges: {article_id: string; sentence_index: number; kind: "hedge" | "booster"; start: number; text: string}[];
  /** Every piece of each article in reading order, where the extractor keeps them (the pipeline does, the baseline does not). */
  spans?: {article_id: string; order: number; text: string; sentence_index: number | null}[];
}

export const MEASURES = [
  "attribution category",
  "attribution source",
  "quote speaker",
  "relay link",
  "hedge cues",
  "booster cues",
  "sentence segmentation",
] as const;
export type Measure = (typeof MEASURES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ErrorItem {
  measure: Measure | "boilerplate leak" | "body set aside";
  kind: "false positive" | "false negative" | "leak" | "set aside";
  article: string;
  value: string;
  /** For a false positive of an attribution or quote: the resolution rule that produced it. */
  rule?: string;
  /** The gold record's text (or the predicted sentence, for segmentation false positives). */
  sentence: string;
}

export interface ArticleScore {
  counts: Record<Measure, Counts>;
  boilerplate: number;
  leaked: number;
  leakedByRole: Record<string, number>;
  /** Gold body sentences, and those less than half of whose letters reached an analysed sentence (cleaning set them aside). */
  body: number;
  setAside: number;
  /** Predicted sentences whose text is not in the article (cleaning rewrote it): their rows are not scored. */
  unplaced: number;
  errors: ErrorItem[];
}

const LEAK_SHARE = 0.5;

/** Score one article's predictions against its gold. */
export function scoreArticle(article: GoldArticle, predicted: Predictions, registry: SourceRegistry): ArticleScore {
  const id = article.id;
  const own = <T extends {article_id: string}>(rows: T[]) => rows.filter((r) => r.article_id === id);
  const spans = own(predicted.spans ?? []);
  const orderOf = new Map(spans.filter((s) => s.sentence_index !== null).map((s) => [s.sentence_index, s.order]));
  const sentences = own(predicted.sentences).sort((a, b) => a.index - b.index).map((s) => ({...s, order: orderOf.get(s.index)}));
  const placed = placeSentences(article, sentences, spans.filter((s) => s.sentence_index === null));
  const bySentence = new Map(placed.map((p) => [p.index, p]));
  const errors: ErrorItem[] = [];
  const counts = Object.fromEntries(MEASURES.map((m) => [m, {tp: 0, fp: 0, fn: 0}])) as Record<Measure, Counts>;
  const records = article.records;
  const textOf = (r: number) => records[r].text;

  // Each predicted row goes to the record its characters fall in.
  const rowsByRecord = <R extends {sentence_index: number}>(rows: R[], offset: (row: R) => number | undefined) => {
    const grouped = new Map<number, R[]>();
    for (const row of rows) {
      const sentence = bySentence.get(row.sentence_index);
      if (!sentence) continue;
      const record = recordOfSpan(article, sentence, offset(row));
      if (record === null) continue;
      grouped.set(record, [...(grouped.get(record) ?? []), row]);
    }
    return grouped;
  };
  const attributions = rowsByRecord(own(predicted.attributions).filter((a) => a.counts !== false), (a) => a.start ?? a.cue_start);
  const quotes = rowsByRecord(own(predicted.quotes), (q) => q.start);
  const hedges = rowsByRecord(own(predicted.hedges), (h) => h.start);

  const tally = (measure: Measure, record: number, gold: string[], predictedValues: string[], same: (g: string, p: string) => boolean, ruleOf: (p: string) => string | undefined = () => undefined) => {
    const left = [...gold];
    for (const p of predictedValues) {
      const at = left.findIndex((g) => same(g, p));
      if (at >= 0) {
        counts[measure].tp++;
        left.splice(at, 1);
      } else {
        counts[measure].fp++;
        errors.push({measure, kind: "false positive", article: id, value: p, rule: ruleOf(p), sentence: textOf(record)});
      }
    }
    for (const g of left) {
      counts[measure].fn++;
      errors.push({measure, kind: "false negative", article: id, value: g, sentence: textOf(record)});
    }
  };

  records.forEach((record, r) => {
    const gold: GoldSentence | null = record.kind === "sentence" ? record : null;
    const goldAttributions = gold?.attributions ?? [];
    const goldQuotes = gold?.quotes ?? [];
    const predictedAttributions = attributions.get(r) ?? [];
    const predictedQuotes = quotes.get(r) ?? [];
    const ruleOf = (key: (a: (typeof predictedAttributions)[number]) => string) => (p: string) => predictedAttributions.find((a) => key(a) === p)?.rule;
    tally("attribution category", r, unique(goldAttributions.map((a) => a.category)), unique(predictedAttributions.map((a) => a.category)), (g, p) => g === p, ruleOf((a) => a.category));
    tally("attribution source", r, goldAttributions.map((a) => JSON.stringify([a.source, ...(a.aliases ?? [])])), distinctNames(predictedAttributions.map((a) => nameOf(a.source, a.named)), registry), (g, p) => matches(g, p, registry), ruleOf((a) => nameOf(a.source, a.named)));
    tally("relay link", r, goldRelayLinks(goldAttributions), distinct(predictedAttributions.filter((a) => a.via).map((a) => JSON.stringify([a.source, a.via])), (p) => relayKey(p, registry)), (g, p) => sameRelayLink(g, p, registry), ruleOf((a) => JSON.stringify([a.source, a.via])));
    tally("quote speaker", r, distinctGold(goldQuotes.map((q) => JSON.stringify([q.speaker, ...(q.aliases ?? [])]))), distinctNames(predictedQuotes.map((q) => nameOf(q.speaker, q.named)), registry), (g, p) => matches(g, p, registry));
    const cues = (kind: "hedge" | "booster") => (hedges.get(r) ?? []).filter((h) => h.kind === kind).map((h) => h.text);
    tally("hedge cues", r, gold?.hedges ?? [], cues("hedge"), sameCue);
    tally("booster cues", r, gold?.boosters ?? [], cues("booster"), sameCue);
  });

  const inBody = sentences.filter((_, i) => !withinBoilerplate(article, placed[i]));
  scoreSegmentation(article, inBody, counts["sentence segmentation"], errors);

  let leaked = 0;
  let boilerplate = 0;
  const leakedByRole: Record<string, number> = {};
  records.forEach((record, r) => {
    if (record.kind !== "boilerplate") return;
    boilerplate++;
    if (coveredShare(article, r, placed) >= LEAK_SHARE) {
      leaked++;
      leakedByRole[record.role] = (leakedByRole[record.role] ?? 0) + 1;
      errors.push({measure: "boilerplate leak", kind: "leak", article: id, value: record.role, sentence: record.text});
    }
  });

  // The other side of the leak rate: reporting that cleaning took for boilerplate.
  let body = 0;
  let setAside = 0;
  records.forEach((record, r) => {
    if (record.kind !== "sentence") return;
    body++;
    if (coveredShare(article, r, placed) < LEAK_SHARE) {
      setAside++;
      errors.push({measure: "body set aside", kind: "set aside", article: id, value: "body sentence", sentence: record.text});
    }
  });
  return {counts, boilerplate, leaked, leakedByRole, body, setAside, unplaced: placed.filter((p: PlacedSentence) => p.start < 0).length, errors};
}

/**
 * A predicted sentence made only of boilerplate is the leak rate's error, not the segmenter's, so
 * the two measures do not count one mistake twice. One that joins boilerplate to a body sentence
 * stays a segmentation error: the body sentence was not found as it is.
 */
function withinBoilerplate(article: GoldArticle, sentence: PlacedSentence): boolean {
  if (sentence.start < 0) return false;
  return article.records.every((record) => record.kind === "boilerplate" || record.end <= sentence.start || record.start >= sentence.end);
}

/** Segmentation agreement: predicted body sentences whose flattened text is exactly a gold sentence's. */
function scoreSegmentation(article: GoldArticle, sentences: {text: string}[], counts: Counts, errors: ErrorItem[]) {
  const gold = article.records.filter((r) => r.kind === "sentence").map((r) => flatWithMap(r.text).flat);
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  for (const s of sentences) {
    const flat = flatWithMap(s.text).flat;
    const n = left.get(flat) ?? 0;
    if (n > 0) {
      counts.tp++;
      left.set(flat, n - 1);
    } else {
      counts.fp++;
      errors.push({measure: "sentence segmentation", kind: "false positive", article: article.id, value: "predicted sentence", sentence: flat});
    }
  }
  for (const [g, n] of left) {
    for (let i = 0; i < n; i++) {
      counts.fn++;
      errors.push({measure: "sentence segmentation", kind: "false negative", article: article.id, value: "gold sentence", sentence: g});
    }
  }
}

const unique = <T>(values: T[]) => [...new Set(values)];
const distinct = <T>(values: T[], key: (v: T) => string) => values.filter((v, i) => values.findIndex((w) => key(w) === key(v)) === i);

/** Gold origin–relay pairs of a record, each side with its aliases: `[[origin names], [relay names]]`. */
function goldRelayLinks(attributions: GoldSentence["attributions"]): string[] {
  const namesOf = (name: string) => {
    const row = attributions.find((a) => a.source === name);
    return [name, ...(row?.aliases ?? [])];
  };
  return attributions.filter((a) => a.via).map((a) => JSON.stringify([[a.source, ...(a.aliases ?? [])], namesOf(a.via!)]));
}

/** A predicted `[origin, via]` pair matches a gold link when both sides name the gold sources. */
function sameRelayLink(gold: string, predicted: string, registry: SourceRegistry): boolean {
  const [origin, via] = JSON.parse(gold) as [string[], string[]];
  const [source, relay] = JSON.parse(predicted) as [string, string];
  return sameSource(origin, source, registry) && sameSource(via, relay, registry);
}

const relayKey = (pair: string, registry: SourceRegistry) => (JSON.parse(pair) as string[]).map((name) => [...nameForms([name], registry)].sort().join("|")).join(" via ");
const UNNAMED_MARK = "unnamed (";
const nameOf = (name: string, named: boolean | undefined) => (named === false && !/^unnamed\b/i.test(name) ? `${UNNAMED_MARK}${name})` : name);
const matches = (gold: string, predicted: string, registry: SourceRegistry) =>
  sameSource(JSON.parse(gold) as string[], predicted, registry, predicted.startsWith(UNNAMED_MARK));

/** One entry per distinct name in a record: a source named twice is one source, and so are all unnamed ones. */
function distinctNames(names: string[], registry: SourceRegistry): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.startsWith(UNNAMED_MARK) ? UNNAMED : [...nameForms([name], registry)].sort().join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Gold speakers of a record, one per speaker (a speaker quoted directly and indirectly is one). */
function distinctGold(keys: string[]): string[] {
  const seen = new Set<string>();
  return keys.filter((key) => {
    const speaker = (JSON.parse(key) as string[])[0].toLowerCase();
    if (seen.has(speaker)) return false;
    seen.add(speaker);
    return true;
  });
}

/**
 * A predicted cue matches a gold cue when one's words contain the other's (`kemungkinan` found
 * for gold `kemungkinan besar`); case and white space are ignored.
 * @example sameCue("could not be independently verified", "could not be independently verified") // true
 */
export function sameCue(gold: string, predicted: string): boolean {
  const g = flatWithMap(gold.toLowerCase()).flat;
  const p = flatWithMap(predicted.toLowerCase()).flat;
  return g.includes(p) || p.includes(g);
}

