// `npm run bench [-- SECTION ...]`: prints the project's speed and memory figures
// (docs/performance.md). Sections, each in its own process so memory figures are its own:
//   claims    claim clustering at 1k–100k sentences, exact against fast path, recall, slider path
//   pipeline  the whole analysis on 50, 500 and 2,000 articles
//   cleaning  cleaning and segmentation on the real pages of the dev split, against segmentation alone
//   annotate  attribution, quotes and hedges on the dev split's sentences, against the evaluation's baseline
//   hedges    the hedge stage on the dev split's sentences (with SRC: against another checkout's)
//   site      bytes per dashboard page from a real build
//   hostile   each stage on adversarial bodies of 10 KB, 100 KB and 1 MB: is every rule linear?
import {spawnSync} from "node:child_process";
import {fileURLToPath} from "node:url";

const SECTIONS: Record<string, string> = {claims: "claimsReport.ts", pipeline: "pipeline.ts", cleaning: "cleaning.ts", annotate: "annotate.ts", hedges: "hedges.ts", site: "site.ts", hostile: "hostile.ts"};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((s) => !(s in SECTIONS));
if (unknown.length) {
  console.error(`unknown bench section(s): ${unknown.join(", ")}; choose from ${Object.keys(SECTIONS).join(", ")}`);
  process.exit(2);
}
for (const section of chosen.length ? chosen : Object.keys(SECTIONS)) {
  console.log(`\n## ${section}\n`);
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL(SECTIONS[section], import.meta.url))], {stdio: "inherit"});
  if (run.status !== 0) process.exit(run.status ?? 1);
}
