import {test} from "node:test";
import assert from "node:assert/strict";
import {parseHTML} from "linkedom";
import {httpUrl, isoDate, jsonLdArticles, pageMetadata, primaryLanguage} from "../../data-loaders/add/pageMetadata.js";

const doc = (html: string) => parseHTML(html).document as unknown as Document;

test("JSON-LD: NewsArticle inside @graph wins over WebPage; authors are joined", () => {
  const d = doc(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"WebPage","name":"Halaman","url":"https://x.example/page"},
    {"@type":["NewsArticle"],"headline":"Judul Berita","author":[{"name":"A"},{"name":"B"}],"datePublished":"2023-02-06T23:59:00-05:00","publisher":{"name":"Harian X"},"url":"/berita/1"}]}</script></head><body></body></html>`);
  assert.equal(jsonLdArticles(d)[0].headline, "Judul Berita");
  const meta = pageMetadata(d, "https://x.example/berita/1?utm_source=feed");
  assert.deepEqual([meta.title, meta.byline, meta.published, meta.outlet, meta.url], ["Judul Berita", "A, B", "2023-02-06", "Harian X", "https://x.example/berita/1"]);
});

test("with no metadata at all: the title from <h1>, the outlet from the host, nothing invented", () => {
  const meta = pageMetadata(doc("<html><body><h1>Judul</h1><p>Teks.</p></body></html>"), "https://www.harian.example/a");
  assert.deepEqual(meta, {title: "Judul", byline: null, published: null, outlet: "harian.example", url: "https://www.harian.example/a", language: null, warnings: []});
  assert.equal(pageMetadata(doc("<html><body><p>Teks.</p></body></html>")).outlet, null);
});

test("dates as written, language subtags, http(s) addresses only", () => {
  assert.equal(isoDate("2023-02-06T10:17:00+03:00"), "2023-02-06");
  assert.equal(isoDate("2023-02-06"), "2023-02-06");
  assert.equal(isoDate("06/02/2023"), null);
  assert.equal(primaryLanguage("id-ID"), "id");
  assert.equal(primaryLanguage("en_GB"), "en");
  assert.equal(primaryLanguage("bahasa"), null);
  assert.equal(httpUrl("/a/b", "https://x.example/c"), "https://x.example/a/b");
  assert.equal(httpUrl("javascript:alert(1)"), null);
  assert.equal(httpUrl("not a url"), null);
  // A canonical link pointing off http(s) is ignored, not trusted.
  const meta = pageMetadata(doc(`<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://x.example/b"></head><body></body></html>`));
  assert.equal(meta.url, "https://x.example/b");
});

test("a '| Site' suffix is taken off the page title", () => {
  const meta = pageMetadata(doc(`<html><head><title>Banjir Demak — Kabar Pesisir</title><meta property="og:site_name" content="Kabar Pesisir"></head><body></body></html>`));
  assert.equal(meta.title, "Banjir Demak");
});
