// Reads the reference data (src/reference/*.json) that the pure pipeline takes as parameters.
// The files are data a user edits; the browser gets the same files through FileAttachment.
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {basename, join, resolve} from "node:path";
import type {Settings} from "../src/analysis/pipeline.js";
import {DEFAULT_CLAIM_OPTIONS, withClaimTerms, type ClaimTermsReference} from "../src/analysis/claims/cluster.js";

export const PROJECT_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
/** The reference data: src/reference/, unless TELISIK_REFERENCE names another folder (to try edits). */
export const REFERENCE_DIR = resolve(process.env.TELISIK_REFERENCE || join(PROJECT_ROOT, "src", "reference"));
export const DEFAULT_CORPUS = join(PROJECT_ROOT, "articles");

export function readReference<T>(name: string): T {
  const file = join(REFERENCE_DIR, name);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read reference data ${file}: ${(error as Error).message}`);
  }
}

/** Settings for a corpus folder: files at its top level belong to an event named after the folder. */
export function loadSettings(corpusDir: string = DEFAULT_CORPUS): Settings {
  return {
    articles: {...readReference<Settings["articles"]>("outlets.json"), defaultEvent: basename(resolve(corpusDir))},
    cleaning: readReference("cleaning.json"),
    segmentation: readReference("abbreviations.json"),
    registry: readReference("sources.json"),
    lexicon: readReference("hedges.json"),
    claims: withClaimTerms(DEFAULT_CLAIM_OPTIONS, readReference<ClaimTermsReference>("claim-terms.json")),
  };
}
