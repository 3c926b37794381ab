// Build the dashboard the documented way (`npm run build`) into a temporary folder, and read it.
import {spawnSync} from "node:child_process";
import {cp, mkdtemp, readdir, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {PROJECT_ROOT} from "../data-loaders/settings.js";

/** Run `npm run build [-- args]` on a corpus folder (default: articles/) into a temporary folder. */
export async function runBuild(corpus?: string, args: string[] = []): Promise<{status: number | null; stdout: string; stderr: string; output: string}> {
  const output = await mkdtemp(join(tmpdir(), "telisik-site-"));
  const env = {...process.env, TELISIK_OUTPUT: output, ...(corpus ? {TELISIK_CORPUS: corpus} : {})};
  const result = spawnSync("npm", ["run", "build", ...(args.length ? ["--", ...args] : [])], {cwd: PROJECT_ROOT, env, encoding: "utf8"});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, output};
}

/** Build the site on a corpus folder (default: articles/); returns the output folder. */
export async function buildSite(corpus?: string): Promise<string> {
  const result = await runBuild(corpus);
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  return result.output;
}

/** Every file in a built site, relative to its root. */
export async function siteFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true});
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath ?? (e as unknown as {path: string}).path, e.name))).sort();
}

/** The corpus tables the built site ships (the data loader's output). */
export async function siteTables(root: string) {
  const file = (await siteFiles(root)).find((f) => /^_file\/data\/corpus\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error("the built site has no data/corpus.json");
  return JSON.parse(await readFile(join(root, file), "utf8"));
}

/** The default corpus plus a second, hand-written event (test/fixtures/), in a temporary folder. */
export async function multiEventCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "telisik-events-"));
  await cp(join(PROJECT_ROOT, "articles"), dir, {recursive: true});
  await cp(join(PROJECT_ROOT, "test", "fixtures"), dir, {recursive: true});
  return dir;
}
