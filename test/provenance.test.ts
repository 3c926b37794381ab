import {test} from "node:test";
import assert from "node:assert/strict";
import {writeFile} from "node:fs/promises";
import {join} from "node:path";
import {contentHash, provenance} from "../data-loaders/provenance.js";
import {listArticleFiles} from "../data-loaders/corpus.js";
import {corpusOf} from "./helpers.js";
import {REFERENCE_DIR} from "../data-loaders/settings.js";

test("the corpus hash follows the articles' content and names, and nothing else", async () => {
  const files = {"ev/a.md": "Satu.", "ev/b.md": "Dua.", "ev/README.md": "not an article"};
  const hashOf = async (dir: string) => (await provenance(dir, REFERENCE_DIR)).corpus;
  const first = await hashOf(await corpusOf(files));
  assert.equal(first.files, 2);
  assert.match(first.sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(await hashOf(await corpusOf({...files, "ev/README.md": "edited, still not an article"})), first);
  const edited = await corpusOf(files);
  await writeFile(join(edited, "ev", "b.md"), "Dua!");
  assert.notEqual((await hashOf(edited)).sha256, first.sha256);
  assert.notEqual((await hashOf(await corpusOf({"ev/a.md": "Satu.", "ev/c.md": "Dua."}))).sha256, first.sha256, "a renamed file");
  // Bytes moved from a name into a file: a different corpus, a different hash.
  const x = await corpusOf({"ab.md": "c"});
  const y = await corpusOf({"a.md": "bc"});
  assert.notEqual(await contentHash(x, await listArticleFiles(x)), await contentHash(y, await listArticleFiles(y)));
});

test("provenance has the build time and the reference data's version", async () => {
  const record = await provenance(await corpusOf({"a.md": "Satu."}), REFERENCE_DIR, new Date("2026-01-02T03:04:05Z"));
  assert.equal(record.built_at, "2026-01-02T03:04:05.000Z");
  assert.ok(record.reference.files >= 6, `${record.reference.files} reference files`);
  assert.equal(record.reference.version, record.reference.sha256.slice(0, 12));
  assert.equal((await provenance(await corpusOf({"b.md": "Dua."}), REFERENCE_DIR)).reference.sha256, record.reference.sha256);
});
