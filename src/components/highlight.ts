// Marks inside a sentence (a source, a cue, a quote) as text nodes wrapped in <mark> elements.
// Overlapping marks are split at their boundaries, so each piece carries every class that covers
// it. Text only ever becomes text nodes: article text is untrusted.

export interface Mark {
  start: number;
  end: number;
  className: string;
  title?: string;
}

/**
 * A sentence with its marks.
 * @example highlightText("kata KCNA.", [{start: 5, end: 9, className: "cat-state_media", title: "KCNA"}])
 */
export function highlightText(text: string, marks: Mark[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const covering = valid.filter((m) => m.start <= from && m.end >= to);
    if (covering.length === 0) {
      fragment.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = covering.map((m) => m.className).join(" ");
    const titles = covering.map((m) => m.title).filter(Boolean);
    if (titles.length) mark.title = titles.join("\n");
    mark.textContent = piece;
    fragment.appendChild(mark);
  }
  return fragment;
}
