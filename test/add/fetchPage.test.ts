import {test, before, after} from "node:test";
import assert from "node:assert/strict";
import {createServer} from "node:net";
import {fetchPage, FetchError} from "../../data-loaders/add/fetchPage.js";
import {fixtureText, startServer, type TestServer} from "./helpers.js";

let server: TestServer;
before(async () => (server = await startServer()));
after(() => server.close());

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `not a FetchError: ${error}`);
    return error.message;
  }
  assert.fail("expected a failure");
}

test("a page is fetched and decoded; redirects are followed and the final address kept", async () => {
  const page = await fetchPage(server.url("/news"));
  assert.equal(page.text, fixtureText("news-page.html"));
  assert.equal(page.charset, "utf-8");
  assert.equal(page.basis, "header");
  const moved = await fetchPage(server.url("/moved"));
  assert.equal(moved.url, server.url("/news"));
  assert.equal(moved.text, page.text);
});

test("the charset in the Content-Type header is used (windows-1252 page with no <meta>)", async () => {
  const page = await fetchPage(server.url("/latin1"));
  assert.equal(page.basis, "header");
  assert.equal(page.charset, "windows-1252");
  assert.ok(page.text.includes("“weeks of takings”"));
});

test("every failure is a clear error", async () => {
  assert.match(await failure(fetchPage(server.url("/loop"))), /more than 5 redirects \(a redirect loop\?\)/);
  assert.match(await failure(fetchPage(server.url("/loop"), {maxRedirects: 1})), /more than 1 redirects/);
  assert.match(await failure(fetchPage(server.url("/to-ftp"))), /only http and https URLs can be fetched, not ftp/);
  assert.match(await failure(fetchPage(server.url("/missing"))), /\/missing: HTTP 404 Not Found$/);
  assert.match(await failure(fetchPage(server.url("/pdf"))), /not an HTML page \(Content-Type application\/pdf\)/);
  assert.match(await failure(fetchPage(server.url("/huge"))), /over the 5242880-byte limit; stopped reading/);
  assert.match(await failure(fetchPage(server.url("/huge-declared"))), /page is 6291456 bytes, over the 5242880-byte limit/);
  assert.match(await failure(fetchPage(server.url("/news"), {maxBytes: 1000})), /over the 1000-byte limit/);
  assert.match(await failure(fetchPage(server.url("/empty"))), /empty page/);
  assert.match(await failure(fetchPage("file:///etc/passwd")), /only http and https URLs can be fetched, not file/);
  assert.match(await failure(fetchPage("javascript:alert(1)")), /not javascript/);
  assert.match(await failure(fetchPage("not a url")), /not a valid URL/);
});

test("a server that never finishes is given up on after the time limit", async () => {
  const started = performance.now();
  assert.match(await failure(fetchPage(server.url("/slow"), {timeoutMs: 300})), /no complete answer within 0\.3 s; gave up/);
  assert.ok(performance.now() - started < 5000);
});

test("a refused connection is a clear error", async () => {
  // A port that was just free: nothing listens there any more.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as {port: number}).port;
  await new Promise((resolve) => probe.close(resolve));
  assert.match(await failure(fetchPage(`http://127.0.0.1:${port}/news`)), /cannot connect \(ECONNREFUSED\)/);
});
