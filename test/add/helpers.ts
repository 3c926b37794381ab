// Shared by the `telisik add` tests: a local web server serving saved pages (bound to 127.0.0.1,
// so no test touches the internet) and a way to run the command without blocking that server.
import {createServer, type Server} from "node:http";
import {readFileSync} from "node:fs";
import {spawn} from "node:child_process";
import {join} from "node:path";
import type {AddressInfo} from "node:net";
import {PROJECT_ROOT} from "../../data-loaders/settings.js";

export const FIXTURES = join(PROJECT_ROOT, "test", "fixtures", "add");
export const fixture = (name: string) => readFileSync(join(FIXTURES, name));
export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** The fixture page reprinted by another outlet: same wire copy, new name, a line cut, a line added. */
export function reprintPage(): string {
  return fixtureText("news-page.html")
    .replaceAll("Kabar Pesisir", "Warta Utara")
    .replaceAll("kabarpesisir.example", "wartautara.example")
    .replace("KABARPESISIR.ID", "WARTAUTARA.COM")
    .replace(/<p>Polisi mengalihkan[^]*?<\/p>/, "<p>Warga diminta tetap waspada terhadap banjir susulan.</p>");
}

export interface TestServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Routes: /news (the fixture page), /latin1 (windows-1252, declared in the header), /reprint,
 * /moved (→ /news), /loop (a redirect loop), /to-ftp (a redirect off http), /slow (never
 * finishes), /huge and /huge-declared (over 5 MiB), /pdf (not HTML), /empty; anything else 404.
 */
export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const html = (body: string | Buffer, type = "text/html; charset=utf-8") => {
      response.writeHead(200, {"content-type": type});
      response.end(body);
    };
    switch (path) {
      case "/news":
        return html(fixture("news-page.html"));
      case "/latin1":
        return html(Buffer.from(fixture("latin1-page.html").toString("latin1").replace(/<meta http-equiv[^>]*>/, ""), "latin1"), "text/html; charset=windows-1252");
      case "/reprint":
        return html(reprintPage());
      case "/moved":
        response.writeHead(301, {location: "/news"});
        return response.end();
      case "/loop":
        response.writeHead(302, {location: "/loop-again"});
        return response.end();
      case "/loop-again":
        response.writeHead(302, {location: "/loop"});
        return response.end();
      case "/to-ftp":
        response.writeHead(302, {location: "ftp://127.0.0.1/page.html"});
        return response.end();
      case "/slow":
        // Headers and a first byte, then nothing: only a time limit ends this.
        response.writeHead(200, {"content-type": "text/html"});
        return response.write("<html>");
      case "/huge": {
        response.writeHead(200, {"content-type": "text/html"});
        const chunk = Buffer.alloc(1024 * 1024, "a");
        for (let i = 0; i < 6; i++) response.write(chunk);
        return response.end();
      }
      case "/huge-declared":
        response.writeHead(200, {"content-type": "text/html", "content-length": String(6 * 1024 * 1024)});
        return response.end();
      case "/pdf":
        return html(Buffer.from("%PDF-1.4"), "application/pdf");
      case "/empty":
        return html("");
      default:
        response.writeHead(404, {"content-type": "text/html"});
        return response.end("<h1>Not found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, "bin", "telisik.mjs"), ...args], {cwd: PROJECT_ROOT});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({status, stdout, stderr}));
    child.stdin.end(input ?? "");
  });
}

/** `telisik add ...` in a child process, asynchronously (a test's own server keeps answering). */
export const runAdd = (args: string[], input?: string | Buffer) => run(["add", ...args], input);
/** `telisik analyze DIR --json`, parsed. */
export async function analyzeJson(dir: string) {
  const result = await run(["analyze", dir, "--json"]);
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}
