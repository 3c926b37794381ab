// Reads the reference data (src/reference/*.json) that the pure pipeline takes as parameters.
// The files are data a user edits; the browser gets the same files through FileAttachment.
import {readdirSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {basename, join, resolve} from "node:path";
import type {Settings} from "../src/analysis/pipeline.js";
import {DEFAULT_CLAIM_OPTIONS, withClaimTerms, type ClaimTermsReference} from "../src/analysis/claims/cluster.js";
import {withLanguageModels, type LanguageModel} from "../src/analysis/lang/languageModel.js";

export const PROJECT_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
/** The reference data: src/reference/, unless TELISIK_REFERENCE names another folder (to try edits). */
export const REFERENCE_DIR = resolve(process.env.TELISIK_REFERENCE || join(PROJECT_ROOT, "src", "reference"));
export const DEFAULT_CORPUS = join(PROJECT_ROOT, "articles");

export function readReference<T>(name: string, dir: string = REFERENCE_DIR): T {
  const file = join(dir, name);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read reference data ${file}: ${(error as Error).message}`);
  }
}

/** Every language model in `dir`/lang/, in file-name order: one file per language (docs/languages.md). */
export function readLanguageModels(dir: string = REFERENCE_DIR): LanguageModel[] {
  const files = readdirSync(join(dir, "lang")).filter((f) => f.endsWith(".json")).sort();
  return files.map((file) => {
    const model = readReference<LanguageModel>(join("lang", file), dir);
    if (model.code !== basename(file, ".json")) throw new Error(`reference data ${join(dir, "lang", file)}: "code" is ${JSON.stringify(model.code)}, but the file is named for "${basename(file, ".json")}"`);
    return model;
  });
}

/** The registry, lexicon and segmentation rules of a reference folder, with its language models added. */
export function languageReference(dir: string = REFERENCE_DIR): Pick<Settings, "registry" | "lexicon" | "segmentation"> {
  return withLanguageModels({registry: readReference("sources.json", dir), lexicon: readReference("hedges.json", dir)}, readLanguageModels(dir));
}

/** Settings for a corpus folder: files at its top level belong to an event named after the folder. */
export function loadSettings(corpusDir: string = DEFAULT_CORPUS): Settings {
  const languages = languageReference();
  return {
    articles: {...readReference<Settings["articles"]>("outlets.json"), defaultEvent: basename(resolve(corpusDir))},
    cleaning: readReference("cleaning.json"),
    segmentation: languages.segmentation,
    registry: languages.registry,
    lexicon: languages.lexicon,
    claims: withClaimTerms(DEFAULT_CLAIM_OPTIONS, readReference<ClaimTermsReference>("claim-terms.json")),
  };
}
