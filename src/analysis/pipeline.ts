// The whole analysis, top to bottom. Pure: no Node or DOM APIs, so pages can rerun any stage.
import {SCHEMA, type ProblemRow, type SentenceRow, type SourceDocument, type SpanRow, type Tables} from "./types.js";
import {readArticle, outletName, type ArticleRules} from "./corpus/readArticle.js";
import {cleanArticle, type CleaningRules} from "./clean/clean.js";
import {segmentBody, type SegmentationRules} from "./segment/segment.js";
import {countWords} from "./text/words.js";
import {attributeSentences} from "./sources/attribute.js";
import type {SourceRegistry} from "./sources/registry.js";
import {findHedges} from "./hedging/hedges.js";
import {articleLanguages} from "./lang/articleLanguages.js";
import type {HedgeLexicon} from "./hedging/lexicon.js";
import {clusterClaims, type ClaimOptions} from "./claims/cluster.js";
import {outletPairs} from "./claims/outletPairs.js";
import {outletTable, compareText} from "./outlets.js";
import {DEFAULT_LIMITS, type Limits} from "./budget/limits.js";
import {capSentence} from "./budget/capSentence.js";
import {append} from "./append.js";

/** Everything the pipeline reads besides the articles: reference data and metric parameters. */
export interface Settings {
  articles: ArticleRules;
  cleaning: CleaningRules;
  segmentation: SegmentationRules;
  registry: SourceRegistry;
  lexicon: HedgeLexicon;
  claims: ClaimOptions;
}

/**
 * Analyze a corpus: parse each document, set aside what is not reporting, split the body into
 * sentences, then attribute, find hedges, cluster claims and roll up per outlet.
 * A document that cannot be read becomes a row in `problems`; every other one is still analyzed.
 */
export function analyzeCorpus(documents: SourceDocument[], settings: Settings, problems: ProblemRow[] = [], limits: Limits = DEFAULT_LIMITS): Tables {
  const tables: Tables = {
    schema: SCHEMA,
    articles: [],
    sentences: [],
    spans: [],
    attributions: [],
    quotes: [],
    hedges: [],
    claims: [],
    outlets: [],
    outlet_pairs: [],
    problems: [...problems],
  };
  const seen = new Map<string, string>();
  const ordered = [...documents].sort((a, b) => compareText(a.file, b.file));
  for (const document of ordered) {
    // The soft budget (budget/limits.ts): checked after each stage, so one article that is still
    // slow is set aside and the rest of the corpus is analysed.
    const started = limits.clock();
    const overBudget = (stage: string) => {
      if (limits.clock() - started <= limits.budgetMs) return false;
      tables.problems.push({file: document.file, severity: "error", message: `took longer than the ${limits.budgetMs / 1000} s budget for one article (by the end of ${stage}); skipped`});
      return true;
    };
    const read = readArticle(document, settings.articles);
    tables.problems.push(...read.problems);
    if (!read.article) continue;
    const article = read.article;
    const first = seen.get(article.id);
    if (first !== undefined) {
      tables.problems.push({file: document.file, severity: "error", message: `duplicate article id "${article.id}" (already used by ${first}); skipped`});
      continue;
    }
    seen.set(article.id, document.file);
    if (overBudget("reading")) continue;
    const cleaned = cleanArticle(read.body, settings.cleaning, article.language);
    if (overBudget("cleaning")) continue;
    const {sentences, spans, cut} = sentencesAndSpans(article.id, cleaned.blocks, settings.segmentation, article.language, limits.maxSentenceChars);
    if (overBudget("segmentation")) continue;
    if (cut.count > 0) tables.problems.push({file: document.file, severity: "warning", message: `${cut.count} sentence${cut.count === 1 ? "" : "s"} longer than ${limits.maxSentenceChars} characters cut to that length (the longest: ${cut.longest} characters, sentence ${cut.index + 1})`});
    if (sentences.length === 0) {
      tables.problems.push({file: document.file, severity: "error", message: "no body text after cleaning; skipped"});
      continue;
    }
    article.based_on = mergeCredits(article.based_on, cleaned.credits);
    article.place ??= cleaned.dateline?.place ?? null;
    // A dateline names the outlet more surely than house style; front matter overrides both.
    if (article.outlet_basis !== "front_matter" && cleaned.dateline?.outlet) {
      article.outlet = outletName(cleaned.dateline.outlet, settings.articles);
      article.outlet_basis = "dateline";
    }
    article.sentence_count = sentences.length;
    article.words = sentences.reduce((sum, s) => sum + s.words, 0);
    tables.articles.push(article);
    append(tables.sentences, sentences);
    append(tables.spans, spans);
  }
  // Each article is read with its language's model (src/reference/lang/).
  const languageOf = articleLanguages(tables.articles);
  // Who wrote it: the outlet, the wires it credits, its bylines (`By AFP`).
  const ownMedia = new Map(tables.articles.map((a) => [a.id, [a.outlet, ...a.based_on]]));
  for (const span of tables.spans) if (span.role === "byline") ownMedia.get(span.article_id)?.push(span.text);
  const sourcing = attributeSentences(tables.sentences, settings.registry, {languageOf, ownMediaOf: (id) => ownMedia.get(id) ?? []});
  tables.attributions = sourcing.attributions;
  tables.quotes = sourcing.quotes;
  tables.hedges = findHedges(tables.sentences, settings.lexicon, {attributions: tables.attributions, languageOf});
  tables.claims = clusterClaims(tables.sentences, tables.articles, settings.claims);
  tables.outlets = outletTable(tables);
  tables.outlet_pairs = outletPairs(tables);
  tables.problems.sort((a, b) => compareText(a.file, b.file) || compareText(a.message, b.message));
  return tables;
}

/** Body blocks are split into sentences (each cut to `maxChars`, counted in `cut`); set-aside
 * blocks are kept whole, in reading order. */
function sentencesAndSpans(articleId: string, blocks: ReturnType<typeof cleanArticle>["blocks"], rules: SegmentationRules, language: string, maxChars: number) {
  const sentences: SentenceRow[] = [];
  const spans: SpanRow[] = [];
  const cut = {count: 0, longest: 0, index: 0};
  for (const block of blocks) {
    if (block.role !== "body") {
      spans.push({article_id: articleId, order: spans.length, paragraph: block.paragraph, role: block.role, text: block.text, sentence_index: null});
      continue;
    }
    for (const whole of segmentBody(block.text, rules, language)) {
      const index = sentences.length;
      const text = capSentence(whole, maxChars);
      if (text !== whole) {
        cut.count++;
        if (whole.length > cut.longest) Object.assign(cut, {longest: whole.length, index});
      }
      sentences.push({article_id: articleId, index, paragraph: block.paragraph, text, words: countWords(text)});
      spans.push({article_id: articleId, order: spans.length, paragraph: block.paragraph, role: "body", text, sentence_index: index});
    }
  }
  return {sentences, spans, cut};
}

function mergeCredits(declared: string[], found: string[]): string[] {
  const merged = [...declared];
  for (const credit of found) if (!merged.some((d) => d.toLowerCase() === credit.toLowerCase())) merged.push(credit);
  return merged;
}
