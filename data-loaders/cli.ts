// telisik: analyze a corpus folder and print or write the data contract; or add articles to it.
//   telisik [analyze] [DIR] [--json] [--out DIR] [--strict] [--max-bytes N]
//   telisik add <url | file.html | file.txt | - | list.csv | list.jsonl | folder>... [--event NAME] ...
import {stat} from "node:fs/promises";
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {TABLE_NAMES, type Tables} from "../src/analysis/types.js";
import {DEFAULT_CORPUS} from "./settings.js";
import {DEFAULT_MAX_BYTES} from "./corpus.js";
import {analyzeFolder} from "./analyzeFolder.js";
import {failsStrict, problemLines} from "./problems.js";
import {prepareOutFolder} from "./outFolder.js";
import {writeTables} from "./writeTables.js";
import {addMain} from "./add/add.js";
import {endQuietlyWhenClosed} from "./closedPipe.js";

const USAGE = `usage: telisik [analyze] [DIR] [--json] [--out DIR] [--strict] [--max-bytes N]

Analyze the articles under DIR (default: articles/) and print a per-outlet summary.
  --json         print the whole data contract (docs/data-contract.md) as one JSON object
  --out DIR      also write each table as DIR/<table>.json and DIR/<table>.csv (each file
                 replaced whole; DIR may not be inside the corpus folder)
  --strict       exit 1 when any article could not be analyzed
  --max-bytes N  skip article files larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --help         show this help

       telisik add <url | file.html | file.txt | - | list.csv | list.jsonl | folder>...
                   [--event NAME] [--outlet NAME] [--dir articles]
Add news pages or text to the corpus as <dir>/<event>/<id>.md (telisik add --help).`;

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "add") return addMain(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: {type: "boolean", default: false},
        out: {type: "string"},
        strict: {type: "boolean", default: false},
        "max-bytes": {type: "string"},
        help: {type: "boolean", short: "h", default: false},
      },
    });
  } catch (error) {
    process.stderr.write(`telisik: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const args = positionals[0] === "analyze" ? positionals.slice(1) : positionals;
  if (args.length > 1) {
    process.stderr.write(`telisik: one corpus folder at a time (got ${args.length})\n${USAGE}\n`);
    return 2;
  }
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : Number(values["max-bytes"]);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    process.stderr.write(`telisik: --max-bytes takes a positive number of bytes\n`);
    return 2;
  }
  const dir = resolve(args[0] ?? DEFAULT_CORPUS);
  const folder = await stat(dir).catch(() => null);
  if (!folder?.isDirectory()) {
    process.stderr.write(`telisik: ${folder ? "not a folder" : "no such corpus folder"}: ${dir}\n`);
    return 1;
  }
  let out: string | undefined;
  if (values.out !== undefined) {
    const prepared = await prepareOutFolder(values.out, dir);
    if ("error" in prepared) {
      process.stderr.write(`telisik: ${prepared.error}\n`);
      return 1;
    }
    out = prepared.dir;
  }
  const started = performance.now();
  process.stderr.write(`telisik: reading ${dir}\n`);
  const tables = await analyzeFolder(dir, {maxBytes});
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(`telisik: ${tables.articles.length} article(s), ${tables.sentences.length} sentence(s), ${tables.problems.length} problem(s) in ${seconds} s\n`);
  for (const line of problemLines(tables.problems)) process.stderr.write(`${line}\n`);

  if (out !== undefined) {
    const result = await writeTables(out, tables);
    if ("error" in result) {
      process.stderr.write(`telisik: ${result.error}\n`);
      return 1;
    }
    process.stderr.write(`telisik: wrote ${TABLE_NAMES.length} tables as JSON and CSV to ${out}\n`);
  }
  if (values.json) process.stdout.write(JSON.stringify(tables) + "\n");
  else process.stdout.write(summary(tables));
  return values.strict && failsStrict(tables) ? 1 : 0;
}

/** Columns of the terminal summary: size, then the headline metric of each domain. */
const SUMMARY: {header: string; column: string; format: (x: unknown) => string}[] = [
  {header: "articles", column: "articles", format: String},
  {header: "sentences", column: "sentences", format: String},
  {header: "words", column: "words", format: String},
  {header: "state-media", column: "state_media_dependence", format: percent},
  {header: "independent", column: "independent_share", format: percent},
  {header: "analyst-quotes", column: "named_analyst_quotes", format: (x) => (typeof x === "number" ? String(x) : "–")},
  {header: "hedges/1k", column: "hedges_per_1000_words", format: (x) => (typeof x === "number" ? x.toFixed(1) : "–")},
  {header: "indep-corroborated", column: "independent_corroboration_rate", format: percent},
];

function percent(x: unknown): string {
  return typeof x === "number" ? `${Math.round(x * 100)}%` : "–";
}

/** A plain-text per-outlet table for people at a terminal. */
function summary(tables: Tables): string {
  const header = ["outlet", ...SUMMARY.map((c) => c.header)];
  const rows = tables.outlets.map((o) => [o.outlet, ...SUMMARY.map((c) => c.format(o[c.column]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

endQuietlyWhenClosed(process.stdout, "exit");
endQuietlyWhenClosed(process.stderr, "ignore");
process.exitCode = await main(process.argv.slice(2));
