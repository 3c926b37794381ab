// Phone and desktop layouts (issue 13, item 3): every page at 390 px (a phone) and 1280 px renders
// with no console error and never scrolls sideways; wide matrices scroll inside their own card.
import {describe, test} from "node:test";
import assert from "node:assert/strict";
import {browserUnavailable, openPage, PAGES, screenshot, servedSite} from "./browser.js";
import {buildSite} from "./site.js";

const WIDTHS = [390, 1280];
const skip = browserUnavailable();

describe("layouts at phone and desktop widths", {skip: skip ?? false}, () => {
  const site = servedSite(() => buildSite());

  for (const {path, name, rendered} of PAGES) {
    for (const width of WIDTHS) {
      test(`${name} at ${width} px: no console error, no horizontal page scroll`, async () => {
        const {page, errors} = await openPage(site.browser, site.origin, path, {width});
        assert.ok((await page.locator(rendered).count()) > 0, `${name}: nothing matches ${rendered}`);
        const {scrollWidth, innerWidth} = await page.evaluate(() => ({scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth}));
        await screenshot(page, `${name}-${width}`);
        assert.deepEqual(errors, [], `${name} at ${width}`);
        assert.ok(scrollWidth <= innerWidth, `${name} at ${width}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`);
        await page.close();
      });
    }
  }

  test("at 390 px the outlet × source matrix keeps readable cells and scrolls inside its card", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/sources", {width: 390});
    const sizes = await page.evaluate(() => {
      const card = [...document.querySelectorAll(".card.telisik-scroll")].find((c) => c.querySelector("svg [aria-label='cell']"))!;
      const cell = card.querySelector("svg [aria-label='cell'] rect")!.getBoundingClientRect();
      return {cellWidth: cell.width, cardScroll: card.scrollWidth, cardWidth: card.clientWidth};
    });
    assert.ok(sizes.cellWidth >= 30, `cells are ${sizes.cellWidth} px wide`);
    assert.ok(sizes.cardScroll > sizes.cardWidth, "the matrix is wider than its card, so the card scrolls");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("at 390 px the reliability profile titles each outlet's panel inside the chart", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/", {width: 390});
    const outlets = await page.locator(".telisik-card h2").allTextContents();
    const chart = page.locator("h2:has-text('Reliability profiles') ~ .card svg").first();
    const box = (await chart.boundingBox())!;
    for (const outlet of outlets) {
      const title = chart.locator("text", {hasText: outlet}).first();
      const b = (await title.boundingBox())!;
      assert.ok(b.x >= box.x && b.x + b.width <= box.x + box.width + 1, `${outlet}'s title fits in the chart`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
