// The page's address follows the reader's view, so a reload or a shared URL shows the same thing
// (the query string itself is src/state/viewState.ts). Replaced in place: no reload, no history
// entry per slider step.

/**
 * Put a view's query string in the address bar, keeping the path and the fragment.
 * @example keepInAddress(encodeView({event, outlet}))
 */
export function keepInAddress(query: string, where: Pick<Location, "pathname" | "hash" | "search"> = location, history: Pick<History, "replaceState"> = globalThis.history): void {
  if (where.search === query) return;
  history.replaceState(history === globalThis.history ? globalThis.history.state : null, "", `${where.pathname}${query}${where.hash}`);
}

/** Where the dashboard's navigation lives: Framework's sidebar and pager, and the page's own text. */
const NAVIGATION = "#observablehq-sidebar a[href], .observablehq-pager a[href], #observablehq-main a[href]";

/**
 * Make every link to another page of the dashboard carry the event (`./claims` →
 * `./claims?event=…`), so moving between pages keeps it. Links off the site and links within
 * the page (`#evidence`) and downloads are left alone; a link's other parameters and fragment are kept.
 * @example carryEvent(document, event)
 */
export function carryEvent(root: ParentNode, event: string, base: string = location.href): void {
  const here = new URL(base);
  for (const link of root.querySelectorAll<HTMLAnchorElement>(NAVIGATION)) {
    const href = link.getAttribute("href") ?? "";
    // Downloads are built files, not pages: an event in their address would mean nothing.
    if (href.startsWith("#") || link.hasAttribute("download")) continue;
    const url = new URL(href, here);
    if (url.origin !== here.origin) continue;
    url.searchParams.set("event", event);
    const relative = href.match(/^[^?#]*/)![0];
    link.setAttribute("href", `${relative}?${url.searchParams}${url.hash}`);
  }
}
