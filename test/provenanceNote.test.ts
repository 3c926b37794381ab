import {test} from "node:test";
import assert from "node:assert/strict";
import {parseHTML} from "linkedom";

// The component builds with the page's document; linkedom stands in for it.
const {document} = parseHTML("<html><body></body></html>");
Object.assign(globalThis, {document});
const {provenanceNote} = await import("../src/components/provenance.js");

const record = {built_at: "2026-12-04T20:10:11.123Z", corpus: {files: 7, sha256: "ab".repeat(32)}, reference: {files: 9, sha256: "cd".repeat(32), version: "cdcdcdcdcdcd"}};

test("the summary says when, from which corpus and with which reference data", () => {
  const note = provenanceNote(record, [{id: "004", outlet: "VOA Indonesia", title: null, url: null, published: null}]);
  assert.equal(note.querySelector("summary")!.textContent, "Data: built 2026-12-04 20:10 UTC from 1 article here, 7 in the corpus (sha256 abababababab); reference data version cdcdcdcdcdcd.");
  assert.ok(note.textContent!.includes("ab".repeat(32)));
  assert.equal(note.querySelector("li")!.textContent, "VOA Indonesia — 004 (004), date unknown, no URL");
});

test("article URLs are linked only when http(s), without a handle on the page; titles stay text", () => {
  const note = provenanceNote(record, [
    {id: "a", outlet: "Harian", title: "<img src=x onerror=alert(1)>Judul", url: "https://example.org/berita?id=1", published: "2024-03-18"},
    {id: "b", outlet: "Uji", title: "B", url: "javascript:alert(1)", published: null},
    {id: "c", outlet: "Uji", title: "C", url: "data:text/html,<script>alert(1)</script>", published: null},
  ]);
  const links = [...note.querySelectorAll("a")];
  assert.equal(links.length, 1);
  assert.equal(links[0].getAttribute("href"), "https://example.org/berita?id=1");
  assert.equal(links[0].getAttribute("rel"), "noopener noreferrer");
  assert.equal(links[0].textContent, "example.org");
  assert.equal(note.querySelectorAll("img, script").length, 0);
  const items = [...note.querySelectorAll("li")].map((li) => li.textContent);
  assert.equal(items[0], "Harian — <img src=x onerror=alert(1)>Judul (a), published 2024-03-18, example.org");
  assert.equal(items[1], "Uji — B (b), date unknown, javascript:alert(1)");
});
