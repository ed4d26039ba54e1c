/** The hosts' _headers file: a CSP header that adds to Astro's meta policy without breaking its inline scripts, and caching rules that never overlap. */
import { describe, expect, it } from 'vitest';
import { headerCsp, headersFile, IMMUTABLE, REVALIDATE } from '../../src/lib/http-headers.ts';
import { cspDirectives, tileOrigin } from '../../src/config.ts';
import { matchingRules, parseHeadersFile } from '../support/headers-file.ts';

const top = { folders: ['_astro', 'risorse', 'dati', 'pagefind'], files: ['index.html', 'favicon.svg', '_headers', 'sitemap.xml'] };
const text = headersFile(cspDirectives(), top);
const rules = parseHeadersFile(text);

describe('headerCsp', () => {
  const csp = headerCsp(cspDirectives());
  const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]));

  it('adds what a meta tag cannot say, and names the configured tile host', () => {
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'self'");
    expect(directives.get('img-src')).toBe(`'self' data: ${tileOrigin()}`);
    expect(directives.get('connect-src')).toBe("'self'");
  });

  it('leaves scripts and styles to the meta tag, whose hashes differ from page to page', () => {
    for (const name of ['default-src', 'script-src', 'style-src']) expect(directives.has(name), name).toBe(false);
    expect(headerCsp(["default-src 'self'", "script-src 'self' 'sha256-abc'", "style-src 'self' 'sha256-def'"])).not.toMatch(/script-src|style-src|default-src/);
  });

  it('follows a self-hosted tile source', () => {
    expect(headerCsp(["default-src 'self'", "img-src 'self' https://tiles.example.it"])).toContain("img-src 'self' https://tiles.example.it;");
  });
});

describe('headersFile', () => {
  const headersFor = (path: string) => {
    const found: Record<string, string[]> = {};
    for (const rule of matchingRules(rules, path)) for (const [name, value] of rule.headers) (found[name.toLowerCase()] ??= []).push(value);
    return found;
  };

  it('sends the security headers with every file', () => {
    for (const path of ['/', '/risorse/coro/', '/_astro/page.abc123.js', '/dati/segnavia.csv']) {
      const headers = headersFor(path);
      expect(headers['content-security-policy'], path).toHaveLength(1);
      expect(headers['strict-transport-security'], path).toEqual(['max-age=63072000; includeSubDomains']);
      expect(headers['x-content-type-options'], path).toEqual(['nosniff']);
      expect(headers['referrer-policy'], path).toEqual(['strict-origin-when-cross-origin']);
      expect(headers['permissions-policy']?.[0], path).toMatch(/^geolocation=\(self\)/);
    }
  });

  it('gives every path exactly one Cache-Control: immutable for hashed assets, revalidated pages, short-lived data', () => {
    expect(headersFor('/_astro/page.abc123.js')['cache-control']).toEqual([IMMUTABLE]);
    expect(headersFor('/')['cache-control']).toEqual([REVALIDATE]);
    expect(headersFor('/risorse/coro/')['cache-control']).toEqual([REVALIDATE]);
    expect(headersFor('/sitemap.xml')['cache-control']).toEqual([REVALIDATE]);
    expect(headersFor('/dati/segnavia.geojson')['cache-control']).toEqual(['public, max-age=300, must-revalidate']);
  });

  it('opens only the data folder to other sites', () => {
    expect(headersFor('/dati/segnavia.geojson')['access-control-allow-origin']).toEqual(['*']);
    expect(headersFor('/risorse/coro/')['access-control-allow-origin']).toBeUndefined();
  });

  it('never names _headers itself', () => {
    expect(text).not.toMatch(/^\/_headers/m);
  });
});
