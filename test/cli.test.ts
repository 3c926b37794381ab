import {test} from "node:test";
import assert from "node:assert/strict";
import {mkdtemp, readFile, readdir} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {TABLE_NAMES} from "../src/analysis/types.js";
import {rawSeeds, runCli} from "./helpers.js";

const CONTRACT_KEYS = ["schema", "articles", "sentences", "spans", "attributions", "quotes", "hedges", "claims", "outlets", "outlet_pairs", "problems"];
const FIELDS: Record<string, string[]> = {
  articles: ["id", "file", "outlet", "event", "language", "title", "url", "published", "based_on", "words", "sentence_count"],
  sentences: ["article_id", "index", "text", "words"],
};

function analyze(dir: string) {
  const run = runCli([dir, "--json"]);
  assert.equal(run.status, 0, run.stderr);
  // Exactly one JSON object on stdout: progress goes to stderr.
  assert.equal(run.stdout.trim().split("\n").length, 1);
  return JSON.parse(run.stdout);
}

for (const [name, folder] of [["the default corpus", async () => "articles"], ["the raw seed .txt files", rawSeeds]] as const) {
  test(`analyze --json on ${name} prints the contract with the seed traps handled`, async () => {
    const tables = analyze(await folder());
    for (const key of CONTRACT_KEYS) assert.ok(key in tables, `missing ${key}`);
    assert.equal(tables.schema, "telisik/1");
    for (const [table, fields] of Object.entries(FIELDS)) for (const row of tables[table]) for (const f of fields) assert.ok(f in row, `${table}.${f}`);
    assert.equal(tables.articles.length, 5);
    assert.deepEqual(tables.problems, []);
    const texts: string[] = tables.sentences.map((s: {text: string}) => s.text);
    // No split after an honorific.
    assert.ok(!texts.some((t) => /\b(Tn|Tuan)\.$/.test(t)), "a sentence ends at Tn./Tuan.");
    assert.ok(texts.some((t) => t.includes("Tn. Kim membawa Tn. Shoigu")));
    assert.ok(texts.some((t) => t.includes("rahasia…Tuan. Putin menjangkau")));
    // No related-link, residue, caption or byline text among the sentences.
    for (const junk of ["BACA JUGA", "[iklan_2]", "Komentar (0)", "Foto:", "Nguyen Tuyet", "[ab/uh]", "Bukan Rahasia", "REPUBLIKA.CO.ID"]) {
      assert.ok(!texts.some((t) => t.includes(junk)), `a sentence contains ${junk}`);
    }
    assert.ok(texts.some((t) => t.startsWith("Korea Utara berpihak pada Rusia")), "the glued sentence after the related link is kept");
    const republika = tables.articles.find((a: {file: string}) => a.file.includes("004_19d4d10bd79297cd"));
    assert.equal(republika.outlet, "Republika");
    const vietnamese = tables.articles.find((a: {file: string}) => a.file.includes("002_d9c2f3f2cb2a6b98"));
    assert.deepEqual(vietnamese.based_on, ["AP", "Barron's", "Yahoo!News"]);
    // Every set-aside span is kept with its role.
    const roles = new Set(tables.spans.map((s: {role: string}) => s.role));
    for (const role of ["related_link", "residue", "editor_initials", "byline", "caption", "photo_credit", "subheading", "dateline"]) assert.ok(roles.has(role), role);
  });
}

test("the raw seeds infer Republika from its dateline and label the unknown outlets honestly", async () => {
  const tables = analyze(await rawSeeds());
  const outlets = Object.fromEntries(tables.articles.map((a: {id: string; outlet: string; outlet_basis: string}) => [a.id.slice(0, 3), [a.outlet, a.outlet_basis]]));
  assert.deepEqual(outlets["004"], ["Republika", "dateline"]);
  assert.deepEqual(outlets["000"], ["unknown (000_3c21c398683d8226)", "unknown"]);
});

test("the same corpus gives byte-identical output", () => {
  assert.equal(runCli(["articles", "--json"]).stdout, runCli(["articles", "--json"]).stdout);
});

test("--out writes every table as JSON and CSV", async () => {
  const out = await mkdtemp(join(tmpdir(), "telisik-out-"));
  const run = runCli(["articles", "--out", out]);
  assert.equal(run.status, 0, run.stderr);
  const files = (await readdir(out)).sort();
  assert.deepEqual(files, TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.json`]).sort());
  const sentences = JSON.parse(await readFile(join(out, "sentences.json"), "utf8"));
  const csv = (await readFile(join(out, "sentences.csv"), "utf8")).trimEnd().split("\n");
  assert.equal(csv[0], "article_id,index,paragraph,text,words");
  // Each sentence is one CSV record (no sentence in the seeds contains a line break).
  assert.equal(csv.length, sentences.length + 1);
  // Without --json, stdout is a readable per-outlet summary.
  assert.match(run.stdout, /^outlet\s+articles\s+sentences\s+words\s+state-media\s+independent\s+analyst-quotes\s+hedges\/1k\s+indep-corroborated\n/);
  const outlets = JSON.parse(await readFile(join(out, "outlets.json"), "utf8"));
  for (const o of outlets) assert.match(run.stdout, new RegExp(`${o.outlet.replace(/[()]/g, "\\$&")}\\s+${o.articles}\\s+${o.sentences}\\s+${o.words}\\s+${Math.round(o.state_media_dependence * 100)}%\\s`));
});

test("bad arguments are usage errors", () => {
  assert.equal(runCli(["--frobnicate"]).status, 2);
  assert.equal(runCli(["a", "b"]).status, 2);
});

test("the telisik bin runs the same CLI", async () => {
  const {spawnSync} = await import("node:child_process");
  const {PROJECT_ROOT} = await import("../data-loaders/settings.js");
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, "bin", "telisik.mjs"), "analyze", join(PROJECT_ROOT, "articles"), "--json"], {encoding: "utf8", maxBuffer: 64 * 1024 * 1024});
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, runCli(["articles", "--json"]).stdout);
});
