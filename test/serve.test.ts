// `npm run serve` serves a built site the way its links point: clean URLs, nothing outside it.
import {test} from "node:test";
import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {once} from "node:events";
import {corpusOf} from "./helpers.js";
import {PROJECT_ROOT} from "../data-loaders/settings.js";
import {siteFile} from "../data-loaders/serve.js";

test("npm run serve maps /sources to sources.html, / to index.html, and answers 404 for anything else", async () => {
  const site = await corpusOf({"index.html": "<p>overview</p>", "sources.html": "<p>sources</p>", "_file/data/x.json": "{}", "sub/index.html": "<p>sub</p>"});
  const child = spawn("npm", ["run", "--silent", "serve", "--", site, "--port", "0"], {cwd: PROJECT_ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"]});
  try {
    const [line] = (await once(child.stdout!, "data")) as [Buffer];
    const origin = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(String(line))?.[1];
    assert.ok(origin, String(line));
    const get = async (path: string) => {
      const response = await fetch(origin + path);
      return {status: response.status, type: response.headers.get("content-type"), body: await response.text()};
    };
    assert.deepEqual(await get("/sources?event=x#evidence"), {status: 200, type: "text/html; charset=utf-8", body: "<p>sources</p>"});
    assert.equal((await get("/")).body, "<p>overview</p>");
    assert.equal((await get("/sub")).body, "<p>sub</p>");
    assert.equal((await get("/_file/data/x.json")).type, "application/json");
    for (const path of ["/claims", "/../package.json", "/%2e%2e/package.json", "/%E0%A4%A", "/sources.html/x"]) {
      assert.equal((await get(path)).status, 404, path);
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM");
  }
});

test("npm run serve refuses a folder with no built site", async () => {
  const child = spawn("npm", ["run", "--silent", "serve", "--", await corpusOf({}), "--port", "0"], {cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"]});
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const [code] = await once(child, "exit");
  assert.equal(code, 1);
  assert.match(stderr, /no built site in .* \(run npm run build first\)/);
});

test("a path that climbs out of the site names no file, even unnormalized", async () => {
  const parent = await corpusOf({"secret.txt": "no", "site/index.html": "<p>overview</p>"});
  const root = `${parent}/site`;
  assert.equal(await siteFile(root, "/"), `${root}/index.html`);
  for (const path of ["/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/../site/../secret.txt", "/%00"]) {
    assert.equal(await siteFile(root, path), null, path);
  }
});
