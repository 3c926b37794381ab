// `npm run eval`: runs every evaluation in this folder (files named *.eval.ts) and prints its
// scores. Exits non-zero when an evaluation reports a missed target.
import {readdirSync} from "node:fs";
import {fileURLToPath} from "node:url";

export interface EvalResult {
  name: string;
  /** Targets from the issue that this run missed, in words; empty when all are met. */
  missed: string[];
}

const here = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith(".eval.ts")).sort();
let missed = 0;
for (const file of files) {
  const module = (await import(new URL(file, import.meta.url).href)) as {run: () => Promise<EvalResult>};
  console.log(`\n== ${file.replace(/\.eval\.ts$/, "")}`);
  const result = await module.run();
  for (const miss of result.missed) console.log(`  MISSED: ${miss}`);
  missed += result.missed.length;
}
// The real-article targets are reported as "not yet" above and do not fail the run: they belong to later work.
console.log(missed === 0 ? `\nno enforced target missed (${files.length} evaluations; see the real-article targets above)` : `\n${missed} evaluation target(s) missed`);
process.exitCode = missed === 0 ? 0 : 1;
