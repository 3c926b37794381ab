import {test} from "node:test";
import assert from "node:assert/strict";
import {readArticle} from "../src/analysis/corpus/readArticle.js";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import {readCorpus} from "../data-loaders/corpus.js";
import {corpusOf, settings} from "./helpers.js";

const read = (file: string, text: string) => readArticle({file, text}, settings.articles);

test("front matter gives the metadata; the body is what follows", () => {
  const {article, body, problems} = read(
    "pemilu/kompas-1.md",
    "---\nid: k1\noutlet: Kompas\ntitle: Hasil Hitung Cepat\nurl: https://example.org/a\npublished: 2024-02-15\nlanguage: id\nbased_on: [Antara, Reuters]\n---\nIsi berita.\n",
  );
  assert.deepEqual(problems, []);
  assert.equal(body, "Isi berita.\n");
  assert.deepEqual(
    {...article, words: undefined, sentence_count: undefined},
    {id: "k1", file: "pemilu/kompas-1.md", outlet: "Kompas", outlet_basis: "front_matter", event: "pemilu", language: "id", title: "Hasil Hitung Cepat", url: "https://example.org/a", published: "2024-02-15", based_on: ["Antara", "Reuters"], place: null, reprint_of: null, words: undefined, sentence_count: undefined},
  );
});

test("without front matter: id from the file name, event from the folder, outlet unknown", () => {
  const {article} = read("banjir-jakarta/artikel-7.txt", "Banjir melanda Jakarta.");
  assert.equal(article?.id, "artikel-7");
  assert.equal(article?.event, "banjir-jakarta");
  assert.equal(article?.outlet, "unknown (artikel-7)");
  assert.equal(article?.outlet_basis, "unknown");
  assert.equal(read("top.txt", "Teks.").article?.event, settings.articles.defaultEvent);
});

test("BOM and CRLF are accepted; a Markdown # title is metadata", () => {
  const {article, body} = read("a.md", "\uFEFF# Judul Berita\r\nKalimat satu.\r\nKalimat dua.\r\n");
  assert.equal(article?.title, "Judul Berita");
  assert.equal(body, "Kalimat satu.\nKalimat dua.\n");
});

test("a dateline names the outlet when front matter does not", () => {
  const tables = analyzeCorpus([{file: "e/x.txt", text: "TEMPO.CO, BANDUNG -- Hujan turun deras. Jalan tergenang."}], settings);
  assert.equal(tables.articles[0].outlet, "Tempo");
  assert.equal(tables.articles[0].outlet_basis, "dateline");
  assert.equal(tables.articles[0].place, "Bandung");
  assert.equal(tables.articles[0].sentence_count, 2);
  // An unmapped outlet spelling is kept as written.
  const other = analyzeCorpus([{file: "e/y.txt", text: "BERITASATU.COM, MEDAN -- Hujan turun."}], settings);
  assert.equal(other.articles[0].outlet, "BERITASATU.COM");
});

test("invalid field values are warned about and ignored, not fatal", () => {
  const {article, problems} = read("a.md", "---\npublished: 27 Juli\ncolour: red\n---\nTeks.");
  assert.equal(article?.published, null);
  assert.deepEqual(problems.map((p) => p.severity), ["warning", "warning"]);
  assert.match(problems.map((p) => p.message).join("\n"), /colour/);
  assert.match(problems.map((p) => p.message).join("\n"), /YYYY-MM-DD/);
});

test("the corpus reader recurses, keeps only articles and orders files stably", async () => {
  const dir = await corpusOf({
    "b/2.md": "Dua.",
    "a/1.txt": "Satu.",
    "a/README.md": "Catatan, bukan artikel.",
    "a/notes.json": "{}",
    ".hidden/3.md": "Tiga.",
  });
  const corpus = await readCorpus(dir);
  assert.deepEqual(corpus.documents.map((d) => d.file), ["a/1.txt", "b/2.md"]);
  assert.deepEqual(corpus.problems, []);
});
