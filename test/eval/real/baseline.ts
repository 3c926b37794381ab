// The floor every figure is read against: what a dozen regular expressions get on the same
// articles. No cleaning (every line is reporting), sentences cut at end punctuation before a
// capital, a source after or before a handful of speech verbs, a category from words near it,
// a quote's speaker from its sentence's source, and the commonest hedge and booster words.
import type {Predictions} from "./measures.js";

const SENTENCE_END = /(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u;
const NAME = String.raw`((?:\p{Lu}[\p{L}\p{N}.'’-]*\s?){1,4})`;
const SOURCE_AFTER = new RegExp(String.raw`\b(?:kata|ujar|ungkap|tutur|menurut|said|according to|told)\s+(?:(?:the|a|an)\s+)?${NAME}`, "gu");
const SOURCE_BEFORE = new RegExp(String.raw`${NAME}\s*(?:mengatakan|menyatakan|menjelaskan|melaporkan|said|says|told|reported)\b`, "gu");
const PRONOUN = /\b(?:katanya|ujarnya|tambahnya|tuturnya|ungkapnya|(?:he|she) (?:said|added|told))\b/gu;
const QUOTE = /[“"][^”"]{3,}[”"]/u;
const CATEGORY: [string, RegExp][] = [
  ["state_media", /\b(?:KCNA|Xinhua|TASS|RIA|IRNA|Antara|Anadolu|SANA|state media|media pemerintah)\b/u],
  ["independent_media", /\b(?:Reuters|AP|AFP|Bloomberg|CNN|BBC|Yonhap|Kyodo|detik\w*|Kompas\w*)\b/u],
  ["analyst", /\b(?:analis|analyst|pakar|pengamat|ekonom|economist|profesor|professor|peneliti|researcher|expert)\b/iu],
  ["anonymous", /\b(?:sumber|sources?|warga|residents?|witness(?:es)?|saksi)\b/iu],
  ["government", /\b(?:menteri|minister|presiden|president|kementerian|ministry|polisi|police|pemerintah|government|pejabat|officials?|juru bicara|spokes(?:man|woman|person)|kepala|gubernur|governor|bank)\b/iu],
];
const HEDGES = /\b(?:mungkin|kemungkinan|diduga|diperkirakan|sekitar|dikabarkan|may|might|could|reportedly|allegedly|likely|about|around)\b/giu;
const BOOSTERS = /\b(?:jelas|pasti|memang|clearly|certainly|indeed)\b/giu;

/** Sentences of one article body: each line cut at end punctuation followed by a capital. */
export function baselineSentences(body: string): string[] {
  return body.split("\n").map((l) => l.trim()).filter(Boolean).flatMap((line) => line.split(SENTENCE_END)).filter(Boolean);
}

function categoryNear(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 40), at + 60);
  return CATEGORY.find(([, pattern]) => pattern.test(window))?.[0] ?? "other";
}

/** The baseline's predictions for articles given as (id, body). */
export function baselinePredictions(articles: {id: string; body: string}[]): Predictions {
  const out: Predictions = {sentences: [], attributions: [], quotes: [], hedges: []};
  for (const {id, body} of articles) {
    let last: {source: string; category: string} | null = null;
    baselineSentences(body).forEach((text, index) => {
      out.sentences.push({article_id: id, index, text});
      const found: {source: string; category: string; start: number}[] = [];
      for (const pattern of [SOURCE_AFTER, SOURCE_BEFORE]) {
        for (const m of text.matchAll(pattern)) {
          const start = m.index + m[0].indexOf(m[1]);
          found.push({source: m[1].trim(), category: categoryNear(text, start), start});
        }
      }
      for (const m of text.matchAll(PRONOUN)) if (last) found.push({...last, start: m.index});
      for (const f of found) out.attributions.push({article_id: id, sentence_index: index, ...f});
      if (found.length > 0) last = found[found.length - 1];
      const quote = QUOTE.exec(text);
      if (quote && found.length > 0) out.quotes.push({article_id: id, sentence_index: index, speaker: found[0].source, category: found[0].category, start: quote.index + 1});
      for (const [pattern, kind] of [[HEDGES, "hedge"], [BOOSTERS, "booster"]] as const) {
        for (const m of text.matchAll(pattern)) out.hedges.push({article_id: id, sentence_index: index, kind, start: m.index, text: m[0]});
      }
    });
  }
  return out;
}
