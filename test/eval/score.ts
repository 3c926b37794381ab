// Scoring shared by every evaluation in test/eval/.

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Precision, recall and F1 from counts. An empty prediction has precision 1 (nothing wrong was
 * said); an empty gold has recall 1.
 * @example prf(9, 1, 0) // {precision: 0.9, recall: 1, f1: 0.947..., tp: 9, fp: 1, fn: 0}
 */
export function prf(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {precision, recall, f1, tp, fp, fn};
}

/** Score two multisets of keys: each predicted key matches at most one gold key. */
export function scoreKeys(gold: string[], predicted: string[]): Score {
  const remaining = new Map<string, number>();
  for (const key of gold) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  let tp = 0;
  for (const key of predicted) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      tp++;
      remaining.set(key, left - 1);
    }
  }
  return prf(tp, predicted.length - tp, gold.length - tp);
}

/** One line of a report: `label  P 0.950  R 0.900  F1 0.924  (tp 19, fp 1, fn 2)`. */
export function formatScore(label: string, score: Score): string {
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(34)} P ${f(score.precision)}  R ${f(score.recall)}  F1 ${f(score.f1)}  (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`;
}
