// Front-matter scalars are kept as written: ids and names are text a person typed (issue 14).
import {test} from "node:test";
import assert from "node:assert/strict";
import {parseFrontMatter} from "../src/analysis/corpus/frontMatter.js";
import {readArticle} from "../src/analysis/corpus/readArticle.js";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import {settings} from "./helpers.js";

const read = (text: string, file = "e/a.md") => readArticle({file, text}, settings.articles);

test("numbers, NaN, infinities and booleans in front matter are the text as written", () => {
  const parsed = parseFrontMatter("id: 004\nevent: .nan\noutlet: .inf\ntitle: 1e3\nlanguage: 0x1F\nreprint_of: true\nbased_on: [007, 1.50, no]\nurl: ~\n");
  assert.deepEqual(parsed, {fields: {id: "004", event: ".nan", outlet: ".inf", title: "1e3", language: "0x1F", reprint_of: "true", based_on: ["007", "1.50", "no"], url: null}});
});

test("id: 004 stays 004, and a real 4 beside it is no duplicate", () => {
  const tables = analyzeCorpus(
    [
      {file: "e/a.md", text: "---\nid: 004\n---\nPemerintah mengumumkan kebijakan baru."},
      {file: "e/b.md", text: "---\nid: 4\n---\nMenteri itu hadir di sana."},
    ],
    settings,
  );
  assert.deepEqual(tables.problems, []);
  assert.deepEqual(tables.articles.map((a) => a.id), ["004", "4"]);
});

test(".nan is not NaN; quoted values are as quoted", () => {
  const {article} = read('---\noutlet: .nan\nevent: "007"\ntitle: \'1e3\'\n---\nTeks.');
  assert.equal(article?.outlet, ".nan");
  assert.equal(article?.event, "007");
  assert.equal(article?.title, "1e3");
});

test("an outlet of only spaces is a problem, and the outlet is derived as without one", () => {
  const {article, problems} = read('---\noutlet: "   "\nid: k1\n---\nTeks.');
  assert.equal(article?.outlet, "unknown (k1)");
  assert.equal(article?.outlet_basis, "unknown");
  assert.deepEqual(problems, [{file: "e/a.md", severity: "warning", message: 'front matter field "outlet" is blank; ignored'}]);
});

test("lists and maps where text belongs are still warned about and ignored", () => {
  const {article, problems} = read("---\noutlet: [a, b]\ntitle: {x: 1}\n---\nTeks.");
  assert.equal(article?.outlet, "unknown (a)");
  assert.deepEqual(problems.map((p) => p.message), ['front matter field "outlet" should be text; ignored', 'front matter field "title" should be text; ignored']);
});
