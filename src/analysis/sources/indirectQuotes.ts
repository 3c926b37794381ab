// Reported speech: `X said the bank was in no hurry`, `X mengatakan bahwa ...`, `Menurut X, ...`.
// An attribution whose cue reports what someone said makes the rest of its sentence that speaker's
// indirect quote, unless the sentence already quotes them directly. A media report of an event
// (`KCNA reported the launch`, `seperti dilansir Reuters`) and a relay are attributions, not quotes
// (docs/annotation.md).
import type {QuoteRow} from "../types.js";
import type {Found} from "./found.js";
import type {CompiledRegistry} from "./registry.js";

/** Letters that may stand outside the reported clause and still leave it whole (`Namun,`, `But`). */
const EDGE = 12;

/**
 * One indirect quote per speaker per sentence, for sentences with no direct quote by that speaker.
 * The language's report cues (`melaporkan`, `reported`, `dilansir`: they report rather than say)
 * make no quote with a media source.
 * @example indirectQuotes([{sentence, mention: {source: "Agus", ...}, cue: "said", ...}], [], compiled)[0].direct // false
 */
export function indirectQuotes(found: Found[], quotes: QuoteRow[], compiled: CompiledRegistry): QuoteRow[] {
  const reportCues = compiled.words.reportCues;
  const rows: QuoteRow[] = [];
  const quoted = new Set(quotes.map((q) => `${q.sentence_index}\u0000${q.speaker}`));
  for (const f of found) {
    if (!f.counts || f.relay || !f.mention.source || f.mention.resolution === "imagery" || f.mention.resolution === "quote_span") continue;
    if (reportCues.has(f.cue.toLowerCase()) && !f.mention.person) continue;
    const key = `${f.sentence.index}\u0000${f.mention.source}`;
    if (quoted.has(key)) continue;
    const span = reportedClause(f, compiled.clauses.leadingComplementiser);
    if (!span) continue;
    quoted.add(key);
    rows.push({
      article_id: f.sentence.article_id,
      sentence_index: f.sentence.index,
      speaker: f.mention.source,
      category: f.mention.category,
      affiliation: f.mention.affiliation,
      direct: false,
      form: "indirect",
      text: f.sentence.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      named: f.mention.named,
      quote_id: `${f.sentence.article_id}:${f.sentence.index}:indirect:${f.mention.source}`,
      via: f.via ?? null,
    });
  }
  return rows;
}

/**
 * The words reported: after the source and cue when they open the sentence (`X said that ...`,
 * `Menurut X, ...`), before them when they close it (`..., X said.`), else the longer side.
 */
function reportedClause(f: Found, leading: RegExp): {start: number; end: number} | null {
  const text = f.sentence.text;
  const lo = Math.min(f.mention.start, f.cue_start);
  const hi = Math.max(f.mention.end, f.cue_end);
  const after = trimmed(text, hi, text.length, leading);
  const before = trimmed(text, 0, lo, leading);
  const letters = (s: {start: number; end: number} | null) => (s ? text.slice(s.start, s.end).replace(/[^\p{L}]/gu, "").length : 0);
  if (letters(before) <= EDGE && letters(after) > 0) return after;
  if (letters(after) <= EDGE && letters(before) > 0) return before;
  return letters(after) >= letters(before) ? after : before;
}

/** The span [from, to) without edge spaces, punctuation and a leading complementiser (`that`, `bahwa`). */
function trimmed(text: string, from: number, to: number, leading: RegExp): {start: number; end: number} | null {
  let s = from;
  let e = to;
  const lead = leading.exec(text.slice(s, e));
  s += lead ? lead[0].length : 0;
  while (e > s && /[\s,;:.—–-]/u.test(text[e - 1])) e--;
  return e > s && /\p{L}/u.test(text.slice(s, e)) ? {start: s, end: e} : null;
}
