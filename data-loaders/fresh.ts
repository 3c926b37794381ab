// Framework reruns a data loader only when the loader file changes, not when articles/ does. This
// clears the cached loader outputs so every build and preview analyzes the current corpus.
import {rmSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "./settings.js";

export const LOADER_CACHE = join(PROJECT_ROOT, "src", ".observablehq", "cache", "data");

rmSync(LOADER_CACHE, {recursive: true, force: true});
export const LOADER_CACHE_CLEARED = `cleared cached loader output (${LOADER_CACHE})`;
if (import.meta.url === `file://${process.argv[1]}`) process.stderr.write(`telisik: ${LOADER_CACHE_CLEARED}\n`);
