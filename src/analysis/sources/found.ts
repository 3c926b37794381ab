// An attribution as the attribution step holds it, before it becomes a row.
import type {SentenceRow} from "../types.js";
import type {Mention} from "./mentions.js";

export interface Found {
  sentence: SentenceRow;
  mention: Mention;
  cue: string;
  cue_start: number;
  cue_end: number;
  /** False for meta mentions that attribute nothing. */
  counts: boolean;
  relay: boolean;
  /** The source that passed this one's words on, in the same sentence (`Reuters, citing KCNA` → KCNA via Reuters). */
  via?: string;
}
