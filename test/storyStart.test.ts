import {test} from "node:test";
import assert from "node:assert/strict";
import {findDateline} from "../src/analysis/clean/dateline.js";
import {findStoryStart} from "../src/analysis/clean/storyStart.js";
import {settings} from "./helpers.js";

const patterns = settings.cleaning.datelines.map((source) => new RegExp(`^(?:${source})`, "u"));
const dateWords = new Set(settings.cleaning.dateWords);
const start = (paragraphs: string[], furniture: (string | null)[] = paragraphs.map(() => null)) =>
  findStoryStart(paragraphs, furniture as never, (text) => findDateline(text, patterns, dateWords));

const story = "Pemerintah kota membuka posko pengungsian di tiga kecamatan sejak Sabtu pagi.";

test("the story starts at its dateline; the title, standfirst and caption above it are header", () => {
  const found = start([
    "Banjir Rendam Tiga Kecamatan di Solo",
    "Ribuan warga mengungsi setelah sungai meluap semalam.",
    "Warga menyelamatkan barang di Pasar Kliwon, Sabtu.",
    `SOLO – ${story}`,
    "Kalimat kedua berita ini.",
  ]);
  assert.equal(found.index, 3);
  assert.equal(found.dateline?.length, "SOLO – ".length);
});

test("a label that reads like a dateline but heads no sentence is a headline, not the story", () => {
  const found = start(["BMKG: Hujan Lebat Masih Akan Turun", `BEKASI - ${story}`, "Kalimat kedua."]);
  assert.equal(found.index, 1);
});

test("menus and furniture above the story are stepped over, however many", () => {
  const menu = ["Home", "News", "World", "Economy", "Sport", "Opinion", "Video", "Podcasts", "Tech", "Culture"];
  const found = start([...menu, "Floods Hit Jakarta Again", `JAKARTA - ${story}`], [...menu.map(() => null), null, null]);
  assert.equal(found.index, 11);
});

test("without a dateline the story starts at the first paragraph that reads as a sentence", () => {
  assert.equal(start(["Banjir Rendam Solo", "Sabtu, 4 Januari 2020", story, "Kalimat kedua."]).index, 2);
  assert.equal(start([story, "Kalimat kedua berita ini."]).index, 0);
});

test("a dateline-like opening further down, after the story has begun, starts nothing", () => {
  const found = start([story, story.replace("Pemerintah", "Dinas sosial"), story.replace("kota", "provinsi"), `JAKARTA - ${story}`]);
  assert.deepEqual(found, {index: 0, dateline: null, caption: 0});
});

test("without a dateline, a one-sentence summary set off from the story by furniture is the standfirst", () => {
  const title = "Banjir Rendam Tiga Kecamatan di Solo";
  const summary = "Ribuan warga mengungsi setelah sungai meluap semalam.";
  // The writer's line (no sentence) and a credit line (known furniture) set the summary off.
  assert.equal(start([title, summary, "Budi Santoso | 4 Januari 2020", story, "Kalimat kedua berita ini."]).index, 3);
  assert.equal(start([title, summary, "(Foto: Antara)", story, "Kalimat kedua."], [null, null, "photo_credit", null, null]).index, 3);
  // Run straight into the next sentence, it is the story's lead; so is a first line with no title above it.
  assert.equal(start([title, summary, story, "Kalimat kedua berita ini."]).index, 1);
  assert.equal(start([summary, "Budi Santoso | 4 Januari 2020", story]).index, 0);
  // A call to follow the outlet after the lead is no header: the lead stays.
  assert.equal(start([title, summary, "• Follow Kabar Kota on Facebook and Twitter", story]).index, 1);
});
