// Each resolution rule on a phrase it decides and one it leaves to later rules, and the order of
// the list (the first rule that decides wins). Expected values are what the phrase means.
import {test} from "node:test";
import assert from "node:assert/strict";
import {compileRegistry} from "../../src/analysis/sources/registry.js";
import {readPhrase} from "../../src/analysis/sources/resolve/phrase.js";
import {RULES, resolvePhrase} from "../../src/analysis/sources/resolve/resolve.js";
import {NO_SOURCE, type ResolutionRule} from "../../src/analysis/sources/resolve/rule.js";
import {settings} from "../helpers.js";

const compiled = compileRegistry(settings.registry);
const rule = (name: string): ResolutionRule => RULES.find((r) => r.name === name)!;
const decide = (name: string, phrase: string, apposition?: string) => rule(name).decide(readPhrase(phrase, 0, compiled, new Map(), apposition)!);
const resolved = (phrase: string, apposition?: string) => resolvePhrase(phrase, 0, compiled, new Map(), apposition);
const summary = (phrase: string, apposition?: string) => {
  const m = resolved(phrase, apposition);
  return m && {rule: m.rule, source: m.source, category: m.category};
};

/** One phrase each rule decides, with what it must mean, and one it must leave to others. */
const CASES: {rule: string; decides: string; apposition?: string; means: {source: string; category: string}; leaves: string}[] = [
  {rule: "organisation_name", decides: "Yayasan Lestari Alam", means: {source: "Yayasan Lestari Alam", category: "other"}, leaves: "Agus Wibowo"},
  {rule: "named_person", decides: "Menteri Pertahanan Rusia Sergei Shoigu", means: {source: "Sergei Shoigu", category: "government"}, leaves: "Kementerian Perdagangan Ruritania"},
  {rule: "spokesperson_for_body", decides: "International observers from the European Union", means: {source: "European Union", category: "government"}, leaves: "seorang juru bicara"},
  {rule: "unnamed_role_holder", decides: "seorang pejabat senior AS", means: {source: "unnamed official", category: "anonymous"}, leaves: "seorang juru bicara"},
  {rule: "described_role_holder", decides: "Ukrainian military officials", means: {source: "unnamed official", category: "anonymous"}, leaves: "Senator Elizabeth Warren"},
  {rule: "possessive_body", decides: "Taiwan's coast guard", means: {source: "Taiwan's coast guard", category: "government"}, leaves: "Taiwan's coast guard spokesman"},
  {rule: "unlisted_body_of_listed_country", decides: "Badan Meteorologi Jepang (JMA)", means: {source: "Badan Meteorologi Jepang", category: "government"}, leaves: "pemerintah Jepang"},
  {rule: "state_media_of_country", decides: "media negara Pyongyang", means: {source: "North Korean state media", category: "state_media"}, leaves: "media negara"},
  {rule: "registry_alias", decides: "kantor berita Korea Selatan Yonhap", means: {source: "Yonhap", category: "independent_media"}, leaves: "juru bicara Kementerian Luar Negeri China"},
  {rule: "spokesperson_of_alias", decides: "juru bicara Kementerian Luar Negeri China", means: {source: "Chinese Ministry of Foreign Affairs", category: "government"}, leaves: "seorang juru bicara Kementerian Luar Negeri China"},
  {rule: "unnamed_role", decides: "seorang juru bicara", means: {source: "unnamed spokesperson", category: "anonymous"}, leaves: "Yonhap"},
  {rule: "unknown_body", decides: "Kementerian Perdagangan Ruritania", means: {source: "Kementerian Perdagangan Ruritania", category: "government"}, leaves: "kementerian"},
];

for (const c of CASES) {
  test(`rule ${c.rule}: decides "${c.decides}", leaves "${c.leaves}"`, () => {
    assert.deepEqual(summary(c.decides, c.apposition), {rule: c.rule, ...c.means});
    assert.equal(decide(c.rule, c.leaves), undefined);
  });
}

test("rule named_person: an apposition gives an untitled name its role and affiliation", () => {
  const m = resolved("Lee Sung-yoon", ", seorang profesor di Universitas Tufts")!;
  assert.deepEqual([m.rule, m.source, m.category, m.affiliation], ["named_person", "Lee Sung-yoon", "analyst", "Universitas Tufts"]);
});

test("pointing rules leave the source to the article's context", () => {
  for (const [phrase, name, family] of [
    ["the agency", "the_pointing_back", ["state_media", "independent_media"]],
    ["the senator", "the_pointing_back", ["government"]],
    ["kantor berita tersebut", "pointing_back", ["state_media", "independent_media"]],
    ["pernyataan itu", "pointing_back", []],
  ] as const) {
    const m = resolved(phrase)!;
    assert.deepEqual([m.rule, m.resolution, m.source, m.anaphoraFamily], [name, "anaphora", "", family], phrase);
  }
  assert.equal(decide("pointing_back", "kantor berita Yonhap"), undefined);
  assert.equal(decide("the_pointing_back", "the White House"), undefined);
});

test("rule pronoun: a lone personal pronoun, in either language", () => {
  for (const p of ["Ia", "dia", "He", "they"]) assert.deepEqual([resolved(p)?.rule, resolved(p)?.resolution], ["pronoun", "pronoun"], p);
  assert.equal(decide("pronoun", "Ia sendiri"), undefined);
});

test("rule not_source_shaped: a phrase no source can open with names nothing, and stops the list", () => {
  for (const p of ["hujan deras", "the heavy rain", "banyak rumah"]) assert.equal(resolved(p), null, p);
  assert.equal(decide("not_source_shaped", "hujan deras"), NO_SOURCE);
  assert.equal(decide("not_source_shaped", "para analis"), undefined);
});

test("rule state_media_of_country: a country beside a country-less media phrase, before or after it", () => {
  assert.equal(resolved("Russia state media")?.source, "Russian state media");
  assert.equal(resolved("Ruritania state media")?.source, "state media", "a country the registry does not know decides nothing");
  assert.equal(decide("state_media_of_country", "media pemerintah Korea Utara dan Rusia"), undefined, "two countries: not one country's media");
});

test("every rule has a test here, and rule names are unique", () => {
  const tested = new Set([...CASES.map((c) => c.rule), "the_pointing_back", "pointing_back", "pronoun", "not_source_shaped"]);
  assert.deepEqual(RULES.map((r) => r.name).filter((n) => !tested.has(n)), []);
  assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
});

test("the English article before a name is not part of it", () => {
  const m = resolvePhrase("the Kremlin", 10, compiled, new Map())!;
  assert.deepEqual([m.source, m.start, m.end], ["Kremlin", 14, 21]);
});

test("rule the_pointing_back: a role with a describing country points back to a person, and keeps `the`", () => {
  const m = resolved("the Russian president")!;
  assert.deepEqual([m.rule, m.resolution, m.anaphoraPerson, m.anaphoraRole], ["the_pointing_back", "anaphora", true, "unnamed leader"]);
  assert.equal(resolved("the Russian Foreign Ministry")?.rule, "registry_alias");
});

test("rule pronoun: object pronouns point back too (`According to him`)", () => {
  assert.equal(resolved("him")?.resolution, "pronoun");
});

test("abbreviated titles title a name; `the central bank` points back to a government body", () => {
  assert.deepEqual([resolved("West Java Gov. Ridwan Kamil")?.source, resolved("West Java Gov. Ridwan Kamil")?.category], ["Ridwan Kamil", "government"]);
  assert.deepEqual([resolved("Prof. Budi Santoso")?.source, resolved("Prof. Budi Santoso")?.category], ["Budi Santoso", "analyst"]);
  assert.deepEqual(resolved("the central bank")?.anaphoraFamily, ["government"]);
});

test("a name after `the` is source-shaped, and Authority, Commission, Committee name government bodies", () => {
  assert.deepEqual(summary("the Disaster and Emergency Management Authority (AFAD)"), {rule: "organisation_name", source: "Disaster and Emergency Management Authority", category: "government"});
  assert.equal(summary("the Ruritanian Electoral Commission")?.category, "government");
  assert.equal(resolved("the weather"), null);
});

test("a definite article is dropped before a name, but not from an alias that holds it (`the Fed`)", () => {
  assert.equal(resolved("The Fed")?.source, "Federal Reserve");
  assert.equal(resolved("the Kremlin")?.source, "Kremlin");
  assert.equal(resolved("the Joint Chiefs of Staff")?.source, "South Korean Joint Chiefs of Staff");
});
