// Writes one article file. An existing file is never overwritten: the write itself refuses
// (`wx`), so two imports racing for one name cannot clobber each other either.
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";

/** Folder and id names that stay inside the corpus folder (no `/`, `..` or leading dot). */
const SAFE_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function isSafeName(name: string): boolean {
  return SAFE_NAME.test(name) && !name.includes("..");
}

export type WriteResult = {file: string} | {error: string; exists?: boolean};

/**
 * Write `<dir>/<event>/<id>.md`. `file` in the result is relative to `dir`, `/`-separated, as
 * the analysis names files.
 */
export async function writeArticle(dir: string, event: string, id: string, contents: string): Promise<WriteResult> {
  if (!isSafeName(event)) return {error: `event "${event}" must be letters, digits, ".", "_" or "-" (it names a folder)`};
  if (!isSafeName(id)) return {error: `article id "${id}" must be letters, digits, ".", "_" or "-"`};
  const file = `${event}/${id}.md`;
  await mkdir(join(dir, event), {recursive: true});
  try {
    await writeFile(join(dir, event, `${id}.md`), contents, {flag: "wx"});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return {error: `${file} already exists; not overwritten`, exists: true};
    return {error: `cannot write ${file}: ${(error as Error).message}`};
  }
  return {file};
}
