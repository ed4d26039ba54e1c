/**
 * Reading the export routes' render times from `astro build`'s log (scripts/bench/route-times.ts):
 * Astro prints a route's path when it starts and a time when any of the four routes in flight ends,
 * so the time on a path's line is often another route's. Checked on an excerpt of the 50,000-entry
 * benchmark's log and on logs written the way Astro writes them by a simulated pool of four.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backfillExportRoutes, coordinatorRouteTimes, exportRouteTimes, isCoordinatorRoute, isExportRoute, parseDuration, routeTimeBounds, routeTimes } from '../../scripts/bench/route-times.ts';

const excerpt = readFileSync('tests/fixtures/bench/astro-build-50000-excerpt.txt', 'utf8');

/** Astro's time format (getTimeStat). */
const stat = (ms: number) => (ms < 1000 ? `${Math.round(ms)}ms` : ms < 60_000 ? `${(ms / 1000).toFixed(2)}s` : `${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`);
const clock = (ms: number) => {
  const s = Math.floor(ms / 1000) + 12 * 3600;
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
};

/** The log Astro writes for routes of these durations rendered four at a time (p-limit): path at the start, time at the end. */
function simulate(routes: { path: string; ms: number }[], concurrency = 4): { log: string; starts: number[] } {
  let log = '\x1b[42m generating static routes \x1b[49m\n';
  const running: { i: number; end: number }[] = [];
  const starts: number[] = [];
  let next = 0;
  let now = 0;
  const start = () => {
    log += `\x1b[2m${clock(now)}\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m${routes[next].path}\x1b[22m`;
    starts.push(now);
    running.push({ i: next, end: now + routes[next].ms });
    next++;
  };
  while (next < routes.length && running.length < concurrency) start();
  while (running.length) {
    running.sort((a, b) => a.end - b.end || a.i - b.i);
    const done = running.shift()!;
    now = done.end;
    log += ` \x1b[2m(+${stat(routes[done.i].ms)})\x1b[22m \n`;
    if (next < routes.length) start();
  }
  return { log: `${log}\x1b[2m${clock(now)}\x1b[22m \x1b[32m✓ Completed in ${stat(now)}.\x1b[39m\n`, starts };
}

/** A seeded generator, so that each random log is the same at every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
}

describe('Astro’s times', () => {
  it('reads milliseconds, seconds and minutes', () => {
    expect(parseDuration('12ms')).toBe(12);
    expect(parseDuration('5.77s')).toBe(5770);
    expect(parseDuration('1m 48s')).toBe(108_000);
    expect(() => parseDuration('soon')).toThrow(/not an Astro duration/);
  });

  it('counts the /dati/ page and files, the HSDS and calendar hand-overs and robots.txt as exports, nothing else', () => {
    for (const path of ['/dati/index.html', '/dati/segnavia.csv', '/dati/segnavia.geojson', '/hsds-entries.json', '/calendar-records.json', '/robots.txt']) expect(isExportRoute(path), path).toBe(true);
    for (const path of ['/search-records.json', '/index.html', '/risorse/dati/index.html', '/lista/voci/3a.json', '/contribuisci/schede/a.json']) expect(isExportRoute(path), path).toBe(false);
  });
});

describe('the 50,000-entry log around /dati/', () => {
  const bounds = Object.fromEntries(routeTimeBounds(excerpt, isExportRoute).map((b) => [b.path, [b.lowMs, b.highMs]]));

  it('bounds each export route by the times its start can fit: the time on its own line may be outside them', () => {
    // The lines read "/dati/segnavia.geojson (+2.91s)", "/dati/index.html (+3.94s)", "/hsds-entries.json (+3.10s)".
    expect(bounds['/hsds-entries.json']).toEqual([3220, 3220]);
    expect(bounds['/dati/index.html']).toEqual([3100, 3220]);
    expect(bounds['/dati/segnavia.geojson']).toEqual([3100, 5180]);
    expect(bounds['/dati/segnavia.csv']).toEqual([1920, 6990]);
  });

  it('sums the export routes it finds, with the generation’s wall time from "✓ Completed in 5m 46s."', () => {
    const times = exportRouteTimes(excerpt)!;
    expect(times.routes.map((r) => r.path)).toEqual(['/dati/segnavia.csv', '/dati/segnavia.geojson', '/dati/index.html', '/hsds-entries.json']);
    expect(times.seconds).toBeCloseTo(times.routes.reduce((s, r) => s + r.ms, 0) / 1000, 6);
    expect(times.lowSeconds).toBeCloseTo((1920 + 3100 + 3100 + 3220) / 1000, 6);
    expect(times.highSeconds).toBeCloseTo((6990 + 5180 + 3220 + 3220) / 1000, 6);
    expect(times.generationSeconds).toBe(346);
  });

  it('finds nothing in a log without export routes', () => {
    expect(exportRouteTimes(simulate([{ path: '/index.html', ms: 30 }]).log)).toBeUndefined();
  });
});

describe('replaying logs written by a pool of four', () => {
  it('where the time printed on an export’s line cannot be its own, gives it one its clocks allow, and the sum lies within the bounds', () => {
    // As at 50,000 entries: the CSV starts in one second with three slow pages, then the other exports
    // start one after another among slow pages.
    const routes = [
      { path: '/coordinamento/a/index.html', ms: 2910 },
      { path: '/coordinamento/b/index.html', ms: 4100 },
      { path: '/coordinamento/c/index.html', ms: 6990 },
      { path: '/dati/segnavia.csv', ms: 1920 },
      { path: '/dati/segnavia.geojson', ms: 5180 },
      { path: '/dati/index.html', ms: 3100 },
      { path: '/hsds-entries.json', ms: 3220 },
      ...Array.from({ length: 40 }, (_, i) => ({ path: `/lista/voci/${i}.json`, ms: 8 + (i % 7) * 3 })),
    ];
    const { log } = simulate(routes);
    const bounds = new Map(routeTimeBounds(log, isExportRoute).map((b) => [b.path, b]));
    // Read line by line, the GeoJSON would get 2.91 s, which its clocks rule out.
    expect(log.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/\/dati\/segnavia\.geojson \(\+2\.91s\)/);
    expect(bounds.get('/dati/segnavia.geojson')!.lowMs).toBeGreaterThan(2910);
    // The HSDS hand-over started alone in its second, after the others: only its own time fits it.
    expect(bounds.get('/hsds-entries.json')).toMatchObject({ lowMs: 3220, highMs: 3220 });
    const found = routeTimes(log).routes.filter((r) => isExportRoute(r.path));
    expect(found.find((r) => r.path === '/hsds-entries.json')?.ms).toBe(3220);
    for (const route of found) expect(route.ms >= bounds.get(route.path)!.lowMs && route.ms <= bounds.get(route.path)!.highMs, `${route.path} ${route.ms}`).toBe(true);
    const times = exportRouteTimes(log)!;
    const truth = (1920 + 5180 + 3100 + 3220) / 1000;
    expect(times.lowSeconds <= truth && truth <= times.highSeconds).toBe(true);
    expect(times.lowSeconds <= times.seconds && times.seconds <= times.highSeconds).toBe(true);
  });

  it('on busy random logs: every route gets one of the printed times, hardly any that its clocks rule out, and the bounds hold the truth', () => {
    for (const seed of [1, 2]) {
      const next = random(seed);
      const routes = Array.from({ length: 2000 }, (_, i) => {
        const r = next();
        return { path: i % 97 === 0 ? `/dati/f${i}.json` : `/p/${i}/index.html`, ms: Math.round(r < 0.97 ? 5 + next() * 40 : r < 0.995 ? 100 + next() * 1900 : 2000 + next() * 10_000) };
      });
      const { log } = simulate(routes);
      const { routes: found, unfit } = routeTimes(log);
      // A greedy replay, not a full matching: it may corner itself once in a while (then the closest route takes the time).
      expect(unfit, `seed ${seed}`).toBeLessThanOrEqual(3);
      expect(found).toHaveLength(routes.length);
      const printed = (ms: number) => parseDuration(stat(ms));
      expect(found.map((r) => r.ms).sort((a, b) => a - b)).toEqual(routes.map((r) => printed(r.ms)).sort((a, b) => a - b));
      const bounds = new Map(routeTimeBounds(log, () => true).map((b) => [b.path, b]));
      const index = new Map(routes.map((r, i) => [r.path, i]));
      let outside = 0;
      for (const route of found) {
        const { lowMs, highMs } = bounds.get(route.path)!;
        const truth = printed(routes[index.get(route.path)!].ms);
        expect(truth >= lowMs && truth <= highMs, `seed ${seed}: ${route.path} truly ${truth} in [${lowMs}, ${highMs}]`).toBe(true);
        if (route.ms < lowMs || route.ms > highMs) outside++;
      }
      expect(outside, `seed ${seed}: times given that the clocks rule out`).toBeLessThanOrEqual(2 * unfit);
    }
  });

  it('adds the sitemap’s own time to the wall time, and takes the export routes’ share of the generation', () => {
    const routes = [{ path: '/index.html', ms: 3000 }, { path: '/dati/segnavia.csv', ms: 1000 }, { path: '/risorse/a/index.html', ms: 2000 }, { path: '/robots.txt', ms: 2000 }];
    const { log } = simulate(routes);
    const times = exportRouteTimes(`${log}12:00:05 [segnavia-publish] sitemap: 5 URLs in 1 files in 0.4 s\n`)!;
    expect(times.sitemapSeconds).toBe(0.4);
    expect(times.allRoutesSeconds).toBe(8);
    expect(times.generationSeconds).toBe(3);
    expect(times.wallSeconds).toBeCloseTo((3 / 8) * 3 + 0.4, 6);
  });
});

describe('the coordinators’ pages (issue 14)', () => {
  it('are the health and coverage pages and their CSV, in both languages, and nothing else', () => {
    for (const path of ['/coordinamento/stato/index.html', '/en/coordinamento/copertura/bo/index.html', '/coordinamento/copertura/copertura-bisogni.csv']) expect(isCoordinatorRoute(path)).toBe(true);
    for (const path of ['/index.html', '/dati/index.html', '/risorse/coordinamento/index.html']) expect(isCoordinatorRoute(path)).toBe(false);
  });

  it('get their share of the generation, without the sitemap’s time', () => {
    const routes = [{ path: '/index.html', ms: 3000 }, { path: '/coordinamento/stato/index.html', ms: 1000 }, { path: '/en/coordinamento/stato/index.html', ms: 1000 }, { path: '/robots.txt', ms: 3000 }];
    // One route at a time, so that the log says which route took which time.
    const { log } = simulate(routes, 1);
    const times = coordinatorRouteTimes(`${log}12:00:05 [segnavia-publish] sitemap: 5 URLs in 1 files in 0.4 s\n`)!;
    expect(times.seconds).toBe(2);
    expect(times.sitemapSeconds).toBeUndefined();
    expect(times.generationSeconds).toBe(8);
    expect(times.wallSeconds).toBeCloseTo(2, 6);
  });
});

describe('results kept from an earlier run', () => {
  it('get the export routes’ times from their build log when it is there and has them', () => {
    const { log } = simulate([{ path: '/dati/segnavia.csv', ms: 1500 }, { path: '/index.html', ms: 20 }]);
    const kept = { seconds: 9, lowSeconds: 9, highSeconds: 9, allRoutesSeconds: 9, routes: [] };
    const results = [
      {
        builds: [
          { ok: true, logFile: 'with-exports.log' },
          { ok: true, logFile: 'before-exports.log' },
          { ok: true, logFile: 'gone.log' },
          { ok: false, logFile: 'with-exports.log' },
          { ok: true, logFile: 'with-exports.log', exportRoutes: kept },
        ] as { ok: boolean; logFile: string; exportRoutes?: ReturnType<typeof exportRouteTimes> }[],
      },
    ];
    const logs: Record<string, string> = { 'with-exports.log': log, 'before-exports.log': simulate([{ path: '/index.html', ms: 20 }]).log };
    backfillExportRoutes(results as Parameters<typeof backfillExportRoutes>[0], (file) => logs[file]);
    const [filled, before, gone, failed, untouched] = results[0].builds;
    expect(filled.exportRoutes?.seconds).toBe(1.5);
    expect(before.exportRoutes).toBeUndefined();
    expect(gone.exportRoutes).toBeUndefined();
    expect(failed.exportRoutes).toBeUndefined();
    expect(untouched.exportRoutes).toBe(kept);
  });
});
