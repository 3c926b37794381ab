// `npm run eval`: the real-article evaluation (docs/evaluation.md). Every figure per split and
// language, with the regex baseline beside it.
//   --details        every false positive, false negative and leaked boilerplate piece
//   --split NAME     one split only: dev, sealed, or a batch staged in test/corpus/NAME (scored
//                    once before it joins dev, so its first run is a fair held-out figure)
//   --write-floor    record the dev figures as the CI floor (test/gold/floor.json)
//   --record-sealed  record the sealed figures with today's date and commit (test/gold/sealed-scores.json)
import {execFileSync} from "node:child_process";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {EvalResult} from "./index.js";
import {evaluateSplit} from "./real/evaluate.js";
import {compact, detailed, printSplit, printTargets} from "./real/report.js";
import {SPLITS, splitFiles} from "./real/split.js";

const FLOOR = fileURLToPath(new URL("../gold/floor.json", import.meta.url));
const SEALED = fileURLToPath(new URL("../gold/sealed-scores.json", import.meta.url));

export async function run(argv = process.argv.slice(2)): Promise<EvalResult> {
  const option = (name: string) => argv.includes(name);
  const only = argv.includes("--split") ? argv[argv.indexOf("--split") + 1] : null;
  const missed: string[] = [];
  for (const split of only === null ? [...SPLITS] : [only]) {
    if (splitFiles(split).length === 0) {
      console.log(`${split} split: no articles`);
      continue;
    }
    const result = await evaluateSplit(split);
    printSplit(result, option("--details"));
    if (split === "sealed") printTargets(result);
    if (result.problems.length > 0) missed.push(`${split} gold has ${result.problems.length} problem(s)`);
    if (split === "dev" && option("--write-floor")) {
      const figures = Object.fromEntries(Object.entries(result.languages).map(([l, r]) => [l, compact(r.telisik)]));
      writeFileSync(FLOOR, JSON.stringify({about: "F1 per measure (and the boilerplate leak and body set-aside rates) on the dev split: CI fails when a figure drops more than 0.02 below it (a rate: rises more than 0.02 above it). Raise it with npm run eval -- --write-floor when a change improves a figure.", dev: figures}, null, 2) + "\n");
      console.log(`wrote ${FLOOR}`);
    }
    if (split === "sealed" && option("--record-sealed")) {
      const previous = existsSync(SEALED) ? JSON.parse(readFileSync(SEALED, "utf8")) : null;
      const firstRun = previous === null;
      const record = {
        about: firstRun
          ? "First run of the code on the sealed split, which was annotated before the code ran on it and is never used for fixes."
          : "A re-measurement on the sealed split (not the first run; the sealed split is never used for fixes).",
        first_run: firstRun,
        measured: new Date().toISOString().slice(0, 10),
        commit: execFileSync("git", ["rev-parse", "HEAD"], {encoding: "utf8"}).trim(),
        // A re-measurement keeps the first run beside it, so the honest first figures are never lost.
        ...(firstRun ? {} : {first_run_record: previous.first_run ? previous : previous.first_run_record}),
        languages: Object.fromEntries(Object.entries(result.languages).map(([l, r]) => [l, {telisik: detailed(r.telisik), baseline: detailed(r.baseline)}])),
      };
      writeFileSync(SEALED, JSON.stringify(record, null, 2) + "\n");
      console.log(`wrote ${SEALED}`);
    }
  }
  return {name: "real", missed};
}
