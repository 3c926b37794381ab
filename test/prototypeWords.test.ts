// Article text is looked up in dictionaries all through the pipeline; a word that is also a name
// on Object.prototype (`constructor`, `__proto__`, ...) must be an ordinary word (issue 14).
import {test} from "node:test";
import assert from "node:assert/strict";
import {analyzeCorpus} from "../src/analysis/pipeline.js";
import {corpusOf, runCli, settings} from "./helpers.js";

/** Every own property name of Object.prototype, so a new engine's additions are probed too. */
const WORDS = Object.getOwnPropertyNames(Object.prototype).sort();

/** A front-matter id must open with a letter or digit: `__proto__` is refused as an id, by rule. */
const ID_OK = (word: string) => /^[\p{L}\p{N}]/u.test(word);

/** Per word: an article with it as id, one with it in every other field, one with no front matter. */
function probeFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const word of WORDS) {
    const others = WORDS.filter((w) => w !== word).join(" ");
    const body = [
      `${word.toUpperCase()} - Menurut ${word}, pejabat ${word} mengatakan bahwa ${others} hadir.`,
      `"${word} ${word}," kata ${word} kepada KCNA. Pemerintah ${word} mengumumkan kebijakan ${word}.`,
      `According to ${word}, officials said ${word} was ${others}. Analysts at ${word} University reportedly said ${word} may come.`,
      `${others}.`,
    ].join("\n");
    files[`${word}/${word}.md`] = `---\nid: ${word}\n---\n${body}`;
    files[`${word}/fields-${word}.md`] = ["---", `outlet: ${word}`, `event: ${word}`, `title: ${word} ${others}`, `based_on: [${word}]`, `language: ${word}`, `${word}: ${word}`, "---", body].join("\n");
    files[`${word}/plain-${word}.txt`] = `Menurut ${word}, ${word} mengatakan bahwa ${others} mungkin hadir. Pemerintah ${word} mengumumkan ${word} baru.`;
  }
  return files;
}

/**
 * Everything the pipeline made of the probe corpus is data, never a function found on a prototype.
 * From disk, `_`-prefixed files are not articles (corpus.ts), so `__proto__.md` is not even read.
 */
function assertProbeTables(tables: ReturnType<typeof analyzeCorpus>, {fromDisk}: {fromDisk: boolean}): void {
  const refused = WORDS.filter((w) => !ID_OK(w)).map((w) => `${w}/${w}.md`);
  const errors = tables.problems.filter((p) => p.severity === "error");
  assert.deepEqual(errors.map((p) => p.file), fromDisk ? [] : refused);
  assert.ok(errors.every((p) => p.message.startsWith(`article id "`)));
  assert.equal(tables.articles.length, 3 * WORDS.length - refused.length);
  for (const word of WORDS) {
    if (ID_OK(word)) assert.ok(tables.articles.some((a) => a.id === word), word);
    const article = tables.articles.find((a) => a.id === `fields-${word}`);
    assert.ok(article, word);
    assert.deepEqual([article.outlet, article.event, article.language, article.based_on, article.title?.split(" ")[0]], [word, word, word, [word], word]);
    assert.equal(tables.articles.find((a) => a.id === `plain-${word}`)?.event, word);
  }
  const json = JSON.stringify(tables);
  assert.ok(!json.includes("[native code]"), "a prototype member leaked into the tables");
  assert.ok(tables.outlets.length >= WORDS.length);
  assert.ok(tables.attributions.length > 0 && tables.claims.length > 0);
}

test("words named like Object.prototype's properties are ordinary words in the pipeline", () => {
  assert.ok(WORDS.includes("constructor") && WORDS.includes("__proto__") && WORDS.includes("hasOwnProperty"));
  const documents = Object.entries(probeFiles()).map(([file, text]) => ({file, text}));
  assertProbeTables(analyzeCorpus(documents, settings), {fromDisk: false});
});

test("analyze --json reads the same words in file names, folders and text without a crash", async () => {
  const run = runCli([await corpusOf(probeFiles()), "--json"]);
  assert.equal(run.status, 0, run.stderr);
  assertProbeTables(JSON.parse(run.stdout), {fromDisk: true});
});
