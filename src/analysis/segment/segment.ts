// Sentences: Intl.Segmenter for the Unicode rules, then an abbreviation layer so `Tn. Kim`,
// `Prof. Budi` and initials do not end a sentence. Fed one bounded chunk at a time: on Node 20
// the segmenter slows sharply past ~65,000 characters and stalls on multi-megabyte strings.

/**
 * Abbreviations (without the final period, matched exactly) by language: each language model's
 * `segmentation.abbreviations`. All apply to every article, since an Indonesian story writes
 * `Mr. Kim` and an English one `Tn. Kim` when quoting.
 */
export type SegmentationRules = Record<string, string[]>;

/** The longest string handed to Intl.Segmenter at once. */
export const MAX_CHUNK = 8_000;

const segmenters = new Map<string, Intl.Segmenter>();
const abbreviationSets = new WeakMap<SegmentationRules, Set<string>>();

/**
 * Split one paragraph into trimmed sentences, each verbatim from the paragraph (joins keep the
 * paragraph's own spacing, so a sentence can always be found in its article).
 * `language` is the article's, the segmenter's locale (Unicode's sentence rules, which barely vary by
 * language; the abbreviations do the rest).
 * @example segmentBody("Menurut KCNA, Tn. Kim tiba. Ia disambut.", rules, "id") // ["Menurut KCNA, Tn. Kim tiba.", "Ia disambut."]
 */
export function segmentBody(paragraph: string, rules: SegmentationRules, language = "id"): string[] {
  const abbreviations = abbreviationSet(rules);
  const segmenter = segmenterFor(language);
  const sentences: string[] = [];
  for (const chunk of chunks(paragraph, MAX_CHUNK)) {
    for (const {segment} of segmenter.segment(chunk)) {
      for (const piece of splitGlued(segment, abbreviations)) {
        const previous = sentences.length - 1;
        const joins = previous >= 0 && (!piece.trim() || continuesPrevious(sentences[previous].trim(), piece.trim(), abbreviations));
        if (joins) sentences[previous] += piece;
        else sentences.push(piece);
      }
    }
  }
  return sentences.map((s) => s.trim()).filter(Boolean);
}

/**
 * Sentences glued with no space after the full stop (`itu.Presiden`), as pasted text often has
 * them, are split: a word of two or more lower-case letters, a full stop, a capitalised word.
 * `U.S.`, `22.54`, `Kompas.com` and abbreviations (`dr.Soetomo`) are not glue.
 * @example splitGlued("Ia pergi.Presiden tiba.", new Set()) // ["Ia pergi.", "Presiden tiba."]
 */
export function splitGlued(text: string, abbreviations: Set<string>): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/(\p{L}+)\.(?=\p{Lu}\p{Ll})/gu)) {
    const word = match[1];
    if (!/\p{Ll}{2}$/u.test(word) || abbreviations.has(word)) continue;
    const end = match.index! + match[0].length;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** True when `next` is not a sentence of its own: the previous one ended on an abbreviation or initial, or `next` has no words. */
function continuesPrevious(previous: string, next: string, abbreviations: Set<string>): boolean {
  if (!/[\p{L}\p{N}]/u.test(next)) return true;
  const last = /([\p{L}][\p{L}.]*)\.$/u.exec(previous);
  if (!last) return false;
  const token = last[1];
  return abbreviations.has(token) || /^\p{Lu}$/u.test(token);
}

/** One segmenter per locale; a code Intl does not know, or cannot parse (`english!`), falls back to the root rules. */
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    const locale = supportedLocale(language);
    segmenters.set(language, (segmenter = new Intl.Segmenter(locale, {granularity: "sentence"})));
  }
  return segmenter;
}

/** Intl throws a RangeError on a malformed language tag; front matter may hold any text. */
function supportedLocale(language: string): string {
  try {
    return Intl.Segmenter.supportedLocalesOf([language])[0] ?? "und";
  } catch {
    return "und";
  }
}

function abbreviationSet(rules: SegmentationRules): Set<string> {
  let set = abbreviationSets.get(rules);
  if (!set) abbreviationSets.set(rules, (set = new Set(Object.values(rules).flat())));
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
