// `npm run serve [-- DIR] [--port N]`: serve the built site (dist/) the way Framework links it.
// Its pages link `./sources`, not `sources.html`, so a plain static server answers 404; this one
// maps a clean path to its `.html` file (and a folder to its index.html), on loopback only.
import {readFile, stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, resolve, sep} from "node:path";
import {parseArgs} from "node:util";
import {PROJECT_ROOT} from "./settings.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".parquet": "application/vnd.apache.parquet",
};

/**
 * The file a request path names in a built site: the path itself, `<path>.html`, or
 * `<path>/index.html`; null when none exists or the path leaves the site.
 * @example await siteFile("/srv/dist", "/sources") // "/srv/dist/sources.html"
 */
export async function siteFile(root: string, pathname: string): Promise<string | null> {
  let path: string;
  try {
    path = normalize(decodeURIComponent(pathname));
  } catch {
    return null; // a malformed %-escape names no file
  }
  const base = resolve(root);
  for (const candidate of [join(base, path), join(base, `${path}.html`), join(base, path, "index.html")]) {
    if (candidate !== base && !candidate.startsWith(base + sep)) continue;
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** Serve a built site on 127.0.0.1 (port 0: any free port); resolves once it listens. */
export async function serveSite(root: string, port = 0): Promise<{server: Server; url: string}> {
  const server = createServer(async (request, response) => {
    const file = await siteFile(root, new URL(request.url ?? "/", "http://localhost").pathname);
    if (!file) return void response.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("not found\n");
    response.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    response.end(await readFile(file));
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return {server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {port: {type: "string", default: "3000"}}});
  const root = resolve(positionals[0] ?? join(PROJECT_ROOT, "dist"));
  const port = Number(values.port);
  if (!(await stat(join(root, "index.html")).catch(() => null))) {
    process.stderr.write(`telisik: no built site in ${root} (run npm run build first)\n`);
    process.exit(1);
  }
  const {url} = await serveSite(root, Number.isInteger(port) && port >= 0 ? port : 3000);
  process.stdout.write(`telisik: serving ${root} at ${url}/\n`);
}
