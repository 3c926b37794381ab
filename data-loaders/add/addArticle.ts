// One input → one article file, or the reason it was not written. The input is already loaded
// (a page's HTML or plain text); this decides the metadata, the id and whether the article is a
// duplicate or a reprint, writes the file and records it in the index so a later row of the
// same import is checked against it too.
import {readArticle} from "../../src/analysis/corpus/readArticle.js";
import {extractPage} from "./extractPage.js";
import {isoDate} from "./pageMetadata.js";
import {articleId} from "./articleId.js";
import {articleFile, type ArticleFields} from "./frontMatter.js";
import {findDuplicate, knownArticle} from "./duplicates.js";
import {isSafeName, writeArticle} from "./writeArticle.js";
import type {CorpusIndex} from "./corpusIndex.js";
import type {SetAsidePiece} from "./setAside.js";

export type ArticleSource =
  | {kind: "html"; html: string; pageUrl?: string | null}
  | {kind: "text"; text: string};

/** Metadata given by flags or a bulk row; it wins over what a page says about itself. */
export interface GivenFields {
  id?: string;
  outlet?: string;
  event?: string;
  title?: string;
  url?: string;
  published?: string;
  language?: string;
}

export interface AddResult {
  /** What the input was: a path, a URL, `row 3`, `stdin`. */
  source: string;
  status: "added" | "skipped" | "failed";
  /** Written (or duplicated) file, relative to the corpus folder. */
  file?: string;
  id?: string;
  reason?: string;
  reprintOf?: {id: string; file: string; similarity: number};
  setAside: SetAsidePiece[];
  warnings: string[];
}

/** Where articles go when no event is named: a visible folder to sort later. */
export const DEFAULT_EVENT = "unsorted";

export function failed(source: string, reason: string, warnings: string[] = []): AddResult {
  return {source, status: "failed", reason, setAside: [], warnings};
}

/** Write one article into `dir` unless it is already there. Never throws for bad input. */
export async function addArticle(source: string, input: ArticleSource, given: GivenFields, dir: string, index: CorpusIndex, warnings: string[] = []): Promise<AddResult> {
  let body: string;
  let fields: Omit<ArticleFields, "id" | "event">;
  let byline: string | null = null;
  let setAside: SetAsidePiece[] = [];
  if (input.kind === "html") {
    let page;
    try {
      page = extractPage(input.html, input.pageUrl ?? null);
    } catch (error) {
      return failed(source, `cannot read the page as HTML (${(error as Error).message})`, warnings);
    }
    warnings.push(...page.meta.warnings);
    body = page.paragraphs.join("\n\n");
    setAside = page.setAside;
    byline = page.meta.byline;
    const {outlet, title, url, published, language} = page.meta;
    fields = {outlet, title, url, published, language};
  } else {
    // Plain text is written as given: a first line that is the title stays (cleaning handles it).
    body = input.text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "").trim();
    fields = {};
  }
  if (!/[\p{L}\p{N}]/u.test(body)) return {...failed(source, input.kind === "html" ? "no article text found in the page" : "no text", warnings), setAside};

  for (const key of ["outlet", "title", "url", "language"] as const) if (given[key]) fields[key] = given[key];
  if (given.published) {
    const date = isoDate(given.published);
    if (date) fields.published = date;
    else warnings.push(`published "${given.published}" is not YYYY-MM-DD; left out`);
  }
  const event = given.event || DEFAULT_EVENT;
  if (!isSafeName(event)) return {...failed(source, `event "${event}" must be letters, digits, ".", "_" or "-" (it names a folder)`, warnings), setAside};
  if (given.id && index.ids.has(given.id)) return {...failed(source, `article id "${given.id}" is already used in the corpus; not written`, warnings), setAside};

  const duplicate = findDuplicate(knownArticle("", "", fields.url ?? null, body), index.known);
  if (duplicate && duplicate.kind !== "reprint") {
    const why = duplicate.kind === "same_url" ? "same canonical URL" : "same text";
    return {source, status: "skipped", file: duplicate.of.file, id: duplicate.of.id, reason: `duplicate of ${duplicate.of.file} (${why})`, setAside, warnings};
  }
  const comments: string[] = [];
  if (byline) comments.push(`byline: ${byline}`);
  let reprintOf: AddResult["reprintOf"];
  if (duplicate?.kind === "reprint") {
    reprintOf = {id: duplicate.of.id, file: duplicate.of.file, similarity: Math.round(duplicate.similarity * 100) / 100};
    comments.push(`near-duplicate of ${duplicate.of.file} (shared five-word runs: ${reprintOf.similarity})`);
  }

  // A generated id moves on to the next free number when a file of that name is in the way
  // (a file's name need not be its id); a given id never does.
  const tried = new Set(index.ids);
  let id: string;
  let written: Awaited<ReturnType<typeof writeArticle>>;
  for (;;) {
    id = given.id || articleId({outlet: fields.outlet, title: fields.title, text: body}, tried);
    const file = `${event}/${id}.md`;
    const contents = articleFile({id, event, ...fields, reprint_of: reprintOf?.id}, comments, body);
    // The file must read back as an article: a check here beats a problem row at analysis time.
    const check = readArticle({file, text: contents}, {defaultEvent: event, houseStyles: [], names: {}});
    if (!check.article) return {...failed(source, check.problems.map((p) => p.message).join("; "), warnings), setAside};
    written = await writeArticle(dir, event, id, contents);
    if ("file" in written || !written.exists || given.id || tried.size > index.ids.size + 100) break;
    tried.add(id);
  }
  if ("error" in written) return {...failed(source, written.error, warnings), setAside};
  index.ids.add(id);
  index.known.push(knownArticle(id, written.file, fields.url ?? null, body));
  return {source, status: "added", file: written.file, id, reprintOf, setAside, warnings};
}
