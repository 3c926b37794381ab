/**
 * A paragraph of plain text (Framework's display() would show a bare string as a quoted value).
 * @example display(paragraph(`${n} attributions.`))
 */
export function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.textContent = text;
  if (className) p.className = className;
  return p;
}
