// The articles below a corpus folder, and what could not be listed. Nothing here opens a file:
// links are resolved and special files recognised from the folder listing, so a FIFO or a link to
// /dev/zero is reported, never read.
import * as nodeFs from "node:fs/promises";
import type {Dirent} from "node:fs";
import {join, sep} from "node:path";
import type {ProblemRow} from "../src/analysis/types.js";
import {fileError} from "./fileError.js";

/** The file-system calls the reader makes: tests pass failing ones (root ignores permissions). */
export interface CorpusFs {
  readdir(path: string, options: {withFileTypes: true}): Promise<Dirent[]>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}>;
  open(path: string, flags: number): Promise<nodeFs.FileHandle>;
}

export const NODE_FS: CorpusFs = nodeFs;

/** An article file to read: where it is on disk, and its path relative to the corpus (the row's `file`). */
export interface CorpusEntry {
  path: string;
  file: string;
}

const ARTICLE = /\.(md|markdown|txt)$/i;

/** Files that live beside articles but are not articles: READMEs, hidden and `_`-prefixed files. */
export function isArticleFile(name: string): boolean {
  return ARTICLE.test(name) && !name.startsWith(".") && !name.startsWith("_") && !/^readme\./i.test(name);
}

/** Hidden folders and installed packages are not part of a corpus. */
function isSkippedFolder(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

type Kind = {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean};

/** What a file that is neither a regular file nor a folder is, for a message. */
export function specialKind(entry: Kind): string {
  if (entry.isFIFO()) return "a named pipe (FIFO)";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice()) return "a character device";
  if (entry.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/**
 * Article files below `root`, depth first, in byte order of their paths (stable across machines),
 * with a problem row for each folder that cannot be listed and each link or special file that is
 * not read. A link to an article file inside the corpus is read under the link's own path.
 */
export async function corpusEntries(root: string, fs: CorpusFs = NODE_FS): Promise<{entries: CorpusEntry[]; problems: ProblemRow[]}> {
  const entries: CorpusEntry[] = [];
  const problems: ProblemRow[] = [];
  const problem = (file: string, message: string) => problems.push({file, severity: "error", message});
  // Links are judged against the corpus's real path, so a corpus reached through a link works.
  const realRoot = await fs.realpath(root).catch(() => root);
  const inside = (target: string) => target === realRoot || target.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);

  async function walk(dir: string, relative: string): Promise<void> {
    let listed: Dirent[];
    try {
      listed = await fs.readdir(dir, {withFileTypes: true});
    } catch (error) {
      problem(relative || ".", `cannot list folder: ${fileError(error)}; the articles in it are not read`);
      return;
    }
    listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of listed) {
      const path = join(dir, entry.name);
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) await walk(path, file);
      } else if (entry.isSymbolicLink()) {
        if (!isSkippedFolder(entry.name)) await link(path, file, entry.name);
      } else if (isArticleFile(entry.name)) {
        if (entry.isFile()) entries.push({path, file});
        else problem(file, `${specialKind(entry)}, not a regular file; not opened`);
      }
    }
  }

  async function link(path: string, file: string, name: string): Promise<void> {
    let target: string;
    try {
      target = await fs.realpath(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === "ENOENT" ? "dangling symbolic link (its target does not exist)" : code === "ELOOP" ? "symbolic link loop" : `symbolic link that cannot be resolved: ${fileError(error)}`;
      if (isArticleFile(name)) problem(file, `${reason}; skipped`);
      return;
    }
    let info;
    try {
      info = await fs.stat(target);
    } catch (error) {
      if (isArticleFile(name)) problem(file, `symbolic link whose target cannot be read: ${fileError(error)}; skipped`);
      return;
    }
    // A folder link would list articles twice (or forever, pointing up); its target is read where it is.
    if (info.isDirectory()) problem(file, `symbolic link to a folder; not followed (links to article files inside the corpus are)`);
    else if (!isArticleFile(name)) return;
    else if (!info.isFile()) problem(file, `symbolic link to ${specialKind(info)}; not opened`);
    else if (!inside(target)) problem(file, "symbolic link to a file outside the corpus folder; not followed");
    else entries.push({path: target, file});
  }

  await walk(root, "");
  return {entries, problems};
}
