import {test} from "node:test";
import assert from "node:assert/strict";
import {articleId, slug} from "../../data-loaders/add/articleId.js";

test("slugs fold accents and cut at a word boundary", () => {
  assert.equal(slug("Gempa Turki: 5.000 Tewas"), "gempa-turki-5-000-tewas");
  assert.equal(slug("Café à São Paulo"), "cafe-a-sao-paulo");
  assert.equal(slug("satu dua tiga empat", 12), "satu-dua");
  assert.equal(slug("“—”"), "");
});

test("ids are outlet plus headline, made unique with a number", () => {
  assert.equal(articleId({outlet: "Harian Uji", title: "Banjir Demak"}, new Set()), "harian-uji-banjir-demak");
  assert.equal(articleId({outlet: "Harian Uji", title: "Banjir Demak"}, new Set(["harian-uji-banjir-demak", "harian-uji-banjir-demak-2"])), "harian-uji-banjir-demak-3");
  assert.equal(articleId({text: "DEMAK -- Banjir merendam sebelas kecamatan di Demak pada hari Jumat"}, new Set()), "demak-banjir-merendam-sebelas-kecamatan-di-demak");
  assert.equal(articleId({title: "“”"}, new Set()), "article");
  assert.match(articleId({outlet: "A", title: "x".repeat(300)}, new Set()), /^[a-z0-9-]{1,80}$/);
});
