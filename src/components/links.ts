// Addresses inside the dashboard. Every chart links to the reader at the sentence behind a number.

/** The reader, scrolled to one sentence: `reader?article=004#s-004-3`. */
export function sentenceHref(articleId: string, sentenceIndex?: number, base = "./reader"): string {
  const query = `?article=${encodeURIComponent(articleId)}`;
  return sentenceIndex === undefined ? `${base}${query}` : `${base}${query}#${encodeURIComponent(`s-${articleId}-${sentenceIndex}`)}`;
}
