import {test} from "node:test";
import assert from "node:assert/strict";
import {aliasIndex, matchAliases} from "../../src/analysis/sources/aliasIndex.js";
import type {RegistrySource} from "../../src/analysis/sources/registry.js";

const source = (name: string): RegistrySource => ({name, category: "independent_media", country: null, state_controlled: false, kind: "agency", aliases: []});
const index = aliasIndex([
  {alias: "AP", exact: true, source: source("AP")},
  {alias: "Korea Selatan", exact: false, source: source("South Korea")},
  {alias: "Korea", exact: false, source: source("Korea")},
  {alias: "kantor berita Korea Selatan Yonhap", exact: false, source: source("Yonhap")},
  {alias: "Selatan Yonhap", exact: false, source: source("wrong")},
]);
const names = (text: string) => matchAliases(text, index).map((m) => `${m.source.name}@${m.start}`);

test("all-capital aliases match with their case only; others without case", () => {
  assert.deepEqual(names("AP melaporkan, kata ap."), ["AP@0"]);
  assert.deepEqual(names("di korea selatan"), ["South Korea@3"]);
});

test("whole words only, the longest at a position, leftmost first and none overlapping", () => {
  assert.deepEqual(names("APBN Korean"), []);
  assert.deepEqual(names("Kantor berita Korea Selatan Yonhap melaporkan"), ["Yonhap@0"]);
  assert.deepEqual(names("Korea Selatan Yonhap"), ["South Korea@0"]);
});
