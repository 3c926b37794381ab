import {test} from "node:test";
import assert from "node:assert/strict";
import {findDuplicate, jaccard, knownArticle, shingles, textKey, urlKey} from "../../data-loaders/add/duplicates.js";
import {fixtureText} from "./helpers.js";

const body = fixtureText("news-page.body.txt");

test("text and address keys ignore what does not make an article different", () => {
  assert.equal(textKey("Gempa  M7,8 — mengguncang!\n"), "gempa m7 8 mengguncang");
  assert.equal(urlKey("https://www.Example.com/a/?utm_source=x&b=2&a=1#top"), "example.com/a?a=1&b=2");
  assert.equal(urlKey("http://example.com/a"), urlKey("https://example.com/a/"));
  assert.equal(urlKey("https://example.com/a/amp"), "example.com/a");
  assert.equal(urlKey("ftp://example.com/a"), null);
  assert.equal(urlKey("nonsense"), null);
  assert.equal(jaccard(new Set(["a", "b"]), new Set(["b", "c"])), 1 / 3);
  assert.equal(jaccard(new Set(), new Set()), 0);
  assert.equal(shingles("satu dua").size, 1);
});

test("same canonical URL or same normalised text is a duplicate; a lightly edited copy is a reprint", () => {
  const original = knownArticle("kabar-1", "banjir/kabar-1.md", "https://kabarpesisir.example/a", body);
  assert.deepEqual(findDuplicate(knownArticle("x", "x.md", "http://www.kabarpesisir.example/a/?utm_medium=social", "Lain sama sekali."), [original])?.kind, "same_url");
  const retyped = body.replace(/\n\n/g, "\n").replace(/,/g, " ,").toUpperCase();
  assert.deepEqual(findDuplicate(knownArticle("y", "y.md", null, retyped), [original])?.kind, "same_text");

  const lines = body.trim().split("\n\n");
  const reprintText = [lines[0].replace("KABARPESISIR.ID", "WARTAUTARA.COM"), ...lines.slice(1, -2), "Warga diminta tetap waspada terhadap banjir susulan."].join("\n\n");
  const reprint = findDuplicate(knownArticle("z", "z.md", "https://wartautara.example/b", reprintText), [original]);
  assert.equal(reprint?.kind, "reprint");
  assert.equal(reprint?.of.id, "kabar-1");
  assert.ok(reprint!.kind === "reprint" && reprint.similarity >= 0.5 && reprint.similarity < 1);

  // Another outlet's own report of the same event shares facts, not five-word runs.
  const own = "Ribuan warga Demak bertahan di tenda pengungsian. Banjir belum surut di sebelas kecamatan, menurut BNPB, dan jalur Pantura masih ditutup polisi.";
  assert.equal(findDuplicate(knownArticle("w", "w.md", null, own), [original]), null);
});

test("of several near-duplicates, the most similar is named", () => {
  const base = "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas.";
  const a = knownArticle("a", "a.md", null, base + " Tambahan yang panjang sekali di ujung berita ini.");
  const b = knownArticle("b", "b.md", null, base + " Tambahan.");
  assert.equal(findDuplicate(knownArticle("c", "c.md", null, base + " Tambahan!!"), [a, b])?.kind, "same_text");
  const found = findDuplicate(knownArticle("c", "c.md", null, base), [a, b]);
  assert.equal(found?.kind === "reprint" && found.of.id, "b");
});
