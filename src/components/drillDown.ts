// Drill-down in place: a plain click on an evidence link opens its sentences on this page; a
// middle click, a modified click (new tab, new window, download) or "open in new tab" follows
// the real href. One listener on the page's main element covers cards and Plot's SVG links.
import type {EvidenceRequest} from "../analysis/evidence/figureEvidence.js";
import {evidenceRequest} from "./evidenceLinks.js";

/**
 * Open evidence links in place with `open`; returns a function that stops listening.
 * @example invalidation.then(interceptEvidenceLinks(document.querySelector("main"), (request, link) => ...))
 */
export function interceptEvidenceLinks(root: Element, open: (request: EvidenceRequest, link: Element) => void): () => void {
  const onClick = (event: Event) => {
    const click = event as MouseEvent;
    if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return;
    const link = (click.target as Element | null)?.closest?.("a");
    if (!link || !root.contains(link)) return;
    const request = evidenceRequest(link.getAttribute("href") ?? link.getAttribute("xlink:href") ?? "");
    if (!request) return;
    click.preventDefault();
    open(request, link);
  };
  root.addEventListener("click", onClick);
  return () => root.removeEventListener("click", onClick);
}

/**
 * Put an evidence panel right below the block holding `link` (the cards' grid, or the chart's
 * card), replacing any panel already open, and bring it into view.
 * @example showBeside(evidencePanel(...), link)
 */
export function showBeside(panel: HTMLElement, link: Element): void {
  for (const open of document.querySelectorAll(".telisik-drill")) open.remove();
  const host = link.closest(".grid") ?? link.closest(".card") ?? link;
  host.after(panel);
  panel.scrollIntoView({block: "nearest"});
  panel.querySelector<HTMLElement>("h3")?.focus({preventScroll: true});
}

/** Close every open evidence panel (when the page's data changes under it). */
export function closeEvidencePanels(): void {
  for (const open of document.querySelectorAll(".telisik-drill")) open.remove();
}
