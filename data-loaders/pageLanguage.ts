// Framework writes `<html>` with no `lang` and has no setting for it; the build adds the
// interface's language to every page it wrote (article text carries its own, see
// src/components/language.ts).
import {readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";

/**
 * A page's HTML with `lang` on its `<html>` tag (replacing one already there).
 * @example withPageLanguage("<!DOCTYPE html>\n<html>\n<head>", "en") // "<!DOCTYPE html>\n<html lang=\"en\">\n<head>"
 */
export function withPageLanguage(html: string, language: string): string {
  return html.replace(/<html(\s[^>]*)?>/i, (_tag, attributes = "") => `<html lang="${language}"${attributes.replace(/\s+lang=("[^"]*"|'[^']*'|\S+)/i, "")}>`);
}

/** Set `lang` on every `.html` page below a built site's folder; returns how many. */
export async function setPageLanguage(dir: string, language: string): Promise<number> {
  const pages = (await readdir(dir, {recursive: true, withFileTypes: true})).filter((e) => e.isFile() && e.name.endsWith(".html"));
  for (const page of pages) {
    const file = join(page.parentPath, page.name);
    await writeFile(file, withPageLanguage(await readFile(file, "utf8"), language));
  }
  return pages.length;
}
