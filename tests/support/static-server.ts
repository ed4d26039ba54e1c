/**
 * A minimal static file server for a built site, on a free loopback port (no network beyond it).
 * With `{ headers: true }` it also sends what the site's `_headers` file asks for, as Netlify and
 * Cloudflare Pages would (tests/support/headers-file.ts).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersForPath, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.ics': 'text/calendar; charset=utf-8',
};

/** The file a URL path names under root (or its index.html), never outside root; undefined when none. */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const safePath = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safePath);
  if (!candidate.startsWith(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

/** Serves `root`; unknown paths get 404.html with status 404, as static hosts do; `headers` applies root/_headers. */
export async function serve(root: string, options: { headers?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = options.headers ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = await resolveFile(root, path);
    const status = file ? 200 : 404;
    const body = await readFile(file ?? join(root, '404.html')).catch(() => Buffer.from('Not found'));
    const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html'];
    response.writeHead(status, { 'content-type': type, ...headersForPath(rules, path) });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
