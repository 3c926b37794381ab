// The tables an evaluation scores: the default corpus, analyzed exactly as the CLI does.
import {analyzeCorpus} from "../../src/analysis/pipeline.js";
import type {Settings} from "../../src/analysis/pipeline.js";
import type {SourceDocument, Tables} from "../../src/analysis/types.js";
import {loadSettings, DEFAULT_CORPUS} from "../../data-loaders/settings.js";
import {readCorpus} from "../../data-loaders/corpus.js";

export async function seedTables(overrides: Partial<Settings> = {}): Promise<Tables> {
  const {documents, problems} = await readCorpus(DEFAULT_CORPUS);
  return analyzeCorpus(documents, {...loadSettings(DEFAULT_CORPUS), ...overrides}, problems);
}

/** Analyze documents written in a test (hand-made cases beyond the seeds). */
export function tablesFor(documents: SourceDocument[], overrides: Partial<Settings> = {}): Tables {
  return analyzeCorpus(documents, {...loadSettings(DEFAULT_CORPUS), ...overrides});
}
