// B-cubed precision and recall (Bagga & Baldwin 1998): for each item, the share of its predicted
// cluster that shares its gold cluster (precision) and the share of its gold cluster found in its
// predicted cluster (recall), averaged over items. Unlike pair counting it does not let one big
// cluster dominate, and it rewards getting singletons right.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed scores of a predicted clustering against gold, both as a label per item.
 * @example bcubed(["a", "a", "b"], ["x", "x", "x"]) // {precision: 1, recall: 0.556, f1: 0.714}
 */
export function bcubed(predicted: readonly string[], gold: readonly string[]): BCubed {
  if (predicted.length !== gold.length) throw new RangeError("bcubed: label lists differ in length");
  const n = predicted.length;
  if (n === 0) return {precision: 1, recall: 1, f1: 1};
  const count = (labels: readonly string[]) => {
    const m = new Map<string, number>();
    for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const predictedSize = count(predicted);
  const goldSize = count(gold);
  const bothSize = count(predicted.map((p, i) => `${p}\u0000${gold[i]}`));
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const both = bothSize.get(`${predicted[i]}\u0000${gold[i]}`)!;
    precision += both / predictedSize.get(predicted[i])!;
    recall += both / goldSize.get(gold[i])!;
  }
  precision /= n;
  recall /= n;
  return {precision, recall, f1: (2 * precision * recall) / (precision + recall)};
}
