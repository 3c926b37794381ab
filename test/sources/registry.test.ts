import {test} from "node:test";
import assert from "node:assert/strict";
import {categoryOf, compileRegistry, findAliases, registryEntry, withSpeechRoots, withPassiveRelays, type SourceRegistry} from "../../src/analysis/sources/registry.js";
import {SOURCE_CATEGORIES} from "../../src/analysis/types.js";
import {settings} from "../helpers.js";

const registry = settings.registry;

test("every registry entry is well formed and no alias names two sources", () => {
  const seen = new Map<string, string>();
  for (const source of registry.sources) {
    assert.ok(SOURCE_CATEGORIES.includes(source.category), `${source.name}: category ${source.category}`);
    assert.equal(typeof source.state_controlled, "boolean", source.name);
    assert.ok(source.country === null || /^[A-Z]{2}$/.test(source.country), `${source.name}: country ${source.country}`);
    for (const alias of source.aliases) {
      const key = alias === alias.toUpperCase() ? alias : alias.toLowerCase();
      assert.ok(!seen.has(key) || seen.get(key) === source.name, `alias "${alias}" names both ${seen.get(key)} and ${source.name}`);
      seen.set(key, source.name);
    }
  }
});

test("trap: every Indonesian rendering of KCNA resolves to KCNA or North Korean state media", () => {
  for (const written of ["KCNA", "Kantor Berita Pusat Korea", "kantor berita resmi Korea Pusat", "kantor berita negara KCNA", "Korean Central News Agency"]) {
    assert.equal(registryEntry(written, registry)?.name, "KCNA", written);
  }
  for (const written of ["media pemerintah Korea Utara", "media negara Korea Utara", "media Korea Utara", "media pemerintah Pyongyang", "North Korean state media"]) {
    const entry = registryEntry(written, registry);
    assert.equal(entry?.name, "North Korean state media", written);
    assert.equal(entry?.state_controlled, true);
  }
  assert.equal(categoryOf("media negara", registry), "state_media");
});

test("trap: Yonhap and the other wires are independent media; semi-official agencies are state media", () => {
  for (const name of ["Yonhap", "kantor berita Yonhap", "Reuters", "AP", "AFP", "Kyodo", "NK News"]) assert.equal(categoryOf(name, registry), "independent_media", name);
  for (const name of ["Xinhua", "TASS", "RIA Novosti", "IRNA", "Fars", "Mehr", "Tasnim", "Anadolu", "Rodong Sinmun", "KCTV", "CGTN", "Global Times"]) {
    assert.equal(categoryOf(name, registry), "state_media", name);
    assert.equal(registryEntry(name, registry)?.state_controlled, true, name);
  }
});

test("governments and offices in Indonesian and English", () => {
  assert.equal(registryEntry("Gedung Putih", registry)?.name, "White House");
  assert.equal(registryEntry("White House", registry)?.name, "White House");
  assert.equal(registryEntry("Kementerian Pertahanan Rusia", registry)?.name, "Russian Ministry of Defence");
  assert.equal(registryEntry("Kementerian Luar Negeri Korea Selatan", registry)?.name, "South Korean Ministry of Foreign Affairs");
  assert.equal(categoryOf("Kremlin", registry), "government");
  assert.equal(categoryOf("a name nobody registered", registry), "other");
});

test("all-capital aliases keep their case: the English word `as` is not the US (AS)", () => {
  const compiled = compileRegistry(registry);
  assert.deepEqual(findAliases("as the talks began", compiled), []);
  assert.equal(findAliases("pemerintah AS", compiled)[0].source.name, "US government");
  // Longest alias wins: the newspaper, not the city.
  assert.deepEqual(findAliases("the Washington Post reported", compiled).map((m) => m.source.name), ["The Washington Post"]);
});

test("compiling is cached per registry object, and a user's own entry is honoured", () => {
  assert.equal(compileRegistry(registry), compileRegistry(registry));
  const mine: SourceRegistry = {sources: [{name: "Harian Contoh", aliases: ["Harian Contoh", "HC"], category: "independent_media", country: "ID", state_controlled: false, kind: "newspaper"}]};
  assert.equal(categoryOf("harian contoh", mine), "independent_media");
  assert.equal(categoryOf("KCNA", mine), "other");
});

test("speech roots make cues before their source and, with an enclitic or pronoun, pronoun cues", () => {
  const cues = withSpeechRoots({before_source: ["kata"], after_source: [], relay: [], relay_subject: [], origin: [], pronoun: ["katanya"], meta: [], imagery_nouns: [], imagery_verbs: [], stutter: [], participle: [], report: [], speech_roots: ["kata", "pungkas"], pronoun_enclitics: ["nya"], pronoun_words: ["dia"]});
  assert.deepEqual(cues.before_source, ["kata", "pungkas"]);
  assert.deepEqual(cues.pronoun, ["katanya", "kata dia", "pungkasnya", "pungkas dia"]);
});

test("passive relay cues are read both ways: origin before, relay after", () => {
  const cues = withPassiveRelays({before_source: ["according to"], after_source: ["said"], relay: [], relay_subject: [], origin: [], pronoun: [], meta: [], imagery_nouns: [], imagery_verbs: [], stutter: [], participle: [], report: [], passive_relay: ["was quoted by"]});
  assert.deepEqual([cues.before_source, cues.after_source], [["according to", "was quoted by"], ["said", "was quoted by"]]);
});
