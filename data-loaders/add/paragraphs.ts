// An article's HTML as the plain text the analysis reads: one paragraph per block element,
// separated by blank lines; subheadings as `## ` lines (cleaning sets those aside).

const BLOCKS = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "BLOCKQUOTE", "LI", "UL", "OL", "DL", "DT", "DD", "TABLE", "TR", "TD", "TH", "PRE", "HEADER", "FOOTER", "FIGURE", "FIGCAPTION", "H1", "H2", "H3", "H4", "H5", "H6", "HR"]);
const HEADINGS = /^H[1-6]$/;

/**
 * The paragraphs of an element's text, in reading order, whitespace collapsed. A `<br>` ends a
 * paragraph: pages that set paragraphs with `<br><br>` still come out one per line.
 * @example htmlParagraphs(el) // ["Paragraf pertama.", "## Subjudul", "Paragraf kedua."]
 */
export function htmlParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = "";
  let heading = false;
  const flush = () => {
    const text = buffer.replace(/\s+/g, " ").trim();
    if (text && /[\p{L}\p{N}]/u.test(text)) paragraphs.push(heading ? `## ${text}` : text);
    buffer = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === "BR") return flush();
    if (!BLOCKS.has(tag)) {
      node.childNodes.forEach(walk);
      return;
    }
    flush();
    const wasHeading = heading;
    heading = HEADINGS.test(tag);
    node.childNodes.forEach(walk);
    flush();
    heading = wasHeading;
  };
  walk(root);
  flush();
  return paragraphs;
}
