// What a news page says about itself: headline, byline, date, site, canonical address, language.
// Pages state these several times over (JSON-LD, Open Graph, <meta>, <time>, <html lang>); each
// field takes the first source that has it, most deliberate first, so the result does not depend
// on which template a site uses.

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** `YYYY-MM-DD` as the page writes it (the publisher's local date, not converted to UTC). */
  published: string | null;
  /** The site's name (og:site_name, JSON-LD publisher), else its host. */
  outlet: string | null;
  /** The canonical address, resolved against the page's own address; http(s) only. */
  url: string | null;
  /** Primary language subtag, lower case (`id-ID` → `id`). */
  language: string | null;
  /** Problems met on the way (broken JSON-LD): reported, never fatal. */
  warnings: string[];
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage)$/;

/**
 * The JSON-LD objects on a page that describe an article, best first (NewsArticle before WebPage).
 * Broken JSON-LD blocks are skipped with a warning.
 */
export function jsonLdArticles(document: Document, warnings: string[] = []): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const object = value as Json;
    if (Array.isArray(object["@graph"])) visit(object["@graph"]);
    const types = ([] as unknown[]).concat(object["@type"] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(object);
  };
  document.querySelectorAll('script[type="application/ld+json"]').forEach((script, i) => {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      warnings.push(`JSON-LD block ${i + 1} is not valid JSON; ignored`);
    }
  });
  const rank = (o: Json) => ([] as unknown[]).concat(o["@type"]).map(String).some((t) => t === "WebPage") ? 1 : 0;
  return found.sort((a, b) => rank(a) - rank(b));
}

/** The content of the first `<meta>` with one of these `property` or `name` values. */
export function metaContent(document: Document, keys: string[]): string | null {
  for (const key of keys) {
    for (const meta of document.querySelectorAll("meta")) {
      const name = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "").toLowerCase();
      const content = meta.getAttribute("content")?.trim();
      if (name === key.toLowerCase() && content) return content;
    }
  }
  return null;
}

/**
 * A date as `YYYY-MM-DD` from an ISO timestamp, as written (no time-zone conversion).
 * @example isoDate("2023-02-06T10:17:00+03:00") // "2023-02-06"
 */
export function isoDate(value: unknown): string | null {
  const match = typeof value === "string" ? /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value) : null;
  return match ? match[1] : null;
}

/**
 * The primary subtag of a language tag or locale.
 * @example primaryLanguage("id_ID") // "id"
 */
export function primaryLanguage(value: string | null | undefined): string | null {
  const match = /^\s*([A-Za-z]{2,3})(?:$|[-_])/.exec(value ?? "");
  return match ? match[1].toLowerCase() : null;
}

/** A page's address, resolved against `base`, if it is http(s). */
export function httpUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== "string" || !value.trim()) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Names from a JSON-LD `author` or `publisher`: a string, an object with `name`, or a list. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list
    .map((v) => (typeof v === "string" ? v : v && typeof v === "object" ? (v as Json).name : null))
    .filter((v): v is string => typeof v === "string" && v.trim() !== "")
    .map((v) => v.trim());
}

function text(element: Element | null): string | null {
  const value = element?.textContent?.replace(/\s+/g, " ").trim();
  return value ? value : null;
}

function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== null && value !== undefined && value !== "") return value;
  return null;
}

/** `Headline | Site` → `Headline` when the site's name is known. */
function withoutSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return title.replace(new RegExp(`\\s*[|\\-–—:]\\s*${escaped}\\s*$`, "i"), "").trim() || title;
}

/**
 * Read a page's metadata. `pageUrl` is where it was fetched from (after redirects), used to
 * resolve a relative canonical link and as the last resort for the address and the outlet.
 */
export function pageMetadata(document: Document, pageUrl: string | null = null): PageMetadata {
  const warnings: string[] = [];
  const ld = jsonLdArticles(document, warnings);
  const fromLd = <T>(pick: (o: Json) => T | null | undefined): T | null => first(...ld.map(pick));
  const ldMainEntity = (o: Json): unknown => {
    const entity = o.mainEntityOfPage;
    return typeof entity === "string" ? entity : entity && typeof entity === "object" ? (entity as Json)["@id"] ?? (entity as Json).url : null;
  };
  const host = pageUrl ? httpUrl(pageUrl) && new URL(pageUrl).hostname.replace(/^www\./, "") : null;

  const url = first(
    httpUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute("href"), pageUrl),
    httpUrl(metaContent(document, ["og:url"]), pageUrl),
    httpUrl(fromLd<unknown>((o) => o.url), pageUrl),
    httpUrl(fromLd(ldMainEntity), pageUrl),
    httpUrl(pageUrl),
  );
  const outlet = first(
    metaContent(document, ["og:site_name"]),
    fromLd((o) => names(o.publisher)[0]),
    metaContent(document, ["application-name", "publisher"]),
    host,
    url ? new URL(url).hostname.replace(/^www\./, "") : null,
  );
  const h1 = text(document.querySelector("article h1, main h1, h1"));
  const title = first(
    fromLd((o) => (typeof o.headline === "string" ? o.headline.trim() : null)),
    withoutSiteName(metaContent(document, ["og:title", "twitter:title"]), outlet),
    h1,
    withoutSiteName(text(document.querySelector("title")), outlet),
  );
  const byline = first(
    fromLd((o) => names(o.author).join(", ") || null),
    metaContent(document, ["author", "article:author", "dc.creator"]),
    text(document.querySelector('[rel="author"], [itemprop="author"], .byline, [class*="byline"]')),
  );
  const published = first(
    isoDate(fromLd<unknown>((o) => o.datePublished)),
    isoDate(metaContent(document, ["article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued"])),
    isoDate(document.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime")),
  );
  const language = first(
    primaryLanguage(document.documentElement?.getAttribute("lang")),
    primaryLanguage(fromLd((o) => (typeof o.inLanguage === "string" ? o.inLanguage : null))),
    primaryLanguage(metaContent(document, ["og:locale", "content-language", "language"])),
  );
  return {title, byline, published, outlet, url, language, warnings};
}
