// The hedge lexicon is data (src/reference/hedges.json, documented in docs/hedging.md); these are
// its types. Readers edit it in the hedging page, so every field has a plain, documented meaning.

/** A hedge lowers the writer's commitment to a claim; a booster raises it. */
export type HedgeKind = "hedge" | "booster";

/**
 * What a cue does. Hedges: `epistemic_modal` (mungkin, may), `evidential` (tampaknya, seems),
 * `approximator` (sekitar 300, about 300), `shield` (belief or report put on unnamed others:
 * diduga, dikabarkan, reportedly), `verification` (the outlet says it could not check the claim:
 * belum dapat diverifikasi, could not be independently verified), `limiter` (pertama yang
 * diketahui, first known), `uncertainty` (belum jelas, unclear). Boosters: `certainty` (pasti,
 * certainly), `proof` (terbukti, proves that), `emphatic` (benar-benar, indeed). `other` for
 * reader-added cues.
 */
export type HedgeType =
  | "epistemic_modal"
  | "evidential"
  | "approximator"
  | "shield"
  | "verification"
  | "limiter"
  | "uncertainty"
  | "certainty"
  | "proof"
  | "emphatic"
  | "other";

export const HEDGE_KINDS: readonly HedgeKind[] = ["hedge", "booster"];

export const HEDGE_TYPES: readonly HedgeType[] = [
  "epistemic_modal",
  "evidential",
  "approximator",
  "shield",
  "verification",
  "limiter",
  "uncertainty",
  "certainty",
  "proof",
  "emphatic",
  "other",
];

/** One cue of the lexicon. */
export interface HedgeCue {
  /** The cue's name, shown and counted; also its pattern when `pattern` is absent. */
  cue: string;
  kind: HedgeKind;
  type: HedgeType;
  /** ISO 639-1 code (`id`, `en`); absent means the cue applies to any language. */
  language?: string;
  /** A word pattern (syntax in docs/hedging.md), e.g. `sekitar [<quantity>]`; defaults to `cue`. */
  pattern?: string;
  /** Match letter case exactly (English `may`, so the month `May` is not a modal). Default false. */
  case_sensitive?: boolean;
  /** Let words take the language's enclitics (`tentu` → `tentunya`). Default true. */
  enclitics?: boolean;
  /** Why the cue is in the lexicon, or what it guards against. */
  note?: string;
  /**
   * Readings in which the cue's words are no cue, as patterns (same syntax): where one matches
   * words that include the cue's, the cue does not count. `could be (seen|heard) [!as]` keeps
   * `could` of perception out; a pattern can say what `[!x]` context cannot (two words, a
   * sentence edge after the cue: `might [!*]`).
   */
  unless?: string[];
  /**
   * A hedge only when no agent follows (`dilaporkan tewas`), never with one (`dilaporkan KCNA`,
   * `expected by economists`): that is an attribution, which the sourcing stage measures. What
   * an agent looks like is the language's `agents` entry.
   */
  agentless?: boolean;
  /**
   * A hedge only when no speaker is in reach: `katanya` as hearsay, not the `katanya` that closes
   * a quotation or that the sourcing stage resolved to a speaker (docs/hedging.md).
   */
  speakerless?: boolean;
}

/** How one language marks the agent of a reporting verb (`agentFollows`). */
export interface AgentWords {
  /** Words that introduce an agent: `oleh`, `by`. */
  markers: string[];
  /** Words skipped between a marker and its agent: `the` (`by the government`), or a word class, `<quantity>` (`by 31 economists`). */
  skip?: string[];
  /** Nouns that are an agent right after the verb (`dilaporkan media setempat`, `kantor berita`). */
  media?: string[];
  /** A capitalised name right after the verb is its agent (`dilaporkan KCNA`): true in Indonesian, not in English. */
  names?: boolean;
  /** Word classes that are never an agent, after the verb or a marker: `time` (`by March 20`, `dilaporkan Senin`), `quantity` (`diperkirakan Rp5 triliun`). */
  not_agents?: string[];
}

/** A named set of words a pattern may refer to as `<name>`. */
export interface WordClass {
  /** Lower-case words. */
  words?: string[];
  /** A regular expression (source, Unicode flag) tested against the lower-case word. */
  pattern?: string;
}

/** The whole lexicon: cues, the word classes their patterns use, and enclitics per language. */
export interface HedgeLexicon {
  cues: HedgeCue[];
  classes?: Record<string, WordClass>;
  /** Particles a word may carry and still be the same cue, per language: `{"id": ["nya", "lah", "kah", "pun"]}`. */
  enclitics?: Record<string, string[]>;
  /** How each language marks an agent, for `agentless` cues: `{"id": {"markers": ["oleh"], "names": true}}`. */
  agents?: Record<string, AgentWords>;
}

/**
 * The pattern a cue is matched by: its `pattern`, or else its name.
 * @example cuePattern({cue: "mungkin", kind: "hedge", type: "epistemic_modal"}) // "mungkin"
 */
export function cuePattern(cue: HedgeCue): string {
  return cue.pattern ?? cue.cue;
}
