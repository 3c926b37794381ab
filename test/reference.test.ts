// Reference data is data: editing a file and rebuilding changes the published numbers.
import {test} from "node:test";
import assert from "node:assert/strict";
import {cp, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {PROJECT_ROOT} from "../data-loaders/settings.js";
import {corpusOf} from "./helpers.js";
import {buildSite, siteTables} from "./site.js";

test("a cue added to the lexicon file changes the published hedging numbers after a rebuild", async () => {
  const before = await siteTables(await buildSite());
  const reference = await corpusOf({});
  await cp(join(PROJECT_ROOT, "src", "reference"), reference, {recursive: true});
  const lexicon = JSON.parse(await readFile(join(reference, "hedges.json"), "utf8"));
  // "pertama" (first) is no hedge, but the seed articles use it: counting it must show.
  lexicon.cues.push({cue: "pertama", kind: "hedge", type: "other", language: "id"});
  await writeFile(join(reference, "hedges.json"), JSON.stringify(lexicon));
  process.env.TELISIK_REFERENCE = reference;
  try {
    const after = await siteTables(await buildSite());
    const added = after.hedges.filter((h: {cue: string}) => h.cue === "pertama");
    assert.ok(added.length > 0);
    assert.equal(after.hedges.length, before.hedges.length + added.length);
    const rate = (tables: {outlets: {outlet: string; hedges_per_1000_words: number}[]}, outlet: string) => tables.outlets.find((o) => o.outlet === outlet)!.hedges_per_1000_words;
    const outletWithNew = after.articles.find((a: {id: string}) => a.id === added[0].article_id).outlet;
    assert.ok(rate(after, outletWithNew) > rate(before, outletWithNew));
  } finally {
    delete process.env.TELISIK_REFERENCE;
  }
});
