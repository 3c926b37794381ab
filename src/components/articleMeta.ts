// An article's metadata as a definition list. The URL comes from the article file: only http(s)
// links are made clickable, and they open without giving the target page a handle on ours.
import type {ArticleRow} from "../analysis/types.js";
import {externalLink} from "./links.js";

const BASIS: Record<ArticleRow["outlet_basis"], string> = {
  front_matter: "stated in front matter",
  dateline: "inferred from the dateline",
  house_style: "inferred from house style",
  unknown: "not stated in the text",
};

/** @example articleMeta(corpus.articles[0]) */
export function articleMeta(article: ArticleRow): HTMLElement {
  const list = document.createElement("dl");
  list.className = "telisik-meta";
  const entry = (term: string, value: string | Node | null) => {
    if (value === null || value === "") return;
    list.appendChild(document.createElement("dt")).textContent = term;
    const dd = list.appendChild(document.createElement("dd"));
    if (typeof value === "string") dd.textContent = value;
    else dd.appendChild(value);
  };
  entry("Outlet", `${article.outlet} (${BASIS[article.outlet_basis]})`);
  entry("Event", article.event);
  entry("Published", article.published);
  entry("Place", article.place);
  entry("Based on", article.based_on.join(", "));
  entry("Body", `${article.sentence_count} sentences, ${article.words} words`);
  entry("File", article.file);
  entry("Source", externalLink(article.url));
  return list;
}
