// The dashboard's own words are English; article text is in its article's language. Screen
// readers pick a voice by `lang`, so the page says `en` and each piece of article text says its
// own (`id`, `en`, ... from the corpus's articles table).

/** The language the pages and components are written in (`<html lang>`, set by the build). */
export const INTERFACE_LANGUAGE = "en";

/** A language tag as front matter may give it (`id`, `en`, `pt-BR`); anything else is not one. */
const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * Mark an element as written in `language`; an absent or malformed code (front matter is
 * untrusted) leaves it unmarked, so it reads as the page's language.
 * @example inLanguage(document.createElement("span"), "id").lang // "id"
 */
export function inLanguage<E extends HTMLElement>(element: E, language: string | null | undefined): E {
  if (language && TAG.test(language)) element.lang = language;
  return element;
}
