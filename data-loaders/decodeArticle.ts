// An article's bytes as text. UTF-8 (with or without a BOM) is expected; UTF-16 with a BOM is
// accepted with a warning. Anything else is refused with a reason a person can act on.

export type Decoded = {text: string; warning?: string} | {error: string};

/**
 * Characters no text file holds: controls other than whitespace, unassigned and private-use code
 * points, noncharacters. Any even-length bytes decode as UTF-16, so these are what tell text from
 * noise after a UTF-16 byte-order mark (random code units give about one in ten).
 */
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\p{Cn}\p{Co}]/gu;

/** Share of such characters a UTF-16 file may hold (an icon font's private-use glyph, say). */
export const MAX_NOT_TEXT_SHARE = 0.01;

/**
 * Decode an article's bytes: binary data and invalid UTF-8 are refused with the offending offset;
 * a UTF-16 BOM counts only when what follows is valid UTF-16 that reads as text.
 * @example decodeArticle(new TextEncoder().encode("Teks.")) // {text: "Teks."}
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return {error: "empty file; skipped"};
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeUtf16(bytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1) return {error: `binary file (NUL byte at offset ${nul}), not text; skipped`};
  let text: string;
  try {
    text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    return {error: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save the file as UTF-8; skipped`};
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return {error: "no text in file; skipped"};
  return {text};
}

function decodeUtf16(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be", {fatal: true}).decode(bytes);
  } catch {
    return {error: "not text: a UTF-16 byte-order mark, but what follows is not valid UTF-16 (a lone surrogate or an odd number of bytes); skipped"};
  }
  const characters = [...text].length;
  const odd = text.match(NOT_TEXT)?.length ?? 0;
  if (odd > characters * MAX_NOT_TEXT_SHARE) {
    return {error: `not text: a UTF-16 byte-order mark, but ${odd} of its ${characters} characters are controls, unassigned or private-use code points; skipped`};
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return {error: "no text in file; skipped"};
  return {text, warning: "UTF-16 text decoded; save articles as UTF-8"};
}

/** Offset of the first byte that breaks UTF-8, for an error message a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
