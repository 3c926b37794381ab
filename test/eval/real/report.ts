// Printing and recording the real-article evaluation: the table `npm run eval` prints, the
// `--details` error list, and the compact figures kept in test/gold/floor.json and
// test/gold/sealed-scores.json.
import {formatScore} from "../score.js";
import {MEASURES, type ErrorItem, type Measure} from "./measures.js";
import type {Figures, SplitResult} from "./evaluate.js";

export const LEAK = "boilerplate leak rate";
export const SET_ASIDE = "body set aside rate";

/** The figures a floor or a record keeps: F1 per measure, and the leak rate. */
export type CompactFigures = Record<string, number>;

export function compact(figures: Figures): CompactFigures {
  const out: CompactFigures = {};
  for (const m of MEASURES) out[m] = round(figures.scores[m].f1);
  out[LEAK] = round(figures.leak.rate);
  out[SET_ASIDE] = round(figures.setAside.rate);
  return out;
}

/** Full figures for the record of a sealed run: precision, recall, F1 and counts. */
export function detailed(figures: Figures) {
  return {
    articles: figures.articles,
    sentences: figures.sentences,
    ...Object.fromEntries(MEASURES.map((m) => {
      const s = figures.scores[m];
      return [m, {precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), tp: s.tp, fp: s.fp, fn: s.fn}];
    })),
    [LEAK]: {rate: round(figures.leak.rate), leaked: figures.leak.leaked, total: figures.leak.total},
    [SET_ASIDE]: {rate: round(figures.setAside.rate), set_aside: figures.setAside.count, total: figures.setAside.total},
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function printSplit(result: SplitResult, details: boolean): void {
  if (result.problems.length > 0) {
    console.log(`${result.split}: gold problems, not scored (npm run gold:check):`);
    for (const p of result.problems.slice(0, 20)) console.log(`  ${p}`);
    return;
  }
  for (const [language, {telisik, baseline}] of Object.entries(result.languages)) {
    console.log(`${result.split} split · ${language} · ${telisik.articles} articles, ${telisik.sentences} gold sentences, ${telisik.leak.total} boilerplate pieces`);
    for (const m of MEASURES) console.log(`${formatScore(`  ${m}`, telisik.scores[m])}   baseline F1 ${baseline.scores[m].f1.toFixed(3)}`);
    const roles = Object.entries(telisik.leak.byRole).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(", ");
    console.log(`  ${LEAK.padEnd(32)} ${telisik.leak.rate.toFixed(3)}  (${telisik.leak.leaked} of ${telisik.leak.total}${roles ? `: ${roles}` : ""})   baseline ${baseline.leak.rate.toFixed(3)}`);
    console.log(`  ${SET_ASIDE.padEnd(32)} ${telisik.setAside.rate.toFixed(3)}  (${telisik.setAside.count} of ${telisik.setAside.total} gold sentences)   baseline ${baseline.setAside.rate.toFixed(3)}`);
    if (telisik.unplaced > 0) console.log(`  (${telisik.unplaced} predicted sentences are not verbatim in their article; their rows were not scored)`);
    if (details) printErrors(telisik.errors);
  }
}

function printErrors(errors: ErrorItem[]): void {
  const groups = new Map<string, ErrorItem[]>();
  for (const e of errors) groups.set(e.measure, [...(groups.get(e.measure) ?? []), e]);
  for (const [measure, items] of groups) {
    console.log(`    ${measure}: ${items.length} errors`);
    for (const e of items) console.log(`      ${e.kind === "leak" ? "LEAK" : e.kind === "set aside" ? "SET ASIDE" : e.kind === "false positive" ? "FP" : "FN"} ${e.article}: ${readable(e.value)}${e.rule ? ` [${e.rule}]` : ""} — ${JSON.stringify(e.sentence.length > 160 ? e.sentence.slice(0, 157) + "..." : e.sentence)}`);
  }
}

/** Gold names are kept as a JSON list of the name and its aliases; print the name. */
function readable(value: string): string {
  if (!value.startsWith("[")) return value;
  const [name, ...aliases] = JSON.parse(value) as string[];
  return aliases.length > 0 ? `${name} (also ${aliases.join(", ")})` : name;
}

/** The targets for the extraction work that follows issue 9, on the sealed split, in both languages. */
export const TARGETS: {measure: string; at_least?: number; at_most?: number}[] = [
  {measure: "attribution category", at_least: 0.9},
  {measure: "attribution source", at_least: 0.9},
  {measure: "quote speaker", at_least: 0.85},
  {measure: "hedge cues", at_least: 0.9},
  {measure: LEAK, at_most: 0.05},
  {measure: SET_ASIDE, at_most: 0.01},
];

/** One line per target: met or not yet, per language. Informational: the targets belong to later work. */
export function printTargets(result: SplitResult): void {
  if (result.problems.length > 0) return;
  console.log(`targets on the ${result.split} split (for the extraction work that follows; not yet required):`);
  for (const target of TARGETS) {
    const parts = Object.entries(result.languages).map(([language, {telisik}]) => {
      const value = target.measure === LEAK ? telisik.leak.rate : target.measure === SET_ASIDE ? telisik.setAside.rate : telisik.scores[target.measure as Measure].f1;
      const met = target.at_least !== undefined ? value >= target.at_least : value <= target.at_most!;
      return `${language} ${value.toFixed(3)} ${met ? "met" : "not yet"}`;
    });
    const goal = target.at_least !== undefined ? `F1 ≥ ${target.at_least}` : `≤ ${target.at_most}`;
    console.log(`  ${`${target.measure} ${goal}`.padEnd(40)} ${parts.join(", ")}`);
  }
}
