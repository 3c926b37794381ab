// The reference data of another checkout's src/, for a peer run: with its language models added
// when it has them (src/reference/lang/), as it was written when it has none.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {languageReference} from "../data-loaders/settings.js";
import type {HedgeLexicon} from "../src/analysis/hedging/lexicon.js";
import type {SourceRegistry} from "../src/analysis/sources/registry.js";

export function referenceOf(src: string): {registry: SourceRegistry; lexicon: HedgeLexicon} {
  const dir = join(src, "reference");
  if (existsSync(join(dir, "lang"))) return languageReference(dir);
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8"));
  return {registry: read("sources.json"), lexicon: read("hedges.json")};
}
