// Words of a text found by hand, and distinct words looked up in place: on 100,000 sentences the
// Unicode regex and a substring per word were the slowest steps of building vectors.

const WORD_CHAR = /[\p{L}\p{N}]/u;
const JOINER = /[-'’.]/;

/** Whether a UTF-16 code is a letter or digit: ASCII by table, the rest by a Unicode class test. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]);
}

/**
 * The written words of a text, as `tokenize` (text/words.ts) finds them: letters or digits,
 * joined by single inner hyphens, apostrophes or dots. Scanned by hand: the Unicode regex is
 * the slowest step on 100,000 sentences.
 * @example writtenWords("Kang Sun-nam, kata (27/7).") // ["Kang", "Sun-nam", "kata", "27", "7"]
 */
export function writtenWords(text: string): string[] {
  const found: string[] = [];
  scanWords(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

/**
 * Calls `onWord(start, end)` for each written word of `text`, in order, without slicing it.
 * @example scanWords("Kim tiba.", (s, e) => spans.push([s, e])) // spans: [[0, 3], [4, 8]]
 */
export function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < text.length && isWordChar(text, i)) i++;
      if (i + 1 < text.length && JOINER.test(text[i]) && isWordChar(text, i + 1)) i++;
      else break;
    }
    onWord(start, i);
  }
}

/**
 * Distinct words by their place in a text, without slicing: open addressing on an FNV-1a hash of
 * the characters, a hit confirmed by comparing the characters in place.
 * @example const t = new WordTable(); t.add("Kim", WordTable.hash("Kim", 0, 3)); t.find("Pak Kim", 4, 7, WordTable.hash("Pak Kim", 4, 7)) // 0
 */
export class WordTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  private hashes = new Int32Array(1 << 16);
  readonly words: string[] = [];

  /** The entry of `text[start, end)`, or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === -1) return -1;
      if (this.hashes[slot] === hash) {
        const word = this.words[entry];
        if (word.length === end - start && text.startsWith(word, start)) return entry;
      }
    }
  }

  /** Adds a word not yet in the table; returns its entry number. */
  add(word: string, hash: number): number {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    const entry = this.words.length;
    this.words.push(word);
    this.place(entry, hash);
    return entry;
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const {slots, hashes} = this;
    this.slots = new Int32Array(slots.length * 2).fill(-1);
    this.hashes = new Int32Array(slots.length * 2);
    for (let slot = 0; slot < slots.length; slot++) if (slots[slot] !== -1) this.place(slots[slot], hashes[slot]);
  }

  static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }
}
