import {test} from "node:test";
import assert from "node:assert/strict";
import {parseHTML} from "linkedom";
import {carryEvent, keepInAddress} from "../src/components/address.js";

test("keepInAddress replaces the query, keeping path and fragment, and skips an unchanged address", () => {
  const calls: string[] = [];
  const history = {replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void calls.push(String(url))};
  keepInAddress("?event=b&outlet=X", {pathname: "/sources", search: "?event=a", hash: "#evidence"}, history);
  keepInAddress("", {pathname: "/", search: "?event=a", hash: ""}, history);
  keepInAddress("?event=a", {pathname: "/", search: "?event=a", hash: ""}, history);
  assert.deepEqual(calls, ["/sources?event=b&outlet=X#evidence", "/"]);
});

test("carryEvent adds the event to sidebar, pager and in-text links to other pages, and nothing else (not downloads)", () => {
  const {document} = parseHTML(`<html><body>
    <nav id="observablehq-sidebar"><a href="./">Telisik</a><a href="./sources">Sources</a><a href="./claims?event=old">Claims</a></nav>
    <main id="observablehq-main">
      <a href="./reader?article=004#s-004-3">a sentence</a>
      <a href="#evidence">below</a>
      <a href="https://example.org/news">an article</a>
      <a href="./methodology#hedge-and-booster-lexicon">format</a>
      <a href="./_file/data/downloads/claims.1a2b3c4d.csv" download="claims.csv">claims</a>
    </main>
    <nav class="observablehq-pager"><a rel="next" href="./hedging">Hedging</a></nav>
    <footer><a href="./elsewhere">not navigation</a></footer>
  </body></html>`);
  carryEvent(document, "iran strikes & more", "http://127.0.0.1:3000/claims?event=old");
  const hrefs = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href"));
  assert.deepEqual(hrefs, [
    "./?event=iran+strikes+%26+more",
    "./sources?event=iran+strikes+%26+more",
    "./claims?event=iran+strikes+%26+more",
    "./reader?article=004&event=iran+strikes+%26+more#s-004-3",
    "#evidence",
    "https://example.org/news",
    "./methodology?event=iran+strikes+%26+more#hedge-and-booster-lexicon",
    "./_file/data/downloads/claims.1a2b3c4d.csv",
    "./hedging?event=iran+strikes+%26+more",
    "./elsewhere",
  ]);
});
