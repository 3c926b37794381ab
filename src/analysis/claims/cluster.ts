// PLACEHOLDER until issue 5 lands: no clusters. Owned by the claims work (src/analysis/claims/).
import type {ArticleRow, ClaimRow, SentenceRow} from "../types.js";

export interface ClaimOptions {
  threshold: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {threshold: 0.5};

/** Partition body sentences into cross-outlet claim clusters, within each event. */
export function clusterClaims(_sentences: SentenceRow[], _articles: ArticleRow[], _options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): ClaimRow[] {
  return [];
}
