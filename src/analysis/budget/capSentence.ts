// A sentence over the length limit is cut, not dropped: its start is usually where the attribution
// is (`kata Menteri ...`), and a cut sentence still counts in the article's totals.

/**
 * The sentence cut to at most `max` characters, at the last white space before the limit when
 * there is one (so no word is split), and never between the halves of a surrogate pair.
 * @example capSentence("satu dua tiga", 9) // "satu dua"
 */
export function capSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  // A high surrogate at the cut would leave half a character.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  let cut = end;
  for (let i = end; i > 0; i--) {
    if (/\s/.test(text[i])) {
      cut = i;
      break;
    }
  }
  return text.slice(0, cut).trimEnd();
}
