// Downloads (issue 13, item 4): every table and evidence list as CSV from a link on its page,
// written at build time, with cells that would run as spreadsheet formulas neutralised.
import {describe, test} from "node:test";
import assert from "node:assert/strict";
import {mkdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {csvParse} from "d3";
import {spreadsheetSafe} from "../data-loaders/spreadsheetSafe.js";
import {toCsv} from "../data-loaders/csv.js";
import {downloadTables} from "../data-loaders/downloads.js";
import {analyzeFolder} from "../data-loaders/analyzeFolder.js";
import {browserUnavailable, openPage, PAGES, servedSite} from "./browser.js";
import {buildSite, multiEventCorpus, siteFiles} from "./site.js";

/** The default corpus, a second event, and an article whose sentences start like formulas. */
async function formulaCorpus(): Promise<string> {
  const dir = await multiEventCorpus();
  await mkdir(join(dir, "formula-2024"), {recursive: true});
  await writeFile(join(dir, "formula-2024", "lembar-uji.md"), [
    "---", "outlet: Lembar Uji", "title: Uji Rumus", "published: 2024-05-01", "---",
    "=1+2 warga mengungsi, kata BPBD setempat.",
    "@SUM(A1) adalah angka yang disebut pejabat, menurut Kementerian Sosial.",
    "Banjir surut pada Selasa pagi, kata seorang analis hidrologi.", "",
  ].join("\n"));
  return dir;
}

test("spreadsheetSafe prefixes text a spreadsheet would run, and leaves other text alone", () => {
  for (const formula of ["=1+2", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1"]) assert.equal(spreadsheetSafe(formula), `'${formula}`);
  for (const text of ["Kata KCNA", "1+2", "a=b", "", "'=1"]) assert.equal(spreadsheetSafe(text), text);
});

test("toCsv quotes with d3-dsv, neutralises formula text, and keeps numbers numeric", () => {
  assert.equal(toCsv([{a: "=1+2", b: -3, c: "x,\"y\"", d: null, e: ["=x"]}]), `a,b,c,d,e\n'=1+2,-3,"x,""y""",,"[""=x""]"\n`);
  assert.deepEqual(csvParse(toCsv([{text: "=HYPERLINK(\"http://x\")"}]))[0], {text: "'=HYPERLINK(\"http://x\")"});
});

test("each download carries its row's event and outlet, evidence its sentence; outlet figures are per event", async () => {
  const tables = await analyzeFolder(await formulaCorpus());
  const files = downloadTables(tables);
  for (const name of ["articles", "sentences", "spans", "attributions", "quotes", "hedges", "claims", "outlets", "outlet_pairs", "problems", "analysts"]) assert.ok(files[`${name}.csv`], name);
  const attribution = files["attributions.csv"].find((a) => String(a.sentence).startsWith("@SUM(A1)"));
  assert.ok(attribution, "the formula-shaped sentence is attributed, and its text is beside it");
  assert.equal(attribution.event, "formula-2024");
  assert.equal(attribution.outlet, "Lembar Uji");
  assert.equal(files["analysts.csv"].every((a) => a.category === "analyst" || a.category === "anonymous"), true);
  const events = new Set(files["outlets.csv"].map((o) => o.event));
  for (const event of ["banjir-demak-2024", "formula-2024", "shoigu-pyongyang-2023"]) assert.ok(events.has(event), event);
  assert.equal(files["outlets.csv"].length, new Set(tables.articles.map((a) => `${a.event}\u0000${a.outlet}`)).size, "one row per event and outlet");
  assert.equal(files["outlets.csv"].find((o) => o.event === "shoigu-pyongyang-2023" && o.outlet === "Republika")?.articles, 1);
});

describe("downloads on the built site", {skip: browserUnavailable() ?? false}, () => {
  let root = "";
  const site = servedSite(async () => (root = await buildSite(await formulaCorpus())));

  test("the build writes every CSV, and a formula in article text comes out neutralised", async () => {
    const csvs = (await siteFiles(root)).filter((f) => f.startsWith("_file/data/downloads/"));
    for (const name of ["attributions", "quotes", "hedges", "analysts", "sentences", "spans", "claims", "outlets", "outlet_pairs", "articles"]) {
      assert.ok(csvs.some((f) => new RegExp(`/${name}\\.[0-9a-f]+\\.csv$`).test(f)), `${name}.csv built`);
    }
    const read = async (name: string) => csvParse(await readFile(join(root, csvs.find((f) => new RegExp(`/${name}\\.[0-9a-f]+\\.csv$`).test(f))!), "utf8"));
    const texts = (await read("sentences")).filter((s) => s.article_id === "lembar-uji").map((s) => s.text);
    assert.deepEqual(texts.slice(0, 2), ["'=1+2 warga mengungsi, kata BPBD setempat.", "'@SUM(A1) adalah angka yang disebut pejabat, menurut Kementerian Sosial."]);
    assert.equal((await read("attributions")).find((a) => a.article_id === "lembar-uji" && a.sentence_index === "1")?.sentence, "'@SUM(A1) adalah angka yang disebut pejabat, menurut Kementerian Sosial.");
  });

  test("every page's download links point at a built CSV, and the evidence pages have theirs", async () => {
    const expected: Record<string, string[]> = {overview: ["outlets", "sentences"], sources: ["attributions"], analysts: ["analysts", "quotes"], hedging: ["hedges"], claims: ["claims"], reader: ["spans"]};
    for (const {path, name} of PAGES) {
      const {page, errors} = await openPage(site.browser, site.origin, path);
      const hrefs = await page.locator("a[download]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const file of expected[name] ?? []) assert.ok(hrefs.some((h) => new RegExp(`/_file/data/downloads/${file}\\.[0-9a-f]+\\.csv$`).test(h)), `${path} links ${file}.csv`);
      for (const href of hrefs) {
        assert.match(href, /\/_file\/data\/downloads\/[a-z_]+\.[0-9a-f]+\.csv$/, `${path}: ${href}`);
        const response = await page.request.get(href);
        assert.equal(response.status(), 200, href);
        assert.match(response.headers()["content-type"] ?? "", /^text\/csv/);
        assert.ok((await response.text()).startsWith("event,") || href.includes("/articles.") || href.includes("/problems.") || href.includes("/claims.") || href.includes("/outlet_pairs."), `${href} starts with the event column`);
      }
      assert.deepEqual(errors, [], path);
      await page.close();
    }
  });
});
