// A light Indonesian stemmer: strips the commonest inflectional and derivational affixes so that
// `menyerahkan`, `diserahkan` and `penyerahan` meet at `serah`. Deliberately conservative (no
// dictionary): a wrong stem only adds a weak shared feature, a missed one loses one.

const PARTICLES = /(?:lah|kah|pun)$/;
const POSSESSIVES = /nya$/;
const SUFFIXES = /(?:kan|an)$/;
// Prefixes with the sound changes of meN-/peN- (`menyerahkan` → `serah`, `memukul` → `pukul`).
const PREFIXES: Array<[RegExp, string]> = [
  [/^(?:ber|ter|per|di)/, ""],
  [/^meny(?=[aiueo])/, "s"],
  [/^peny(?=[aiueo])/, "s"],
  [/^mem(?=[aiueo])/, "p"],
  [/^pem(?=[aiueo])/, "p"],
  [/^meng(?=[aiueo])/, ""],
  [/^peng(?=[aiueo])/, ""],
  [/^men(?=[aiueo])/, "t"],
  [/^pen(?=[aiueo])/, "t"],
  [/^(?:meng|peng|mem|pem|men|pen|me|pe)/, ""],
  [/^(?:ke|be)/, ""],
];
const MIN = 4;

/**
 * The stem of an Indonesian word (lower case), or the word itself when stripping would leave
 * fewer than four letters.
 * @example stemIndonesian("menyerahkan") // "serah"
 * @example stemIndonesian("pertemuan") // "temu"
 */
export function stemIndonesian(word: string): string {
  let stem = word;
  for (const pattern of [PARTICLES, POSSESSIVES, SUFFIXES]) {
    const stripped = stem.replace(pattern, "");
    if (stripped.length >= MIN) stem = stripped;
  }
  for (const [pattern, replacement] of PREFIXES) {
    if (!pattern.test(stem)) continue;
    const stripped = stem.replace(pattern, replacement);
    if (stripped.length >= MIN) stem = stripped;
    break;
  }
  return stem;
}
