// Article ids: what an id may be, and the id a file name gives when front matter names none.

/** Letters (with their combining marks), digits, `.`, `_` and `-`, opening with a letter or digit. */
const ARTICLE_ID = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u;
const NOT_ID = /[^\p{L}\p{M}\p{N}._-]+/gu;

/**
 * Whether text can be an article id (it is safe in a URL, a file name and a CSV cell).
 * @example isArticleId("004_republika") // true
 * @example isArticleId("../x") // false
 */
export function isArticleId(id: string): boolean {
  return ARTICLE_ID.test(id);
}

/**
 * The id a file name gives: its name without extension, in Unicode's composed form. A name that
 * is no id as it stands (a space, an emoji, `$`) becomes one: each run of other characters is a
 * `-`, and a hash of the whole name is added so `a b.md` and `a$b.md` stay two articles.
 * @example idFromFileName("banjir/artikel-7.txt") // "artikel-7"
 * @example idFromFileName("banjir/Berita Hari Ini 😀.md") // "Berita-Hari-Ini-" + an 8-digit hash
 */
export function idFromFileName(file: string): string {
  const name = file.split("/").pop() ?? file;
  const stem = name.replace(/\.(md|markdown|txt)$/i, "").normalize("NFC");
  if (isArticleId(stem)) return stem;
  const readable = stem.replace(NOT_ID, "-").replace(/^[^\p{L}\p{N}]+/u, "").replace(/-+$/, "");
  return readable ? `${readable}-${fnv1a(stem)}` : `file-${fnv1a(stem)}`;
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: short, stable, the same in Node and browsers. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
