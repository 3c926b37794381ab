// The overlap matrix: for each pair of outlets in an event, how many claims they share (Jaccard,
// containment both ways) and how much of their text is shared copy.
import type {ArticleRow, ClaimRow, OutletPairRow, SentenceRow} from "../types.js";
import {claimPresence} from "./presence.js";

/**
 * One row per event and pair of outlets (outlet_a < outlet_b), from the given tables (any subset).
 * @example outletPairs(tables).find((p) => p.outlet_a === "A" && p.outlet_b === "B")?.jaccard // shared / union of their claims
 */
export function outletPairs(tables: {articles: readonly ArticleRow[]; sentences: readonly SentenceRow[]; claims: readonly ClaimRow[]}): OutletPairRow[] {
  const articleById = new Map(tables.articles.map((a) => [a.id, a]));
  const outletsByEvent = new Map<string, Set<string>>();
  for (const a of tables.articles) (outletsByEvent.get(a.event) ?? outletsByEvent.set(a.event, new Set()).get(a.event)!).add(a.outlet);
  const sentenceCount = new Map<string, number>();
  for (const s of tables.sentences) {
    const a = articleById.get(s.article_id);
    if (a) increment(sentenceCount, key(a.event, a.outlet));
  }
  const claimCount = new Map<string, number>();
  const shared = new Map<string, number>();
  const verbatim = new Map<string, number>();
  const copied = new Map<string, Set<string>>();
  for (const {claim, sentences, outlets} of claimPresence(tables.claims, tables.articles)) {
    const sorted = [...outlets].sort();
    for (const o of sorted) increment(claimCount, key(claim.event, o));
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) increment(shared, key(claim.event, sorted[i], sorted[j]));
    const present = new Set(sentences);
    for (const [x, y] of claim.copy_pairs) {
      const sx = claim.sentences[x];
      const sy = claim.sentences[y];
      if (!present.has(sx) || !present.has(sy)) continue;
      const pair = key(claim.event, ...[sx.outlet, sy.outlet].sort());
      increment(verbatim, pair);
      const set = copied.get(pair) ?? copied.set(pair, new Set()).get(pair)!;
      set.add(`${sx.article_id}:${sx.sentence_index}`);
      set.add(`${sy.article_id}:${sy.sentence_index}`);
    }
  }
  const rows: OutletPairRow[] = [];
  for (const event of [...outletsByEvent.keys()].sort()) {
    const outlets = [...outletsByEvent.get(event)!].sort();
    for (let i = 0; i < outlets.length; i++) {
      for (let j = i + 1; j < outlets.length; j++) {
        const [a, b] = [outlets[i], outlets[j]];
        const pair = key(event, a, b);
        const claimsA = claimCount.get(key(event, a)) ?? 0;
        const claimsB = claimCount.get(key(event, b)) ?? 0;
        const both = shared.get(pair) ?? 0;
        const sentences = (sentenceCount.get(key(event, a)) ?? 0) + (sentenceCount.get(key(event, b)) ?? 0);
        const copySentences = copied.get(pair)?.size ?? 0;
        rows.push({
          event,
          outlet_a: a,
          outlet_b: b,
          claims_a: claimsA,
          claims_b: claimsB,
          shared_claims: both,
          jaccard: ratio(both, claimsA + claimsB - both),
          containment_a_in_b: ratio(both, claimsA),
          containment_b_in_a: ratio(both, claimsB),
          verbatim_pairs: verbatim.get(pair) ?? 0,
          shared_copy_sentences: copySentences,
          sentences,
          shared_copy_share: ratio(copySentences, sentences),
        });
      }
    }
  }
  return rows;
}

function key(...parts: string[]): string {
  return parts.join("\u0000");
}

function increment(map: Map<string, number>, k: string): void {
  map.set(k, (map.get(k) ?? 0) + 1);
}

function ratio(x: number, y: number): number | null {
  return y > 0 ? Math.round((x / y) * 1e4) / 1e4 : null;
}

/**
 * The pair of outlets sharing the most copy: most shared-copy sentence pairs, then the larger
 * share of their sentences, then by name. Null when there is no pair.
 * @example strongestCopyPair(tables)?.outlet_a // "Republika"
 */
export function strongestCopyPair(tables: Parameters<typeof outletPairs>[0]): OutletPairRow | null {
  let best: OutletPairRow | null = null;
  for (const pair of outletPairs(tables)) {
    if (!best || pair.verbatim_pairs > best.verbatim_pairs || (pair.verbatim_pairs === best.verbatim_pairs && (pair.shared_copy_share ?? 0) > (best.shared_copy_share ?? 0))) best = pair;
  }
  return best;
}
