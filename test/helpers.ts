// Shared by the tests: the reference data as the CLI loads it, and a temporary corpus folder.
import {mkdtemp, mkdir, readdir, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {spawnSync} from "node:child_process";
import {loadSettings, PROJECT_ROOT} from "../data-loaders/settings.js";

export const settings = loadSettings();
const SEED_ARTICLES = join(PROJECT_ROOT, "articles", "shoigu-pyongyang-2023");

/**
 * The seeds as they were found: plain `.txt` files with no front matter, in a fresh folder. Made
 * from `articles/` (whose bodies are the found text byte for byte), so no test reads outside the
 * repository.
 */
export async function rawSeeds(): Promise<string> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(SEED_ARTICLES)).filter((f) => f.endsWith(".md"))) {
    const text = await readFile(join(SEED_ARTICLES, name), "utf8");
    files[name.replace(/\.md$/, ".txt")] = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  }
  return corpusOf(files);
}

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
