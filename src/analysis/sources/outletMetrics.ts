// PLACEHOLDER until issue 3 lands: per-outlet sourcing metrics.
import type {AnalysisTables, OutletMetrics} from "../outlets.js";

export function sourcingMetrics(_tables: AnalysisTables): OutletMetrics {
  return new Map();
}
