// Every CSV the project writes is safe to open in a spreadsheet: a cell that a spreadsheet would
// evaluate as a formula (= + - @, tab, carriage return) is written as text (issue 14).
import {test} from "node:test";
import assert from "node:assert/strict";
import {mkdtemp, readdir, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParseRows} from "d3";
import {toCsv} from "../data-loaders/csv.js";
import {corpusOf, runCli} from "./helpers.js";

const FORMULA = /^[=+\-@\t\r]/;

test("text cells that open like a formula get a leading apostrophe; numbers stay numbers", () => {
  const csv = toCsv([
    {text: "=1+2", n: -0.25},
    {text: "+62 811", n: -3},
    {text: "-2+3", n: 0},
    {text: "@SUM(A1:A9)", n: 1},
    {text: "\t=cmd|' /C calc'!A0", n: 2},
    {text: "\r=1", n: 3},
    {text: "plain = text", n: 4},
    {text: ["=x"], n: 5},
  ]);
  assert.deepEqual(csvParseRows(csv), [
    ["text", "n"],
    ["'=1+2", "-0.25"],
    ["'+62 811", "-3"],
    ["'-2+3", "0"],
    ["'@SUM(A1:A9)", "1"],
    ["'\t=cmd|' /C calc'!A0", "2"],
    ["'\r=1", "3"],
    ["plain = text", "4"],
    ['["=x"]', "5"],
  ]);
});

test("analyze --out writes no formula cell in any CSV, from any field of an article", async () => {
  const corpus = await corpusOf({
    "=cmd/=evil.md": '---\noutlet: "=1+2"\ntitle: "@SUM(A1)"\nurl: "+http://x"\nbased_on: ["-AP"]\n---\n=HYPERLINK("http://x") kata pejabat. -2+3 adalah angka. +62 nomor itu, kata Menteri. @akun menulis.',
    "=cmd/biasa.md": "---\noutlet: Harian\n---\nPemerintah mengumumkan kebijakan baru. Menteri itu hadir.",
  });
  const out = join(await mkdtemp(join(tmpdir(), "telisik-csv-")), "out");
  const run = runCli([corpus, "--out", out]);
  assert.equal(run.status, 0, run.stderr);
  let cells = 0;
  for (const file of (await readdir(out)).filter((f) => f.endsWith(".csv"))) {
    for (const row of csvParseRows(await readFile(join(out, file), "utf8"))) {
      for (const cell of row) {
        cells++;
        // A number written by the pipeline (-0.25) is a number, not a formula.
        if (!Number.isNaN(Number(cell)) && cell.trim() !== "") continue;
        assert.doesNotMatch(cell, FORMULA, `${file}: ${JSON.stringify(cell)}`);
      }
    }
  }
  assert.ok(cells > 100);
  const articles = csvParseRows(await readFile(join(out, "articles.csv"), "utf8"));
  assert.ok(articles.some((row) => row.includes("'=1+2")), "the outlet is kept, as text");
  // The JSON tables keep the text as it was.
  assert.equal(JSON.parse(await readFile(join(out, "articles.json"), "utf8"))[0].outlet, "=1+2");
});
