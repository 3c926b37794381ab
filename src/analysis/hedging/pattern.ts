// Cue patterns: a tiny word-level language, so multiword cues, their context and their exceptions
// live in the lexicon (data) rather than in code. Syntax in docs/hedging.md.
import {tokenize} from "../text/words.js";

/** One alternative a word position accepts: a literal word, a word class, or any word. */
export type SlotOption = {word: string} | {wordClass: string} | {any: true};

/** One word position of a pattern. */
export interface PatternSlot {
  options: SlotOption[];
  /** May be skipped (`word?`). */
  optional: boolean;
  /** Context only: the neighbouring word must NOT be one of the options (`[!di]`). */
  negative: boolean;
}

/** A parsed pattern: the cue's own words and the words that must (or must not) surround it. */
export interface CuePattern {
  /** Context before the cue, in reading order; not part of the cue's span. */
  before: PatternSlot[];
  /** The cue's own words: their span is what a page highlights. */
  core: PatternSlot[];
  /** Context after the cue; not part of the span. */
  after: PatternSlot[];
}

/**
 * Parse a cue pattern. Words are separated by spaces; `(a|b)` offers alternatives, `<name>` a word
 * class, `*` any word, a trailing `?` makes a position optional; `[...]` at the start or end is
 * context that must be there but is not highlighted; `!` inside context means "not this word".
 * Throws an Error naming the problem when the pattern is malformed.
 *
 * @example parseCuePattern("sekitar [<quantity>]")
 * // {before: [], core: [{options: [{word: "sekitar"}], ...}], after: [{options: [{wordClass: "quantity"}], ...}]}
 * @example parseCuePattern("[!<se_degree>] mungkin") // negative context: not `secepat mungkin`
 */
export function parseCuePattern(pattern: string, caseSensitive = false): CuePattern {
  const pieces = pattern.trim().replace(/\[/g, " [ ").replace(/\]/g, " ] ").split(/\s+/).filter(Boolean);
  const groups: {context: boolean; slots: PatternSlot[]}[] = [];
  let open: {context: boolean; slots: PatternSlot[]} | null = null;
  for (const piece of pieces) {
    if (piece === "[") {
      if (open?.context) throw new Error(`nested "[" in pattern "${pattern}"`);
      open = {context: true, slots: []};
      groups.push(open);
    } else if (piece === "]") {
      if (!open?.context) throw new Error(`"]" without "[" in pattern "${pattern}"`);
      if (open.slots.length === 0) throw new Error(`empty context "[]" in pattern "${pattern}"`);
      open = null;
    } else {
      if (!open) {
        open = {context: false, slots: []};
        groups.push(open);
      }
      open.slots.push(parseSlot(piece, open.context, pattern, caseSensitive));
    }
  }
  if (open?.context) throw new Error(`unclosed "[" in pattern "${pattern}"`);
  const coreGroups = groups.filter((g) => !g.context);
  if (coreGroups.length !== 1) {
    throw new Error(coreGroups.length === 0 ? `pattern "${pattern}" has no cue words outside [context]` : `context "[...]" may only stand at the start or end of pattern "${pattern}"`);
  }
  const coreAt = groups.indexOf(coreGroups[0]);
  if (coreAt > 1 || groups.length - coreAt > 2) throw new Error(`only one [context] before and one after the cue words in pattern "${pattern}"`);
  const core = coreGroups[0].slots;
  if (!core.some((slot) => !slot.optional)) throw new Error(`pattern "${pattern}" needs at least one required cue word`);
  return {
    before: coreAt === 1 ? groups[0].slots : [],
    core,
    after: coreAt + 1 < groups.length ? groups[coreAt + 1].slots : [],
  };
}

function parseSlot(piece: string, inContext: boolean, pattern: string, caseSensitive: boolean): PatternSlot {
  let body = piece;
  const negative = body.startsWith("!");
  if (negative) {
    if (!inContext) throw new Error(`"!" only belongs inside [context], in pattern "${pattern}"`);
    body = body.slice(1);
  }
  const optional = body.endsWith("?");
  if (optional) body = body.slice(0, -1);
  if (negative && optional) throw new Error(`"${piece}": a negative context word cannot also be optional, in pattern "${pattern}"`);
  if (body.startsWith("(") !== body.endsWith(")")) throw new Error(`unbalanced parentheses in "${piece}" of pattern "${pattern}"`);
  const alternatives = body.startsWith("(") ? body.slice(1, -1).split("|") : [body];
  const options = alternatives.map((alternative) => parseOption(alternative, pattern, caseSensitive));
  return {options, optional, negative};
}

function parseOption(text: string, pattern: string, caseSensitive: boolean): SlotOption {
  if (text === "*") return {any: true};
  const wordClass = /^<([\p{L}\p{N}_-]+)>$/u.exec(text);
  if (wordClass) return {wordClass: wordClass[1]};
  // A literal must be exactly one word as the tokenizer sees it, or it could never match.
  const tokens = tokenize(text);
  if (tokens.length !== 1 || tokens[0].text !== text) throw new Error(`"${text}" is not a single word, in pattern "${pattern}"`);
  return {word: caseSensitive ? text : text.toLowerCase()};
}
