/**
 * Lighthouse (its Node API, on Debian's Chromium through chrome-launcher: no browser download) on one
 * page of each kind of the built sample site, served as a CDN serves it (dist/_headers applied, so the
 * CSP and security headers count): best-practices, SEO and accessibility at 1. When a score is below 1
 * the message lists the audits that cost it, with examples, so a person sees why.
 *
 * Mobile (Lighthouse's default: a 412×823 phone): the phone layout is the one most checks depend on
 * (touch-target size and spacing, the two-row header, the map's controls over its markers), it is what
 * PageSpeed Insights reports first and what search engines index (mobile-first). Desktop found nothing
 * that mobile did not; mobile found the map's markers under its zoom buttons, which desktop did not.
 *
 * The tiles cannot load here (no network beyond loopback): Lighthouse blocks their host, as its
 * settings allow, and ignores the blocked requests' console errors by itself; everything else on the
 * page counts. One Chrome for every page; each run takes several seconds.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import lighthouse, { type Result } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { executablePath } from '../support/browser.ts';
import { serve } from '../support/static-server.ts';
import { firstResource, isActive } from '../support/content.ts';
import { tileOrigin } from '../../src/config.ts';

const siteDir = inject('siteDir');
const CATEGORIES = ['best-practices', 'seo', 'accessibility'] as const;
/**
 * Trust-and-safety audits that read the response headers: not weighted in the score, so asserted here —
 * none may report a finding of high severity ("No HSTS header found", "No frame control policy found",
 * a CSP that does not stop XSS). Lighthouse's COOP and Trusted Types audits are left out: issue 11 asks
 * for neither header.
 */
const HEADER_AUDITS = ['csp-xss', 'has-hsts', 'clickjacking-mitigation'];

// The entry page with the most on it: places (a map link), sessions (a calendar link), a phone number.
const entry = firstResource((r) => isActive(r) && (r.data.locations?.length ?? 0) > 0 && !!r.data.schedule && !!r.data.contacts?.phone, 'an active entry with a place, sessions and a phone');
// The English edition (issue 12): an entry with its English name and summary.
const english = firstResource((r) => isActive(r) && !!r.data.name_en && !!r.data.summary_en, 'an active entry translated into English');
const PAGES: [string, string][] = [
  ['home', '/'],
  ['an entry page', `/risorse/${entry.id}/`],
  ['an organisation page', `/organizzazioni/${entry.data.organization}/`],
  ['a search', '/cerca/?q=coro'],
  ['the map of every resource', '/cerca/?q=&mappa=1'],
  ['open data', '/dati/'],
  ['coordination', '/coordinamento/'],
  ['contribute', '/contribuisci/'],
  // What a missing address shows. Lighthouse refuses to audit a response with status 404
  // (ERRORED_DOCUMENT_REQUEST), so the page is audited at its own address, served with 200.
  ['the 404 page', '/404.html'],
  // The English pages: hreflang alternates, canonical and lang as Lighthouse checks them.
  ['the English home', '/en/'],
  ['an English entry page', `/en/risorse/${english.id}/`],
  ['an English search', '/en/cerca/?q=choir'],
];

let server: { url: string; close: () => Promise<void> };
let chrome: chromeLauncher.LaunchedChrome;
beforeAll(async () => {
  server = await serve(siteDir, { headers: true });
  chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

async function audit(path: string): Promise<Result> {
  const result = await lighthouse(server.url + path, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    disableFullPageScreenshot: true,
    // Loopback serves in milliseconds: half of Lighthouse's default waits for quiet still sees the search
    // results and the map's markers drawn, and saves seconds per page.
    pauseAfterFcpMs: 500,
    pauseAfterLoadMs: 500,
    networkQuietThresholdMs: 500,
    cpuQuietThresholdMs: 500,
    blockedUrlPatterns: [`${tileOrigin()}/*`],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  return result.lhr;
}

/** One example of what an audit found: the element, the URL or the message. */
function example(item: Record<string, unknown>): string {
  const node = item.node as { snippet?: string; selector?: string; explanation?: string } | undefined;
  const source = item.sourceLocation as { url?: string } | undefined;
  const text = node?.snippet ? `${node.snippet}${node.explanation ? ` — ${node.explanation.split('\n').slice(1).join(';')}` : ''}` : (item.url as string | undefined) ?? (item.description as string | undefined) ?? source?.url ?? (item.issueType as string | undefined) ?? JSON.stringify(item);
  return text.replace(/\s+/g, ' ').slice(0, 400);
}

/** The audits that cost a category points, each with its title and up to three examples. */
function failingAudits(lhr: Result, category: string): string {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => {
      const items = ((a.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 3);
      return [`- ${a.title} [${a.id}]`, ...items.map((item) => `    ${example(item)}`)].join('\n');
    })
    .join('\n');
}

describe('Lighthouse, mobile, with the hosts’ headers', () => {
  it.each(PAGES)('%s (%s): best-practices, SEO and accessibility at 1; the security headers count', async (_name, path) => {
    const lhr = await audit(path);
    expect(lhr.runtimeError, JSON.stringify(lhr.runtimeError)).toBeUndefined();
    for (const id of CATEGORIES) {
      const score = lhr.categories[id].score;
      expect.soft(score, `${path}: ${lhr.categories[id].title} ${score}\n${failingAudits(lhr, id)}`).toBe(1);
    }
    for (const id of HEADER_AUDITS) {
      const items = (lhr.audits[id].details as { items?: { severity?: string; description?: string }[] } | undefined)?.items ?? [];
      expect.soft(items.filter((item) => item.severity === 'High').map((item) => item.description), `${path}: ${lhr.audits[id].title}`).toEqual([]);
    }
  }, 120_000);
});
