// What is already in the corpus folder, for `telisik add` to check new articles against: ids in
// use, and each article's address and text for duplicate detection.
import {readCorpus} from "../corpus.js";
import {loadSettings} from "../settings.js";
import {readArticle} from "../../src/analysis/corpus/readArticle.js";
import {knownArticle, type KnownArticle} from "./duplicates.js";

export interface CorpusIndex {
  ids: Set<string>;
  known: KnownArticle[];
}

/** Index every readable article under `dir` (a missing folder is an empty corpus). */
export async function indexCorpus(dir: string): Promise<CorpusIndex> {
  const index: CorpusIndex = {ids: new Set(), known: []};
  const corpus = await readCorpus(dir);
  const rules = loadSettings(dir).articles;
  for (const document of corpus.documents) {
    const {article, body} = readArticle(document, rules);
    if (!article) continue;
    index.ids.add(article.id);
    index.known.push(knownArticle(article.id, document.file, article.url, body));
  }
  return index;
}
