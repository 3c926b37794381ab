import {resolve} from "node:path";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import type {Tables} from "../src/analysis/types.js";
import {readCorpus, type CorpusOptions} from "./corpus.js";
import {DEFAULT_CORPUS, loadSettings} from "./settings.js";

/** Read and analyze a corpus folder (default: articles/): what the CLI and the Framework loader share. */
export async function analyzeFolder(dir: string = DEFAULT_CORPUS, options: CorpusOptions = {}): Promise<Tables> {
  const folder = resolve(dir || DEFAULT_CORPUS);
  const corpus = await readCorpus(folder, options);
  return analyzeCorpus(corpus.documents, loadSettings(folder), corpus.problems);
}
