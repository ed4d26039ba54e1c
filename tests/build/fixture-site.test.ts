// Builds the small fixture directory with the real `astro build` and reads the output HTML, page by
// page, for the facts a person needs.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEMPLATE_ID } from '../../src/lib/render/page-template.ts';
import { HANDOVER_FILE } from '../../src/lib/render/page-inputs.ts';
import { buildSite, repoRoot } from '../support/site.ts';
import { moduleScripts, modulePreloadsReady, staticClosure } from '../../src/lib/render/module-preloads.ts';

let outDir = '';
beforeAll(async () => {
  outDir = await buildSite({ contentDir: join(repoRoot, 'tests/fixtures/content-valid'), name: 'fixture-site' });
});

/** The visible text of a built page, whitespace collapsed. */
function pageText(path: string): string {
  const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
}
const pageHtml = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

describe('entry page', () => {
  const path = 'risorse/gruppo-di-cammino-parco-nord-bresso';
  it('shows what, where, when, cost, how to join, contacts and accessibility', () => {
    const text = pageText(path);
    for (const fact of [
      'Gruppo di cammino del Parco Nord a Bresso',
      'Ingresso del Parco Nord di via Clerici',
      'Via Clerici 150, 20091 Bresso (MI)',
      'Ogni martedì e giovedì, dalle 9:30 alle 10:30.',
      'Da marzo a novembre.',
      'Gratuito',
      'Accesso libero, basta presentarsi; Su invio del medico o dei servizi',
      '02 6100001',
      'info@passi-insieme.example.org',
      'Accesso senza gradini',
      'italiano, spagnolo',
      'Verifica delle informazioni',
      'Confermata al telefono con l’organizzazione il 2 novembre 2026 (Redazione Segnavia).',
    ]) expect(text).toContain(fact);
  });

  it('links to directions, the organisation, the phone and the website', () => {
    const html = pageHtml(path);
    expect(html).toContain('href="https://www.openstreetmap.org/directions?to=45.54010%2C9.19510');
    expect(html).toContain('href="/organizzazioni/passi-insieme-bresso/"');
    expect(html).toContain('href="tel:+39026100001"');
    expect(html).toContain('href="https://www.passi-insieme.example.org/cammino"');
    expect(html).toMatch(/<html lang="it"/);
  });

  it('carries schema.org data and no inline executable script (only the optional shortlist module)', () => {
    const html = pageHtml(path);
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]);
    expect(jsonLd).toMatchObject({ '@type': 'Service', name: 'Gruppo di cammino del Parco Nord a Bresso', isAccessibleForFree: true });
    expect(html.match(/<script\b[^>]*>/g)?.map((tag) => tag.replace(/\/_astro\/[^"]+\.js/, '/_astro/*.js'))).toEqual([
      '<script type="application/ld+json">',
      '<script id="shortlist-strings" type="application/json">',
      '<script type="module" src="/_astro/*.js">',
    ]);
  });

  it('says when a resource happens only online', () => {
    expect(pageText('risorse/telefonata-amica-anziani')).toContain('Si svolge solo online.');
  });
});

describe('module preloads', () => {
  /** What a page's head asks for with rel="modulepreload", in order. */
  const preloads = (html: string) => [...html.slice(0, html.indexOf('</head>')).matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
  const readModule = (path: string) => (existsSync(join(outDir, path)) ? readFileSync(join(outDir, path), 'utf8') : undefined);

  it('the search page asks in its head for every module its script imports, then for Pagefind’s runtime, which exists', async () => {
    await modulePreloadsReady;
    const html = pageHtml('cerca');
    const needed = staticClosure(moduleScripts(html), readModule);
    // Vite splits the search script into several chunks: without the links each level waits for the one above.
    expect(needed.length).toBeGreaterThan(3);
    expect(preloads(html)).toEqual([...needed, '/pagefind/pagefind.js']);
    expect(readModule('/pagefind/pagefind.js')).toContain('createInstance');
  });

  it('an entry page written after Astro asks for its one optional module and what it imports, nothing else', async () => {
    await modulePreloadsReady;
    const html = pageHtml('risorse/gruppo-di-cammino-parco-nord-bresso');
    expect(preloads(html)).toEqual(staticClosure(moduleScripts(html), readModule));
    expect(preloads(html).every((path) => path.startsWith('/_astro/'))).toBe(true);
  });
});

describe('organisation page', () => {
  it('shows the organisation and lists its resources', () => {
    const text = pageText('organizzazioni/passi-insieme-bresso');
    expect(text).toContain('Associazione');
    expect(pageHtml('organizzazioni/passi-insieme-bresso')).toContain('href="/risorse/gruppo-di-cammino-parco-nord-bresso/"');
  });
});

describe('browse pages', () => {
  it('a category lists its resources and not the others', () => {
    const html = pageHtml('categorie/movimento');
    expect(html).toContain('Gruppo di cammino del Parco Nord a Bresso');
    expect(html).not.toContain('risorse/coro-voci-di-quartiere-testaccio');
    expect(pageHtml('categorie/musica-canto')).toContain('href="/risorse/coro-voci-di-quartiere-testaccio/"');
  });

  it('region → province → comune pages exist and list the resources there', () => {
    expect(pageHtml('luoghi')).toContain('href="/luoghi/lombardia/"');
    expect(pageHtml('luoghi/lombardia')).toContain('href="/luoghi/lombardia/milano/"');
    expect(pageHtml('luoghi/lombardia/milano')).toContain('href="/luoghi/lombardia/milano/bresso/"');
    expect(pageHtml('luoghi/lombardia/milano/bresso')).toContain('href="/risorse/gruppo-di-cammino-parco-nord-bresso/"');
    expect(pageHtml('luoghi/lazio/roma/roma')).toContain('href="/risorse/coro-voci-di-quartiere-testaccio/"');
    expect(pageHtml('luoghi/online')).toContain('href="/risorse/telefonata-amica-anziani/"');
  });

  it('the home page links to every category and region, and the 404 page exists', () => {
    const home = pageHtml('');
    expect(home).toContain('href="/categorie/movimento/"');
    expect(home).toContain('href="/luoghi/lazio/"');
    expect(existsSync(join(outDir, '404.html'))).toBe(true);
    expect(existsSync(join(outDir, 'prescrizione-sociale/index.html'))).toBe(true);
  });
});

describe('invalid content', () => {
  it('fails the build and names the broken files', async () => {
    const failure = await buildSite({ contentDir: join(repoRoot, 'tests/fixtures/content-broken'), name: 'broken-site' }).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
    );
    expect(failure).toBeDefined();
    expect(failure).toContain('Contenuti non validi');
    expect(failure).toMatch(/comune-altra-provincia\.md.*primo luogo › province/);
  });
});

describe('keeping an entry current', () => {
  it('the entry page links to the form that starts from this entry', () => {
    expect(pageHtml('risorse/gruppo-di-cammino-parco-nord-bresso')).toContain('href="/contribuisci/?da=gruppo-di-cammino-parco-nord-bresso"');
  });
});

// `npm run build` has Astro render one template page for the entries, the organisations and the comuni and fills them in
// for each (scripts/write-pages.ts); with SEGNAVIA_PAGES=astro Astro renders every such page itself.
// The two must give the same site, byte for byte; so must the entries' shard files (the shortlist's and the form's data).
describe('entry, organisation and comune pages written after Astro', () => {
  const files = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .filter((path) => !path.startsWith('pagefind/'))
      .sort();

  it('are the pages Astro itself renders, and the sitemap lists them', async () => {
    const astroDir = await buildSite({ contentDir: join(repoRoot, 'tests/fixtures/content-valid'), name: 'fixture-site-astro-pages', env: { SEGNAVIA_PAGES: 'astro' } });
    const ours = files(outDir);
    expect(ours).toEqual(files(astroDir));
    const entryPages = ours.filter((path) => /^(en\/)?risorse\/[^/]+\/index\.html$/.test(path));
    const comunePages = ours.filter((path) => /^(en\/)?luoghi\/[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(path));
    const organizationPages = ours.filter((path) => /^(en\/)?organizzazioni\/[^/]+\/index\.html$/.test(path));
    expect(organizationPages.length).toBeGreaterThanOrEqual(4);
    expect(entryPages.length).toBeGreaterThan(4);
    expect(comunePages.length).toBeGreaterThanOrEqual(4);
    const shardFiles = ours.filter((path) => /^((en\/)?lista\/voci|contribuisci\/schede)\/[0-9a-f]+\.json$/.test(path));
    expect(shardFiles.filter((path) => path.startsWith('en/')).length).toBeGreaterThan(0);
    expect(shardFiles.filter((path) => path.startsWith('contribuisci/')).length).toBeGreaterThan(0);
    for (const path of [...entryPages, ...organizationPages, ...comunePages, ...shardFiles, 'sitemap.xml', 'sitemap-index.xml'].filter((path) => ours.includes(path))) {
      expect(readFileSync(join(outDir, path), 'utf8'), path).toBe(readFileSync(join(astroDir, path), 'utf8'));
    }
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toContain('/en/risorse/gruppo-di-cammino-parco-nord-bresso/');
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toMatch(/\/en\/luoghi\/lombardia\/milano\/bresso\//);
    expect(ours.some((path) => path.includes(TEMPLATE_ID) || path === HANDOVER_FILE)).toBe(false);
  });
});
