// Ids for added articles: readable (outlet and headline, like a URL slug), stable for the same
// article, and unique in the corpus — the analysis refuses a second file with an id in use.

/**
 * A lower-case ASCII slug: accents folded, anything else a hyphen.
 * @example slug("Gempa Turki: 5.000 Tewas") // "gempa-turki-5-000-tewas"
 */
export function slug(text: string, maxLength = 60): string {
  const folded = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const hyphenated = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (hyphenated.length <= maxLength) return hyphenated;
  // Cut at a word boundary so the id does not end mid-word.
  const cut = hyphenated.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > maxLength / 2 ? cut.slice(0, boundary) : cut.slice(0, maxLength)).replace(/-+$/, "");
}

/**
 * An id from the outlet and the headline (or the first words of the text), with `-2`, `-3`, ...
 * when it is already taken.
 * @example articleId({outlet: "Harian Uji", title: "Banjir Demak"}, new Set()) // "harian-uji-banjir-demak"
 */
export function articleId(article: {outlet?: string | null; title?: string | null; text?: string | null}, taken: ReadonlySet<string>): string {
  const headline = article.title || (article.text ?? "").split(/\s+/).slice(0, 8).join(" ");
  const base = [slug(article.outlet ?? "", 24), slug(headline, 48)].filter(Boolean).join("-") || "article";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
