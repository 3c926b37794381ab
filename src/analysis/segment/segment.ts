// Sentences: Intl.Segmenter for the Unicode rules, then an abbreviation layer so `Tn. Kim`,
// `Prof. Budi` and initials do not end a sentence. Fed one bounded chunk at a time: on Node 20
// the segmenter slows sharply past ~65,000 characters and stalls on multi-megabyte strings.

export interface SegmentationRules {
  /** Indonesian abbreviations (without the final period), matched exactly. */
  id: string[];
  /** English abbreviations, likewise. */
  en: string[];
}

/** The longest string handed to Intl.Segmenter at once. */
export const MAX_CHUNK = 8_000;

const segmenter = new Intl.Segmenter("id", {granularity: "sentence"});
const abbreviationSets = new WeakMap<SegmentationRules, Set<string>>();

/**
 * Split one paragraph into trimmed sentences.
 * @example segmentBody("Menurut KCNA, Tn. Kim tiba. Ia disambut.", rules) // ["Menurut KCNA, Tn. Kim tiba.", "Ia disambut."]
 */
export function segmentBody(paragraph: string, rules: SegmentationRules): string[] {
  const abbreviations = abbreviationSet(rules);
  const sentences: string[] = [];
  for (const chunk of chunks(paragraph, MAX_CHUNK)) {
    for (const {segment} of segmenter.segment(chunk)) {
      const text = segment.trim();
      if (!text) continue;
      const previous = sentences.length - 1;
      if (previous >= 0 && continuesPrevious(sentences[previous], text, abbreviations)) sentences[previous] += " " + text;
      else sentences.push(text);
    }
  }
  return sentences;
}

/** True when `next` is not a sentence of its own: the previous one ended on an abbreviation or initial, or `next` has no words. */
function continuesPrevious(previous: string, next: string, abbreviations: Set<string>): boolean {
  if (!/[\p{L}\p{N}]/u.test(next)) return true;
  const last = /([\p{L}][\p{L}.]*)\.$/u.exec(previous);
  if (!last) return false;
  const token = last[1];
  return abbreviations.has(token) || /^\p{Lu}$/u.test(token);
}

function abbreviationSet(rules: SegmentationRules): Set<string> {
  let set = abbreviationSets.get(rules);
  if (!set) abbreviationSets.set(rules, (set = new Set([...rules.id, ...rules.en])));
  return set;
}

/**
 * Cut a long paragraph into pieces of at most `max` characters, at the last sentence-like
 * boundary (end punctuation and a space), else at a space, else hard.
 */
export function* chunks(text: string, max: number): Generator<string> {
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = -1;
    for (const match of window.matchAll(/[.!?…]["”’)]*\s+/gu)) cut = match.index! + match[0].length;
    if (cut <= 0) cut = window.lastIndexOf(" ") + 1;
    if (cut <= 0) cut = max;
    yield text.slice(start, start + cut);
    start += cut;
  }
  if (start < text.length) yield text.slice(start);
}
