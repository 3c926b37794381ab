// The evaluation corpus is what issue 9 asks for (docs/evaluation.md): read from front matter and
// gold only, without running the analysis, so it is safe on the sealed split.
import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {splitArticle} from "./gold.js";
import {readSplitGold} from "./evaluate.js";
import {splitFiles} from "./split.js";

interface Meta {
  id: string;
  outlet: string;
  language: string;
  event: string;
  url: string;
}
const meta = (split: string): Meta[] => splitFiles(split).map((f) => splitArticle(readFileSync(f.articlePath, "utf8")).meta as unknown as Meta);
const host = (url: string) => new URL(url).hostname.replace(/^(www|m|amp|en|id|english)\./, "");
const RESERVED = /shoigu|satellite|satelit|raisi|chollima|malligyong/i;

test("the dev split: 60+ articles, 30+ outlets, 20+ in English, 6+ events", () => {
  const dev = meta("dev");
  assert.ok(dev.length >= 60, `${dev.length} articles`);
  assert.ok(new Set(dev.map((a) => a.outlet)).size >= 30, "outlets");
  assert.ok(dev.filter((a) => a.language === "en").length >= 20, "English articles");
  assert.ok(new Set(dev.map((a) => a.event)).size >= 6, "events");
});

test("the sealed split: 20+ articles in both languages, from outlets (and sites) that dev never uses", () => {
  const dev = meta("dev");
  const sealed = meta("sealed");
  assert.ok(sealed.length >= 20, `${sealed.length} articles`);
  for (const language of ["id", "en"]) assert.ok(sealed.some((a) => a.language === language), language);
  const devOutlets = new Set(dev.map((a) => a.outlet.toLowerCase()));
  const devHosts = new Set(dev.map((a) => host(a.url)));
  for (const a of sealed) {
    assert.ok(!devOutlets.has(a.outlet.toLowerCase()), `${a.id}: outlet ${a.outlet} is also in dev`);
    assert.ok(!devHosts.has(host(a.url)), `${a.id}: site ${host(a.url)} is also in dev`);
  }
});

test("every article has readable gold, a unique id, and no reserved event", () => {
  for (const split of ["dev", "sealed"]) assert.deepEqual(readSplitGold(split).problems, [], split);
  const all = [...meta("dev"), ...meta("sealed")];
  assert.equal(new Set(all.map((a) => a.id)).size, all.length, "unique ids");
  for (const a of all) assert.ok(!RESERVED.test(a.event), `${a.id}: event ${a.event} is reserved for independent evaluation`);
});
