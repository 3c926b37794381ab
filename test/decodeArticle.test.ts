// Bytes become an article's text only when they are text: a byte-order mark alone proves nothing.
import {test} from "node:test";
import assert from "node:assert/strict";
import {decodeArticle} from "../data-loaders/decodeArticle.js";
import {mulberry32} from "../src/analysis/stats/random.js";

const text = "Menurut KCNA, Kim Jong Un bertemu Shoigu di Pyongyang. “Kami bersahabat,” katanya. Ünïcödé ✓ 😀";
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

/** Seeded random bytes: the same on every run. */
function randomBytes(n: number, seed: number): Uint8Array {
  const random = mulberry32(seed);
  return Uint8Array.from({length: n}, () => Math.floor(random() * 256));
}

test("valid UTF-8 with or without a BOM, and UTF-16 LE and BE with a BOM, decode to the same text", () => {
  assert.deepEqual(decodeArticle(Buffer.from(text)), {text});
  assert.deepEqual(decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), {text});
  for (const bytes of [utf16le(text), utf16be(text)]) {
    const decoded = decodeArticle(bytes);
    assert.ok("text" in decoded, JSON.stringify(decoded));
    assert.equal(decoded.text.replace(/^\uFEFF/, ""), text);
    assert.match(decoded.warning ?? "", /UTF-16/);
  }
});

test("a UTF-16 BOM followed by random bytes is not text, whatever the bytes", () => {
  for (let seed = 1; seed <= 200; seed++) {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const bytes = Uint8Array.from([...bom, ...randomBytes(seed % 2 ? 770 : 771, seed)]);
      const decoded = decodeArticle(bytes);
      assert.ok("error" in decoded, `seed ${seed}: decoded as ${"text" in decoded ? decoded.text.length : 0} characters`);
      assert.match(decoded.error, /^not text: /, `seed ${seed}`);
    }
  }
});

test("random UTF-16 code units with no surrogate (valid UTF-16) are still not text", () => {
  for (let seed = 1; seed <= 50; seed++) {
    const random = mulberry32(seed);
    const units = Array.from({length: 385}, () => {
      const unit = Math.floor(random() * 0xf800);
      return unit >= 0xd800 ? unit + 0x800 : unit;
    });
    const decoded = decodeArticle(utf16le(String.fromCharCode(...units)));
    assert.ok("error" in decoded && /^not text: .* of its 385 characters are controls, unassigned or private-use/.test(decoded.error), `seed ${seed}: ${JSON.stringify(decoded).slice(0, 120)}`);
  }
});

test("a UTF-8 BOM followed by random bytes is refused as invalid UTF-8", () => {
  const decoded = decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...randomBytes(770, 7)]));
  assert.ok("error" in decoded && /not valid UTF-8|binary/.test(decoded.error));
});

test("UTF-16 with a lone surrogate or an odd byte count is not text", () => {
  const lone = Buffer.concat([utf16le("Teks "), Buffer.from([0x00, 0xd8]), utf16le("lagi.").subarray(2)]);
  assert.match((decodeArticle(lone) as {error: string}).error, /^not text: /);
  assert.match((decodeArticle(Buffer.concat([utf16le(text), Buffer.from([0x41])])) as {error: string}).error, /^not text: /);
});
