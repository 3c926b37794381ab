// Each stage reads an article with its language's model: this is how a stage learns the language.
import type {ArticleRow} from "../types.js";

/**
 * A `languageOf` lookup from the articles table, for the stages that read language.
 * @example findHedges(tables.sentences, lexicon, {languageOf: articleLanguages(tables.articles)})
 */
export function articleLanguages(articles: Pick<ArticleRow, "id" | "language">[]): (articleId: string) => string | undefined {
  const languages = new Map(articles.map((a) => [a.id, a.language]));
  return (articleId) => languages.get(articleId);
}
