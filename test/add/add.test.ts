// `telisik add` end to end: the command as a person runs it, on a temporary corpus folder.
import {test, before, after} from "node:test";
import assert from "node:assert/strict";
import {mkdtemp, readFile, readdir, writeFile, mkdir, stat} from "node:fs/promises";
import {spawnSync} from "node:child_process";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {PROJECT_ROOT} from "../../data-loaders/settings.js";
import {analyzeJson, FIXTURES, fixtureText, runAdd, startServer, type TestServer} from "./helpers.js";

let server: TestServer;
before(async () => (server = await startServer()));
after(() => server.close());

const EVENT = "banjir-demak-2024";
const ID = "kabar-pesisir-banjir-demak-24-000-warga-mengungsi-jalur";
const PAGE = join(FIXTURES, "news-page.html");
const BODY = join(FIXTURES, "news-page.body.txt");
const corpus = () => mkdtemp(join(tmpdir(), "telisik-add-"));

async function addJson(args: string[], input?: string) {
  const run = await runAdd([...args, "--json"], input);
  return {...run, results: run.stdout ? JSON.parse(run.stdout) : []};
}

/** The tables the analysis shares between two corpora, keyed the same way. */
function analysisTables(tables: Record<string, unknown[]>) {
  const {sentences, attributions, quotes, hedges, claims} = tables;
  return {sentences, attributions, quotes, hedges, claims};
}

test("a saved page becomes an article whose analysis equals that of the same body added by hand", async () => {
  const fromPage = await corpus();
  const run = await runAdd([PAGE, "--event", EVENT, "--dir", fromPage]);
  assert.equal(run.status, 0, run.stderr);
  const written = await readFile(join(fromPage, EVENT, `${ID}.md`), "utf8");
  assert.equal(
    written,
    [
      "---",
      `id: ${ID}`,
      "outlet: Kabar Pesisir",
      `event: ${EVENT}`,
      'title: "Banjir Demak: 24.000 Warga Mengungsi, Jalur Pantura Lumpuh"',
      "url: https://kabarpesisir.example/daerah/2024/03/10/banjir-demak-24000-warga-mengungsi",
      "published: 2024-03-10",
      "language: id",
      "# byline: Rina Wulandari",
      "---",
      fixtureText("news-page.body.txt").trim(),
      "",
    ].join("\n"),
  );
  // The report names the file and every piece set aside.
  assert.match(run.stdout, new RegExp(`^added    ${EVENT}/${ID}\\.md  ← .*news-page\\.html\\n`));
  for (const role of ["navigation", "ad", "share", "related_link", "caption", "photo_credit", "comments", "byline", "dateline"]) assert.match(run.stdout, new RegExp(`set aside  ${role} `), role);
  assert.match(run.stderr, /1 added, 0 skipped, 0 failed/);

  // The same body, as a .txt put in by hand with the same id and outlet.
  const byHand = await corpus();
  await mkdir(join(byHand, EVENT));
  await writeFile(join(byHand, EVENT, `${ID}.txt`), "---\noutlet: Kabar Pesisir\n---\n" + fixtureText("news-page.body.txt"));
  // And as a .txt given to `telisik add`.
  const fromText = await corpus();
  const text = await runAdd([BODY, "--event", EVENT, "--outlet", "Kabar Pesisir", "--id", ID, "--dir", fromText]);
  assert.equal(text.status, 0, text.stderr);

  const [page, hand, added] = await Promise.all([analyzeJson(fromPage), analyzeJson(byHand), analyzeJson(fromText)]);
  assert.deepEqual(page.problems, []);
  assert.ok(page.sentences.length >= 9 && page.attributions.length >= 4 && page.hedges.length >= 2, "the fixture exercises every table");
  assert.deepEqual(analysisTables(page), analysisTables(hand));
  assert.deepEqual(analysisTables(page), analysisTables(added));
  const row = (tables: {articles: Record<string, unknown>[]}) => {
    const {id, outlet, words, sentence_count, based_on, place, reprint_of} = tables.articles[0];
    return {id, outlet, words, sentence_count, based_on, place, reprint_of};
  };
  assert.deepEqual(row(page), row(hand));
  assert.equal(page.articles[0].title, "Banjir Demak: 24.000 Warga Mengungsi, Jalur Pantura Lumpuh");
  // Nothing the page structure set aside reached the sentences.
  const sentences = page.sentences.map((s: {text: string}) => s.text).join("\n");
  for (const junk of ["Beranda", "Bagikan", "Berita Terkait", "Warga mengevakuasi", "BNPB lamban", "Rina Wulandari", "Foto:"]) assert.ok(!sentences.includes(junk), junk);
});

test("URLs are fetched (through a local server); the same article twice is skipped; a reprint is kept and flagged", async () => {
  const dir = await corpus();
  const first = await addJson([server.url("/moved"), "--event", EVENT, "--dir", dir]);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(first.results.map((r: {status: string; file: string}) => [r.status, r.file]), [["added", `${EVENT}/${ID}.md`]]);

  // Same canonical URL (the saved page), then same text under another address: both skipped.
  const again = await addJson([PAGE, server.url("/news?utm_source=x"), "--event", EVENT, "--dir", dir]);
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(again.results.map((r: {status: string; reason: string}) => [r.status, r.reason]), [
    ["skipped", `duplicate of ${EVENT}/${ID}.md (same canonical URL)`],
    ["skipped", `duplicate of ${EVENT}/${ID}.md (same canonical URL)`],
  ]);
  const sameText = await addJson([BODY, "--event", "elsewhere", "--dir", dir]);
  // The .txt body differs from the page only in what the page set aside: the very same text.
  assert.equal(sameText.results[0].status, "skipped");
  assert.match(sameText.results[0].reason, /same text/);
  assert.match(sameText.stdout, /"status":"skipped"/);

  const reprint = await addJson([server.url("/reprint"), "--event", EVENT, "--dir", dir]);
  assert.equal(reprint.status, 0, reprint.stderr);
  const [result] = reprint.results;
  assert.equal(result.status, "added");
  assert.equal(result.reprintOf.id, ID);
  const file = await readFile(join(dir, result.file), "utf8");
  assert.match(file, new RegExp(`\\nreprint_of: ${ID}\\n`));
  assert.match(file, /# near-duplicate of banjir-demak-2024\/kabar-pesisir-.*\.md \(shared five-word runs: 0\.\d+\)/);

  const tables = await analyzeJson(dir);
  assert.deepEqual(tables.problems, []);
  assert.deepEqual(tables.articles.map((a: {outlet: string; reprint_of: string | null}) => [a.outlet, a.reprint_of]), [["Kabar Pesisir", null], ["Warta Utara", ID]]);
  assert.equal((await readdir(join(dir, EVENT))).length, 2);
});

test("an existing file is never overwritten", async () => {
  const dir = await corpus();
  await mkdir(join(dir, EVENT));
  const mine = "---\nid: something-else\n---\nTeks lama yang tidak boleh hilang.\n";
  await writeFile(join(dir, EVENT, `${ID}.md`), mine);
  // The generated id is free (the file's id is another), but the file name is taken.
  const run = await addJson([PAGE, "--event", EVENT, "--dir", dir, "--id", ID]);
  assert.equal(run.status, 1);
  assert.equal(run.results[0].reason, `${EVENT}/${ID}.md already exists; not overwritten`);
  assert.equal(await readFile(join(dir, EVENT, `${ID}.md`), "utf8"), mine);
  const taken = await addJson([PAGE, "--event", EVENT, "--dir", dir, "--id", "something-else"]);
  assert.equal(taken.results[0].reason, 'article id "something-else" is already used in the corpus; not written');
  // Without --id the page gets a fresh id beside the existing file.
  const fresh = await addJson([PAGE, "--event", EVENT, "--dir", dir]);
  assert.equal(fresh.results[0].file, `${EVENT}/${ID}-2.md`);
});

test("text from stdin is written as given, with front matter from the flags", async () => {
  const dir = await corpus();
  const text = "Banjir Rob di Pekalongan\nBanjir rob merendam pesisir Pekalongan, kata BPBD setempat.\n";
  const run = await addJson(["-", "--event", "rob-2024", "--outlet", "Harian Uji", "--published", "2024-05-02", "--language", "id", "--dir", dir], text);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.results[0].file, "rob-2024/harian-uji-banjir-rob-di-pekalongan-banjir-rob-merendam.md");
  assert.equal(await readFile(join(dir, run.results[0].file), "utf8"), `---\nid: harian-uji-banjir-rob-di-pekalongan-banjir-rob-merendam\noutlet: Harian Uji\nevent: rob-2024\npublished: 2024-05-02\nlanguage: id\n---\n${text}`);
  const html = await addJson(["-", "--event", "rob-2024", "--dir", dir], fixtureText("news-page.html"));
  assert.equal(html.results[0].status, "added", "HTML on stdin is extracted");
  assert.equal(html.results[0].file, `rob-2024/${ID}.md`);
  const empty = await addJson(["-", "--dir", dir], "");
  assert.equal(empty.status, 1);
  assert.match(empty.results[0].reason, /empty/);
});

test("every broken input is a failure with its reason; the others are still added", async () => {
  const dir = await corpus();
  const notes = join(dir, "..", `notes-${Date.now()}.pdf`);
  await writeFile(notes, "%PDF");
  const run = await addJson([
    join(FIXTURES, "no-such-page.html"),
    notes,
    "ftp://127.0.0.1/page.html",
    server.url("/missing"),
    server.url("/slow"),
    server.url("/pdf"),
    server.url("/loop"),
    PAGE,
    "--event", EVENT, "--timeout", "0.5", "--dir", dir,
  ]);
  assert.equal(run.status, 1);
  assert.deepEqual(run.results.map((r: {status: string; reason?: string}) => [r.status, r.reason?.replace(/http:\/\/127\.0\.0\.1:\d+/g, "URL")]), [
    ["failed", "no such file or folder"],
    ["failed", 'unsupported file type ".pdf": give .html, .txt, .md, .csv or .jsonl'],
    ["failed", "only http and https URLs can be fetched, not ftp: ftp://127.0.0.1/page.html"],
    ["failed", "URL/missing: HTTP 404 Not Found"],
    ["failed", "URL/slow: no complete answer within 0.5 s; gave up"],
    ["failed", "URL/pdf: not an HTML page (Content-Type application/pdf)"],
    ["failed", "URL/loop: more than 5 redirects (a redirect loop?); gave up"],
    ["added", undefined],
  ]);
  assert.match(run.stderr, /1 added, 0 skipped, 7 failed/);
  // An event name that would leave the corpus folder is refused.
  const escape = await addJson([BODY, "--event", "../escape", "--dir", dir]);
  assert.equal(escape.status, 1);
  assert.match(escape.results[0].reason, /event "\.\.\/escape" must be letters, digits/);
  await assert.rejects(stat(join(dir, "..", "escape")));
  // A page with no story in it.
  const bare = join(dir, "bare.html");
  await writeFile(bare, "<html><body><nav><a href='/'>Beranda</a></nav></body></html>");
  assert.equal((await addJson([bare, "--dir", dir])).results[0].reason, "no article text found in the page");
});

test("usage errors exit 2; help and npm run add work; analyze's usage is unchanged", async () => {
  assert.equal((await runAdd([])).status, 2);
  assert.equal((await runAdd([PAGE, "--frobnicate"])).status, 2);
  assert.equal((await runAdd([PAGE, "--timeout", "soon"])).status, 2);
  assert.equal((await runAdd([PAGE, BODY, "--id", "x"])).status, 2);
  const file = await corpus();
  await writeFile(join(file, "f.md"), "x");
  const notFolder = await runAdd([PAGE, "--dir", join(file, "f.md")]);
  assert.equal(notFolder.status, 1);
  assert.match(notFolder.stderr, /not a folder/);
  const help = spawnSync("npm", ["run", "--silent", "add", "--", "--help"], {cwd: PROJECT_ROOT, encoding: "utf8"});
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^usage: telisik add <url \| file\.html \| file\.txt \| - \| list\.csv \| list\.jsonl \| folder>/);
  const analyzeHelp = spawnSync("npm", ["run", "--silent", "analyze", "--", "--help"], {cwd: PROJECT_ROOT, encoding: "utf8"});
  assert.match(analyzeHelp.stdout, /^usage: telisik \[analyze\] \[DIR\] \[--json\] \[--out DIR\] \[--strict\] \[--max-bytes N\]\n/);
  assert.match(analyzeHelp.stdout, /telisik add <url/);
});
