// Where a page's numbers come from, at its foot: when the site was built, the corpus's content
// hash, the reference data's version, and per article its URL and date (src/data/provenance.json).
import type {ArticleRow} from "../analysis/types.js";
import {externalLink} from "./links.js";

export interface ProvenanceRecord {
  built_at: string;
  corpus: {files: number; sha256: string};
  reference: {files: number; sha256: string; version: string};
}

/** `2026-12-04T20:10:11.123Z` → `2026-12-04 20:10 UTC`: the build, to the minute. */
export const builtAt = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * One summary line (build time, corpus, reference data), opening to the articles the page reads
 * with their outlet, date and link. Article fields are untrusted: text only, links http(s) only.
 * @example display(provenanceNote(await FileAttachment("data/provenance.json").json(), tables.articles))
 */
export function provenanceNote(record: ProvenanceRecord, articles: Pick<ArticleRow, "id" | "outlet" | "title" | "url" | "published">[]): HTMLElement {
  const details = document.createElement("details");
  details.className = "telisik-provenance";
  details.id = "provenance";
  details.appendChild(document.createElement("summary")).textContent =
    `Data: built ${builtAt(record.built_at)} from ${articles.length} article${articles.length === 1 ? "" : "s"} here, ${record.corpus.files} in the corpus (sha256 ${record.corpus.sha256.slice(0, 12)}); reference data version ${record.reference.version}.`;
  const facts = details.appendChild(document.createElement("p"));
  facts.textContent = `Corpus content hash (sha256 of its ${record.corpus.files} article files, names and bytes): ${record.corpus.sha256}. Reference data (${record.reference.files} files): ${record.reference.sha256}.`;
  const list = details.appendChild(document.createElement("ul"));
  for (const article of articles) {
    const item = list.appendChild(document.createElement("li"));
    item.append(`${article.outlet} — ${article.title ?? article.id} (${article.id}), ${article.published ? `published ${article.published}` : "date unknown"}, `);
    item.append(externalLink(article.url) ?? "no URL");
  }
  return details;
}
