// Adding a language is a data task: a model file in the reference folder's lang/, and articles in
// that language are read with its words by every stage. No code knows German.
import {test} from "node:test";
import assert from "node:assert/strict";
import {cp, copyFile} from "node:fs/promises";
import {join} from "node:path";
import {languageReference, PROJECT_ROOT} from "../../data-loaders/settings.js";
import {analyzeCorpus} from "../../src/analysis/pipeline.js";
import {corpusOf, settings} from "../helpers.js";

const GERMAN = `---
id: de-1
outlet: Beispiel Zeitung
event: test
language: de
---
Die Rakete flog rund 800 Kilometer weit, sagte eine Sprecherin des Ministeriums am Montag.
Der Start sei offenbar ein Test gewesen, erklärte die Analystin Anna Weber.
Laut Hr. Schmidt war die Rakete vielleicht neu.`;

const INDONESIAN = `---
id: id-1
outlet: Contoh
event: test
language: id
---
Rudal itu terbang 800 kilometer, kata juru bicara Kementerian Pertahanan.
Peluncuran itu mungkin sebuah uji coba, ujar pengamat militer Budi Santoso.`;

const documents = [{file: "de-1.md", text: GERMAN}, {file: "id-1.md", text: INDONESIAN}];

/** The shipped reference folder, copied, with the fixture's model dropped into lang/. */
async function withGerman() {
  const dir = await corpusOf({});
  await cp(join(PROJECT_ROOT, "src", "reference"), dir, {recursive: true});
  await copyFile(join(PROJECT_ROOT, "test", "fixtures", "lang", "de.json"), join(dir, "lang", "de.json"));
  return {...settings, ...languageReference(dir)};
}

const rows = (tables: ReturnType<typeof analyzeCorpus>, article: string) => ({
  sentences: tables.sentences.filter((s) => s.article_id === article).map((s) => s.text),
  sources: tables.attributions.filter((a) => a.article_id === article).map((a) => [a.sentence_index, a.source, a.category]),
  hedges: tables.hedges.filter((h) => h.article_id === article).map((h) => [h.sentence_index, h.cue, h.language]),
});

test("without a German model, a German article yields no sources or hedges and splits at Hr.", () => {
  const german = rows(analyzeCorpus(documents, settings), "de-1");
  assert.deepEqual(german.sources, []);
  assert.deepEqual(german.hedges, []);
  assert.equal(german.sentences.length, 4, german.sentences.join(" | "));
});

test("a German model file in lang/ makes every stage read German: segmentation, sources, roles and hedges", async () => {
  const german = rows(analyzeCorpus(documents, await withGerman()), "de-1");
  assert.equal(german.sentences.length, 3, german.sentences.join(" | "));
  assert.deepEqual(german.sources, [
    [0, "unnamed spokesperson", "anonymous"],
    [1, "Anna Weber", "analyst"],
    [2, "Schmidt", "other"],
  ]);
  assert.deepEqual(german.hedges, [[1, "offenbar", "de"], [2, "vielleicht", "de"]]);
});

test("adding a language leaves the other languages' results exactly as they were", async () => {
  assert.deepEqual(rows(analyzeCorpus(documents, await withGerman()), "id-1"), rows(analyzeCorpus(documents, settings), "id-1"));
});
