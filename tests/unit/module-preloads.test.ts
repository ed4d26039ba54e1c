import { beforeAll, describe, expect, it } from 'vitest';
import { moduleScripts, modulePreloadsReady, staticClosure, staticImportPaths, withModulePreloads } from '../../src/lib/render/module-preloads.ts';

beforeAll(() => modulePreloadsReady);

// Chunks as Vite writes them: minified static imports, and a dynamic one that must not be preloaded.
const chunks: Record<string, string> = {
  '/_astro/page.A1.js': 'import{t as a}from"./i18n.B2.js";import"./side.C3.js";const m=await import("./map.D4.js");a(m);',
  '/_astro/i18n.B2.js': 'import{d as x}from"./it.E5.js";export const t=(k)=>x[k];',
  '/_astro/it.E5.js': 'export const d={a:1};',
  '/_astro/side.C3.js': 'import{t}from"./i18n.B2.js";t("a");',
  '/_astro/map.D4.js': 'export default 1;',
};
const read = (path: string) => chunks[path];

describe('module preloads', () => {
  it('finds the static imports of a chunk, not its dynamic import()', () => {
    expect(staticImportPaths(chunks['/_astro/page.A1.js'], '/_astro/page.A1.js')).toEqual(['/_astro/i18n.B2.js', '/_astro/side.C3.js']);
  });

  it('follows imports of imports, each once, and leaves out what only import() loads', () => {
    expect(staticClosure(['/_astro/page.A1.js'], read)).toEqual(['/_astro/page.A1.js', '/_astro/i18n.B2.js', '/_astro/it.E5.js', '/_astro/side.C3.js']);
  });

  it('skips modules it cannot read (not ours)', () => {
    expect(staticClosure(['/pagefind/pagefind.js'], read)).toEqual(['/pagefind/pagefind.js']);
  });

  const page =
    '<!doctype html><html><head><meta charset="utf-8"><link rel="modulepreload" href="/pagefind/pagefind.js"><link rel="stylesheet" href="/_astro/a.css"></head>' +
    '<body><script type="module" src="/_astro/page.A1.js"></script></body></html>';

  it('lists a page’s module scripts, not its JSON or inline scripts', () => {
    expect(moduleScripts(`${page}<script type="application/json" id="x">{}</script><script>1</script>`)).toEqual(['/_astro/page.A1.js']);
  });

  it('adds a link per module before the page’s own preloads and its first stylesheet, after the charset, once', () => {
    const html = withModulePreloads(page, [...staticClosure(moduleScripts(page), read), '/pagefind/pagefind.js']);
    const head = html.slice(0, html.indexOf('</head>'));
    expect([...head.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/_astro/page.A1.js',
      '/_astro/i18n.B2.js',
      '/_astro/it.E5.js',
      '/_astro/side.C3.js',
      '/pagefind/pagefind.js',
    ]);
    expect(head.indexOf('<meta charset')).toBeLessThan(head.indexOf('/_astro/page.A1.js'));
    expect(head.indexOf('/_astro/side.C3.js')).toBeLessThan(head.indexOf('rel="stylesheet"'));
    expect(withModulePreloads(html, staticClosure(moduleScripts(html), read))).toBe(html);
  });

  it('leaves a page without module scripts as it is', () => {
    const plain = '<html><head><title>x</title></head><body></body></html>';
    expect(withModulePreloads(plain, [])).toBe(plain);
  });
});
