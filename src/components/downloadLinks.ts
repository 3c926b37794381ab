// Links to the CSV files the build wrote (src/data/downloads.zip.ts): the published numbers, for
// every event, so a reader can check or reuse them in a spreadsheet.

export interface Download {
  /**
   * The file's address: `FileAttachment("data/downloads/x.csv").href`. Pages pass `.href`, not the
   * attachment: a bare `.csv` attachment makes Framework import d3-dsv from a CDN, offline or not.
   */
  href: string;
  /** What the file holds, e.g. "attributed sentences". */
  label: string;
}

/**
 * One line of download links.
 * @example downloadLinks([{href: FileAttachment("data/downloads/attributions.csv").href, label: "attributed sentences"}])
 */
export function downloadLinks(downloads: Download[], {note = "as built, every event (filter on the event column)"}: {note?: string} = {}): HTMLElement {
  const line = document.createElement("p");
  line.className = "telisik-downloads";
  line.append(`Download CSV, ${note}: `);
  downloads.forEach(({href, label}, i) => {
    if (i > 0) line.append(" · ");
    const link = line.appendChild(document.createElement("a"));
    link.href = href;
    link.download = downloadName(href);
    link.textContent = label;
  });
  return line;
}

/**
 * The name to save a built file under, without the content hash Framework adds to its address.
 * @example downloadName("./_file/data/downloads/attributions.1a2b3c4d.csv") // "attributions.csv"
 * @example downloadName("/_file/data/downloads/attributions.csv?sha=1a2b") // "attributions.csv" (preview)
 */
export function downloadName(href: string): string {
  const last = href.split("?")[0].split("/").pop() ?? "";
  return last.replace(/\.[0-9a-f]{8,}(\.[a-z]+)$/, "$1");
}
