// Where the published numbers come from: when the site was built, from which corpus (its files'
// content hash) and with which reference data. Shown on every page, so a screenshot or a quoted
// figure can be traced to its inputs. Content hashes, not dates, identify the inputs: the same
// files give the same hash on any machine.
import {createHash} from "node:crypto";
import {readdir, readFile} from "node:fs/promises";
import {join, relative, sep} from "node:path";
import {listArticleFiles} from "./corpus.js";

export interface Provenance {
  /** ISO 8601 time the data loaders ran: the build. */
  built_at: string;
  corpus: {files: number; sha256: string};
  /** `version` is the reference folder's content hash, shortened: it changes with any edit to it. */
  reference: {files: number; sha256: string; version: string};
}

/**
 * SHA-256 over files' paths (relative to `root`, `/`-separated) and bytes, in path byte order.
 * @example await contentHash("articles", await listArticleFiles("articles")) // "3f2a…"
 */
export async function contentHash(root: string, files: string[]): Promise<string> {
  const hash = createHash("sha256");
  const named = files.map((path) => ({path, name: relative(root, path).split(sep).join("/")}));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const {path, name} of named) {
    const bytes = await readFile(path);
    // Lengths framed, so moving bytes between a name and a file cannot give the same hash.
    hash.update(`${name.length}:${name}:${bytes.length}:`).update(bytes);
  }
  return hash.digest("hex");
}

/** The provenance of a site built from `corpusDir` with the reference data in `referenceDir`. */
export async function provenance(corpusDir: string, referenceDir: string, now: Date = new Date()): Promise<Provenance> {
  const articles = await listArticleFiles(corpusDir);
  const reference = (await readdir(referenceDir, {recursive: true, withFileTypes: true}))
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => join(e.parentPath, e.name));
  const referenceHash = await contentHash(referenceDir, reference);
  return {
    built_at: now.toISOString(),
    corpus: {files: articles.length, sha256: await contentHash(corpusDir, articles)},
    reference: {files: reference.length, sha256: referenceHash, version: referenceHash.slice(0, 12)},
  };
}
