// The same broken front matter gives the same problem, however deep the stack it is read from
// (issue 14): nesting past a documented depth is refused before the YAML parser recurses.
import {test} from "node:test";
import assert from "node:assert/strict";
import {readArticle} from "../src/analysis/corpus/readArticle.js";
import {MAX_FRONT_MATTER_DEPTH} from "../src/analysis/corpus/frontMatter.js";
import {settings} from "./helpers.js";

const messages = (text: string) => readArticle({file: "e/a.md", text}, settings.articles).problems.map((p) => p.message);

/** Read from `frames` nested calls down, as a loader deep in a framework's stack would. */
function messagesAtDepth(text: string, frames: number): string[] {
  return frames === 0 ? messages(text) : messagesAtDepth(text, frames - 1);
}

const OVER = MAX_FRONT_MATTER_DEPTH + 1;
const NESTED: [string, (n: number) => string, number[]][] = [
  ["flow sequences", (n) => `title: ${"[".repeat(n)}${"]".repeat(n)}`, [OVER, 1_000, 20_000]],
  ["flow maps", (n) => `title: ${"{a: ".repeat(n)}1${"}".repeat(n)}`, [OVER, 1_000, 20_000]],
  ["unclosed flow", (n) => `title: ${"[".repeat(n)}`, [OVER, 1_000, 20_000]],
  ["compact sequences", (n) => `based_on:\n${"- ".repeat(n)}x`, [OVER, 1_000, 20_000]],
  // Each level one space deeper: n levels are n²/2 characters.
  ["indented maps", (n) => Array.from({length: n}, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " x", [OVER, 1_000, 3_000]],
];

for (const [name, nest, sizes] of NESTED) {
  test(`${name}: deep nesting gives one fixed message at any stack depth`, () => {
    for (const n of sizes) {
      const text = `---\n${nest(n)}\n---\nTeks.`;
      const shallow = messages(text);
      assert.deepEqual(shallow, [`broken front matter: nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep; skipped`], `${name} ${n}`);
      for (const frames of [500, 3_000]) assert.deepEqual(messagesAtDepth(text, frames), shallow, `${name} ${n} at ${frames} frames`);
    }
  });
}

test("nesting within the limit is read as before", () => {
  const text = `---\ntitle: Judul\nbased_on: ${"[".repeat(10)}AP${"]".repeat(10)}\n---\nTeks.`;
  assert.deepEqual(messages(text), ['front matter field "based_on" should be a list of names; kept 0 of 1']);
  assert.deepEqual(messages("---\ntitle: Kim [kanan] dan Shoigu {kiri}\n---\nTeks."), []);
});
