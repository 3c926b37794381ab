// `npm run build [-- --strict]`: analyze the corpus and build the dashboard, mark its pages'
// language, then say what could not be read. Framework runs the data loaders silently, so the problems the corpus loader found
// are read back from its output and printed; with --strict a problem an article could not survive
// fails the build, as it fails `telisik analyze --strict`.
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import type {Tables} from "../src/analysis/types.js";
import {LOADER_CACHE, LOADER_CACHE_CLEARED} from "./fresh.js";
import {failsStrict, problemLines} from "./problems.js";
import {PROJECT_ROOT} from "./settings.js";
import {setPageLanguage} from "./pageLanguage.js";
import {INTERFACE_LANGUAGE} from "../src/components/language.js";

const {values} = parseArgs({options: {strict: {type: "boolean", default: false}}});
process.stderr.write(`telisik: ${LOADER_CACHE_CLEARED}\n`);
const build = spawnSync(join(PROJECT_ROOT, "node_modules", ".bin", "observable"), ["build"], {cwd: PROJECT_ROOT, stdio: "inherit", env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}});
if (build.status !== 0) process.exit(build.status ?? 1);
// The same output folder observablehq.config.ts builds into.
const pages = await setPageLanguage(resolve(PROJECT_ROOT, process.env.TELISIK_OUTPUT || "dist"), INTERFACE_LANGUAGE);
process.stderr.write(`telisik: <html lang="${INTERFACE_LANGUAGE}"> on ${pages} page(s)\n`);

const tables = JSON.parse(readFileSync(join(LOADER_CACHE, "corpus.json"), "utf8")) as Tables;
process.stderr.write(`telisik: built from ${tables.articles.length} article(s); ${tables.problems.length} problem(s)\n`);
for (const line of problemLines(tables.problems)) process.stderr.write(`${line}\n`);
if (values.strict && failsStrict(tables)) {
  process.stderr.write("telisik: --strict: some articles could not be analyzed; the build fails\n");
  process.exit(1);
}
