// PLACEHOLDER until issue 5 lands: per-outlet overlap metrics.
import type {AnalysisTables, OutletMetrics} from "../outlets.js";

export function overlapMetrics(_tables: AnalysisTables): OutletMetrics {
  return new Map();
}
