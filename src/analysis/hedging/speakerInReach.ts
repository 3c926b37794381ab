// Whether a cue that may point back to a speaker (`katanya`: "he said" or "they say") has one.
// After a quotation, or where the sourcing stage found who it points back to, `katanya` is an
// attribution; with no speaker in reach it is hearsay, a shield (`Katanya, harga BBM akan naik`).
import type {AttributionRow} from "../types.js";

/** An attribution's cue span, all speakerInReach needs of a row. */
export type ResolvedCue = Pick<AttributionRow, "cue_start" | "cue_end">;

/**
 * True when the cue at [start, end) of `text` closes a quotation of its sentence (only marks,
 * punctuation and white space between: `“Kami siap,” katanya`) or is the cue of an attribution
 * row of the sentence (the sourcing stage resolved it to a speaker).
 *
 * @example speakerInReach("“Kami siap,” katanya.", 13, 20, [{start: 1, end: 11}], []) // true
 * @example speakerInReach("Katanya, harga BBM akan naik.", 0, 7, undefined, []) // false
 */
export function speakerInReach(text: string, start: number, end: number, quoted: readonly {start: number; end: number}[] | undefined, resolved: readonly ResolvedCue[]): boolean {
  if (resolved.some((a) => a.cue_start !== undefined && a.cue_end !== undefined && a.cue_start <= start && end <= a.cue_end)) return true;
  return (quoted ?? []).some((piece) => piece.end <= start && /^[\s\p{P}]*$/u.test(text.slice(piece.end, start)));
}
