// A language model is data (src/reference/lang/<code>.json, docs/languages.md): every word a stage
// needs to read one language's reporting. The engine knows no language; each stage looks up the
// article's model by its `language`. This file types a model and hands each stage its part.
import type {AttributionWords, SourceRegistry} from "../sources/registry.js";
import type {AgentWords, HedgeCue, HedgeLexicon} from "../hedging/lexicon.js";
import type {SegmentationRules} from "../segment/segment.js";

/** One language, as the stages read it. */
export interface LanguageModel {
  /** ISO 639-1 code, as articles give it in their `language` field (`id`, `en`). */
  code: string;
  /** The language's name, for the methodology page. */
  name: string;
  about?: string;
  segmentation?: {
    /** Tokens that end in a period but do not end a sentence (`Tn`, `Sen`), matched exactly. */
    abbreviations?: string[];
  };
  /** Cue words, roles, determiners, function words: docs/sources.md. */
  attribution?: AttributionWords;
  /** Cues, enclitics and agent words: docs/hedging.md. A cue here is this language's; it names none. */
  hedging?: {
    enclitics?: string[];
    agents?: AgentWords;
    cues?: Omit<HedgeCue, "language">[];
  };
}

/** The reference data of the stages that read language, before the language models are added. */
export interface LanguageNeutral {
  registry: SourceRegistry;
  lexicon: HedgeLexicon;
  segmentation?: SegmentationRules;
}

/**
 * Each stage's reference data with every language model's part added: the registry gets each
 * model's attribution words under its code, the lexicon its cues (marked with the code), enclitics
 * and agents, segmentation its abbreviations. Models are taken in the order given.
 * @example withLanguageModels({registry, lexicon}, [{code: "xx", name: "X", hedging: {cues: [{cue: "mebbe", kind: "hedge", type: "epistemic_modal"}]}}]).lexicon.cues.at(-1)?.language // "xx"
 */
export function withLanguageModels(neutral: LanguageNeutral, models: LanguageModel[]): Required<LanguageNeutral> {
  const languages: Record<string, AttributionWords> = {...neutral.registry.languages};
  const segmentation: SegmentationRules = {...neutral.segmentation};
  const cues: HedgeCue[] = [...neutral.lexicon.cues];
  const enclitics: Record<string, string[]> = {...neutral.lexicon.enclitics};
  const agents: Record<string, AgentWords> = {...neutral.lexicon.agents};
  for (const model of models) {
    if (model.attribution) languages[model.code] = model.attribution;
    if (model.segmentation?.abbreviations) segmentation[model.code] = model.segmentation.abbreviations;
    const hedging = model.hedging ?? {};
    for (const cue of hedging.cues ?? []) cues.push({...cue, language: model.code});
    if (hedging.enclitics) enclitics[model.code] = hedging.enclitics;
    if (hedging.agents) agents[model.code] = hedging.agents;
  }
  return {
    registry: {...neutral.registry, languages},
    lexicon: {...neutral.lexicon, cues, enclitics, agents},
    segmentation,
  };
}
