// `npm run build` says what it could not read, and `-- --strict` fails on it (README).
import {test} from "node:test";
import assert from "node:assert/strict";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {corpusOf} from "./helpers.js";
import {runBuild} from "./site.js";

const good = "Pemerintah mengumumkan kebijakan baru, kata juru bicara. Menteri itu hadir.";

test("the build prints each problem in the corpus; --strict fails on them, and passes without them", async () => {
  const broken = await corpusOf({"ev/good.md": good, "ev/empty.md": "", "ev/broken.md": "---\noutlet: [Harian\n---\nTeks."});
  const lenient = await runBuild(broken);
  assert.equal(lenient.status, 0, lenient.stderr);
  assert.ok(existsSync(join(lenient.output, "index.html")));
  assert.match(lenient.stderr, /built from 1 article\(s\); 2 problem\(s\)/);
  assert.match(lenient.stderr, /^telisik: error: ev\/empty\.md: .*empty/m);
  assert.match(lenient.stderr, /^telisik: error: ev\/broken\.md: .*broken front matter/m);

  const strict = await runBuild(broken, ["--strict"]);
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /^telisik: error: ev\/empty\.md: /m);
  assert.match(strict.stderr, /--strict: some articles could not be analyzed/);

  const clean = await runBuild(await corpusOf({"ev/good.md": good}), ["--strict"]);
  assert.equal(clean.status, 0, clean.stderr);
  assert.match(clean.stderr, /built from 1 article\(s\); 0 problem\(s\)/);
  assert.doesNotMatch(clean.stderr, /telisik: (error|warning):/);
});
