// Addresses inside the dashboard. Every chart links to the reader at the sentence behind a number.

/** The reader, scrolled to one sentence: `reader?article=004#s-004-3`. */
export function sentenceHref(articleId: string, sentenceIndex?: number, base = "./reader"): string {
  const query = `?article=${encodeURIComponent(articleId)}`;
  return sentenceIndex === undefined ? `${base}${query}` : `${base}${query}#${encodeURIComponent(`s-${articleId}-${sentenceIndex}`)}`;
}

/**
 * A link to an article's page on the web, from an untrusted URL: only http(s) is linked (shown by
 * its host, opening without a handle on this page); anything else is shown as text; none, null.
 * @example externalLink("https://example.org/a") // <a href="https://example.org/a" rel="noopener noreferrer" target="_blank">example.org</a>
 * @example externalLink("javascript:alert(1)") // the text "javascript:alert(1)"
 */
export function externalLink(url: string | null | undefined): Node | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return document.createTextNode(url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return document.createTextNode(url);
  const link = document.createElement("a");
  link.href = parsed.href;
  link.rel = "noopener noreferrer";
  link.target = "_blank";
  link.textContent = parsed.hostname;
  return link;
}
