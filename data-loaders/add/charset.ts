// Which character encoding a saved or fetched page is in, and its text. Pages from older news
// sites still come as windows-1252 or iso-8859-1; decoding them as UTF-8 would garble every
// accented name, so the page's own declarations are read in the order browsers read them.

export interface DecodedPage {
  text: string;
  /** The encoding used, as TextDecoder names it (`utf-8`, `windows-1252`). */
  charset: string;
  /** Where the encoding came from. */
  basis: "bom" | "header" | "meta" | "default";
  /** Set when a declaration was unusable and a fallback was taken. */
  warning?: string;
}

/**
 * The charset named in a Content-Type value, if any.
 * @example charsetFromContentType("text/html; charset=ISO-8859-1") // "iso-8859-1"
 */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? "");
  return match ? match[1].toLowerCase() : null;
}

/**
 * The charset a page declares in its first 4 KiB: `<meta charset>` or the http-equiv form.
 * @example charsetFromMeta(bytesOf('<meta charset="windows-1252">')) // "windows-1252"
 */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one code unit, so ASCII markup reads the same in any charset.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return direct ? direct[1].toLowerCase() : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** What windows-1252 puts at bytes 0x80–0x9F (curly quotes, dashes, €), where Latin-1 has controls. */
const WINDOWS_1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * A decoder for a charset label, or null for a label no decoder knows. Node 20's TextDecoder
 * reads windows-1252 (and iso-8859-1, which browsers treat as windows-1252) as plain Latin-1, so
 * curly quotes and dashes would come out as control characters; those 32 bytes are mapped here.
 */
function decoderFor(label: string): {encoding: string; decode: (bytes: Uint8Array) => string} | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  if (decoder.encoding !== "windows-1252") return decoder;
  return {
    encoding: decoder.encoding,
    decode: (bytes) => decoder.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]),
  };
}

/**
 * Decode a page: a byte-order mark wins, then the HTTP header's charset, then `<meta>`; with
 * none, UTF-8 if the bytes are valid UTF-8, else windows-1252 (what browsers assume).
 * @example decodePage(bytes, "text/html; charset=windows-1252").text
 */
export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const bom = bomCharset(bytes);
  if (bom) return {text: new TextDecoder(bom).decode(bytes), charset: bom, basis: "bom"};
  const warnings: string[] = [];
  for (const [basis, label] of [["header", charsetFromContentType(contentType)], ["meta", charsetFromMeta(bytes)]] as const) {
    if (!label) continue;
    const decoder = decoderFor(label);
    if (decoder) return {text: decoder.decode(bytes), charset: decoder.encoding, basis, ...(warnings.length ? {warning: warnings.join("; ")} : {})};
    warnings.push(`unknown charset "${label}" in the ${basis === "header" ? "Content-Type header" : "page's <meta>"}`);
  }
  let text: string;
  let charset = "utf-8";
  try {
    text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    charset = "windows-1252";
    text = decoderFor(charset)!.decode(bytes);
    warnings.push("no charset declared and not valid UTF-8; read as windows-1252");
  }
  return {text, charset, basis: "default", ...(warnings.length ? {warning: warnings.join("; ")} : {})};
}
