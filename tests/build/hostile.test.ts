// Entry text is untrusted. The validator rejects this fixture (and so does the build); here the
// build is forced past validation to prove that the renderer alone keeps scripts off the page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, repoRoot } from '../support/site.ts';

const fixture = join(repoRoot, 'tests/fixtures/content-hostile');

describe('hostile entry text never reaches the page', () => {
  it('the build refuses the hostile entry and names it', async () => {
    const error = await buildSite({ contentDir: fixture, name: 'hostile-validated' }).catch((e: { stdout?: string; stderr?: string }) => e);
    expect(error).toHaveProperty('stderr');
    const log = `${(error as { stdout: string }).stdout}${(error as { stderr: string }).stderr}`;
    expect(log).toContain('scheda-ostile.md');
  });

  it('with validation skipped, the page has no script, event handler or javascript: link from the entry', async () => {
    const outDir = await buildSite({ contentDir: fixture, name: 'hostile-rendered', env: { SEGNAVIA_SKIP_VALIDATION: '1' } });
    const html = readFileSync(join(outDir, 'risorse/scheda-ostile/index.html'), 'utf8');
    expect(html).toContain('<strong>grassetto</strong>');
    expect(html).not.toMatch(/segnavia-xss/);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<iframe|<img|<style>body/i);
    // Only the site's own: JSON-LD, the shortlist strings (JSON data) and the shortlist module.
    const scripts = (html.match(/<script[^>]*>/g) ?? []).map((tag) => tag.replace(/\/_astro\/[^"]+\.js/, '/_astro/*.js'));
    expect(scripts).toEqual(['<script type="application/ld+json">', '<script id="shortlist-strings" type="application/json">', '<script type="module" src="/_astro/*.js">']);
  });
});
