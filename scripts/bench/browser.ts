/**
 * Browser measurements of a built site in Debian's headless Chromium (tests/support/browser.ts):
 * how long a search takes to show its results, how many bytes it downloads, and how long the map
 * takes to show all its markers once its data has arrived.
 *
 *   node scripts/bench/browser.ts <builtSiteDir> [--runs 5] [--query coro] [--place provincia=BO]   prints the report as JSON
 *
 * THE CONTRACT with the search page (/cerca/), which these measurements rely on:
 *
 *  1. `#risultati` carries `data-state`: anything but "ready" while a search is running, and "ready"
 *     once the results for the current URL (location.href) are rendered; `data-count` is then the
 *     number of results. For the typed measurement, the URL must already hold the query (pushState
 *     or a normal form submission, either works) when the state becomes "ready".
 *  2. `/cerca/?q=&mappa=1` shows the map with every resource. `#mappa` carries
 *     `data-markers-state="ready"` once all markers are clustered and drawn, and the page sets
 *     `window.__segnaviaTimings = { mapDataLoaded, markersShown }` (performance.now() values) when
 *     the map data has been fetched and decoded, and when the markers are on the map.
 *  3. Search data lives under /pagefind/, map data under /data/; everything else is "the page".
 *
 * If /cerca/ is missing or never becomes ready within the timeout, the rows say "n/a" (null here)
 * instead of failing.
 *
 * The site is served as a typical static host would: gzip for text, `Cache-Control: max-age=0,
 * must-revalidate` plus an ETag for files with stable names, a year for hashed files (/_astro/,
 * Pagefind's .pf_* files). That is why this file has its own small server instead of
 * tests/support/static-server.ts, which sends neither (so there would be no warm cache to measure,
 * and byte counts would be uncompressed). Loopback, no throttling: the times are CPU time on this
 * machine, not network time.
 *
 * Cold = a new browser context (empty cache) per run. Warm = the same context after a first visit to
 * the same URL (the runtime, index chunks and map data are in the HTTP cache; HTML revalidates).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median } from '../../src/lib/median.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { resolveFile } from '../../tests/support/static-server.ts';

// ---------------------------------------------------------------------------------------------
// A static server that behaves like a host: gzip, ETags, cache headers.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm|manifest)|image\/svg)/;

interface Cached {
  body: Buffer;
  gzip?: Buffer;
  etag: string;
  type: string;
}

/** One response the server sent: its path, status and bytes (status line + headers + body). */
export interface Served {
  path: string;
  status: number;
  bytes: number;
  /** When the response was finished, in ms since the epoch (the clock the page's performance.timeOrigin uses). */
  end: number;
}

/** What the server has sent so far, and whether it is busy: the byte counts come from here. */
export interface ServerLog {
  served: Served[];
  inFlight: number;
  lastActivity: number;
}

export interface HostServer {
  url: string;
  log: ServerLog;
  close: () => Promise<void>;
}

/** Bytes of the status line and headers as sent over HTTP/1.1 (close enough: Node adds date and connection). */
function headerBytes(status: number, headers: Record<string, string>): number {
  let n = `HTTP/1.1 ${status} OK\r\n`.length + 'date: Tue, 24 Nov 2026 21:00:00 GMT\r\nconnection: keep-alive\r\nkeep-alive: timeout=5\r\n\r\n'.length;
  for (const [k, v] of Object.entries(headers)) n += k.length + v.length + 4;
  return n;
}

/**
 * Serves `root` on a free loopback port; unknown paths get 404.html with status 404. Counting bytes
 * here rather than in the browser also counts what Pagefind's Web Worker downloads.
 */
export async function serveLikeAHost(root: string): Promise<HostServer> {
  const log: ServerLog = { served: [], inFlight: 0, lastActivity: performance.now() };
  const cache = new Map<string, Cached>();
  const load = async (path: string): Promise<Cached | undefined> => {
    const hit = cache.get(path);
    if (hit) return hit;
    const body = await readFile(path).catch(() => undefined);
    if (!body) return undefined;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const alreadyGzip = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
    const entry: Cached = {
      body,
      type,
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
      gzip: !alreadyGzip && COMPRESSIBLE.test(type) && body.length > 256 ? gzipSync(body, { level: 6 }) : undefined,
    };
    cache.set(path, entry);
    return entry;
  };
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    log.inFlight++;
    log.lastActivity = performance.now();
    let sent = { path, status: 0, bytes: 0 };
    response.on('close', () => {
      log.inFlight--;
      log.lastActivity = performance.now();
      log.served.push({ ...sent, end: performance.timeOrigin + performance.now() });
    });
    const file = await resolveFile(root, path);
    const entry = await load(file ?? join(root, '404.html'));
    if (!entry) {
      sent = { path, status: 404, bytes: 9 };
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const immutable = path.startsWith('/_astro/') || /\.pf_(fragment|index|meta|filter)$/.test(path);
    const headers: Record<string, string> = {
      'content-type': entry.type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      etag: entry.etag,
      vary: 'accept-encoding',
    };
    if (file && request.headers['if-none-match'] === entry.etag) {
      sent = { path, status: 304, bytes: headerBytes(304, headers) };
      response.writeHead(304, headers).end();
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    const body = gzip ? (entry.gzip as Buffer) : entry.body;
    headers['content-length'] = String(body.length);
    sent = { path, status: file ? 200 : 404, bytes: headerBytes(200, headers) + body.length };
    response.writeHead(file ? 200 : 404, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// What the page tells us: every time #risultati becomes ready, and when the markers are shown.

/** Runs in the page before its own scripts, on every document. */
function observeReadiness() {
  interface ReadyEvent {
    epoch: number;
    t: number;
    href: string;
    count: string | null;
  }
  const w = window as unknown as { __bench: { ready: ReadyEvent[]; enter: number[]; markers: { epoch: number; t: number }[] } };
  w.__bench = { ready: [], enter: [], markers: [] };
  const now = () => ({ t: performance.now(), epoch: performance.timeOrigin + performance.now() });
  let lastState: string | null = null;
  let lastMarkers: string | null = null;
  const check = () => {
    const list = document.getElementById('risultati');
    const state = list?.getAttribute('data-state') ?? null;
    if (state !== lastState) {
      lastState = state;
      if (state === 'ready') w.__bench.ready.push({ ...now(), href: location.href, count: list?.getAttribute('data-count') ?? null });
    }
    const markers = document.getElementById('mappa')?.getAttribute('data-markers-state') ?? null;
    if (markers !== lastMarkers) {
      lastMarkers = markers;
      if (markers === 'ready') w.__bench.markers.push(now());
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-markers-state'] });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') w.__bench.enter.push(performance.timeOrigin + performance.now());
  }, true);
}

// ---------------------------------------------------------------------------------------------
// Bytes on the wire, as counted by the server (the page, its Web Workers, everything).

export interface Bytes {
  /** The page itself: HTML, /_astro/ CSS and JS, icons. */
  page: number;
  /** /pagefind/: the runtime, its worker, wasm, index chunks, fragments, filters. */
  search: number;
  /** /data/: the map data and other JSON data. */
  data: number;
  /** Everything but the page itself: what the query (or the map) costs. */
  query: number;
  /** Responses with a body (200/404), and revalidations answered 304. */
  requests: number;
  notModified: number;
}

class ByteCounter {
  private readonly log: ServerLog;
  private readonly start: number;
  constructor(log: ServerLog) {
    this.log = log;
    this.start = log.served.length;
  }

  /** Waits until the server has been idle for `quietMs` (at most `maxMs`). */
  async idle(quietMs = 500, maxMs = 15_000): Promise<void> {
    const begin = performance.now();
    while (performance.now() - begin < maxMs) {
      if (this.log.inFlight === 0 && performance.now() - this.log.lastActivity >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Bytes served since this counter was made, optionally only those finished by `untilEpoch`. */
  totals(untilEpoch = Infinity): Bytes {
    const bytes: Bytes = { page: 0, search: 0, data: 0, query: 0, requests: 0, notModified: 0 };
    for (const { path, status, bytes: n, end } of this.log.served.slice(this.start)) {
      if (end > untilEpoch) continue;
      if (status === 304) bytes.notModified++;
      else bytes.requests++;
      if (path.startsWith('/pagefind/')) bytes.search += n;
      else if (path.startsWith('/data/')) bytes.data += n;
      else bytes.page += n;
    }
    bytes.query = bytes.search + bytes.data;
    return bytes;
  }
}

// ---------------------------------------------------------------------------------------------
// The measurements.

export interface Sample {
  ms: number;
  count: number | null;
  /** Bytes when the results (or markers) were shown, and after the network went quiet. */
  bytesAtReady: Bytes;
  bytesAfterIdle: Bytes;
}

export interface Series {
  runs: number;
  ok: number;
  medianMs: number | null;
  samplesMs: number[];
  count: number | null;
  /** Medians over the runs. */
  bytesAtReady: Bytes | null;
  bytesAfterIdle: Bytes | null;
  error?: string;
}

export interface MapSample extends Sample {
  /** markersShown - mapDataLoaded. */
  ms: number;
  /** Navigation start → markers shown. */
  fromNavigationMs: number;
  markerElements: number;
}

export interface MapSeries extends Series {
  fromNavigationMedianMs: number | null;
  markerElements: number | null;
}

export interface BrowserReport {
  chromium: string;
  query: string;
  place: string;
  runs: number;
  /** Navigation start → results rendered, for /cerca/?q=<query>&<place>. */
  navigation: { cold: Series; warm: Series };
  /** The same for all of Italy: /cerca/?q=<query>. */
  national: { cold: Series };
  /** Enter pressed in #q on a loaded /cerca/ → results rendered. */
  typed: { cold: Series; warm: Series };
  /** /cerca/?q=&mappa=1: map data loaded → all markers shown. */
  map: { cold: MapSeries; warm: MapSeries };
  /**
   * The cold measures again, each in a browser window that has finished opening (WINDOW_SETTLE_MS)
   * before the page is asked for. A new window of Chromium 156 loads its own omnibox pop-up (a page
   * of its interface: 1.4 s and 2.1 s of CPU in two traces here) while the measured page loads; a person's window has done
   * so long before. Added beside the rows above, which keep measuring as they did.
   */
  settled?: { navigation: Series; national: Series; map: MapSeries };
  /** The local query, cold, window settled, on a slow phone network (PHONE_NETWORK). */
  phone?: { navigation: Series };
  consoleErrors: string[];
  notes: string[];
}

function medianBytes(list: Bytes[]): Bytes | null {
  if (list.length === 0) return null;
  const keys = Object.keys(list[0]) as (keyof Bytes)[];
  return Object.fromEntries(keys.map((k) => [k, median(list.map((b) => b[k])) ?? 0])) as unknown as Bytes;
}

interface Options {
  runs: number;
  query: string;
  /** The place of the typical query, as search URL parameters ("provincia=BO"); empty for all of Italy. */
  place: string;
  resultsTimeoutMs: number;
  markersTimeoutMs: number;
}

type Bench = { ready: { epoch: number; t: number; href: string; count: string | null }[]; enter: number[]; markers: { epoch: number; t: number }[] };
const readBench = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

class NotReady extends Error {}

/** Console errors and page errors seen during the measurements (CSP violations show up here). */
const consoleErrors = new Set<string>();

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(observeReadiness);
  context.on('page', (page) => {
    page.on('console', (m) => void (m.type() === 'error' && consoleErrors.size < 20 && consoleErrors.add(m.text().slice(0, 300))));
    page.on('pageerror', (e) => void (consoleErrors.size < 20 && consoleErrors.add(String(e).slice(0, 300))));
  });
  return context;
}

/** Waits for a "ready" event whose URL holds the query, after `afterEpoch`. */
async function waitForResults(page: Page, query: string, afterEpoch: number, timeoutMs: number) {
  const matches = (href: string) => new URL(href).searchParams.get('q') === query;
  try {
    await page.waitForFunction(
      ({ query, afterEpoch }) => {
        const bench = (window as unknown as { __bench?: Bench }).__bench;
        return bench?.ready.some((r) => r.epoch >= afterEpoch && new URL(r.href).searchParams.get('q') === query) ?? false;
      },
      { query, afterEpoch },
      { timeout: timeoutMs, polling: 50 },
    );
  } catch {
    throw new NotReady(`#risultati did not become ready for q=${query} within ${timeoutMs} ms`);
  }
  const bench = await readBench(page);
  return bench.ready.find((r) => r.epoch >= afterEpoch && matches(r.href))!;
}

/** How long a new window is left to finish opening before a settled measure asks for the page. */
export const WINDOW_SETTLE_MS = 2_000;

/**
 * A slow phone network: Chrome DevTools' "Slow 4G" preset (150 ms latency, 1.6 Mbit/s down, 750 kbit/s
 * up), which DevTools applies to the page and to its Web Worker (Pagefind's). The server speaks
 * HTTP/1.1 (six connections at a time), where a real host would use HTTP/2: a few waits here are longer.
 */
export const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

async function onPhoneNetwork(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
}

/** "q=coro&provincia=BO": the query, within the place unless the search is for all of Italy. */
const searchParams = (o: Options, national = false) => `q=${encodeURIComponent(o.query)}${national || !o.place ? '' : `&${o.place}`}`;

async function measureNavigation(page: Page, server: HostServer, o: Options, national = false): Promise<Sample> {
  const origin = server.url;
  await new ByteCounter(server.log).idle(200, 5_000);
  const counter = new ByteCounter(server.log);
  const response = await page.goto(`${origin}/cerca/?${searchParams(o, national)}`, { waitUntil: 'commit' });
  if (!response || response.status() !== 200) throw new NotReady(`/cerca/ answered ${response?.status() ?? 'nothing'}`);
  const ready = await waitForResults(page, o.query, 0, o.resultsTimeoutMs);
  const bytesAtReady = counter.totals(ready.epoch);
  await counter.idle();
  return { ms: ready.t, count: ready.count === null ? null : Number(ready.count), bytesAtReady, bytesAfterIdle: counter.totals() };
}

async function measureTyped(page: Page, server: HostServer, o: Options): Promise<Sample> {
  const origin = server.url;
  // The person has chosen the place (its results are on screen), then types the words.
  const response = await page.goto(`${origin}/cerca/${o.place ? `?${o.place}` : ''}`);
  if (!response || response.status() !== 200) throw new NotReady(`/cerca/ answered ${response?.status() ?? 'nothing'}`);
  const input = page.locator('#q');
  if ((await input.count()) === 0) throw new NotReady('/cerca/ has no #q');
  // Let the page settle as a person would before typing (scripts loaded, network quiet).
  await new ByteCounter(server.log).idle(300, 10_000);
  await input.fill(o.query);
  const counter = new ByteCounter(server.log);
  await input.press('Enter');
  const bench = await readBench(page).catch(() => undefined);
  const enter = bench?.enter.at(-1);
  if (enter === undefined) throw new NotReady('could not record the Enter key');
  const ready = await waitForResults(page, o.query, enter, o.resultsTimeoutMs);
  const bytesAtReady = counter.totals(ready.epoch);
  await counter.idle();
  return { ms: ready.epoch - enter, count: ready.count === null ? null : Number(ready.count), bytesAtReady, bytesAfterIdle: counter.totals() };
}

async function measureMap(page: Page, server: HostServer, o: Options): Promise<MapSample> {
  const origin = server.url;
  await new ByteCounter(server.log).idle(200, 5_000);
  const counter = new ByteCounter(server.log);
  const response = await page.goto(`${origin}/cerca/?q=&mappa=1`, { waitUntil: 'commit' });
  if (!response || response.status() !== 200) throw new NotReady(`/cerca/ answered ${response?.status() ?? 'nothing'}`);
  try {
    await page.waitForFunction(
      () => {
        const timings = (window as unknown as { __segnaviaTimings?: { mapDataLoaded?: number; markersShown?: number } }).__segnaviaTimings;
        return document.getElementById('mappa')?.getAttribute('data-markers-state') === 'ready' && timings?.markersShown !== undefined && timings.mapDataLoaded !== undefined;
      },
      undefined,
      { timeout: o.markersTimeoutMs, polling: 50 },
    );
  } catch {
    throw new NotReady(`#mappa did not reach data-markers-state="ready" with __segnaviaTimings within ${o.markersTimeoutMs} ms`);
  }
  const { timings, markerElements, timeOrigin } = await page.evaluate(() => ({
    timings: (window as unknown as { __segnaviaTimings: { mapDataLoaded: number; markersShown: number } }).__segnaviaTimings,
    markerElements: document.querySelectorAll('#mappa .leaflet-marker-icon').length,
    timeOrigin: performance.timeOrigin,
  }));
  const bytesAtReady = counter.totals(timeOrigin + timings.markersShown);
  await counter.idle();
  return {
    ms: timings.markersShown - timings.mapDataLoaded,
    fromNavigationMs: timings.markersShown,
    markerElements,
    count: null,
    bytesAtReady,
    bytesAfterIdle: counter.totals(),
  };
}

/** Runs one measurement `runs` times, cold (new context each run) or warm (one context, primed once). */
async function series<S extends Sample>(label: string, browser: Browser, warm: boolean, o: Options, measure: (page: Page) => Promise<S>, settleMs = 0): Promise<{ series: Series; samples: S[] }> {
  const samples: S[] = [];
  let error: string | undefined;
  let shared: BrowserContext | undefined;
  try {
    if (warm) {
      shared = await newContext(browser);
      const page = await shared.newPage();
      await measure(page); // primes the cache
      await page.close();
    }
    for (let i = 0; i < o.runs; i++) {
      const context = shared ?? (await newContext(browser));
      const page = await context.newPage();
      if (settleMs) await new Promise((done) => setTimeout(done, settleMs));
      try {
        samples.push(await measure(page));
      } finally {
        await page.close();
        if (!shared) await context.close();
      }
    }
  } catch (e) {
    error = e instanceof NotReady ? e.message : String((e as Error)?.stack ?? e);
  } finally {
    await shared?.close();
  }
  const ms = samples.map((s) => s.ms);
  console.error(`  ${label} ${warm ? 'warm' : 'cold'}${settleMs ? ', window settled' : ''}: ${samples.length}/${o.runs} runs, ${ms.map((n) => Math.round(n)).join(', ')} ms${error ? ` — ${error.split('\n')[0]}` : ''}`);
  return {
    samples,
    series: {
      runs: o.runs,
      ok: samples.length,
      medianMs: samples.length === o.runs ? median(ms) : null,
      samplesMs: ms.map((n) => Math.round(n * 10) / 10),
      count: samples.at(-1)?.count ?? null,
      bytesAtReady: medianBytes(samples.map((s) => s.bytesAtReady)),
      bytesAfterIdle: medianBytes(samples.map((s) => s.bytesAfterIdle)),
      ...(error ? { error } : {}),
    },
  };
}

async function mapSeries(browser: Browser, warm: boolean, o: Options, server: HostServer, settleMs = 0): Promise<MapSeries> {
  const { series: s, samples } = await series('map', browser, warm, o, (page) => measureMap(page, server, o), settleMs);
  return {
    ...s,
    fromNavigationMedianMs: samples.length === o.runs ? median(samples.map((x) => x.fromNavigationMs)) : null,
    markerElements: samples.at(-1)?.markerElements ?? null,
  };
}

/** Measures the built site in `siteDir`. */
export async function measureBrowser(siteDir: string, options: Partial<Options> = {}): Promise<BrowserReport> {
  const o: Options = { runs: 5, query: 'coro', place: 'provincia=BO', resultsTimeoutMs: 30_000, markersTimeoutMs: 60_000, ...options };
  const server = await serveLikeAHost(resolve(siteDir));
  // Chromium as it comes, omnibox pop-up included: the rows keep their clock; the settled rows wait it out.
  const browser = await launchBrowser({ omniboxPopup: true });
  consoleErrors.clear();
  try {
    const navigation = {
      cold: (await series('navigation', browser, false, o, (p) => measureNavigation(p, server, o))).series,
      warm: (await series('navigation', browser, true, o, (p) => measureNavigation(p, server, o))).series,
    };
    const national = { cold: (await series('national', browser, false, o, (p) => measureNavigation(p, server, o, true))).series };
    const typed = {
      cold: (await series('typed', browser, false, o, (p) => measureTyped(p, server, o))).series,
      warm: (await series('typed', browser, true, o, (p) => measureTyped(p, server, o))).series,
    };
    const map = { cold: await mapSeries(browser, false, o, server), warm: await mapSeries(browser, true, o, server) };
    const settled = {
      navigation: (await series('navigation', browser, false, o, (p) => measureNavigation(p, server, o), WINDOW_SETTLE_MS)).series,
      national: (await series('national', browser, false, o, (p) => measureNavigation(p, server, o, true), WINDOW_SETTLE_MS)).series,
      map: await mapSeries(browser, false, o, server, WINDOW_SETTLE_MS),
    };
    const phone = {
      navigation: (await series('navigation on a slow phone network', browser, false, o, async (p) => (await onPhoneNetwork(p), measureNavigation(p, server, o)), WINDOW_SETTLE_MS)).series,
    };
    const notes = [
      'Served over loopback with gzip and cache headers (no network throttling): times are this machine’s CPU time.',
      'Cold: new browser context per run; warm: same context after one visit to the same URL.',
    ];
    return { chromium: browser.version(), query: o.query, place: o.place, runs: o.runs, navigation, national, typed, map, settled, phone, consoleErrors: [...new Set(consoleErrors)], notes };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Command line.

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : args.splice(i, 2)[1];
  };
  const runs = Number(value('--runs') ?? 5);
  const query = value('--query') ?? 'coro';
  const place = value('--place') ?? 'provincia=BO';
  const [siteDir] = args;
  if (!siteDir) {
    console.error('usage: node scripts/bench/browser.ts <builtSiteDir> [--runs 5] [--query coro] [--place provincia=BO]');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureBrowser(siteDir, { runs, query, place }), null, 2));
}
