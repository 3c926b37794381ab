// Framework reruns a data loader only when the loader file changes, not when articles/ does. This
// clears the cached loader outputs so `npm run build` always analyzes the current corpus.
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {PROJECT_ROOT} from "./settings.js";

export const LOADER_CACHE = join(PROJECT_ROOT, "src", ".observablehq", "cache", "data");

await rm(LOADER_CACHE, {recursive: true, force: true});
process.stderr.write(`telisik: cleared cached loader output (${LOADER_CACHE})\n`);
