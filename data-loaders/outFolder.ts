// The folder `--out` names, checked and made before any analysis, so a bad path costs a one-line
// error at once instead of a stack trace after the whole run.
import {access, mkdir, realpath, stat} from "node:fs/promises";
import {constants} from "node:fs";
import {dirname, join, relative, resolve, isAbsolute, basename} from "node:path";
import {fileError} from "./fileError.js";

/**
 * Make the `--out` folder (and missing parents), or say in one line why it cannot be used: it is
 * a file, under a file, not writable (root passes this check; a failed write is then reported
 * by writeTables), or inside the corpus folder (where the tables would sit
 * among the articles). Parents are made one at a time: `mkdir -p` in Node spins for ever on
 * paths such as /proc/x, where the kernel answers ENOENT to creating what does not exist.
 * @example await prepareOutFolder("out", "articles") // {dir: "/…/out"}
 */
export async function prepareOutFolder(out: string, corpus: string): Promise<{dir: string} | {error: string}> {
  const dir = resolve(out);
  const missing: string[] = [];
  let existing = dir;
  for (;;) {
    const info = await stat(existing).catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" || error.code === "ENOTDIR" ? null : error));
    if (info instanceof Error) return {error: `cannot use --out ${dir}: ${existing} ${fileError(info)}`};
    if (info?.isDirectory()) break;
    if (info) return {error: existing === dir ? `--out ${dir} is a file, not a folder` : `cannot create the --out folder ${dir}: ${existing} is a file`};
    missing.unshift(basename(existing));
    if (dirname(existing) === existing) break;
    existing = dirname(existing);
  }
  // Compare real paths: a link may lead into the corpus.
  const realDir = join(await realpath(existing).catch(() => existing), ...missing);
  const realCorpus = await realpath(resolve(corpus)).catch(() => resolve(corpus));
  const inside = relative(realCorpus, realDir);
  if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) return {error: `--out ${dir} is inside the corpus folder ${realCorpus}; write the tables elsewhere`};
  let made = existing;
  for (const name of missing) {
    made = join(made, name);
    try {
      await mkdir(made);
    } catch (error) {
      // ENOENT from mkdir with the parent present: a file system (procfs, sysfs) that makes no folders.
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "the file system there makes no folders (ENOENT)" : fileError(error);
      return {error: `cannot create the --out folder ${dir}: ${reason}`};
    }
  }
  try {
    await access(dir, constants.W_OK);
  } catch (error) {
    return {error: `cannot write to the --out folder ${dir}: ${fileError(error)}`};
  }
  return {dir};
}
