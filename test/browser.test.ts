// The dashboard in a real browser: every page loads with zero errors and renders; the reactive
// inputs recompute; highlights show. Screenshots go to test-output/screenshots/.
import {after, before, describe, test} from "node:test";
import assert from "node:assert/strict";
import type {Server} from "node:http";
import type {Browser} from "playwright-core";
import {browserUnavailable, launch, screenshot, serve, settled, watchErrors} from "./browser.js";
import {buildSite, multiEventCorpus} from "./site.js";

/** Every page of the dashboard and what shows that it rendered. */
export const PAGES: {path: string; name: string; rendered: string}[] = [
  {path: "/", name: "overview", rendered: ".telisik-article, table"},
  {path: "/reader", name: "reader", rendered: ".telisik-article .sentence"},
];

const skip = browserUnavailable();

describe("dashboard in Chromium", {skip: skip ?? false}, () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  before(async () => {
    const site = await buildSite();
    ({server, url: origin} = await serve(site));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const {path, name, rendered} of PAGES) {
    test(`${name} loads with no errors and renders`, async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}});
      const errors = watchErrors(page, origin);
      await page.goto(origin + path);
      await settled(page);
      assert.ok(await page.locator(rendered).count() > 0, `${name}: nothing matches ${rendered}`);
      await screenshot(page, name);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test("the reader opens the linked article and shows set-aside spans greyed", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page, origin);
    await page.goto(`${origin}/reader?article=004#s-004-3`);
    await settled(page);
    assert.match((await page.locator("select option:checked").first().textContent()) ?? "", /004/);
    assert.ok(await page.locator(".set-aside.role-dateline").count() === 1);
    assert.equal(await page.locator("#s-004-3").count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

});

describe("dashboard on a corpus of several events, with hostile article text", {skip: skip ?? false}, () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  before(async () => {
    const site = await buildSite(await multiEventCorpus());
    ({server, url: origin} = await serve(site));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const {path, name, rendered} of PAGES) {
    test(`${name} works with two events`, async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}});
      const errors = watchErrors(page, origin);
      await page.goto(origin + path);
      await settled(page);
      assert.ok(await page.locator(rendered).count() > 0, `${name}: nothing matches ${rendered}`);
      await screenshot(page, `${name}-two-events`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test("article text, titles and URLs are rendered as text, never as HTML", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page, origin);
    await page.goto(`${origin}/reader?article=kabar-uji`);
    await settled(page);
    const article = page.locator(".telisik-article");
    assert.match((await article.textContent()) ?? "", /<img src=x onerror="window\.__telisikInjected = 1"> <b>tolong<\/b> kami/);
    assert.equal(await article.locator("img, b, script").count(), 0);
    assert.match((await page.locator("select option:checked").first().textContent()) ?? "", /<script>window\.__telisikInjected = 1<\/script>/);
    // A javascript: URL is shown, never linked.
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as {__telisikInjected?: number}).__telisikInjected), undefined);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
