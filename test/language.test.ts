// Language marks: the page is in the interface's language, article text in its article's.
import {test} from "node:test";
import assert from "node:assert/strict";
import {parseHTML} from "linkedom";
import {withPageLanguage} from "../data-loaders/pageLanguage.js";

const {document} = parseHTML("<html><body></body></html>");
Object.assign(globalThis, {document});
const {inLanguage} = await import("../src/components/language.js");
const {articleText} = await import("../src/components/articleText.js");
const {evidenceList, sentenceIndex} = await import("../src/components/evidenceList.js");
const {claimSideBySide} = await import("../src/components/claimSideBySide.js");

test("the build's pages get lang on <html>, replacing any there", () => {
  assert.equal(withPageLanguage("<!DOCTYPE html>\n<html>\n<head>", "en"), '<!DOCTYPE html>\n<html lang="en">\n<head>');
  assert.equal(withPageLanguage('<html lang="" class="x">', "en"), '<html lang="en" class="x">');
  assert.equal(withPageLanguage("<p>no html tag</p>", "en"), "<p>no html tag</p>");
});

test("a malformed language code from front matter marks nothing", () => {
  assert.equal(inLanguage(document.createElement("span"), "id").lang, "id");
  assert.equal(inLanguage(document.createElement("span"), "pt-BR").lang, "pt-BR");
  for (const bad of ["", null, undefined, "x\" onmouseover=\"alert(1)", "indonesian", "ID"]) assert.equal(inLanguage(document.createElement("span"), bad).getAttribute("lang"), null, String(bad));
});

test("article text, evidence and side-by-side sentences carry their article's language; the interface's labels do not", () => {
  const spans = [
    {article_id: "a", order: 0, paragraph: 0, role: "dateline", text: "JAKARTA --", sentence_index: null},
    {article_id: "a", order: 1, paragraph: 0, role: "body", text: "Hujan turun.", sentence_index: 0},
  ] as never[];
  const text = articleText(spans, {language: "id"});
  assert.equal(text.getAttribute("lang"), "id");
  assert.equal(text.querySelector(".role-label")!.getAttribute("lang"), "en");
  assert.equal(articleText(spans).getAttribute("lang"), null);

  const sentences = sentenceIndex([{article_id: "a", index: 0, paragraph: 0, text: "Hujan turun.", words: 2}, {article_id: "b", index: 0, paragraph: 0, text: "It rained.", words: 2}] as never[]);
  const languageOf = (id: string) => ({a: "id", b: "en"})[id];
  const list = evidenceList([{article_id: "a", sentence_index: 0, label: "Harian · hedge"}, {article_id: "b", sentence_index: 0, label: "Daily · hedge"}], sentences, {languageOf});
  assert.deepEqual([...list.querySelectorAll(".evidence-text")].map((s) => s.getAttribute("lang")), ["id", "en"]);
  assert.equal(list.querySelector(".evidence-label")!.getAttribute("lang"), null);

  const claim = {sentences: [{article_id: "a", sentence_index: 0}, {article_id: "b", sentence_index: 0}], copy_pairs: []} as never;
  const grid = claimSideBySide(claim, sentences, (id) => (id === "a" ? "Harian" : "Daily"), {languageOf});
  assert.deepEqual([...grid.querySelectorAll("p > span")].map((s) => [s.textContent, s.getAttribute("lang")]), [["Hujan turun.", "id"], ["It rained.", "en"]]);
});
