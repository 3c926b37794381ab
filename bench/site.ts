// Bytes each dashboard page makes a reader download, from a real build: the page's HTML, the
// JavaScript modules it preloads, its stylesheets and its data files, raw and gzip-compressed.
//   npm run bench -- site        (or: npx tsx bench/site.ts)
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {fileURLToPath} from "node:url";
import {buildSite, siteFiles} from "../test/site.js";

interface PageWeight {
  page: string;
  html: number;
  js: number;
  css: number;
  data: number;
  gzip: number;
}

export async function pageWeights(root: string): Promise<PageWeight[]> {
  const pages = (await siteFiles(root)).filter((f) => f.endsWith(".html"));
  const weights: PageWeight[] = [];
  for (const page of pages) {
    const html = await readFile(join(root, page), "utf8");
    const local = (url: string) => join(root, page, "..", url);
    const js = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    const data = [...html.matchAll(/registerFile\("[^"]+", \{[^}]*"path":"([^"]+)"/g)].map((m) => m[1]);
    const sizes = async (urls: string[]) => Promise.all([...new Set(urls)].map((u) => readFile(local(u))));
    const [jsFiles, cssFiles, dataFiles] = await Promise.all([sizes(js), sizes(css), sizes(data)]);
    const all = [Buffer.from(html), ...jsFiles, ...cssFiles, ...dataFiles];
    const sum = (files: Buffer[]) => files.reduce((s, f) => s + f.length, 0);
    weights.push({page: page.replace(/\.html$/, ""), html: html.length, js: sum(jsFiles), css: sum(cssFiles), data: sum(dataFiles), gzip: all.reduce((s, f) => s + gzipSync(f).length, 0)});
  }
  return weights;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export async function main(): Promise<void> {
  process.stderr.write("building the site on the default corpus…\n");
  const root = await buildSite();
  const weights = await pageWeights(root);
  console.log("| page | HTML | JS | CSS | data | total | total gzip |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const w of weights) console.log(`| ${w.page} | ${kb(w.html)} | ${kb(w.js)} | ${kb(w.css)} | ${kb(w.data)} | ${kb(w.html + w.js + w.css + w.data)} | ${kb(w.gzip)} |`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
