// Reads a corpus folder: every .md/.txt file below it, decoded as UTF-8. A file or folder that
// cannot be read becomes a problem row with its path and reason; the rest are still returned.
import {constants} from "node:fs";
import type {ProblemRow, SourceDocument} from "../src/analysis/types.js";
import {corpusEntries, NODE_FS, specialKind, type CorpusFs} from "./corpusEntries.js";
import {fileError} from "./fileError.js";

export {isArticleFile} from "./corpusEntries.js";

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

type FileResult = {text: string; warning?: string} | {error: string};

/**
 * One article file's text. Opened without blocking and checked through the open handle, so a file
 * swapped for a FIFO or a device after listing is reported, not read (reading a FIFO would hang).
 */
async function readArticleFile(path: string, maxBytes: number, fs: CorpusFs): Promise<FileResult> {
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
