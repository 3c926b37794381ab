// Cue words that attribute reporting, found in a sentence (quoted text already masked).
import type {CompiledRegistry} from "./registry.js";

/** Where the source stands relative to a cue. */
export type CueKind = "source_follows" | "source_precedes" | "pronoun" | "meta" | "imagery" | "stutter" | "participle";

export interface CueMatch {
  kind: CueKind;
  /** The cue as written. */
  cue: string;
  start: number;
  end: number;
  /** True when the cue may also be read the other way round (`said`, `mengutip`). */
  both: boolean;
  /** For imagery and stutter cues: the span between the noun and the verb, or the repaired source words. */
  inner?: {start: number; end: number; text: string};
}

interface CuePatterns {
  follows: RegExp;
  precedes: RegExp;
  pronoun: RegExp;
  meta: RegExp;
  imagery: RegExp;
  stutter: RegExp;
  participle: RegExp;
  followsSet: Set<string>;
  precedesSet: Set<string>;
}

const patterns = new WeakMap<CompiledRegistry, CuePatterns>();

function words(list: string[]): string {
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return sorted.length === 0 ? "(?!)" : sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

const L = "(?<![\\p{L}\\p{N}-])";
const R = "(?![\\p{L}\\p{N}-])";

function patternsOf(compiled: CompiledRegistry): CuePatterns {
  const cached = patterns.get(compiled);
  if (cached) return cached;
  const c = compiled.cues;
  const built: CuePatterns = {
    follows: new RegExp(`${L}(?:${words(c.before_source)})${R}`, "giu"),
    precedes: new RegExp(`${L}(?:${words(c.after_source)})${R}`, "giu"),
    pronoun: new RegExp(`${L}(?:${words(c.pronoun)})${R}`, "giu"),
    meta: new RegExp(`${L}(?:${words(c.meta)})${R}`, "giu"),
    // Imagery: a picture noun, then (within one clause) who published it, then the verb showing.
    imagery: new RegExp(`${L}(?:${words(c.imagery_nouns)})${R}([^.,;:“”"]*?)${L}(?:${words(c.imagery_verbs)})${R}`, "giu"),
    // A broken translation that splits `kata media Korea Utara` into `kata Korea Utara. kata media.`
    stutter: new RegExp(`${L}(${words(c.stutter)})\\s+([^.,;:“”"]{1,60}?)\\.\\s+\\1\\s+([\\p{L} ]{1,30}?)\\s*(?:\\.|$)`, "giu"),
    // A participle after a comma: `..., calling the count "deeply flawed"`.
    participle: new RegExp(`(?<=,\\s*)(?:${words(c.participle)})${R}`, "giu"),
    followsSet: new Set(c.before_source.map((w) => w.toLowerCase())),
    precedesSet: new Set(c.after_source.map((w) => w.toLowerCase())),
  };
  patterns.set(compiled, built);
  return built;
}

/**
 * The attributing cues of a sentence, left to right. Where cues overlap the longer one wins, so
 * `tidak menyebutkan` is a meta statement and not `menyebutkan`, and `kata laporan` beats `kata`.
 * @example findCues("Yonhap melaporkan.", compiled).map((c) => c.kind) // ["source_precedes"]
 */
export function findCues(text: string, compiled: CompiledRegistry): CueMatch[] {
  const p = patternsOf(compiled);
  const found: CueMatch[] = [];
  for (const m of text.matchAll(p.stutter)) {
    const head = m[3].trim();
    if (!compiled.words.mediaHeads.test(head)) continue;
    const argStart = m.index! + m[0].indexOf(m[2], m[1].length);
    found.push({kind: "stutter", cue: m[1], start: m.index!, end: m.index! + m[1].length, both: false, inner: {start: argStart, end: m.index! + m[0].length, text: `${head} ${m[2].trim()}`}});
  }
  for (const m of text.matchAll(p.imagery)) {
    const innerStart = m.index! + m[0].indexOf(m[1], 1);
    found.push({kind: "imagery", cue: m[0].replace(m[1], " … ").replace(/\s+/g, " "), start: m.index!, end: m.index! + m[0].length, both: false, inner: {start: innerStart, end: innerStart + m[1].length, text: m[1]}});
  }
  for (const [kind, re] of [["meta", p.meta], ["pronoun", p.pronoun], ["participle", p.participle], ["source_follows", p.follows], ["source_precedes", p.precedes]] as const) {
    for (const m of text.matchAll(re)) {
      const cue = m[0];
      if (isNameNotCue(text, m.index!, cue)) continue;
      const key = cue.toLowerCase();
      const both = p.followsSet.has(key) && p.precedesSet.has(key);
      found.push({kind, cue, start: m.index!, end: m.index! + cue.length, both});
    }
  }
  // Longer (and earlier-listed) cues first; drop any that overlap a kept one. Imagery and stutter
  // spans are long by nature and are kept before the plain cues inside them.
  const priority = (c: CueMatch) => (c.kind === "stutter" || c.kind === "imagery" ? 1e6 : 0) + (c.end - c.start);
  const ordered = [...found].sort((a, b) => priority(b) - priority(a) || a.start - b.start);
  const kept: CueMatch[] = [];
  // The characters kept cues cover: each candidate checks its own span, so a sentence of
  // thousands of cues costs their total length, not every pair of them.
  const covered = new Uint8Array(text.length);
  for (const cue of ordered) {
    if (covered.subarray(cue.start, cue.end).includes(1)) continue;
    covered.fill(1, cue.start, cue.end);
    kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A cue word written with a capital inside a sentence is a name (`KSPI chairman Said Iqbal`):
 * cues open a sentence, a quotation or a clause after a colon with a capital, and are lower case
 * elsewhere.
 * @example isNameNotCue("chairman Said Iqbal said", 9, "Said") // true
 */
export function isNameNotCue(text: string, at: number, cue: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(cue)) return false;
  // The last character before the cue that is not white space (read back, not a copy of the text).
  let i = at - 1;
  while (i >= 0 && /\s/u.test(text[i])) i--;
  return i >= 0 && !/[.!?:;"“”'‘’(\[—–-]/u.test(text[i]);
}
