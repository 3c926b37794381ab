// What each argument of `telisik add` stands for, and how its article is loaded: a URL to fetch,
// a saved page, plain text, stdin, a CSV / JSON Lines list (one item per row) or a folder of
// saved pages (one item per page). Loading never throws: a failure is an {error}.
import {readdir, readFile, stat} from "node:fs/promises";
import {basename, extname, join, resolve} from "node:path";
import {decodeArticle, DEFAULT_MAX_BYTES} from "../corpus.js";
import {decodePage} from "./charset.js";
import {fetchPage, FetchError} from "./fetchPage.js";
import {parseCsvRows, parseJsonLines, type RowFields} from "./bulk.js";
import type {ArticleSource, GivenFields} from "./addArticle.js";

export type Item = {source: string; load: () => Promise<{input: ArticleSource; warnings: string[]} | {error: string}>; given: GivenFields};

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<meta|<!--)/i.test(text);
}

async function readLocal(path: string): Promise<Uint8Array | {error: string}> {
  const info = await stat(path).catch(() => null);
  if (!info) return {error: "no such file"};
  if (!info.isFile()) return {error: "not a file"};
  if (info.size > DEFAULT_MAX_BYTES) return {error: `file is ${info.size} bytes, over the ${DEFAULT_MAX_BYTES}-byte limit`};
  return readFile(path);
}

async function loadUrl(url: string, timeoutMs: number) {
  try {
    const page = await fetchPage(url, {timeoutMs});
    return {input: {kind: "html" as const, html: page.text, pageUrl: page.url}, warnings: page.warning ? [page.warning] : []};
  } catch (error) {
    return {error: error instanceof FetchError ? error.message : `cannot fetch ${url}: ${(error as Error).message}`};
  }
}

async function loadHtmlFile(path: string) {
  const bytes = await readLocal(path);
  if ("error" in bytes) return bytes;
  const page = decodePage(bytes);
  return {input: {kind: "html" as const, html: page.text, pageUrl: null}, warnings: page.warning ? [page.warning] : []};
}

async function loadTextFile(path: string) {
  const bytes = await readLocal(path);
  if ("error" in bytes) return bytes;
  const decoded = decodeArticle(bytes);
  if ("error" in decoded) return decoded;
  return {input: {kind: "text" as const, text: decoded.text}, warnings: decoded.warning ? [decoded.warning] : []};
}

async function readStdin(): Promise<string | {error: string}> {
  if (process.stdin.isTTY) return {error: "stdin is a terminal; pipe the text in (telisik add - < article.txt)"};
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > DEFAULT_MAX_BYTES) return {error: `stdin is over the ${DEFAULT_MAX_BYTES}-byte limit`};
    chunks.push(chunk as Buffer);
  }
  const decoded = decodeArticle(Buffer.concat(chunks));
  return "error" in decoded ? decoded : decoded.text;
}

/** A bulk row becomes an item: its html or text, else its url to fetch. */
function rowItem(label: string, fields: RowFields, given: GivenFields, timeoutMs: number, warnings: string[]): Item {
  const rowGiven: GivenFields = {...given};
  for (const key of ["id", "outlet", "event", "title", "url", "published", "language"] as const) if (fields[key]) rowGiven[key] = fields[key];
  // For a page (given or fetched) the url column is where it came from; its canonical link names it.
  if (fields.html || !fields.text) delete rowGiven.url;
  const load = async () => {
    if (fields.html) return {input: {kind: "html" as const, html: fields.html, pageUrl: fields.url ?? null}, warnings};
    if (fields.text) return {input: {kind: "text" as const, text: fields.text}, warnings};
    if (fields.url) {
      const loaded = await loadUrl(fields.url, timeoutMs);
      return "error" in loaded ? loaded : {...loaded, warnings: [...warnings, ...loaded.warnings]};
    }
    return {error: "row has no text, html or url"};
  };
  return {source: fields.url ? `${label} (${fields.url})` : label, load, given: rowGiven};
}

/** What one command-line argument stands for: one item, or many (a list, a folder). */
export async function itemsFor(arg: string, given: GivenFields, timeoutMs: number): Promise<Item[]> {
  const failing = (error: string): Item[] => [{source: arg, load: async () => ({error}), given}];
  if (arg === "-") {
    return [{source: "stdin", given, load: async () => {
      const text = await readStdin();
      if (typeof text !== "string") return text;
      return {input: looksLikeHtml(text) ? {kind: "html", html: text, pageUrl: null} : {kind: "text", text}, warnings: []};
    }}];
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(arg) && !/^[a-z]:[\\/]/i.test(arg)) return [{source: arg, given, load: () => loadUrl(arg, timeoutMs)}];
  const path = resolve(arg);
  const info = await stat(path).catch(() => null);
  if (!info) return failing("no such file or folder");
  if (info.isDirectory()) {
    const pages = (await readdir(path)).filter((name) => /\.x?html?$/i.test(name) && !name.startsWith(".")).sort();
    if (pages.length === 0) return failing("no .html or .htm files in this folder");
    const folderGiven = {...given, event: given.event ?? basename(path)};
    return pages.map((name) => ({source: join(arg, name), given: folderGiven, load: () => loadHtmlFile(join(path, name))}));
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".jsonl" || extension === ".ndjson") {
    const loaded = await loadTextFile(path);
    if ("error" in loaded) return failing(loaded.error);
    const text = loaded.input.kind === "text" ? loaded.input.text : "";
    const rows = extension === ".csv" ? parseCsvRows(text) : parseJsonLines(text);
    if (rows.length === 0) return failing("no rows");
    return rows.map((row) => ("error" in row ? {source: `${arg} ${row.label}`, given, load: async () => ({error: row.error})} : rowItem(`${arg} ${row.label}`, row.fields, given, timeoutMs, row.warnings)));
  }
  if (extension === ".html" || extension === ".htm" || extension === ".xhtml") return [{source: arg, given, load: () => loadHtmlFile(path)}];
  if (extension === ".txt" || extension === ".md" || extension === ".markdown") return [{source: arg, given, load: () => loadTextFile(path)}];
  return failing(`unsupported file type "${extension || "(none)"}": give .html, .txt, .md, .csv or .jsonl`);
}
