import {test, before, after} from "node:test";
import assert from "node:assert/strict";
import {mkdtemp, readFile, readdir, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat} from "d3";
import {parseCsvRows, parseJsonLines} from "../../data-loaders/add/bulk.js";
import {analyzeJson, FIXTURES, reprintPage, runAdd, startServer, type TestServer} from "./helpers.js";

let server: TestServer;
before(async () => (server = await startServer()));
after(() => server.close());

type Result = {source: string; status: string; file?: string; reason?: string; warnings: string[]; reprintOf?: {id: string}};
const local = (text: string) => text.replace(/http:\/\/127\.0\.0\.1:\d+/g, "URL");
const summary = (results: Result[]) => results.map((r) => [local(r.source.replace(/^.*?(row|line) /, "$1 ")), r.status, local(r.reason ?? r.file ?? "")]);

test("CSV rows: quoted fields with commas and line breaks, known columns only, blank cells left out", () => {
  const rows = parseCsvRows('\uFEFFOutlet,url,text,notes\nKompas,https://k.example/a,"Isi, dua\nbaris",x\n,,,\n');
  assert.deepEqual(rows, [
    {label: "row 1", fields: {outlet: "Kompas", url: "https://k.example/a", text: "Isi, dua\nbaris"}, warnings: ['unknown column "notes" ignored']},
    {label: "row 2", fields: {}, warnings: []},
  ]);
});

test("JSON Lines: each line on its own; a broken line is an error with its line number", () => {
  const rows = parseJsonLines('{"outlet": "Kompas", "text": "Isi."}\n\n{broken\n[1]\n{"text": ["a"]}\n{"published": 20240502}\n');
  assert.deepEqual(rows.map((r) => ("error" in r ? [r.label, r.error.replace(/ \(.*/, "")] : [r.label, r.fields])), [
    ["line 1", {outlet: "Kompas", text: "Isi."}],
    ["line 3", "not valid JSON"],
    ["line 4", "expected one JSON object per line"],
    ["line 5", '"text" should be text, not a list'],
    ["line 6", {published: "20240502"}],
  ]);
});

test("a CSV import: each row added, skipped as a duplicate, or failed with its reason; bad rows stop nothing", async () => {
  const dir = await mkdtemp(join(tmpdir(), "telisik-bulk-"));
  const list = join(dir, "..", `list-${process.pid}-${Date.now()}.csv`);
  const rob = "Banjir rob merendam pesisir Pekalongan, kata BPBD setempat.\nAir setinggi 50 sentimeter masuk ke rumah warga, menurut BPBD.";
  await writeFile(list, csvFormat([
    {outlet: "Harian Uji", url: "", published: "2024-05-02", title: "Rob di Pekalongan", text: rob, html: "", event: "rob-2024", language: "id"},
    {outlet: "", url: server.url("/news"), published: "", title: "", text: "", html: "", event: "banjir-demak-2024", language: ""},
    {outlet: "", url: "", published: "", title: "", text: "", html: reprintPage(), event: "banjir-demak-2024", language: ""},
    {outlet: "Lain", url: server.url("/moved"), published: "", title: "", text: "", html: "", event: "banjir-demak-2024", language: ""},
    {outlet: "Kosong", url: "", published: "", title: "", text: "", html: "", event: "rob-2024", language: ""},
    {outlet: "", url: server.url("/missing"), published: "", title: "", text: "", html: "", event: "rob-2024", language: ""},
    {outlet: "Harian Uji", url: "", published: "kemarin", title: "Rob susulan", text: "Rob susulan datang lagi pada Jumat malam, kata warga.", html: "", event: "rob-2024", language: "id"},
    {outlet: "Harian Uji", url: "", published: "", title: "Jalan", text: "Teks lain.", html: "", event: "../luar", language: ""},
  ]));
  const run = await runAdd([list, "--dir", dir, "--json"]);
  assert.equal(run.status, 1, "a failed row makes the exit status 1");
  const results: Result[] = JSON.parse(run.stdout);
  assert.deepEqual(summary(results), [
    ["row 1", "added", "rob-2024/harian-uji-rob-di-pekalongan.md"],
    ["row 2 (URL/news)", "added", "banjir-demak-2024/kabar-pesisir-banjir-demak-24-000-warga-mengungsi-jalur.md"],
    ["row 3", "added", "banjir-demak-2024/warta-utara-banjir-demak-24-000-warga-mengungsi-jalur.md"],
    ["row 4 (URL/moved)", "skipped", "duplicate of banjir-demak-2024/kabar-pesisir-banjir-demak-24-000-warga-mengungsi-jalur.md (same canonical URL)"],
    ["row 5", "failed", "row has no text, html or url"],
    ["row 6 (URL/missing)", "failed", "URL/missing: HTTP 404 Not Found"],
    ["row 7", "added", "rob-2024/harian-uji-rob-susulan.md"],
    ["row 8", "failed", 'event "../luar" must be letters, digits, ".", "_" or "-" (it names a folder)'],
  ]);
  assert.equal(results[2].reprintOf?.id, "kabar-pesisir-banjir-demak-24-000-warga-mengungsi-jalur");
  assert.deepEqual(results[6].warnings, ['published "kemarin" is not YYYY-MM-DD; left out']);
  assert.equal(await readFile(join(dir, "rob-2024", "harian-uji-rob-di-pekalongan.md"), "utf8"), `---\nid: harian-uji-rob-di-pekalongan\noutlet: Harian Uji\nevent: rob-2024\ntitle: Rob di Pekalongan\npublished: 2024-05-02\nlanguage: id\n---\n${rob}\n`);
  assert.match(run.stderr, /4 added, 1 skipped, 3 failed/);
  const tables = await analyzeJson(dir);
  assert.deepEqual(tables.problems, []);
  assert.equal(tables.articles.length, 4);
});

test("a JSON Lines import and a folder of saved pages", async () => {
  const dir = await mkdtemp(join(tmpdir(), "telisik-bulk-"));
  const list = join(dir, "..", `list-${process.pid}-${Date.now()}.jsonl`);
  const text = "Gempa magnitudo 5,6 mengguncang Cianjur, kata BMKG.";
  await writeFile(list, [
    JSON.stringify({outlet: "Harian Uji", title: "Gempa Cianjur", text, event: "gempa"}),
    "{oops",
    JSON.stringify({outlet: "Harian Lain", title: "Gempa di Cianjur", text: `  ${text.toUpperCase()} `, event: "gempa"}),
  ].join("\n"));
  const rows = await runAdd([list, "--dir", dir, "--json"]);
  assert.deepEqual(summary(JSON.parse(rows.stdout)).map((r) => r.slice(0, 2)), [["line 1", "added"], ["line 2", "failed"], ["line 3", "skipped"]]);

  // The fixtures folder: every .html page in it, the event named after the folder by default.
  const pages = await runAdd([FIXTURES, "--dir", dir, "--json"]);
  assert.equal(pages.status, 0, pages.stderr);
  assert.deepEqual(summary(JSON.parse(pages.stdout)).map((r) => [r[1], r[2]]), [
    ["added", "add/the-harbour-herald-cafe-owners-count-the-cost-after-sao-paulo-storm.md"],
    ["added", "add/kabar-pesisir-banjir-demak-24-000-warga-mengungsi-jalur.md"],
  ]);
  const latin = await readFile(join(dir, "add", "the-harbour-herald-cafe-owners-count-the-cost-after-sao-paulo-storm.md"), "utf8");
  assert.ok(latin.includes("“We lost power for almost three days,” said Antônio Conceição"));
  assert.ok(latin.includes("language: en"));
  assert.deepEqual((await readdir(join(dir, "add"))).length, 2);
  const again = await runAdd([FIXTURES, "--dir", dir, "--event", "other", "--json"]);
  assert.deepEqual(JSON.parse(again.stdout).map((r: Result) => r.status), ["skipped", "skipped"]);
  const empty = await runAdd([join(FIXTURES, "..", "banjir-demak-2024"), "--dir", dir]);
  assert.equal(empty.status, 1);
  assert.match(empty.stdout, /failed .*banjir-demak-2024: no \.html or \.htm files in this folder/);
});
