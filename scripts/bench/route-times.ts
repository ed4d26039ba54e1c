/**
 * The render time of each route, read from `astro build`'s log, and the sum over the open-data
 * export routes (issue 11: the exports should add under 10% to the build time).
 *
 * Astro prints a route's path when it starts rendering ("12:46:34   ├─ /dati/index.html", with no
 * line break) and its time when it ends (" (+3.94s)"). With `build.concurrency: 4` four routes render
 * at once, so the time printed after a path is that of whichever of the four ended first — often not
 * the route on its line: at 50,000 entries "12:47:02 ├─ /dati/segnavia.geojson (+2.91s)" cannot be the
 * GeoJSON's time, since the next line, started once that time was printed, reads 12:47:03.
 *
 * So the log is replayed. A time d printed between the clocks b (of the line it is on) and a (of the
 * next line: p-limit starts the next route as soon as one ends) ended in [b, a + 1), so it can only be
 * that of a route whose clock second c has c + d in that span. Of the routes in flight that the clocks
 * allow, it goes to one whose going still leaves a route for each long time to come that only a route
 * already running can take; of those, to the one with the fewest later chances (so a route passed over
 * is not left to take a stranger's time at the end); then to the closest fit, lines within one second
 * being spread evenly over it. It is a greedy replay, not a search of every matching.
 *
 * The log cannot always tell which of several routes started in the same second took which time, so
 * each export route also gets bounds: the shortest and the longest of the times printed after it
 * started that its start can fit at all (start within its clock second, end between the clocks
 * around the time). The true time lies within them.
 *
 * A route's time is wall time while three others render on the same thread: at 50,000 entries every
 * route's time adds up to 1,203 s for a generation of 346 s. So the export routes' part of the build's
 * wall time is their share of all route time, times the generation's wall time (wallSeconds).
 */

import { existsSync, readFileSync } from 'node:fs';

export interface RouteTime {
  path: string;
  ms: number;
}

/**
 * The export routes (src/pages): the /dati/ page and files (GeoJSON, CSV), the hand-over files that
 * the HSDS export and the calendars are made from after Astro (scripts/build-hsds.ts,
 * scripts/write-calendars.ts), and robots.txt. sitemap.xml is not a route: src/integrations/publish.ts
 * writes it once the routes are done, and logs its own time.
 */
export const EXPORT_ROUTES: RegExp[] = [/^\/dati\//, /^\/hsds-entries\.json$/, /^\/calendar-records\.json$/, /^\/robots\.txt$/];

export const isExportRoute = (path: string): boolean => EXPORT_ROUTES.some((pattern) => pattern.test(path));

/** "12ms", "5.77s", "1m 48s" (Astro's getTimeStat) → milliseconds. */
export function parseDuration(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  const match = /^([\d.]+)(ms|s)$/.exec(text);
  if (!match) throw new Error(`not an Astro duration: ${text}`);
  return Number(match[1]) * (match[2] === 'ms' ? 1 : 1000);
}

/** The clock's grain, in seconds: how far a fit may be off. */
const GRAIN_S = 1;

type Event = { kind: 'start'; path: string; clock?: number } | { kind: 'end'; ms: number } | { kind: 'done'; clock: number; ms: number };

const TOKEN = /(?:(\d\d):(\d\d):(\d\d)\s+)?[├└]─\s+(\/.*?)(?=\s|\d\d:\d\d:\d\d|$)|\(\+(\d+m \d+s|[\d.]+m?s)\)|\((?:cached|restored)\)|(\d\d):(\d\d):(\d\d)\s+✓ Completed in (\d+m \d+s|[\d.]+m?s)/gm;

const plain = (log: string) => log.replace(/\x1b\[[0-9;]*m/g, '');

/** The route-generation part of the log as start / end / done events; clocks in seconds, counting on past midnight. */
function events(log: string): Event[] {
  const text = plain(log);
  const from = text.indexOf('generating static routes');
  const out: Event[] = [];
  let offset = 0;
  let last = -Infinity;
  const seconds = (h: string, m: string, s: string) => {
    let value = Number(h) * 3600 + Number(m) * 60 + Number(s) + offset;
    if (value < last - 43_200) {
      offset += 86_400;
      value += 86_400;
    }
    last = value;
    return value;
  };
  for (const match of (from === -1 ? text : text.slice(from)).matchAll(TOKEN)) {
    if (match[4] !== undefined) out.push({ kind: 'start', path: match[4], clock: match[1] === undefined ? undefined : seconds(match[1], match[2], match[3]) });
    else if (match[5] !== undefined) out.push({ kind: 'end', ms: parseDuration(match[5]) });
    else if (match[6] !== undefined) {
      out.push({ kind: 'done', clock: seconds(match[6], match[7], match[8]), ms: parseDuration(match[9]) });
      break;
    } else out.push({ kind: 'end', ms: 0 });
  }
  return out;
}

interface Timeline {
  list: Event[];
  /** Estimated moment of each event, in seconds: clocked events spread within their second; an end at the next clocked event. */
  at: (number | undefined)[];
  /** For each end, the clocks that bound it: that of the event before it and that of the next clocked event. */
  before: (number | undefined)[];
  after: (number | undefined)[];
}

function timeline(log: string): Timeline {
  const list = events(log);
  const at: (number | undefined)[] = new Array(list.length).fill(undefined);
  const clock = (e: Event) => (e.kind === 'end' ? undefined : e.clock);
  for (let i = 0; i < list.length; ) {
    const second = clock(list[i]);
    if (second === undefined) {
      i++;
      continue;
    }
    const group: number[] = [];
    let j = i;
    for (; j < list.length && (clock(list[j]) === second || list[j].kind === 'end' || clock(list[j]) === undefined); j++) if (clock(list[j]) === second) group.push(j);
    group.forEach((index, k) => (at[index] = second + (k + 0.5) / group.length));
    i = j;
  }
  const before: (number | undefined)[] = new Array(list.length).fill(undefined);
  const after: (number | undefined)[] = new Array(list.length).fill(undefined);
  let seen: number | undefined;
  for (let i = 0; i < list.length; i++) {
    const c = clock(list[i]);
    if (c !== undefined) seen = c;
    else if (list[i].kind === 'start') at[i] = i > 0 ? at[i - 1] : undefined;
    before[i] = seen;
  }
  let next: number | undefined;
  let nextClock: number | undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].kind === 'end') {
      at[i] = next;
      after[i] = nextClock;
    } else {
      if (at[i] !== undefined) next = at[i];
      const c = clock(list[i]);
      if (c !== undefined) nextClock = c;
    }
  }
  return { list, at, before, after };
}

/**
 * Each route's render time, in the order the routes started. `unfit` counts times that no route in
 * flight could have taken by the clocks (0 in a whole, consistent log): each went to the closest one.
 */
export function routeTimes(log: string): { routes: RouteTime[]; unfit: number } {
  const { list, at, before, after } = timeline(log);
  // The clock seconds a route could have started in to take each time: its end lies in [before, after + 1).
  const window = list.map((event, index) => (event.kind === 'end' ? { lo: (before[index] ?? -Infinity) - 1 - event.ms / 1000, hi: (after[index] ?? Infinity) + 1 - event.ms / 1000 } : undefined));
  const can = (clock: number | undefined, index: number) => clock === undefined || (clock > window[index]!.lo && clock < window[index]!.hi);
  const ends = list.flatMap((event, index) => (event.kind === 'end' ? [index] : []));
  // The later chances of a route: ends after this one that it could take, counted from a list sorted by window.
  const byLo = ends.filter((i) => Number.isFinite(window[i]!.lo)).sort((a, b) => window[a]!.lo - window[b]!.lo);
  const span = byLo.reduce((m, i) => Math.max(m, Math.min(window[i]!.hi, 1e9) - window[i]!.lo), 0);
  const chancesLeft = (clock: number, after: number) => {
    let lo = 0;
    let hi = byLo.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (window[byLo[mid]]!.lo < clock) lo = mid + 1;
      else hi = mid;
    }
    let count = 0;
    for (let i = lo - 1; i >= 0 && window[byLo[i]]!.lo > clock - span; i--) if (byLo[i] > after && window[byLo[i]]!.hi > clock) count++;
    return count;
  };
  // Long times (a second or more) are the ones only a route already running can take, once the clock has passed their window.
  const longEnds = ends.filter((i) => (list[i] as { ms: number }).ms >= 1000);
  const maxSeconds = longEnds.reduce((m, i) => Math.max(m, (list[i] as { ms: number }).ms / 1000), 0);

  type Route = { path: string; clock?: number; started?: number; order: number };
  /** Whether the routes left running can still take every later long time whose window the clock has passed. */
  const leavesEnough = (running: Route[], after: number, now: number, from: number) => {
    const pending: number[] = [];
    for (let k = from; k < longEnds.length && (before[longEnds[k]] ?? -Infinity) <= now + maxSeconds + 1; k++) {
      if (longEnds[k] > after && window[longEnds[k]]!.hi <= now) pending.push(longEnds[k]);
    }
    if (pending.length > running.length) return false;
    const used = new Set<Route>();
    const assign = (k: number): boolean => {
      if (k === pending.length) return true;
      for (const route of running) {
        if (used.has(route) || !can(route.clock, pending[k])) continue;
        used.add(route);
        if (assign(k + 1)) return true;
        used.delete(route);
      }
      return false;
    };
    return assign(0);
  };

  const inFlight: Route[] = [];
  const routes: (RouteTime | undefined)[] = [];
  let unfit = 0;
  let now = -Infinity;
  let firstLong = 0;
  list.forEach((event, index) => {
    if (event.kind === 'start') {
      if (event.clock !== undefined) now = event.clock;
      inFlight.push({ path: event.path, clock: event.clock ?? (Number.isFinite(now) ? now : undefined), started: at[index], order: routes.length });
      routes.push(undefined);
    } else if (event.kind === 'end') {
      if (inFlight.length === 0) {
        unfit++;
        return;
      }
      while (firstLong < longEnds.length && longEnds[firstLong] <= index) firstLong++;
      const ended = at[index];
      const miss = (f: Route) => (ended === undefined || f.started === undefined ? 0 : Math.abs(f.started + event.ms / 1000 - ended));
      // Routes the clocks allow; of those, the ones whose going still leaves a route for every long time
      // to come that only a running route can take; of those, the one with the fewest later chances (so a
      // route passed over is not left to take a stranger's time later), then the closest fit.
      const allowed = inFlight.filter((f) => can(f.clock, index));
      if (!allowed.length) unfit++;
      const pool = allowed.length ? allowed : inFlight;
      const keeping = pool.filter((f) => leavesEnough(inFlight.filter((g) => g !== f), index, now, firstLong));
      const choices = keeping.length ? keeping : pool;
      // Routes of the same second have the same chances: counted only when the seconds differ.
      const sameSecond = choices.every((f) => f.clock === choices[0].clock);
      const chances = new Map(choices.map((f) => [f, sameSecond || f.clock === undefined ? 0 : chancesLeft(f.clock, index)]));
      const best = [...chances.keys()].reduce((a, b) => (chances.get(b)! < chances.get(a)! || (chances.get(b) === chances.get(a) && miss(b) < miss(a)) ? b : a));
      inFlight.splice(inFlight.indexOf(best), 1);
      routes[best.order] = { path: best.path, ms: event.ms };
    }
  });
  return { routes: routes.filter((r): r is RouteTime => r !== undefined), unfit };
}

/**
 * For each route the log names, the shortest and longest times printed after it started that it could
 * have taken: its start lies in [c, c + 1) for its clock c, and a time d printed between the clocks b
 * and a (of the event before and the next clocked event) ended in [b, a + 1).
 */
export function routeTimeBounds(log: string, wanted: (path: string) => boolean): { path: string; lowMs: number; highMs: number }[] {
  const { list, before, after } = timeline(log);
  const out: { path: string; lowMs: number; highMs: number }[] = [];
  list.forEach((event, index) => {
    if (event.kind !== 'start' || !wanted(event.path) || event.clock === undefined) return;
    const c = event.clock;
    let low = Infinity;
    let high = -Infinity;
    for (let j = index + 1; j < list.length; j++) {
      const end = list[j];
      if (end.kind !== 'end') continue;
      const b = before[j] ?? -Infinity;
      const a = after[j] ?? Infinity;
      if (b > c + 1 + 3600) break; // nothing renders for an hour: the rest is far too late
      const d = end.ms / 1000;
      if (c + d < a + 1 && c + 1 + d > b) {
        low = Math.min(low, end.ms);
        high = Math.max(high, end.ms);
      }
    }
    if (low <= high) out.push({ path: event.path, lowMs: low, highMs: high });
  });
  return out;
}

export interface ExportRouteTimes {
  /** Seconds summed over the export routes' render times inside `astro build` (the replay's match). */
  seconds: number;
  /** The sum of each export route's shortest and longest possible time: the true sum lies between. */
  lowSeconds: number;
  highSeconds: number;
  /** Seconds summed over every route: with 4 routes rendering at once, several times the generation's wall time. */
  allRoutesSeconds: number;
  /** The wall time of the route generation, as Astro reports it ("✓ Completed in 5m 46s."), when the log has it. */
  generationSeconds?: number;
  /**
   * The export routes' share of the generation's wall time: their summed times over every route's,
   * times the generation's wall time (and the same for the bounds). A route's time runs while three
   * others render beside it on the same thread, so a sum of route times is not time the build waits.
   * The sitemap's own time (sitemapSeconds) is added as it is.
   */
  wallSeconds?: number;
  wallLowSeconds?: number;
  wallHighSeconds?: number;
  /** Seconds src/integrations/publish.ts reported for writing sitemap.xml, when the log says so. */
  sitemapSeconds?: number;
  routes: RouteTime[];
}

/**
 * Builds measured before the export routes' times were read from the log (results kept by `--merge`
 * or rewritten by `--report-only`) get them from their build log, when it is still there and has them.
 */
export function backfillExportRoutes(
  results: { builds: { ok: boolean; logFile: string; exportRoutes?: ExportRouteTimes; coordinatorRoutes?: ExportRouteTimes }[] }[],
  read: (file: string) => string | undefined = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
): void {
  for (const build of results.flatMap((r) => r.builds)) {
    if ((build.exportRoutes && build.coordinatorRoutes) || !build.ok) continue;
    const log = read(build.logFile);
    if (log === undefined) continue;
    build.exportRoutes ??= exportRouteTimes(log);
    build.coordinatorRoutes ??= coordinatorRouteTimes(log);
  }
}

/** The export routes' render times from an `astro build` log, their sum and its bounds; undefined when the log has no export route. */
export function exportRouteTimes(log: string): ExportRouteTimes | undefined {
  return groupRouteTimes(log, isExportRoute, true);
}

/**
 * The coordinators' pages (issue 14): health, coverage and their CSV files, in every language. Their
 * figures for the whole directory are worked out once per build, by the first of them to render.
 */
export const isCoordinatorRoute = (path: string): boolean => /^(\/en)?\/coordinamento\//.test(path);

/** The coordinators' pages' render times from an `astro build` log, as for the export routes (without the sitemap). */
export function coordinatorRouteTimes(log: string): ExportRouteTimes | undefined {
  return groupRouteTimes(log, isCoordinatorRoute, false);
}

/** The render times of the routes `wanted` picks, their sum, bounds and part of the wall time (plus the sitemap's own time when asked). */
function groupRouteTimes(log: string, wanted: (path: string) => boolean, withSitemap: boolean): ExportRouteTimes | undefined {
  const all = routeTimes(log).routes;
  const routes = all.filter((r) => wanted(r.path));
  if (routes.length === 0) return undefined;
  const bounds = routeTimeBounds(log, wanted);
  const done = events(log).find((e) => e.kind === 'done');
  const sitemap = withSitemap ? /\[segnavia-publish\] sitemap.* in ([\d.]+) s$/m.exec(plain(log)) : null;
  const sum = (values: number[]) => values.reduce((total, v) => total + v, 0) / 1000;
  const seconds = sum(routes.map((r) => r.ms));
  const lowSeconds = sum(bounds.map((b) => b.lowMs));
  const highSeconds = sum(bounds.map((b) => b.highMs));
  const allRoutesSeconds = sum(all.map((r) => r.ms));
  const generationSeconds = done?.kind === 'done' ? done.ms / 1000 : undefined;
  const sitemapSeconds = sitemap ? Number(sitemap[1]) : undefined;
  // The sitemap is written after the routes, on its own: its time adds as it is.
  const wall = (s: number) => (generationSeconds === undefined || allRoutesSeconds === 0 ? undefined : (s / allRoutesSeconds) * generationSeconds + (sitemapSeconds ?? 0));
  return {
    seconds,
    lowSeconds,
    highSeconds,
    allRoutesSeconds,
    ...(generationSeconds === undefined ? {} : { generationSeconds, wallSeconds: wall(seconds), wallLowSeconds: wall(lowSeconds), wallHighSeconds: wall(highSeconds) }),
    ...(sitemapSeconds === undefined ? {} : { sitemapSeconds }),
    routes,
  };
}
