// Language models: each stage gets its part, and the attribution rules read only the article's
// language (or every language's words when the article's has no model).
import {test} from "node:test";
import assert from "node:assert/strict";
import {withLanguageModels} from "../../src/analysis/lang/languageModel.js";
import {compileRegistry, mergedWords} from "../../src/analysis/sources/registry.js";
import {readLanguageModels} from "../../data-loaders/settings.js";
import {settings} from "../helpers.js";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

test("each model's part goes to its stage: attribution words under its code, cues marked with it, abbreviations", () => {
  const assembled = withLanguageModels({registry: {sources: []}, lexicon: {cues: [{cue: "x", kind: "hedge", type: "other"}]}}, [
    {code: "xx", name: "X", segmentation: {abbreviations: ["Hr"]}, attribution: {leading: ["aber"]}, hedging: {enclitics: ["lo"], cues: [{cue: "vielleicht", kind: "hedge", type: "epistemic_modal"}]}},
  ]);
  assert.deepEqual(assembled.registry.languages, {xx: {leading: ["aber"]}});
  assert.deepEqual(assembled.segmentation, {xx: ["Hr"]});
  assert.deepEqual(assembled.lexicon.cues.map((c) => [c.cue, c.language]), [["x", undefined], ["vielleicht", "xx"]]);
  assert.deepEqual(assembled.lexicon.enclitics, {xx: ["lo"]});
});

test("an article is read with its language's words only; a language with no model gets every model's", () => {
  const id = compileRegistry(settings.registry, "id");
  const en = compileRegistry(settings.registry, "en");
  const unknown = compileRegistry(settings.registry, "fr");
  assert.ok(id.cues.before_source.includes("kata") && !id.cues.before_source.includes("according to"));
  assert.ok(en.cues.before_source.includes("according to") && !en.cues.before_source.includes("kata"));
  assert.ok(unknown.cues.before_source.includes("kata") && unknown.cues.before_source.includes("according to"));
  assert.equal(unknown.language, null);
  assert.equal(compileRegistry(settings.registry, "id"), id, "compiled once per language");
  // The registry's sources are everyone's: names are no language's words.
  assert.equal(en.byName.get("kcna"), id.byName.get("kcna"));
});

test("merged words are each list's union, in the order the languages are given", () => {
  assert.deepEqual(mergedWords([{leading: ["namun", "dan"], cues: {before_source: ["kata"]} as never}, {leading: ["but", "dan"]}]), {leading: ["namun", "dan", "but"], cues: {before_source: ["kata"]}});
});

test("the shipped models: one file per language named for its code, and every registry role has words in each", () => {
  const models = readLanguageModels();
  assert.deepEqual(models.map((m) => m.code), ["en", "id"]);
  for (const model of models) {
    for (const role of settings.registry.roles ?? []) assert.ok((model.attribution?.role_words?.[role.key] ?? []).length > 0, `${model.code} has no words for the role ${role.key}`);
  }
});

test("a model whose code is not its file's name is refused, naming the file", () => {
  const dir = mkdtempSync(join(tmpdir(), "telisik-lang-"));
  try {
    mkdirSync(join(dir, "lang"));
    writeFileSync(join(dir, "lang", "de.json"), JSON.stringify({code: "nl", name: "Nederlands"}));
    assert.throws(() => readLanguageModels(dir), /lang\/de\.json: "code" is "nl", but the file is named for "de"/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
