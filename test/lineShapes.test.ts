import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {duplicateKey, isCreditLine, isTimestampLine, isTitleLine} from "../src/analysis/clean/lineShapes.js";

const rules = JSON.parse(readFileSync(new URL("../src/reference/cleaning.json", import.meta.url), "utf8"));
const dateWords = new Set<string>(rules.dateWords);
const credits = (rules.creditLines as string[]).map((s) => new RegExp(`^(?:${s})$`, "u"));

test("the first line is a title only when it does not close like a sentence and more follows", () => {
  assert.equal(isTitleLine("53 dead in landslides, flash floods in Indonesia’s capital", 0, 5), true);
  assert.equal(isTitleLine("Banjir merendam Jakarta sejak Rabu.", 0, 5), false);
  assert.equal(isTitleLine("Presiden menyapa warga di Solo. Foto: Antara/Aditya", 0, 5), false);
  assert.equal(isTitleLine("53 dead in landslides in the capital", 1, 5), false);
  assert.equal(isTitleLine("53 dead in landslides in the capital", 0, 1), false);
});

test("date lines are numbers and date words only, with a month, weekday or ISO date", () => {
  for (const line of ["Kamis, 2 Januari 2020 21:15 WIB", "7th February 2023", "date 2020-01-03", "• Sunday, 07 July 2024"]) assert.equal(isTimestampLine(line, dateWords), true, line);
  for (const line of ["Adana: 43", "2023 Elections", "Sebanyak 43 orang meninggal pada 2 Januari 2020"]) assert.equal(isTimestampLine(line, dateWords), false, line);
});

test("credit lines are credits alone, not sentences that mention an agency", () => {
  for (const line of ["(AP)", "REUTERS/Willy Kurniawan", "(Picture: AFP)", "Photo by Turk Jandarma/UPI"]) assert.equal(isCreditLine(line, credits), true, line);
  for (const line of ["AP reported the toll rose.", "Reuters said 43 people died."]) assert.equal(isCreditLine(line, credits), false, line);
});

test("paragraphs repeat when their letters and digits do", () => {
  assert.equal(duplicateKey("Tear gas fired, near Jakarta!"), duplicateKey("tear gas fired near  jakarta"));
});
