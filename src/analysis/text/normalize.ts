/**
 * Text as the pipeline expects it: no byte-order mark, `\n` line ends, NFC, no-break spaces as
 * spaces, zero-width characters removed. Everything else is kept exactly as written.
 * @example normalizeText("\uFEFFa\r\nb") // "a\nb"
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\u00A0\u202F]/g, " ")
    .replace(/[\u200B-\u200D\u2060]/g, "");
}
