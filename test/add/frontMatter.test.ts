import {test} from "node:test";
import assert from "node:assert/strict";
import {articleFile} from "../../data-loaders/add/frontMatter.js";
import {readArticle} from "../../src/analysis/corpus/readArticle.js";
import {settings} from "../helpers.js";

test("the file reads back through readArticle with every field, reprint_of included", () => {
  const file = articleFile(
    {id: "004", outlet: "Kabar: Pesisir", event: "banjir", title: "Banjir # Demak", url: "https://x.example/a", published: "2024-03-10", language: "id", reprint_of: "kabar-1"},
    ["byline: Rina\nWulandari"],
    "Paragraf satu.\n\nParagraf dua.\n",
  );
  assert.equal(file.split("\n").filter((l) => l.startsWith("#")).join("|"), "# byline: Rina Wulandari");
  const {article, body, problems} = readArticle({file: "banjir/004.md", text: file}, settings.articles);
  assert.deepEqual(problems, []);
  assert.equal(body, "Paragraf satu.\n\nParagraf dua.\n");
  const {id, outlet, event, title, url, published, language, reprint_of} = article!;
  assert.deepEqual({id, outlet, event, title, url, published, language, reprint_of}, {id: "004", outlet: "Kabar: Pesisir", event: "banjir", title: "Banjir # Demak", url: "https://x.example/a", published: "2024-03-10", language: "id", reprint_of: "kabar-1"});
});

test("empty fields are left out, so the analysis can infer them", () => {
  assert.equal(articleFile({id: "a", event: "e", outlet: null, title: "", based_on: []}, [], "Teks."), "---\nid: a\nevent: e\n---\nTeks.\n");
  const {article} = readArticle({file: "e/a.md", text: articleFile({id: "a", event: "e"}, [], "Teks.")}, settings.articles);
  assert.equal(article!.reprint_of, null);
  assert.equal(article!.outlet_basis, "unknown");
});
