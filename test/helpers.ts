// Shared by the tests: the reference data as the CLI loads it, and a temporary corpus folder.
import {mkdtemp, mkdir, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {spawnSync} from "node:child_process";
import {loadSettings, PROJECT_ROOT} from "../data-loaders/settings.js";

export const settings = loadSettings();
export const SEEDS = join(PROJECT_ROOT, "..", "shared", "seeds");

/** A fresh folder holding the given files (path → contents). */
export async function corpusOf(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "telisik-"));
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), {recursive: true});
    await writeFile(join(dir, path), contents);
  }
  return dir;
}

/** Run the CLI exactly as the README documents it (`npm run --silent analyze -- ...`). */
export function runCli(args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync("npm", ["run", "--silent", "analyze", "--", ...args], {cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}
