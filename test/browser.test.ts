// The dashboard in a real browser: every page loads with zero errors and renders; the reactive
// inputs recompute; highlights show. Screenshots go to test-output/screenshots/.
import {after, before, describe, test} from "node:test";
import assert from "node:assert/strict";
import type {Browser, Locator} from "playwright-core";
import {readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {browserUnavailable, openPage, PAGES, screenshot, SCREENSHOTS, servedSite, settled, timeToUpdate} from "./browser.js";
import {buildSite, multiEventCorpus} from "./site.js";
import {PROJECT_ROOT, REFERENCE_DIR} from "../data-loaders/settings.js";
import {provenance} from "../data-loaders/provenance.js";
import {analyzeFolder} from "../data-loaders/analyzeFolder.js";
import {eventsOf, forEvent} from "../src/analysis/select.js";
import {figureEvidence} from "../src/analysis/evidence/figureEvidence.js";
import {stateMediaOnly} from "../src/analysis/metrics/stateMediaOnly.js";

/** Plot charts on the page (an svg per chart; legends are separate svgs only for ramps). */
const CHARTS = "svg[class^='plot']";

const skip = browserUnavailable();
/** The default corpus's (first) event, as the overview shows it: what the evidence panels must list. */
const defaultTables = await (async () => {
  const corpus = await analyzeFolder();
  return forEvent(corpus, eventsOf(corpus)[0]);
})();
const timings: Record<string, number> = {};
/** A link's address, also for Plot's SVG links (`xlink:href`). */
const linkTarget = (link: Locator) => link.evaluate((a) => a.getAttribute("href") ?? a.getAttributeNS("http://www.w3.org/1999/xlink", "href") ?? "");

describe("dashboard in Chromium", {skip: skip ?? false}, () => {
  const site = servedSite(() => buildSite());

  for (const {path, name, rendered, charts} of PAGES) {
    test(`${name} loads with no errors and renders its charts`, async () => {
      const {page, errors} = await openPage(site.browser, site.origin, path);
      assert.ok(await page.locator(rendered).count() > 0, `${name}: nothing matches ${rendered}`);
      assert.ok((await page.locator(CHARTS).count()) >= charts, `${name}: fewer than ${charts} charts`);
      await screenshot(page, name);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test("every page with extracted shares links to the measured accuracy, which the methodology shows with its date", async () => {
    const sealed = JSON.parse(await readFile(join(PROJECT_ROOT, "test", "gold", "sealed-scores.json"), "utf8"));
    for (const path of ["/", "/sources", "/analysts", "/hedging", "/claims"]) {
      const {page, errors} = await openPage(site.browser, site.origin, path);
      const note = page.locator(".telisik-accuracy-note");
      assert.equal(await note.count(), 1, path);
      assert.match((await note.textContent()) ?? "", new RegExp(`measured ${sealed.measured}`), path);
      // The link carries the event, as every link to another page does.
      assert.equal(await note.locator('a[href^="./methodology"][href$="#measured-accuracy"]').count(), 1, path);
      assert.deepEqual(errors, [], path);
      await page.close();
    }
    const {page, errors} = await openPage(site.browser, site.origin, "/methodology#measured-accuracy");
    assert.equal(await page.locator("#measured-accuracy").count(), 1);
    assert.match((await page.locator(".telisik-accuracy-measured").textContent()) ?? "", new RegExp(`Measured ${sealed.measured}.*${sealed.commit.slice(0, 10)}`));
    for (const language of Object.keys(sealed.languages)) {
      const table = page.locator(`table.telisik-accuracy[data-language="${language}"]`);
      assert.match((await table.locator("caption").textContent()) ?? "", new RegExp(`${sealed.languages[language].telisik.articles} articles`));
      assert.equal(await table.locator("tbody tr").count(), 8, "six measures, the leak rate and the body set-aside rate");
      const setAside = sealed.languages[language].telisik["body set aside rate"];
      assert.ok(((await table.locator("tbody tr").last().textContent()) ?? "").includes(`(${setAside.set_aside} of ${setAside.total})`), `${language} set-aside count shown`);
      const f1 = sealed.languages[language].telisik["attribution category"].f1.toFixed(2);
      assert.ok(((await table.locator("tbody tr").first().textContent()) ?? "").includes(f1), `${language} attribution category F1 ${f1} shown`);
    }
    await screenshot(page, "methodology-accuracy");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("every page ends with its provenance: build time, the corpus's hash, the reference data's version, each article's date and link", async () => {
    const expected = await provenance(join(PROJECT_ROOT, "articles"), REFERENCE_DIR);
    for (const {path, name} of PAGES) {
      const {page, errors} = await openPage(site.browser, site.origin, path);
      const summary = (await page.locator("#provenance summary").textContent()) ?? "";
      assert.match(summary, /^Data: built \d{4}-\d\d-\d\d \d\d:\d\d UTC from 5 articles here, 5 in the corpus/, name);
      assert.ok(summary.includes(`sha256 ${expected.corpus.sha256.slice(0, 12)}`), `${name}: ${summary}`);
      assert.ok(summary.includes(`reference data version ${expected.reference.version}`), `${name}: ${summary}`);
      assert.equal(await page.locator("#provenance li").count(), 5, name);
      for (const link of await page.locator("#provenance a").evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.getAttribute("rel")]))) {
        assert.match(link[0] ?? "", /^https?:\/\//, name);
        assert.equal(link[1], "noopener noreferrer", name);
      }
      assert.deepEqual(errors, [], name);
      await page.close();
    }
  });

  test("pages are marked as English, and article text as the corpus's language", async () => {
    for (const {path, name} of PAGES) {
      const {page} = await openPage(site.browser, site.origin, path);
      assert.equal(await page.evaluate(() => document.documentElement.lang), "en", name);
      await page.close();
    }
    const {page, errors} = await openPage(site.browser, site.origin, "/reader?article=004");
    assert.equal(await page.locator(".telisik-article").getAttribute("lang"), "id");
    assert.equal(await page.locator(".telisik-article .role-label").first().getAttribute("lang"), "en");
    await page.close();
    const sources = await openPage(site.browser, site.origin, "/sources");
    const languages = await sources.page.locator(".evidence-text").evaluateAll((spans) => [...new Set(spans.map((s) => s.getAttribute("lang")))]);
    assert.deepEqual(languages, ["id"]);
    assert.deepEqual([...errors, ...sources.errors], []);
    await sources.page.close();
  });

  test("the reader opens the linked article and shows set-aside spans greyed", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/reader?article=004#s-004-3`);
    assert.match((await page.locator("select option:checked").first().textContent()) ?? "", /004/);
    assert.ok(await page.locator(".set-aside.role-dateline").count() === 1);
    assert.equal(await page.locator("#s-004-3").count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("moving the claim threshold reclusters in the browser and changes the claim count", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/claims`);
    const before = Number(await page.locator("#claim-count").textContent());
    const ms = await timeToUpdate(page, "input[type=range]", "0.6", "#claim-matrix");
    const after = Number(await page.locator("#claim-count").textContent());
    // A stricter threshold splits claims: more, smaller ones.
    assert.ok(after > before, `claims ${before} → ${after}`);
    timings.claimThresholdMs = ms;
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("adding a cue to the hedge list changes the hedging figures", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/hedging`);
    const before = Number(await page.locator("#hedge-count").textContent());
    const rates = await page.locator("#hedging-rates").innerHTML();
    const list = await page.locator("textarea").inputValue();
    // "pertama" (first) is no hedge, but the seeds use it often: counting it must move every figure.
    const ms = await timeToUpdate(page, "textarea", `${list}hedge: pertama\n`, "#hedging-rates");
    const after = Number(await page.locator("#hedge-count").textContent());
    assert.ok(after > before, `hedges ${before} → ${after}`);
    assert.notEqual(await page.locator("#hedging-rates").innerHTML(), rates);
    timings.hedgeCueMs = ms;
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the voice control counts the outlet's own hedges, the speakers', or both, and the rates follow", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/hedging`);
    const count = async () => Number(await page.locator("#hedge-count").textContent());
    const both = await count();
    const rates = await page.locator("#hedging-rates").innerHTML();
    const choose = async (label: string, from: number) => {
      await page.getByRole("radio", {name: label}).check();
      await page.waitForFunction(([previous]) => Number(document.querySelector("#hedge-count")?.textContent) !== previous, [from]);
      return count();
    };
    const speaker = await choose("quoted speakers", both);
    assert.notEqual(await page.locator("#hedging-rates").innerHTML(), rates);
    const outlet = await choose("the outlet's own words", speaker);
    assert.equal(outlet + speaker, both, `outlet ${outlet} + speaker ${speaker} = both ${both}`);
    // The sentence list follows the choice too.
    for (const label of await page.locator(".telisik-evidence li").allTextContents()) assert.ok(!label.includes("a quoted speaker's"), label);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("composite weights rerank the outlets in the browser", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/`);
    const before = await page.locator("#composite").innerHTML();
    const ms = await timeToUpdate(page, "#composite-weights input[type=range]", "0", "#composite");
    assert.notEqual(await page.locator("#composite").innerHTML(), before);
    timings.compositeWeightMs = ms;
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a weight typed out of range is clamped with a note; every weight at 0 says there is no score", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/");
    const boxes = page.locator("#composite-weights input[type=number]");
    const before = await page.locator("#composite").innerHTML();
    await boxes.first().fill("10");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("w") === "3,1,1,1,1");
    assert.equal(await boxes.first().inputValue(), "3");
    assert.equal(await page.locator("#composite-weights .telisik-adjusted").first().textContent(), "10 is above the maximum, 3: using 3.");
    assert.notEqual(await page.locator("#composite").innerHTML(), before, "the figures follow the clamped weight");
    await boxes.first().fill("2");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("w") === "2,1,1,1,1");
    assert.equal(await page.locator("#composite-weights .telisik-adjusted").first().textContent(), "", "the note clears");
    for (let i = 0; i < 5; i++) await boxes.nth(i).fill("0");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("w") === "0,0,0,0,0");
    await settled(page);
    const text = (await page.locator("#observablehq-main").textContent()) ?? "";
    assert.doesNotMatch(text, /score = \(0\) \/ 0|NaN/);
    assert.match(text, /Every weight is 0, so there is no score/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a threshold linked out of range is clamped with a note", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/claims?threshold=0.9");
    assert.equal(await page.locator(".telisik-bounded .telisik-adjusted").textContent(), "0.9 is above the maximum, 0.7: using 0.7.");
    assert.equal(await page.locator(".telisik-bounded input[type=range]").inputValue(), "0.7");
    assert.equal(new URL(page.url()).searchParams.get("threshold"), "0.7");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a cue-list warning names the bad line and clears once it is fixed", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/hedging");
    const list = await page.locator("textarea").inputValue();
    await page.locator("textarea").fill(`${list}hedg: pertama\n`);
    await page.locator(".telisik-warning").waitFor();
    assert.match((await page.locator(".telisik-warning").textContent()) ?? "", /unknown kind "hedg"/);
    await page.locator("textarea").fill(`${list}hedge: pertama\n`);
    await page.locator(".telisik-warning").waitFor({state: "detached"});
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the overview shows the five outlets and each article's cleaned text with set-aside spans marked", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/");
    assert.deepEqual(await page.locator(".telisik-card h2").allTextContents(), ["Republika", "VOA Indonesia", "unknown (000)", "unknown (003)", "unknown Vietnamese outlet (002)"]);
    assert.equal(await page.locator("details .telisik-article").count(), 5);
    await page.locator("details summary").first().click();
    assert.ok(await page.locator("details[open] .telisik-article .sentence").first().isVisible());
    for (const role of ["related_link", "caption", "photo_credit", "residue", "byline", "dateline", "subheading", "editor_initials"]) {
      assert.ok((await page.locator(`details .set-aside.role-${role}`).count()) > 0, `no ${role} span marked`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the reader highlights sources, quotes and hedges", async () => {
    const {page} = await openPage(site.browser, site.origin, `/reader?article=003`);
    for (const mark of ["mark.source.cat-state_media", "mark.source.cat-analyst", "mark.quote", "mark.hedge"]) {
      assert.ok((await page.locator(`.telisik-article ${mark}`).count()) > 0, `no ${mark}`);
    }
    await page.close();
  });

  test("a card number opens its sentences in place: no navigation, sentence numbers, the target highlighted, its CSV one click away", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/");
    const outlet = "VOA Indonesia";
    const number = page.locator(`.telisik-card[data-outlet="${outlet}"] dd a`).nth(1);
    // The link is still a real address, for a new tab or a copied link.
    assert.match((await number.getAttribute("href")) ?? "", /^\.\/sources\?event=[^#]*outlet=VOA\+Indonesia&category=state_media&figure=state_media_dependence#evidence$/);
    const popup = page.context().waitForEvent("page");
    await number.click({modifiers: ["Control"]});
    const tab = await popup;
    await tab.waitForLoadState();
    assert.match(tab.url(), /\/sources\?.*category=state_media/, "a modified click still opens the evidence page in a new tab");
    await tab.close();
    assert.equal(await page.locator(".telisik-drill").count(), 0, "a modified click opens nothing in place");

    await page.evaluate(() => ((window as unknown as {__marker: number}).__marker = 1));
    const before = await page.evaluate(() => ({navigations: performance.getEntriesByType("navigation").length, href: location.href}));
    await number.click();
    const panel = page.locator(".telisik-drill");
    await panel.waitFor();
    const after = await page.evaluate(() => ({marker: (window as unknown as {__marker?: number}).__marker, navigations: performance.getEntriesByType("navigation").length, href: location.href}));
    assert.deepEqual(after, {marker: 1, navigations: before.navigations, href: before.href}, "no reload, no navigation");

    const expected = figureEvidence(defaultTables, {figure: "state_media_dependence", outlet})!.sentences;
    assert.ok(expected.length > 0);
    assert.match((await panel.locator("h3").textContent()) ?? "", new RegExp(`^${outlet} · sentences resting on state media: ${expected.length} sentences$`));
    const items = panel.locator("li[data-sentence]");
    assert.deepEqual(await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.sentence)), expected.map((e) => `${e.article_id}-${e.sentence_index}`));
    const first = expected[0];
    const text = defaultTables.sentences.find((s) => s.article_id === first.article_id && s.index === first.sentence_index)!.text;
    assert.equal(await items.first().locator(".telisik-target").textContent(), text, "the target sentence, as text");
    assert.ok((await items.first().locator(".sentence-number", {hasText: `§${first.sentence_index}`}).count()) === 1, "its sentence number");
    assert.ok((await items.first().locator(".telisik-target mark.cat-state_media").count()) > 0, "the state-media source marked in it");
    // The panel sits right under the cards and is on screen.
    assert.ok(await page.evaluate(() => document.querySelector(".grid")!.nextElementSibling!.classList.contains("telisik-drill")));
    assert.ok(await panel.locator("h3").isVisible());

    const download = panel.locator("a[download]");
    assert.equal(await download.getAttribute("download"), "attributions.csv");
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), (await download.getAttribute("href"))!);
    assert.ok(csv.includes(first.article_id) && csv.split("\n")[0].includes("sentence"), "the CSV holds the evidence rows and their sentences");

    await panel.locator("button", {hasText: "Close"}).click();
    assert.equal(await page.locator(".telisik-drill").count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("profile marks and composite bars open their evidence below their chart, without a reload", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/");
    await page.evaluate(() => ((window as unknown as {__marker: number}).__marker = 1));
    const profile = page.locator("h2:has-text('Reliability profiles') ~ .card").first();
    const dot = profile.locator("a[*|href*='figure=independent_corroboration_rate']").first();
    const outlet = new URL(await linkTarget(dot), site.origin).searchParams.get("outlet")!;
    await dot.click();
    const panel = page.locator(".telisik-drill");
    await panel.waitFor();
    const claims = figureEvidence(defaultTables, {figure: "independent_corroboration_rate", outlet})!.sentences;
    assert.match((await panel.locator("h3").textContent()) ?? "", new RegExp(`: ${claims.length} sentences?$`));
    assert.ok((await panel.locator(".evidence-label").first().textContent())?.startsWith("claim reported by "));
    assert.equal(await panel.locator("a[download]").getAttribute("download"), "claims.csv");
    assert.ok(await profile.evaluate((card) => card.nextElementSibling?.classList.contains("telisik-drill")), "under the profile chart");

    const bar = page.locator("#composite a[*|href*='figure=named_analyst_quotes_per_1000_words']").first();
    await bar.click();
    await page.waitForFunction(() => document.querySelector("#composite")?.nextElementSibling?.classList.contains("telisik-drill"));
    assert.equal(await page.locator(".telisik-drill").count(), 1, "one panel at a time");
    assert.ok((await page.locator(".telisik-drill li[data-sentence]").count()) > 0);
    assert.equal(await page.evaluate(() => (window as unknown as {__marker?: number}).__marker), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the quotes chart's bars open their quotes in place", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/analysts");
    await page.evaluate(() => ((window as unknown as {__marker: number}).__marker = 1));
    const bar = page.locator("a[*|href*='figure=quotes'][*|href*='category=analyst']").first();
    const params = new URL(await linkTarget(bar), site.origin).searchParams;
    await bar.click();
    const panel = page.locator(".telisik-drill");
    await panel.waitFor();
    const expected = figureEvidence(defaultTables, {figure: "quotes", outlet: params.get("outlet")!, category: "analyst"})!.sentences;
    assert.equal(await panel.locator("li[data-sentence]").count(), Math.min(50, expected.length));
    assert.equal(await panel.locator("a[download]").getAttribute("download"), "quotes.csv");
    assert.equal(await page.evaluate(() => (window as unknown as {__marker?: number}).__marker), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the notebook page shows its example metric with the figures the unit computes", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/notebook");
    const cells = await page.locator("#notebook-figures tbody tr").evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "").filter((text, i) => i > 0 || text !== "")));
    const percent = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);
    const expected = stateMediaOnly(defaultTables).map((r) => [r.outlet, String(r.counted), String(r.sentences), percent(r.value), percent(r.low), percent(r.high)]);
    assert.deepEqual(cells.map((row) => row.slice(-6)), expected);
    assert.ok(expected.some((row) => row[1] !== "0"), "a figure that is not all zeros");
    const dots = page.locator("h2:has-text('3. The figures') ~ .card svg [aria-label='dot'] circle");
    assert.equal(await dots.count(), expected.length, "one dot per outlet in the chart");
    assert.deepEqual(errors, []);
    await page.close();
  });

  after(async () => {
    // The figures docs/performance.md reports: time from an input event to the redrawn chart.
    await writeFile(join(SCREENSHOTS, "..", "interaction-timings.json"), JSON.stringify(timings, null, 2) + "\n");
    process.stderr.write(`interaction timings (ms): ${JSON.stringify(timings)}\n`);
  });
});

describe("dashboard on a corpus of several events, with hostile article text", {skip: skip ?? false}, () => {
  const site = servedSite(async () => buildSite(await multiEventCorpus()));

  for (const {path, name, rendered} of PAGES) {
    test(`${name} works with two events`, async () => {
      const {page, errors} = await openPage(site.browser, site.origin, path);
      assert.ok(await page.locator(rendered).count() > 0, `${name}: nothing matches ${rendered}`);
      await screenshot(page, `${name}-two-events`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test("a shared URL reproduces the view: event, outlet filter and an edited cue list", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/hedging");
    const select = (label: string) => page.locator("form").filter({has: page.locator(`label:text-is("${label}")`)}).locator("select");
    await select("Event").selectOption({label: "banjir-demak-2024"});
    await settled(page);
    await select("Outlet").selectOption({label: "Harian Contoh"});
    // "warga" (residents) is no hedge, but both flood articles use it: the figures move.
    const published = await page.locator("textarea").inputValue();
    await page.locator("textarea").fill(`hedge: warga\n${published.split("\n").slice(1).join("\n")}`);
    await page.waitForFunction(() => new URLSearchParams(location.search).has("cues"));
    await settled(page);
    const shared = page.url();
    const params = new URL(shared).searchParams;
    assert.equal(params.get("event"), "banjir-demak-2024");
    assert.equal(params.get("outlet"), "Harian Contoh");
    assert.equal(params.get("cues")?.split("\n").length, 2, "one dropped line and one added, not the whole list");
    assert.ok(shared.length < 400, `${shared.length} characters`);
    const viewOf = async (p: typeof page) => ({
      event: await p.locator("form").filter({has: p.locator('label:text-is("Event")')}).locator("option:checked").textContent(),
      outlet: await p.locator("form").filter({has: p.locator('label:text-is("Outlet")')}).locator("option:checked").textContent(),
      cues: await p.locator("textarea").inputValue(),
      hedges: await p.locator("#hedge-count").textContent(),
      rates: await p.locator("#hedging-rates").innerHTML(),
      evidence: await p.locator(".telisik-evidence").allTextContents(),
    });
    const before = await viewOf(page);
    assert.ok(before.evidence.join("").includes("“warga”"), "the added cue is in the sentence list");
    const reopened = await openPage(site.browser, site.origin, shared.slice(site.origin.length));
    assert.deepEqual(await viewOf(reopened.page), before);
    // Every link to another page carries the event, and the next page opens on it.
    for (const href of await reopened.page.locator("#observablehq-sidebar a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
      assert.match(href ?? "", /[?&]event=banjir-demak-2024(&|#|$)/, String(href));
    }
    await reopened.page.locator('#observablehq-sidebar a[href^="./sources"]').click();
    await settled(reopened.page);
    assert.equal(await reopened.page.locator("form").filter({has: reopened.page.locator('label:text-is("Event")')}).locator("option:checked").textContent(), "banjir-demak-2024");
    assert.deepEqual(errors, []);
    assert.deepEqual(reopened.errors, []);
    await page.close();
    await reopened.page.close();
  });

  test("the sources page's outlet, category and source filters are read from the address and written back to it", async () => {
    const shared = "/sources?event=shoigu-pyongyang-2023&outlet=Republika&category=state_media&source=KCNA";
    const {page, errors} = await openPage(site.browser, site.origin, shared);
    const chosen = (label: string) => page.locator("form").filter({has: page.locator(`label:text-is("${label}")`)}).locator("option:checked").textContent();
    assert.deepEqual([await chosen("Outlet"), await chosen("Category"), await chosen("Source")], ["Republika", "State media", "KCNA"]);
    assert.equal(page.url(), site.origin + shared, "a view already in the address is left as it is");
    const labels = await page.locator(".telisik-evidence li .evidence-label").allTextContents();
    assert.ok(labels.length > 0 && labels.every((l) => l.startsWith("Republika · KCNA (State media")), labels.join("\n"));
    await page.locator("form").filter({has: page.locator('label:text-is("Category")')}).locator("select").selectOption({label: "all categories"});
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("category"));
    assert.equal(new URL(page.url()).search, "?event=shoigu-pyongyang-2023&outlet=Republika&source=KCNA");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a shared overview keeps its weights; an address with unknown or out-of-range values falls back", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/?event=shoigu-pyongyang-2023&w=0,3,1,1,0");
    const weights = await page.locator("#composite-weights input[type=number]").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    assert.deepEqual(weights, ["0", "3", "1", "1", "0"]);
    const hostile = await openPage(site.browser, site.origin, "/sources?event=__proto__&outlet=%3Cimg%20src%3Dx%3E&category=constructor&w=9");
    const eventSelect = hostile.page.locator("form").filter({has: hostile.page.locator('label:text-is("Event")')});
    const firstEvent = await eventSelect.locator("option").first().textContent();
    assert.equal(await eventSelect.locator("option:checked").textContent(), firstEvent, "an unknown event falls back to the first");
    assert.equal(await hostile.page.locator("form").filter({has: hostile.page.locator('label:text-is("Outlet")')}).locator("option:checked").textContent(), "all outlets");
    assert.equal(new URL(hostile.page.url()).search, `?event=${encodeURIComponent(firstEvent ?? "")}`, "nothing unknown is kept in the address");
    assert.deepEqual(errors, []);
    assert.deepEqual(hostile.errors, []);
    await page.close();
    await hostile.page.close();
  });

  test("the overview names the state media of the event on screen, not always North Korea's", async () => {
    const intro = async (event: string) => {
      const {page, errors} = await openPage(site.browser, site.origin, `/?event=${event}`);
      const text = (await page.locator("#observablehq-main p").filter({hasText: "whom the"}).textContent()) ?? "";
      assert.deepEqual(errors, []);
      await page.close();
      return text;
    };
    assert.match(await intro("shoigu-pyongyang-2023"), /rests on — state media such as KCNA/);
    const flood = await intro("banjir-demak-2024");
    assert.match(flood, /rests on — state media, governments/);
    assert.doesNotMatch(flood, /North Korea|KCNA/);
  });

  test("article text, titles and URLs are rendered as text, never as HTML", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/reader?article=kabar-uji`);
    const article = page.locator(".telisik-article");
    assert.match((await article.textContent()) ?? "", /<img src=x onerror="window\.__telisikInjected = 1"> <b>tolong<\/b> kami/);
    assert.equal(await article.locator("img, b, script").count(), 0);
    assert.match((await page.locator("select option:checked").first().textContent()) ?? "", /<script>window\.__telisikInjected = 1<\/script>/);
    // A javascript: URL is shown, never linked; the provenance lists both flood articles, one linked.
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    const sources = await page.locator("#provenance li").allTextContents();
    assert.deepEqual(sources.map((s) => s.replace(/ — .*\((.*?)\), /, " $1 ")), ["Harian Contoh harian-contoh published 2024-03-18, example.org", "Kabar Uji kabar-uji published 2024-03-18, javascript:window.__telisikInjected = 1"]);
    assert.deepEqual(await page.locator("#provenance a").evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.getAttribute("rel")])), [["https://example.org/banjir-demak", "noopener noreferrer"]]);
    assert.equal(await page.evaluate(() => (window as unknown as {__telisikInjected?: number}).__telisikInjected), undefined);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
