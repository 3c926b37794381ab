// PLACEHOLDER until issue 4 lands: per-outlet hedging metrics.
import type {AnalysisTables, OutletMetrics} from "../outlets.js";

export function hedgingMetrics(_tables: AnalysisTables): OutletMetrics {
  return new Map();
}
