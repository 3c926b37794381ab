// Cue matching on whole words, never on substrings: `jelas` is not found inside `menjelaskan`,
// `mungkin` not inside `kemungkinan`, and no cue inside `Kementerian`. Indonesian enclitics
// (`tentunya`, `pastilah`) are the only affixes allowed, because they do not change the word.
import {tokenize, type Token} from "../text/words.js";
import {cuePattern, type AgentWords, type HedgeCue, type HedgeLexicon} from "./lexicon.js";
import {parseCuePattern, type CuePattern, type PatternSlot, type SlotOption} from "./pattern.js";
import {agentFollows, type AgentContext} from "./agentFollows.js";

/** A cue found in a text: which lexicon entry, and the UTF-16 span of its own words (end exclusive). */
export interface CueMatch {
  cue: HedgeCue;
  /** Position of the cue in `lexicon.cues`, the final tie-breaker between overlapping matches. */
  order: number;
  start: number;
  end: number;
}

interface CompiledCue {
  cue: HedgeCue;
  order: number;
  pattern: CuePattern;
  caseSensitive: boolean;
  enclitics: readonly string[];
  /** Readings in which the cue's words are no cue (`unless`). */
  unless: CuePattern[];
  /** For an `agentless` cue: how its language marks an agent; null when the cue takes any. */
  agents: AgentWords | null;
}

interface CompiledWordClass {
  words: Set<string>;
  regex: RegExp | null;
}

interface CompiledLexicon {
  /** Cues whose first cue word is a fixed word, keyed by that word (lower case). */
  byFirstWord: Map<string, CompiledCue[]>;
  /** Cues that may start with any word (a class, `*`, an optional word): tried everywhere. */
  anywhere: CompiledCue[];
  classes: Map<string, CompiledWordClass>;
  /** Every enclitic of every language, longest first, to find a word's base for the index. */
  allEnclitics: string[];
}

const compiled = new WeakMap<HedgeLexicon, CompiledLexicon>();

/**
 * The lexicon made ready to match, compiled once per lexicon object. A reader's edit in the page
 * produces a new object, so the cache never serves a stale lexicon. Throws on a malformed pattern
 * or an unknown word class, naming the cue.
 *
 * @example compileLexicon(lexicon) === compileLexicon(lexicon) // true: cached
 */
export function compileLexicon(lexicon: HedgeLexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const classes = new Map<string, CompiledWordClass>();
  for (const [name, wordClass] of Object.entries(lexicon.classes ?? {})) {
    classes.set(name, {words: new Set((wordClass.words ?? []).map((w) => w.toLowerCase())), regex: wordClass.pattern ? new RegExp(wordClass.pattern, "u") : null});
  }
  const result: CompiledLexicon = {byFirstWord: new Map(), anywhere: [], classes, allEnclitics: []};
  const enclitics = new Set<string>();
  lexicon.cues.forEach((cue, order) => {
    let pattern: CuePattern;
    let unless: CuePattern[];
    try {
      pattern = parseCuePattern(cuePattern(cue), cue.case_sensitive === true);
      unless = (cue.unless ?? []).map((p) => parseCuePattern(p, cue.case_sensitive === true));
    } catch (error) {
      throw new Error(`hedge cue "${cue.cue}": ${(error as Error).message}`);
    }
    for (const parsed of [pattern, ...unless]) {
      for (const slot of [...parsed.before, ...parsed.core, ...parsed.after]) {
        for (const option of slot.options) {
          if ("wordClass" in option && !classes.has(option.wordClass)) throw new Error(`hedge cue "${cue.cue}": unknown word class <${option.wordClass}>`);
        }
      }
    }
    const agents = cue.agentless === true && cue.language ? (lexicon.agents?.[cue.language] ?? null) : null;
    for (const name of agents?.not_agents ?? []) {
      if (!classes.has(name)) throw new Error(`agents of "${cue.language}": unknown word class <${name}> in not_agents`);
    }
    const cueEnclitics = cue.enclitics === false || !cue.language ? [] : (lexicon.enclitics?.[cue.language] ?? []);
    for (const e of cueEnclitics) enclitics.add(e.toLowerCase());
    const entry: CompiledCue = {cue, order, pattern, caseSensitive: cue.case_sensitive === true, enclitics: cueEnclitics.map((e) => e.toLowerCase()), unless, agents};
    const first = pattern.core[0];
    const firstWords = first.optional ? null : first.options.map((o) => ("word" in o ? o.word.toLowerCase() : null));
    if (firstWords && firstWords.every((w) => w !== null)) {
      for (const word of new Set(firstWords as string[])) {
        const list = result.byFirstWord.get(word) ?? [];
        list.push(entry);
        result.byFirstWord.set(word, list);
      }
    } else {
      result.anywhere.push(entry);
    }
  });
  result.allEnclitics = [...enclitics].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  compiled.set(lexicon, result);
  return result;
}

/**
 * Every cue of the lexicon in a text, overlaps resolved: where two matches overlap, the longer
 * span wins (`tidak jelas` over `jelas`, `apa yang tampak seperti` over `tampak seperti`), then
 * the earlier one, then the one listed first in the lexicon. Sorted by position.
 * With `language`, cues of other languages are skipped (cues without a language always apply).
 *
 * @example matchCues("Sekitar 300 orang mungkin hadir.", lexicon).map((m) => m.cue.cue) // ["sekitar", "mungkin"]
 */
export function matchCues(text: string, lexicon: HedgeLexicon, language?: string): CueMatch[] {
  const compiledLexicon = compileLexicon(lexicon);
  const tokens = tokenize(text);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const candidates: CueMatch[] = [];
  const context: MatchContext = {text, tokens, lower, lexicon: compiledLexicon};
  for (let i = 0; i < tokens.length; i++) {
    // Most words start no cue: look them up before building anything. A word with an enclitic
    // may reach the same cue twice (as itself and as its base); each is tried once.
    const own = compiledLexicon.byFirstWord.get(lower[i]);
    if (own) for (const entry of own) tryAt(entry, i, language, context, candidates);
    for (const key of strippedForms(lower[i], compiledLexicon.allEnclitics)) {
      for (const entry of compiledLexicon.byFirstWord.get(key) ?? []) if (!own?.includes(entry)) tryAt(entry, i, language, context, candidates);
    }
    for (const entry of compiledLexicon.anywhere) tryAt(entry, i, language, context, candidates);
  }
  return resolveOverlaps(candidates);
}

/** Try one cue at token `i`; a match that is not one of the cue's other readings becomes a candidate. */
function tryAt(entry: CompiledCue, i: number, language: string | undefined, context: MatchContext, candidates: CueMatch[]): void {
  if (language && entry.cue.language && entry.cue.language !== language) return;
  const span = matchAt(entry.pattern, entry, i, context);
  if (span && !otherReading(entry, span, context)) candidates.push({cue: entry.cue, order: entry.order, start: context.tokens[span.from].start, end: context.tokens[span.to - 1].end});
}

/** Longest first, then earliest, then lexicon order; keep each match that overlaps no kept one. */
function resolveOverlaps(candidates: CueMatch[]): CueMatch[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: CueMatch[] = [];
  for (const match of ranked) {
    if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start || a.order - b.order);
}

/** A word and, when it ends in an enclitic, the word without it (`tentunya` → `tentu`). */
function baseForms(word: string, enclitics: string[]): string[] {
  return [word, ...strippedForms(word, enclitics)];
}

const NO_FORMS: readonly string[] = [];

/** The word without each enclitic it ends in; a shared empty list for most words, which end in none. */
function strippedForms(word: string, enclitics: string[]): readonly string[] {
  let forms: string[] | null = null;
  for (const e of enclitics) if (word.length > e.length + 1 && word.endsWith(e)) (forms ??= []).push(word.slice(0, -e.length));
  return forms ?? NO_FORMS;
}

interface MatchContext {
  text: string;
  tokens: Token[];
  lower: string[];
  lexicon: CompiledLexicon;
  agent?: AgentContext;
}

/**
 * The longest token range [from, to) of a pattern's own words (the cue's, or one of its `unless`
 * readings) starting at token `start`, with its context satisfied; null when it does not match there.
 */
function matchAt(pattern: CuePattern, entry: CompiledCue, start: number, context: MatchContext): {from: number; to: number} | null {
  if (!contextHolds(pattern.before, start - 1, -1, entry, context)) return null;
  let best = -1;
  for (const end of slotEnds(pattern.core, 0, start, start, entry, context)) {
    if (end > best && end > start && contextHolds(pattern.after, end, 1, entry, context)) best = end;
  }
  return best > start ? {from: start, to: best} : null;
}

/**
 * Whether a match is a reading in which the cue's words are no cue: an agent follows an
 * `agentless` verb (`dilaporkan KCNA`, see agentFollows), or one of the cue's `unless` patterns
 * matches words that include the match (`could be seen` over `could`).
 *
 * @example // with {cue: "could", unless: ["could be (seen|heard) [!as]"]}:
 * // "Smoke could be seen from afar." → no cue; "It could be seen as a provocation." → could
 */
function otherReading(entry: CompiledCue, span: {from: number; to: number}, context: MatchContext): boolean {
  if (entry.agents && agentFollows(agentContext(context), span.to, entry.agents)) return true;
  return entry.unless.some((pattern) => {
    // Each position of a pattern's own words takes one token, so it can start at most this far back.
    for (let start = Math.max(0, span.from - pattern.core.length + 1); start <= span.from; start++) {
      const reading = matchAt(pattern, entry, start, context);
      if (reading && reading.to >= span.to) return true;
    }
    return false;
  });
}

/** The matcher's view of the sentence for agentFollows, made once per text when first needed. */
function agentContext(context: MatchContext): AgentContext {
  context.agent ??= {
    tokens: context.tokens,
    lower: context.lower,
    joined: (a) => joinedBySpace(context, a, a + 1),
    inClass: (name, word) => {
      const wordClass = context.lexicon.classes.get(name);
      return wordClass !== undefined && (wordClass.words.has(word) || (wordClass.regex?.test(word) ?? false));
    },
  };
  return context.agent;
}

/**
 * Every token index where a run of slots can end, walking forward from token `at`. Consecutive
 * words of a cue must be separated by white space only: a comma or quote mark breaks a phrase.
 */
function slotEnds(slots: PatternSlot[], s: number, at: number, startedAt: number, entry: CompiledCue, context: MatchContext): number[] {
  if (s === slots.length) return [at];
  const ends: number[] = [];
  const slot = slots[s];
  if (slot.optional) ends.push(...slotEnds(slots, s + 1, at, startedAt, entry, context));
  if (at < context.tokens.length && (at === startedAt || joinedBySpace(context, at - 1, at)) && slotAccepts(slot, at, entry, context)) {
    ends.push(...slotEnds(slots, s + 1, at + 1, startedAt, entry, context));
  }
  return ends;
}

/**
 * Whether context slots hold, walking from token `at` in `direction` (-1: the words before the
 * cue, nearest first). A positive slot needs an adjacent matching word; a negative slot fails
 * only on an adjacent word that matches, so a sentence edge or a comma satisfies it.
 */
function contextHolds(slots: PatternSlot[], at: number, direction: 1 | -1, entry: CompiledCue, context: MatchContext): boolean {
  return contextFrom(slots, 0, at, at - direction, direction, entry, context);
}

/**
 * contextHolds from the `s`-th slot on (counted nearest the cue first), at token `position`, the
 * previous word looked at being `previous`. A plain function, not a closure: it runs for every
 * candidate of every sentence.
 */
function contextFrom(slots: PatternSlot[], s: number, position: number, previous: number, direction: 1 | -1, entry: CompiledCue, context: MatchContext): boolean {
  if (s === slots.length) return true;
  const slot = slots[direction === 1 ? s : slots.length - 1 - s];
  const adjacent = position >= 0 && position < context.tokens.length && joinedBySpace(context, Math.min(previous, position), Math.max(previous, position));
  if (slot.negative) {
    if (adjacent && slotAccepts(slot, position, entry, context)) return false;
    return contextFrom(slots, s + 1, position + direction, position, direction, entry, context);
  }
  if (slot.optional && contextFrom(slots, s + 1, position, previous, direction, entry, context)) return true;
  return adjacent && slotAccepts(slot, position, entry, context) && contextFrom(slots, s + 1, position + direction, position, direction, entry, context);
}

/** True when only white space separates token `a` from token `a + 1`. */
function joinedBySpace(context: MatchContext, a: number, b: number): boolean {
  if (a < 0 || b >= context.tokens.length) return false;
  const gap = context.text.slice(context.tokens[a].end, context.tokens[b].start);
  return gap.length > 0 && /^\s+$/u.test(gap);
}

function slotAccepts(slot: PatternSlot, at: number, entry: CompiledCue, context: MatchContext): boolean {
  return slot.options.some((option) => optionAccepts(option, at, entry, context));
}

function optionAccepts(option: SlotOption, at: number, entry: CompiledCue, context: MatchContext): boolean {
  if ("any" in option) return true;
  const word = context.lower[at];
  if ("wordClass" in option) {
    const wordClass = context.lexicon.classes.get(option.wordClass)!;
    return baseForms(word, entry.enclitics as string[]).some((form) => wordClass.words.has(form) || (wordClass.regex?.test(form) ?? false));
  }
  const written = entry.caseSensitive ? context.tokens[at].text : word;
  return written === option.word || entry.enclitics.some((e) => written.length === option.word.length + e.length && written.startsWith(option.word) && written.toLowerCase().endsWith(e));
}
