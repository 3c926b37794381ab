// One person, one name within an article: a one-word name takes the full name the article gives.
import {test} from "node:test";
import assert from "node:assert/strict";
import {fullNameFor, fullNamesOf} from "../../src/analysis/sources/fullNames.js";
import {attributeSentences} from "../../src/analysis/sources/attribute.js";
import {compileRegistry} from "../../src/analysis/sources/registry.js";
import {settings} from "../helpers.js";

const compiled = compileRegistry(settings.registry, "id");
const names = (...texts: string[]) => fullNamesOf(texts.map((text) => ({text})), compiled);

test("full names are runs of capitalised words, without roles, aliases, cues or quoted nicknames", () => {
  const found = names("Presiden Joko Widodo meresmikan jembatan.", "Mengutip Kompas, Benny Harman menginterupsi sidang.", "Joko \"Jokowi\" Widodo hadir.");
  assert.deepEqual([...found.values()].map((n) => n.name).sort(), ["Benny Harman", "Joko Widodo"]);
  assert.equal(found.get("joko widodo")?.count, 1, "the quoted nickname breaks the run");
});

test("a one-word name takes the full name it begins or ends, a ticket names its first half, a tie decides nothing", () => {
  assert.equal(fullNameFor("Anies", names("Calon presiden Anies Baswedan berkampanye.")), "Anies Baswedan");
  assert.equal(fullNameFor("Widodo", names("Presiden Joko Widodo meresmikan jembatan.")), "Joko Widodo");
  assert.equal(fullNameFor("Ganjar", names("Kemarin pasangan Ganjar Pranowo-Mahfud MD menggugat.", "Hari ini pasangan Ganjar Pranowo-Mahfud MD hadir.")), "Ganjar Pranowo");
  assert.equal(fullNameFor("Budi", names("Budi Santoso dan Budi Hartono hadir.")), null);
  assert.equal(fullNameFor("Budi", names("Budi Santoso hadir.", "Budi Santoso pulang.", "Budi Hartono datang.")), "Budi Santoso");
  assert.equal(fullNameFor("Kim Jong", names("Kim Jong Un tiba.")), null, "only one-word names are completed");
});

test("in an article, later one-word mentions of a person are rows under the full name", () => {
  const sentences = [
    "Calon presiden Anies Baswedan dan Ganjar Pranowo menunggu hasil resmi.",
    "\u201cKita tunggu saja,\u201d kata Anies di Jakarta.",
  ].map((text, index) => ({article_id: "t", index, paragraph: index, text, words: 8}));
  const {attributions, quotes} = attributeSentences(sentences, settings.registry, {languageOf: () => "id"});
  assert.deepEqual(attributions.filter((a) => a.sentence_index === 1).map((a) => a.source), ["Anies Baswedan"]);
  assert.equal(quotes.find((q) => q.sentence_index === 1)?.speaker, "Anies Baswedan");
});

test("one person, one category in an article: a later bare name takes the category the introduction gave", () => {
  const sentences = [
    "Kepala BNPB Agus Wibowo mengatakan 16 orang tewas.",
    "\u201cPengungsi terbanyak di Bekasi,\u201d ujar Agus.",
    "Warga bernama Agus Salim mengaku rumahnya terendam.",
  ].map((text, index) => ({article_id: "t", index, paragraph: index, text, words: 8}));
  const {attributions, quotes} = attributeSentences(sentences, settings.registry, {languageOf: () => "id"});
  const agus = attributions.filter((a) => a.source === "Agus Wibowo");
  assert.ok(agus.length >= 2, JSON.stringify(attributions.map((a) => a.source)));
  assert.ok(agus.every((a) => a.category === "government"), JSON.stringify(agus.map((a) => a.category)));
  assert.equal(quotes.find((q) => q.sentence_index === 1)?.category, "government");
});
