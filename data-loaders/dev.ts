// `npm run dev`: Framework's preview server, plus a watch on the corpus and the reference data.
// Framework reruns a loader only when the loader file changes, so when an article or a lexicon is
// added, edited or removed we touch the loaders; the open pages then reload with fresh numbers.
import {spawn} from "node:child_process";
import {readdirSync, utimesSync, watch} from "node:fs";
import {join, resolve} from "node:path";
import {DEFAULT_CORPUS, PROJECT_ROOT, REFERENCE_DIR} from "./settings.js";
import {LOADER_CACHE_CLEARED} from "./fresh.js";
import {coalesceChanges} from "./changeBursts.js";

const LOADERS = join(PROJECT_ROOT, "src", "data");
const corpus = resolve(process.env.TELISIK_CORPUS || DEFAULT_CORPUS);

function touchLoaders(reason: string): void {
  const now = new Date();
  for (const name of readdirSync(LOADERS)) if (/\.(ts|js)$/.test(name)) utimesSync(join(LOADERS, name), now, now);
  process.stderr.write(`telisik: ${reason} changed; data loaders will rerun\n`);
}

// One rerun per burst of saves, and at least one a second while changes keep coming.
const changed = coalesceChanges((paths) => touchLoaders(paths.length === 1 ? paths[0] : `${paths.length} files, among them ${paths.at(-1)},`));
for (const dir of [corpus, REFERENCE_DIR]) {
  const watcher = watch(dir, {recursive: true}, (_event, file) => changed(join(dir, String(file ?? ""))));
  // A watched folder removed or unreadable: say so and keep serving; the loaders report the rest.
  watcher.on("error", (error) => process.stderr.write(`telisik: no longer watching ${dir}: ${(error as Error).message}\n`));
}
process.stderr.write(`telisik: ${LOADER_CACHE_CLEARED}; watching ${corpus} and ${REFERENCE_DIR}\n`);

const preview = spawn("observable", ["preview", ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
});
preview.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
