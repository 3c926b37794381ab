// The evidence a card or chart mark opens is exactly what its figure counted: on the default
// corpus, for every outlet, the sentences (or rows, or claims) behind each figure add up to it.
import {test} from "node:test";
import assert from "node:assert/strict";
import {analyzeFolder} from "../../data-loaders/analyzeFolder.js";
import {figureEvidence} from "../../src/analysis/evidence/figureEvidence.js";
import {forEvent, eventsOf} from "../../src/analysis/select.js";

const corpus = await analyzeFolder();
const tables = forEvent(corpus, eventsOf(corpus)[0]);

test("each figure's evidence adds up to the figure, for every outlet", () => {
  assert.ok(tables.outlets.length >= 3);
  for (const row of tables.outlets as unknown as Record<string, number>[]) {
    const outlet = String(row.outlet);
    const sentences = (figure: string) => figureEvidence(tables, {figure, outlet})!.sentences;
    assert.equal(sentences("attributed_share").length, row.attributed_sentences, `${outlet} attributed`);
    assert.equal(sentences("state_media_dependence").length, row.state_media_sentences, `${outlet} state media`);
    assert.equal(sentences("independent_share").length, row.independent_sentences, `${outlet} independent`);
    assert.equal(sentences("anonymous_share").length, row.anonymous_sentences, `${outlet} anonymous`);
    const quoteIds = new Set(sentences("named_analyst_quotes").flatMap((e) => e.quotes.map((q) => q.quote_id)));
    assert.equal(quoteIds.size, row.named_analyst_quotes, `${outlet} named-analyst quotes`);
    assert.equal(sentences("hedges_per_1000_words").reduce((n, e) => n + e.hedges.length, 0), row.hedge_count, `${outlet} hedges`);
    const claims = (figure: string) => new Set(sentences(figure).map((e) => e.claim!.id)).size;
    assert.equal(claims("corroboration_rate"), row.corroborated_claims, `${outlet} corroborated claims`);
    assert.equal(claims("independent_corroboration_rate"), row.independently_corroborated_claims, `${outlet} independently corroborated`);
  }
});

test("evidence is the outlet's own, in reading order, and an unknown figure gives null", () => {
  const outlet = tables.outlets[0].outlet;
  const ids = new Set(tables.articles.filter((a) => a.outlet === outlet).map((a) => a.id));
  const evidence = figureEvidence(tables, {figure: "attributed_share", outlet})!;
  assert.equal(evidence.table, "attributions");
  assert.ok(evidence.sentences.length > 0);
  for (const e of evidence.sentences) assert.ok(ids.has(e.article_id));
  const keys = evidence.sentences.map((e) => [e.article_id, e.sentence_index] as const);
  const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  assert.deepEqual(keys, sorted);
  // A meta mention attributes nothing, so it is never evidence of sourcing.
  assert.ok(evidence.sentences.every((e) => e.attributions.every((a) => a.counts !== false)));
  assert.equal(figureEvidence(tables, {figure: "words", outlet}), null);
});

test("the quotes chart's bars open the quotes of one category", () => {
  for (const {outlet} of tables.outlets) {
    const all = figureEvidence(tables, {figure: "quotes", outlet})!.sentences.flatMap((e) => e.quotes);
    const analysts = figureEvidence(tables, {figure: "quotes", outlet, category: "analyst"})!.sentences.flatMap((e) => e.quotes);
    assert.equal(all.length, tables.quotes.filter((q) => tables.articles.find((a) => a.id === q.article_id)?.outlet === outlet).length);
    assert.deepEqual(analysts, all.filter((q) => q.category === "analyst"));
  }
});
