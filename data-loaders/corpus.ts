// Reads a corpus folder: every .md/.txt file below it, decoded as UTF-8. A file that cannot be
// read becomes a problem row with its path and reason; the rest are still returned.
import {readdir, readFile, stat} from "node:fs/promises";
import {join, relative, sep} from "node:path";
import type {ProblemRow, SourceDocument} from "../src/analysis/types.js";

export interface CorpusOptions {
  /** Files larger than this are skipped with a problem (default 5 MiB: far above any article). */
  maxBytes?: number;
}

export interface Corpus {
  documents: SourceDocument[];
  problems: ProblemRow[];
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const ARTICLE = /\.(md|markdown|txt)$/i;

/** Files that live beside articles but are not articles: READMEs, hidden and `_`-prefixed files. */
export function isArticleFile(name: string): boolean {
  return ARTICLE.test(name) && !name.startsWith(".") && !name.startsWith("_") && !/^readme\./i.test(name);
}

export async function readCorpus(dir: string, options: CorpusOptions = {}): Promise<Corpus> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const documents: SourceDocument[] = [];
  const problems: ProblemRow[] = [];
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    problems.push({file: dir, severity: "error", message: "corpus folder not found"});
    return {documents, problems};
  }
  for (const path of await listArticleFiles(dir)) {
    const file = relative(dir, path).split(sep).join("/");
    const result = await readArticleFile(path, maxBytes);
    if ("text" in result) documents.push({file, text: result.text});
    else problems.push({file, severity: "error", message: result.error});
    if ("warning" in result && result.warning) problems.push({file, severity: "warning", message: result.warning});
  }
  return {documents, problems};
}

/** Article files below `dir`, depth first, in byte order of their paths (stable across machines). */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, {withFileTypes: true});
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listArticleFiles(path)));
    else if (entry.isFile() && isArticleFile(entry.name)) found.push(path);
  }
  return found;
}

type FileResult = {text: string; warning?: string} | {error: string};

async function readArticleFile(path: string, maxBytes: number): Promise<FileResult> {
  const {size} = await stat(path);
  if (size > maxBytes) return {error: `file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for one article; skipped`};
  const bytes = await readFile(path);
  return decodeArticle(bytes);
}

/**
 * Decode an article's bytes. UTF-8 (with or without a BOM) is expected; UTF-16 with a BOM is
 * accepted with a warning; binary data and invalid UTF-8 are refused with the offending offset.
 */
export function decodeArticle(bytes: Uint8Array): FileResult {
  if (bytes.length === 0) return {error: "empty file; skipped"};
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes);
    return {text, warning: "UTF-16 text decoded; save articles as UTF-8"};
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return {error: `binary file (NUL byte at offset ${nul}), not text; skipped`};
  let text: string;
  try {
    text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    return {error: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save the file as UTF-8; skipped`};
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return {error: "no text in file; skipped"};
  return {text};
}

/** Offset of the first byte that breaks UTF-8, for an error message a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
