// Fetches one news page, defensively: the address is untrusted, and so is the server. Only
// http(s); a time limit on the whole exchange (a server that trickles bytes cannot hang the
// import); a size limit checked while reading, not just from Content-Length; redirects followed
// one by one, each checked, up to a limit; HTML only. Every failure is a FetchError whose
// message says what happened in words a person can act on.
import {decodePage, type DecodedPage} from "./charset.js";

export interface FetchOptions {
  /** Milliseconds for the whole exchange, redirects and body included (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 5 MiB: far above any article page). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
}

export interface FetchedPage extends DecodedPage {
  /** Where the page was finally found, after redirects. */
  url: string;
  contentType: string | null;
}

export class FetchError extends Error {}

export const DEFAULT_FETCH: Required<FetchOptions> = {timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5};
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;
const USER_AGENT = "telisik-add/0.1 (+news sourcing analysis; one page per request)";

/** The address as a URL if it is http(s); otherwise a FetchError saying why not. */
export function httpAddress(address: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw new FetchError(`not a valid URL: ${address}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(`only http and https URLs can be fetched, not ${url.protocol.replace(/:$/, "")}: ${address}`);
  return url;
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new FetchError(`${url}: page is ${declared} bytes, over the ${maxBytes}-byte limit`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchError(`${url}: page is over the ${maxBytes}-byte limit; stopped reading`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function networkReason(error: unknown): string {
  const cause = (error as {cause?: {code?: string; message?: string}}).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/**
 * Fetch an HTML page and decode it (charset from the header, else the page's `<meta>`).
 * @example const page = await fetchPage("https://example.com/news/1"); page.text
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const {timeoutMs, maxBytes, maxRedirects} = {...DEFAULT_FETCH, ...options};
  let url = httpAddress(address);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () => new FetchError(`${address}: no complete answer within ${timeoutMs / 1000} s; gave up`);
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      try {
        response = await fetch(url, {redirect: "manual", signal: controller.signal, headers: {"user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml"}});
      } catch (error) {
        if (controller.signal.aborted) throw timedOut();
        throw new FetchError(`${url.href}: cannot connect (${networkReason(error)})`);
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get("location");
        if (!location) throw new FetchError(`${url.href}: HTTP ${response.status} redirect without a Location`);
        if (redirects >= maxRedirects) throw new FetchError(`${address}: more than ${maxRedirects} redirects (a redirect loop?); gave up`);
        url = httpAddress(location, url.href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new FetchError(`${url.href}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
      }
      const contentType = response.headers.get("content-type");
      const mediaType = contentType?.split(";")[0].trim() ?? "";
      if (mediaType && !HTML_TYPES.test(mediaType)) {
        await response.body?.cancel().catch(() => {});
        throw new FetchError(`${url.href}: not an HTML page (Content-Type ${mediaType})`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readLimited(response, maxBytes, url.href);
      } catch (error) {
        if (error instanceof FetchError) throw error;
        if (controller.signal.aborted) throw timedOut();
        throw new FetchError(`${url.href}: connection broke while reading (${networkReason(error)})`);
      }
      if (bytes.length === 0) throw new FetchError(`${url.href}: empty page`);
      return {...decodePage(bytes, contentType), url: url.href, contentType};
    }
  } finally {
    clearTimeout(timer);
  }
}
