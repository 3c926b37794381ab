// Reads a corpus folder: every .md/.txt file below it, decoded as UTF-8. A file or folder that
// cannot be read becomes a problem row with its path and reason; the rest are still returned.
import {constants} from "node:fs";
import type {ProblemRow, SourceDocument} from "../src/analysis/types.js";
import {corpusEntries, NODE_FS, specialKind, type CorpusFs} from "./corpusEntries.js";
import {fileError} from "./fileError.js";
import {decodeArticle, type Decoded} from "./decodeArticle.js";

export {isArticleFile} from "./corpusEntries.js";

/** The article files a corpus folder holds, as the reader lists them (links and special files left out). */
export async function listArticleFiles(dir: string): Promise<string[]> {
  return (await corpusEntries(dir)).entries.map((entry) => entry.path);
}
export {decodeArticle} from "./decodeArticle.js";

export interface CorpusOptions {
  /** Files larger than this are skipped with a problem (default 5 MiB: far above any article). */
  maxBytes?: number;
  /** The file-system calls to make (tests simulate failures with it); default node:fs/promises. */
  fs?: CorpusFs;
}

export interface Corpus {
  documents: SourceDocument[];
  problems: ProblemRow[];
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export async function readCorpus(dir: string, options: CorpusOptions = {}): Promise<Corpus> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fs = options.fs ?? NODE_FS;
  const documents: SourceDocument[] = [];
  const info = await fs.stat(dir).catch(() => null);
  if (!info?.isDirectory()) return {documents, problems: [{file: dir, severity: "error", message: "corpus folder not found"}]};
  const {entries, problems} = await corpusEntries(dir, fs);
  for (const {path, file} of entries) {
    const result = await readArticleFile(path, maxBytes, fs);
    if ("text" in result) documents.push({file, text: result.text});
    else problems.push({file, severity: "error", message: result.error});
    if ("warning" in result && result.warning) problems.push({file, severity: "warning", message: result.warning});
  }
  return {documents, problems};
}

/**
 * One article file's text. Opened without blocking and checked through the open handle, so a file
 * swapped for a FIFO or a device after listing is reported, not read (reading a FIFO would hang).
 */
async function readArticleFile(path: string, maxBytes: number, fs: CorpusFs): Promise<Decoded> {
  let handle;
  try {
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return {error: `cannot open: ${fileError(error)}; skipped`};
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return {error: `${specialKind(info)}, not a regular file; not read`};
    if (info.size > maxBytes) return {error: `file is ${megabytes(info.size)}, over the ${megabytes(maxBytes)} limit for one article; skipped`};
    return decodeArticle(await handle.readFile());
  } catch (error) {
    return {error: `cannot read: ${fileError(error)}; skipped`};
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
