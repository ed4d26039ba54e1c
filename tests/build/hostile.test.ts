// Entry text is untrusted. The validator rejects this fixture (and so does the build); here the
// build is forced past validation to prove that the renderer alone keeps scripts off the page.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, repoRoot } from '../support/site.ts';

const fixture = join(repoRoot, 'tests/fixtures/content-hostile');

// Every front-matter text field of the fixture's entry and organisation holds "fm-<field>" followed by
// the same payload: quotes that would close an attribute, an event handler, an entity and lone < and >.
const PAYLOAD = `" onfocus="alert(1)" x='y' &lt;b&gt; 1 < 2 > 0`;
const FIELDS = [
  'name', 'name-en', 'summary', 'summary-en', 'location-name', 'address', 'schedule-note', 'cost-note', 'joining-note',
  'accessibility-note', 'verified-by', 'source-title', 'source-note', 'organization-name', 'organization-description',
  'organization-name-en', 'organization-description-en',
];
/** Fields that no page shows: the English name and summary, for the English pages (issue 12); the Italian pages no longer show the English name. */
// Every text field reaches some page: the English name and summary on the English pages (/en/…).
const NOT_SHOWN: string[] = [];
const ENTITIES: Record<string, string> = { quot: '"', '#34': '"', '#39': "'", '#x27': "'", amp: '&', lt: '<', gt: '>' };
// A marker with its payload as HTML text or a quoted attribute: no raw quote (it would end the attribute)
// and no raw "&" (the entity in the value would be decoded), up to the final "0". A raw "<" before a digit
// or space starts no tag, and the schema refuses "<" before a letter even with validation skipped.
const ESCAPED = /fm-[a-z-]+(?:[^"&\n]|&(?:quot|#34|#39|#x27|amp|lt|gt);)*? 0/g;
const JSON_SCRIPT = /<script[^>]*type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('hostile entry text never reaches the page', () => {
  it('the build refuses the hostile entry and names it', async () => {
    const error = await buildSite({ contentDir: fixture, name: 'hostile-validated' }).catch((e: { stdout?: string; stderr?: string }) => e);
    expect(error).toHaveProperty('stderr');
    const log = `${(error as { stdout: string }).stdout}${(error as { stderr: string }).stderr}`;
    expect(log).toContain('scheda-ostile.md');
  });

  let rendered: string;

  it('with validation skipped, the page has no script, event handler or javascript: link from the entry', async () => {
    const outDir = await buildSite({ contentDir: fixture, name: 'hostile-rendered', env: { SEGNAVIA_SKIP_VALIDATION: '1' } });
    rendered = outDir;
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

  it('with validation skipped, a hostile value in every front-matter text field reaches every page only escaped', () => {
    const shown = new Set<string>();
    const files = htmlFiles(rendered);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      // JSON in a script element is read by code, not parsed as HTML: it must stay valid JSON with the value intact.
      for (const [, json] of html.matchAll(JSON_SCRIPT)) expect(() => JSON.parse(json), file).not.toThrow();
      const markup = html.replace(JSON_SCRIPT, '');
      expect(markup, file).not.toMatch(/onfocus=(?!&quot;|&#34;)/i);
      const escaped = [...markup.matchAll(ESCAPED)].map(([match]) => match);
      // Every marker in the markup (but in URLs, percent-encoded) is one of the escaped runs, each decoding to the value written.
      expect(markup.match(/fm-[a-z-]+(?![a-z-]|%22)/g)?.length ?? 0, file).toBe(escaped.length);
      for (const run of escaped) {
        const [, field, rest] = /^fm-([a-z-]+?)((?:&quot;|&#34;)[\s\S]*)$/.exec(run) ?? [];
        expect(field, `${file}: ${run}`).toBeDefined();
        expect(rest.replace(/&(quot|#34|#39|#x27|amp|lt|gt);/g, (_, name: string) => ENTITIES[name]), `${file}: ${run}`).toBe(PAYLOAD);
        shown.add(field);
      }
    }
    expect([...shown].sort()).toEqual(FIELDS.filter((field) => !NOT_SHOWN.includes(field)).sort());
  });
});
