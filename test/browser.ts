// Browser tests: a built site served on loopback, driven by playwright-core in Debian's Chromium.
import {existsSync} from "node:fs";
import {mkdir} from "node:fs/promises";
import type {Server} from "node:http";
import {join} from "node:path";
import {after, before} from "node:test";
import {chromium, type Browser, type Page} from "playwright-core";
import {PROJECT_ROOT} from "../data-loaders/settings.js";
import {serveSite} from "../data-loaders/serve.js";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const SCREENSHOTS = join(PROJECT_ROOT, "test-output", "screenshots");

/**
 * Why browser tests cannot run here, or null when they can. Without Chromium they are skipped
 * loudly on a developer's machine; in CI (CI=true) that is a failure, never a skip.
 */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`browser tests cannot be skipped in CI: ${reason}`);
  process.stderr.write(`\n!!! SKIPPING BROWSER TESTS: ${reason} !!!\n\n`);
  return reason;
}

/** The built site served as `npm run serve` serves it (clean URLs: `/sources` → `sources.html`). */
export const serve = (root: string): Promise<{server: Server; url: string}> => serveSite(root);

/** Every page of the dashboard and what shows that it rendered. */
export const PAGES: {path: string; name: string; rendered: string; charts: number}[] = [
  {path: "/", name: "overview", rendered: ".telisik-card", charts: 2},
  {path: "/sources", name: "sources", rendered: ".telisik-evidence li", charts: 2},
  {path: "/claims", name: "claims", rendered: "#claim-count", charts: 6},
  {path: "/analysts", name: "analysts", rendered: ".telisik-evidence li", charts: 1},
  {path: "/hedging", name: "hedging", rendered: "#hedging-rates", charts: 5},
  {path: "/reader", name: "reader", rendered: ".telisik-article mark", charts: 0},
  {path: "/notebook", name: "notebook", rendered: "#notebook-figures tbody tr", charts: 1},
  {path: "/methodology", name: "methodology", rendered: "table", charts: 0},
];

/** A built site served on loopback with a browser, for the tests of one describe block. */
export function servedSite(build: () => Promise<string>): {browser: Browser; origin: string} {
  const site = {} as {browser: Browser; origin: string; server: Server};
  before(async () => {
    ({server: site.server, url: site.origin} = await serve(await build()));
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Everything that went wrong on a page: console errors, uncaught exceptions, failed or off-site requests. */
export function watchErrors(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on("request", (r) => !r.url().startsWith(origin) && !r.url().startsWith("data:") && errors.push(`off-site request: ${r.url()}`));
  return errors;
}

/** Wait until Framework has rendered every cell (no cell still pending or in error). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector(".observablehq--loading, .observablehq--running"));
  await page.waitForTimeout(150);
}

/** Open a page of the served site (a desktop window unless `width` says otherwise), wait until it has rendered, and collect its errors. */
export async function openPage(browser: Browser, origin: string, path: string, {width = 1280, height = 900} = {}): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage({viewport: {width, height}});
  const errors = watchErrors(page, origin);
  await page.goto(origin + path);
  await settled(page);
  return {page, errors};
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, {recursive: true});
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({path, fullPage: true});
  return path;
}

/**
 * Milliseconds from an input event to the last DOM change it causes inside `watch` (the change is
 * over once the DOM has been quiet for `quietMs`). Measures what a reader waits for: the chart redrawn.
 */
export async function timeToUpdate(page: Page, input: string, value: string, watch: string, quietMs = 400): Promise<number> {
  // Sent as source text: functions compiled by tsx carry helpers that do not exist in the page.
  return page.evaluate(`(${MEASURE_UPDATE})(${JSON.stringify([input, value, watch, quietMs])})`) as Promise<number>;
}

const MEASURE_UPDATE = `([input, value, watch, quietMs]) => new Promise((resolve, reject) => {
  const field = document.querySelector(input);
  const target = document.querySelector(watch);
  if (!field || !target) return reject(new Error("missing " + (field ? watch : input)));
  let last = -1;
  let quiet;
  const start = performance.now();
  const finish = () => {
    observer.disconnect();
    if (last < 0) reject(new Error(watch + " did not change"));
    else resolve(last - start);
  };
  const observer = new MutationObserver(() => {
    last = performance.now();
    clearTimeout(quiet);
    quiet = setTimeout(finish, quietMs);
  });
  observer.observe(target, {subtree: true, childList: true, characterData: true, attributes: true});
  field.value = value;
  field.dispatchEvent(new Event("input", {bubbles: true}));
  quiet = setTimeout(finish, 5000);
})`;
