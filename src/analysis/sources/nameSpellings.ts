// One person, one name: outlets romanise the same name differently (`Kang Sun Nam` in one
// article, `Kang Sun-nam` in another; `Kim Jong Un` and `Kim Jong-un`). Counted as two sources,
// the same man would inflate `distinct_sources` and split the outlet × source matrix.
import type {AttributionRow, QuoteRow} from "../types.js";

/**
 * The key under which spellings of one name meet: lower case, hyphens and apostrophes as spaces.
 * @example nameKey("Kang Sun-nam") === nameKey("Kang Sun Nam") // true
 */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[-‐'’]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Rewrite people's names to one spelling per person across the corpus: the spelling attributed
 * most often, else the one met first. Only rows naming a person are touched (registry sources already
 * have one canonical name); `source_text` keeps the name as the article wrote it.
 * @example unifyNameSpellings(rows) // every "Kang Sun-nam" becomes "Kang Sun Nam" when that came first
 */
export function unifyNameSpellings(attributions: AttributionRow[], quotes: QuoteRow[]): {attributions: AttributionRow[]; quotes: QuoteRow[]} {
  // Attributions choose the spelling (each is one act of sourcing); quotes follow them.
  const counts = new Map<string, Map<string, number>>();
  for (const a of attributions) {
    if (!a.person) continue;
    const spellings = counts.get(nameKey(a.source)) ?? counts.set(nameKey(a.source), new Map()).get(nameKey(a.source))!;
    spellings.set(a.source, (spellings.get(a.source) ?? 0) + 1);
  }
  const canonical = new Map<string, string>();
  for (const spellings of counts.values()) {
    if (spellings.size < 2) continue;
    // Map iteration is insertion order, so on a tie the spelling met first wins.
    const [best] = [...spellings].reduce((top, entry) => (entry[1] > top[1] ? entry : top));
    for (const spelling of spellings.keys()) canonical.set(spelling, best);
  }
  if (canonical.size === 0) return {attributions, quotes};
  return {
    attributions: attributions.map((a) => (a.person && canonical.has(a.source) ? {...a, source: canonical.get(a.source)!} : a)),
    quotes: quotes.map((q) => (canonical.has(q.speaker) ? {...q, speaker: canonical.get(q.speaker)!} : q)),
  };
}
