// Puts a fuzz corpus on disk, and the file system the suite reads it through: the same as the
// CLI's, except that `unreadable` files and `locked` folders fail as they would for a user
// without permission (the tests run as root, who can open anything).
import {mkdir, mkdtemp, symlink, writeFile} from "node:fs/promises";
import {spawnSync} from "node:child_process";
import {tmpdir} from "node:os";
import {basename, dirname, join} from "node:path";
import {NODE_FS, type CorpusFs} from "../../data-loaders/corpusEntries.js";
import {LOCKED_FOLDER, UNREADABLE, type FuzzEntry} from "./generate.js";

/** A fresh folder holding the entries (and the valid articles, path → text). */
export async function writeCorpus(entries: FuzzEntry[], valid: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "telisik-fuzz-"));
  for (const [path, text] of Object.entries(valid)) await put(dir, {kind: "file", path, contents: text, family: "valid"});
  for (const entry of entries) await put(dir, entry);
  return dir;
}

async function put(dir: string, entry: FuzzEntry): Promise<void> {
  const path = join(dir, entry.path);
  await mkdir(dirname(path), {recursive: true});
  if (entry.kind === "file") await writeFile(path, entry.contents);
  else if (entry.kind === "symlink") await symlink(entry.target, path);
  else if (spawnSync("mkfifo", [path]).status !== 0) throw new Error(`mkfifo ${path} failed`);
}

function denied(syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), {code: "EACCES", errno: -13, syscall, path});
}

/** node:fs, with permission denied for `unreadable` files and `locked` folders. */
export const FUZZ_FS: CorpusFs = {
  ...NODE_FS,
  readdir: (path, options) => (basename(path) === LOCKED_FOLDER ? Promise.reject(denied("scandir", path)) : NODE_FS.readdir(path, options)),
  open: (path, flags) => (basename(path).includes(UNREADABLE) ? Promise.reject(denied("open", path)) : NODE_FS.open(path, flags)),
};
