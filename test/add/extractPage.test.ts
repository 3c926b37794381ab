import {test} from "node:test";
import assert from "node:assert/strict";
import {extractPage} from "../../data-loaders/add/extractPage.js";
import {isLinkList, setAsideStructure} from "../../data-loaders/add/setAside.js";
import {decodePage} from "../../data-loaders/add/charset.js";
import {parseHTML} from "linkedom";
import {fixture, fixtureText} from "./helpers.js";

const JUNK = ["Beranda", "ADVERTISEMENT", "Iklan", "Bagikan", "WhatsApp", "Baca juga", "Berita Terkait", "Gempa Susulan", "Warga mengevakuasi", "Foto:", "Komentar", "BNPB lamban", "Tetap semangat", "Oleh:", "Rina Wulandari", "14:05 WIB", "Hak cipta", "Dapatkan berita", "Langsung ke konten", "banjir demak"];

test("the news page becomes the story's paragraphs, without page furniture, title or byline", () => {
  const page = extractPage(fixtureText("news-page.html"));
  assert.equal(page.paragraphs.join("\n\n"), fixtureText("news-page.body.txt").trim());
  const body = page.paragraphs.join("\n");
  for (const junk of JUNK) assert.ok(!body.includes(junk), `the body contains ${junk}`);
  assert.ok(!body.includes("Banjir Demak: 24.000 Warga Mengungsi"), "the title is front matter, not body");
});

test("what the structure sets aside is listed with its rule and role", () => {
  const {setAside} = extractPage(fixtureText("news-page.html"));
  const roles = new Set(setAside.map((p) => p.role));
  for (const role of ["navigation", "ad", "share", "related_link", "caption", "photo_credit", "comments", "byline", "dateline", "residue"]) assert.ok(roles.has(role), role);
  const find = (rule: string, role: string) => setAside.filter((p) => p.rule === rule && p.role === role).map((p) => p.text);
  assert.deepEqual(find("figures", "photo_credit"), ["Foto: Kabar Pesisir/Dimas Prasetyo", "Foto: ANTARA/Aji Styawan"]);
  assert.deepEqual(find("figures", "caption"), ["Warga mengevakuasi barang dari rumah yang terendam banjir di Desa Ketanjung, Demak, Minggu (10/3/2024).", "Antrean kendaraan di jalur Pantura Demak–Kudus."]);
  assert.ok(find("related-links", "related_link").some((t) => t.startsWith("Berita Terkait / Gempa Susulan Guncang Garut")));
  assert.ok(find("comments", "comments")[0].includes("BNPB lamban sekali"));
  assert.deepEqual(find("byline", "byline"), ["Oleh: Rina Wulandari"]);
  // Scripts, styles and JSON-LD are removed silently: they are not text a reader saw.
  assert.ok(!setAside.some((p) => p.text.includes("dataLayer") || p.text.includes("schema.org")));
});

test("metadata comes from JSON-LD, Open Graph, the canonical link and <html lang>", () => {
  assert.deepEqual(extractPage(fixtureText("news-page.html")).meta, {
    title: "Banjir Demak: 24.000 Warga Mengungsi, Jalur Pantura Lumpuh",
    byline: "Rina Wulandari",
    published: "2024-03-10",
    outlet: "Kabar Pesisir",
    url: "https://kabarpesisir.example/daerah/2024/03/10/banjir-demak-24000-warga-mengungsi",
    language: "id",
    warnings: [],
  });
});

test("a windows-1252 page with no JSON-LD: metadata from <meta> and <title>; its menu is a link list", () => {
  const page = extractPage(decodePage(fixture("latin1-page.html")).text, "http://herald.example/storm?ref=rss");
  assert.deepEqual(page.paragraphs, [
    "SÃO PAULO – Café owners in the Pinheiros district said on Saturday that the storm had cost them “weeks of takings”, according to the local traders’ association.",
    "“We lost power for almost three days,” said Antônio Conceição, who runs a bakery on Rua dos Pinheiros. The city said about 2.1 million homes had been without electricity.",
    "Officials suggested the grid operator may face a fine of roughly £10 million.",
  ]);
  const {title, byline, published, outlet, url, language} = page.meta;
  assert.deepEqual({title, byline, published, outlet, url, language}, {title: "Café owners count the cost after São Paulo storm", byline: "João Ribeiro", published: "2023-11-04", outlet: "The Harbour Herald", url: "http://herald.example/storm?ref=rss", language: "en"});
  assert.deepEqual(page.setAside.map((p) => [p.rule, p.text]), [["comments", "First! This is a disgrace."], ["link-lists", "Home / World / Business"]]);
});

test("the story is never set aside, even when a class reads like furniture; teaser <article>s in a box are", () => {
  const story = "<p>" + "Menteri itu mengatakan kebijakan baru berlaku bulan depan. ".repeat(6) + "</p>";
  const html = `<html><body><div class="content-with-comment-box"><article class="post">${story}</article></div>
    <section class="related"><article><p>Teaser satu</p></article><article><p>Teaser dua</p></article></section></body></html>`;
  const page = extractPage(html);
  assert.equal(page.paragraphs.length, 1);
  assert.ok(page.paragraphs[0].startsWith("Menteri itu mengatakan"));
  assert.deepEqual(page.setAside.map((p) => p.rule), ["related-links"]);
});

test("link lists: mostly links is a menu; a paragraph with a link or two is not", () => {
  const {document} = parseHTML(`<html><body><ul id="menu"><li><a>Satu</a></li><li><a>Dua</a></li><li><a>Tiga</a></li></ul>
    <ul id="facts"><li>Korban tewas 12 orang, <a>data BNPB</a></li><li>Pengungsi 24.000 orang</li><li>Rumah rusak 300</li></ul></body></html>`);
  assert.equal(isLinkList(document.querySelector("#menu")!), true);
  assert.equal(isLinkList(document.querySelector("#facts")!), false);
  const pieces = setAsideStructure(document as unknown as Document);
  assert.deepEqual(pieces.map((p) => p.text), ["Satu / Dua / Tiga"]);
});

test("pages with no story, broken JSON-LD or odd markup do not throw", () => {
  const empty = extractPage("<html><head><script type='application/ld+json'>{broken</script></head><body><nav><a>Home</a></nav></body></html>");
  assert.deepEqual(empty.paragraphs, []);
  assert.deepEqual(empty.meta.warnings, ["JSON-LD block 1 is not valid JSON; ignored"]);
  assert.deepEqual(extractPage("").paragraphs, []);
  assert.deepEqual(extractPage("just some text, no tags at all.").paragraphs, ["just some text, no tags at all."]);
  assert.deepEqual(extractPage("<p>Satu<br><br>Dua</p><div>Tiga</div>").paragraphs, ["Satu", "Dua", "Tiga"]);
});
