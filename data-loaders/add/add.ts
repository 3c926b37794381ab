// telisik add: turn news pages (URLs, saved .html), plain text, CSV / JSON Lines lists and
// folders of saved pages into article files under articles/<event>/, and say for each input
// what happened: added (with what was set aside), skipped as a duplicate, or failed and why.
import {stat} from "node:fs/promises";
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {DEFAULT_CORPUS} from "../settings.js";
import {DEFAULT_FETCH} from "./fetchPage.js";
import {indexCorpus, type CorpusIndex} from "./corpusIndex.js";
import {addArticle, failed, type AddResult, type GivenFields} from "./addArticle.js";
import {itemsFor} from "./inputs.js";

export const ADD_USAGE = `usage: telisik add <url | file.html | file.txt | - | list.csv | list.jsonl | folder>... [options]

Add articles to the corpus as <dir>/<event>/<id>.md, with front matter. An existing file is never
overwritten; the same article twice (same canonical URL or same text) is skipped; a near-duplicate
(a reprint) is added with reprint_of: <id of the earlier article>.
  url            fetch an http(s) page and extract the article
  file.html      a saved page (a folder adds every .html/.htm file in it)
  file.txt, -    plain text (from a file or stdin), written as given; metadata from the options
  list.csv       one article per row: outlet, url, published, title, text | html, event, language
  list.jsonl     the same, one JSON object per line
  --event NAME   the event (folder) to add to (default: the folder's name, else "unsorted")
  --outlet NAME  the outlet (default: the page's site name; none for text: cleaning infers it)
  --dir DIR      the corpus folder (default: articles/)
  --title T, --url U, --published YYYY-MM-DD, --language CODE, --id ID   set these fields
  --timeout S    seconds to wait for one page (default ${DEFAULT_FETCH.timeoutMs / 1000})
  --json         print the results as JSON instead of lines
  --help         show this help
Exit status: 0 when nothing failed, 1 when an input failed, 2 on a usage error.`;

function shorten(text: string, max = 72): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** The report a person reads: one line per input, then what was set aside from each page. */
export function formatResults(results: AddResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.status === "added") {
      lines.push(`added    ${r.file}  ← ${r.source}${r.reprintOf ? `  (reprint of ${r.reprintOf.id}, similarity ${r.reprintOf.similarity})` : ""}`);
      for (const piece of r.setAside) lines.push(`  set aside  ${piece.role.padEnd(12)} ${piece.rule.padEnd(18)} ${shorten(piece.text)}`);
    } else if (r.status === "skipped") lines.push(`skipped  ${r.source}: ${r.reason}`);
    else lines.push(`failed   ${r.source}: ${r.reason}`);
    for (const warning of r.warnings) lines.push(`  warning  ${warning}`);
  }
  return lines.join("\n") + (lines.length ? "\n" : "");
}

export async function addMain(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        event: {type: "string"},
        outlet: {type: "string"},
        dir: {type: "string"},
        title: {type: "string"},
        url: {type: "string"},
        published: {type: "string"},
        language: {type: "string"},
        id: {type: "string"},
        timeout: {type: "string"},
        json: {type: "boolean", default: false},
        help: {type: "boolean", short: "h", default: false},
      },
    });
  } catch (error) {
    process.stderr.write(`telisik add: ${(error as Error).message}\n${ADD_USAGE}\n`);
    return 2;
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(ADD_USAGE + "\n");
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`telisik add: nothing to add\n${ADD_USAGE}\n`);
    return 2;
  }
  const timeoutMs = values.timeout === undefined ? DEFAULT_FETCH.timeoutMs : Number(values.timeout) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    process.stderr.write(`telisik add: --timeout takes a positive number of seconds\n`);
    return 2;
  }
  const given: GivenFields = {};
  for (const key of ["id", "outlet", "event", "title", "url", "published", "language"] as const) if (values[key]) given[key] = values[key];
  const dir = resolve(values.dir ?? DEFAULT_CORPUS);
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) {
    process.stderr.write(`telisik add: not a folder: ${dir}\n`);
    return 1;
  }
  const index: CorpusIndex = await indexCorpus(dir);
  const items = (await Promise.all(positionals.map((arg) => itemsFor(arg, given, timeoutMs)))).flat();
  if (items.length > 1 && given.id) {
    process.stderr.write(`telisik add: --id names one article; got ${items.length} inputs\n`);
    return 2;
  }
  const results: AddResult[] = [];
  for (const [n, item] of items.entries()) {
    if (items.length > 1) process.stderr.write(`telisik add: ${n + 1}/${items.length} ${item.source}\n`);
    let result: AddResult;
    try {
      const loaded = await item.load();
      result = "error" in loaded ? failed(item.source, loaded.error) : await addArticle(item.source, loaded.input, item.given, dir, index, loaded.warnings);
    } catch (error) {
      // A bug or an odd input must not stop the other items.
      result = failed(item.source, `unexpected error: ${(error as Error).message}`);
    }
    results.push(result);
    if (!values.json) process.stdout.write(formatResults([result]));
  }
  if (values.json) process.stdout.write(JSON.stringify(results) + "\n");
  const count = (status: AddResult["status"]) => results.filter((r) => r.status === status).length;
  process.stderr.write(`telisik add: ${count("added")} added, ${count("skipped")} skipped, ${count("failed")} failed (into ${dir})\n`);
  return count("failed") > 0 ? 1 : 0;
}
