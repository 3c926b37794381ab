// The tables as files, each written whole or not at all: to a temporary file in the same folder,
// then renamed over the old one (a rename within a folder is atomic), so a run killed half-way
// leaves every file either as it was or complete, never truncated.
import * as nodeFs from "node:fs/promises";
import {join} from "node:path";
import {TABLE_NAMES, type Tables} from "../src/analysis/types.js";
import {toCsv} from "./csv.js";
import {fileError} from "./fileError.js";

/** The calls made (tests pass failing ones: root may write anywhere). */
export type TableFs = Pick<typeof nodeFs, "writeFile" | "rename" | "rm" | "readdir">;

/** Temporary files are hidden and named for this program, so a killed run's leftovers are known. */
const TEMPORARY = /^\.telisik-.*\.tmp$/;

/**
 * Write `<table>.json` and `<table>.csv` for every table into `dir` (which exists). On failure,
 * nothing half-written is left and the error is one line naming the file.
 * @example await writeTables("out", tables) // {written: 20}
 */
export async function writeTables(dir: string, tables: Tables, fs: TableFs = nodeFs): Promise<{written: number} | {error: string}> {
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) if (TEMPORARY.test(name)) await fs.rm(join(dir, name), {force: true});
  let written = 0;
  for (const name of TABLE_NAMES) {
    const rows = tables[name] as unknown as Record<string, unknown>[];
    for (const [file, contents] of [[`${name}.json`, JSON.stringify(rows, null, 1) + "\n"], [`${name}.csv`, toCsv(rows)]]) {
      const temporary = join(dir, `.telisik-${file}.${process.pid}.tmp`);
      try {
        await fs.writeFile(temporary, contents);
        await fs.rename(temporary, join(dir, file));
      } catch (error) {
        await fs.rm(temporary, {force: true}).catch(() => undefined);
        return {error: `cannot write ${join(dir, file)}: ${fileError(error)}`};
      }
      written++;
    }
  }
  return {written};
}
