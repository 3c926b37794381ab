// A CSV cell a spreadsheet will not run. Excel, LibreOffice and Sheets treat a cell starting with
// = + - @ (or a tab or carriage return before one) as a formula; article text is untrusted, so such
// a text cell gets a leading apostrophe, which spreadsheets show as text and hide (OWASP's advice).

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that would start a formula, prefixed with `'`; anything else unchanged.
 * @example spreadsheetSafe("=1+2") // "'=1+2"
 * @example spreadsheetSafe("Kata KCNA") // "Kata KCNA"
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
