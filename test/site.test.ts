// The published site: builds offline, references no CDN, and always reflects the current corpus.
import {test} from "node:test";
import assert from "node:assert/strict";
import {cp, readFile, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {existsSync} from "node:fs";
import {buildSite, siteFiles, siteTables} from "./site.js";
import {corpusOf} from "./helpers.js";
import {PROJECT_ROOT} from "../data-loaders/settings.js";

/** Hosts the site must never load from: it has to work with no network. */
const CDN = /\b(?:cdn\.jsdelivr\.net|unpkg\.com|esm\.sh|esm\.run|cdnjs\.cloudflare\.com|cdn\.skypack\.dev|ga\.jspm\.io|fonts\.googleapis\.com|fonts\.gstatic\.com|api\.observablehq\.com|static\.observableusercontent\.com)\b/;

test("the built site references no CDN and every asset it links exists", async () => {
  const root = await buildSite();
  const files = await siteFiles(root);
  assert.ok(files.includes("index.html"));
  for (const file of files.filter((f) => /\.(html|js|css|json)$/.test(f))) {
    const text = await readFile(join(root, file), "utf8");
    assert.doesNotMatch(text, CDN, `${file} references a CDN`);
    assert.doesNotMatch(text, /["']npm:/, `${file} has an npm: import`);
  }
  for (const page of files.filter((f) => f.endsWith(".html"))) {
    const html = await readFile(join(root, page), "utf8");
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (/^(?:#|data:|mailto:|https?:\/\/observablehq\.com)/.test(url)) continue;
      assert.doesNotMatch(url, /^(?:https?:)?\/\//, `${page} links off-site: ${url}`);
      const target = join(root, join(page, "..", url.split(/[?#]/)[0]));
      const candidates = [target, `${target}.html`, join(target, "index.html")];
      const found = candidates.find((c) => existsSync(c) && !c.endsWith("/"));
      assert.ok(found, `${page} links ${url}, which the build does not contain`);
      // A link to a heading must find it (the hedging page once linked a missing methodology#hedging).
      const fragment = url.split("#")[1];
      if (fragment && found.endsWith(".html")) assert.ok((await readFile(found, "utf8")).includes(`id="${fragment}"`), `${page} links ${url}: no #${fragment} there`);
    }
  }
});

test("adding an article and rebuilding changes the dashboard's numbers; removing it changes them back", async () => {
  const corpus = await corpusOf({});
  await cp(join(PROJECT_ROOT, "articles"), corpus, {recursive: true});
  const before = await siteTables(await buildSite(corpus));

  const added = join(corpus, "shoigu-pyongyang-2023", "zz-new.md");
  await writeFile(added, "---\noutlet: Harian Uji\n---\nMenteri Pertahanan Rusia tiba di Pyongyang. Ia bertemu Kim Jong Un, kata KCNA.\n");
  const withNew = await siteTables(await buildSite(corpus));
  assert.equal(withNew.articles.length, before.articles.length + 1);
  assert.equal(withNew.sentences.length, before.sentences.length + 2);
  assert.ok(withNew.outlets.some((o: {outlet: string}) => o.outlet === "Harian Uji"));

  await rm(added);
  const after = await siteTables(await buildSite(corpus));
  assert.deepEqual(after, before);
});
