import {test} from "node:test";
import assert from "node:assert/strict";
import {charsetFromContentType, charsetFromMeta, decodePage} from "../../data-loaders/add/charset.js";
import {fixture} from "./helpers.js";

const cp1252 = (text: string) => new Uint8Array([...text].map((c) => ({"é": 0xe9, "“": 0x93, "”": 0x94, "–": 0x96, "€": 0x80})[c] ?? c.charCodeAt(0)));

test("the charset comes from a BOM, then the Content-Type header, then <meta>", () => {
  assert.equal(charsetFromContentType('text/html; charset="ISO-8859-1"'), "iso-8859-1");
  assert.equal(charsetFromContentType("text/html"), null);
  assert.equal(charsetFromMeta(new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')), "windows-1252");
  assert.equal(charsetFromMeta(new TextEncoder().encode("<meta charset=utf-8>")), "utf-8");

  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Café")]);
  assert.deepEqual(decodePage(bom, "text/html; charset=windows-1252"), {text: "Café", charset: "utf-8", basis: "bom"});
  const header = decodePage(cp1252("<meta charset=utf-8>“Café” – €5"), "text/html; charset=windows-1252");
  assert.equal(header.basis, "header");
  assert.ok(header.text.endsWith("“Café” – €5"));
});

test("a windows-1252 page decodes its curly quotes and dashes (Latin-1 would give control characters)", () => {
  const page = decodePage(fixture("latin1-page.html"));
  assert.equal(page.basis, "meta");
  assert.equal(page.charset, "windows-1252");
  assert.ok(page.text.includes("SÃO PAULO – Café owners"));
  assert.ok(page.text.includes("“weeks of takings”, according to the local traders’ association"));
  assert.ok(!/[\u0080-\u009f]/.test(page.text));
  // iso-8859-1 is read as windows-1252, as browsers do.
  assert.equal(decodePage(cp1252("“x”"), "text/html; charset=iso-8859-1").text, "“x”");
});

test("undeclared pages are UTF-8 when valid, else windows-1252 with a warning; unknown labels are warned about", () => {
  assert.deepEqual(decodePage(new TextEncoder().encode("Café")), {text: "Café", charset: "utf-8", basis: "default"});
  const fallback = decodePage(cp1252("Café"));
  assert.equal(fallback.text, "Café");
  assert.match(fallback.warning ?? "", /not valid UTF-8; read as windows-1252/);
  const unknown = decodePage(new TextEncoder().encode("Café"), "text/html; charset=x-klingon");
  assert.equal(unknown.text, "Café");
  assert.match(unknown.warning ?? "", /unknown charset "x-klingon" in the Content-Type header/);
});
