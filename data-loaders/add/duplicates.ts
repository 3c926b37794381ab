// The same article twice is stored once; a reprint is stored and flagged. "The same" is the same
// canonical address or the same text once case, punctuation and spacing are ignored. A reprint
// (wire copy run by a second outlet, lightly edited) shares most of its five-word runs with the
// original; two outlets reporting one event in their own words share almost none.

/** Jaccard similarity of five-word shingles at or above which an article is a reprint. */
export const REPRINT_SIMILARITY = 0.5;
const SHINGLE_WORDS = 5;

/**
 * Text reduced to what makes two copies the same article: letters and digits, lower case.
 * @example textKey("Gempa  M7,8 — mengguncang!") // "gempa m7 8 mengguncang"
 */
export function textKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * An address reduced to what names the article: no scheme, `www.`, fragment, tracking
 * parameters or trailing slash. Null for anything that is not an http(s) URL.
 * @example urlKey("https://www.Example.com/a/?utm_source=x#top") // "example.com/a"
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const params = [...parsed.searchParams].filter(([k]) => !/^(?:utm_|fbclid$|gclid$|ref$|amp$)/i.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? "?" + new URLSearchParams(params).toString() : "";
  const path = parsed.pathname.replace(/\/amp\/?$/, "/").replace(/\/+$/, "");
  return parsed.hostname.toLowerCase().replace(/^www\./, "") + path + query;
}

/** The set of five-word runs in a text (its "shingles"). */
export function shingles(text: string): Set<string> {
  const words = textKey(text).split(" ").filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) runs.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  if (runs.size === 0 && words.length > 0) runs.add(words.join(" "));
  return runs;
}

/**
 * |A ∩ B| ÷ |A ∪ B|; 0 for two empty sets.
 * @example jaccard(new Set(["a", "b"]), new Set(["b", "c"])) // 1/3
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** An article already in the corpus (or added earlier in the same run), ready to compare. */
export interface KnownArticle {
  id: string;
  file: string;
  urlKey: string | null;
  textKey: string;
  shingles: Set<string>;
}

export function knownArticle(id: string, file: string, url: string | null, body: string): KnownArticle {
  return {id, file, urlKey: urlKey(url), textKey: textKey(body), shingles: shingles(body)};
}

export type Duplicate =
  | {kind: "same_url" | "same_text"; of: KnownArticle}
  | {kind: "reprint"; of: KnownArticle; similarity: number};

/**
 * Whether `candidate` is already known (skip it) or reprints a known article (keep it, flagged
 * with the most similar one; ties go to the first known). Null when it is new.
 */
export function findDuplicate(candidate: KnownArticle, known: readonly KnownArticle[], threshold = REPRINT_SIMILARITY): Duplicate | null {
  if (candidate.urlKey) {
    const same = known.find((k) => k.urlKey === candidate.urlKey);
    if (same) return {kind: "same_url", of: same};
  }
  const sameText = known.find((k) => k.textKey === candidate.textKey);
  if (sameText) return {kind: "same_text", of: sameText};
  let best: {of: KnownArticle; similarity: number} | null = null;
  for (const k of known) {
    const similarity = jaccard(candidate.shingles, k.shingles);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = {of: k, similarity};
  }
  return best ? {kind: "reprint", ...best} : null;
}
