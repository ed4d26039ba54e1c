import { describe, expect, it } from 'vitest';
import { attr, escapeAttribute, html, raw } from '../../src/lib/render/html.ts';
import { fillTemplate, parseTemplate, SLOTS, TEMPLATE_ID } from '../../src/lib/render/page-template.ts';
import { ID_PATTERN } from '../../src/schema/fields.ts';
import { slugify } from '../../src/lib/slug.ts';
import { jsonLdScript } from '../../src/lib/json-ld.ts';

const HOSTILE = `" onfocus="alert(1)" x='y' <script>alert(1)</script> &amp;`;

describe('html templates for pages written outside Astro', () => {
  it('escapes entry text in content and in quoted attributes', () => {
    const out = html`<a href="${HOSTILE}">${HOSTILE}</a>`.value;
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/" onfocus/);
    expect(out).toBe('<a href="&quot; onfocus=&quot;alert(1)&quot; x=&#39;y&#39; &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;">&quot; onfocus=&quot;alert(1)&quot; x=&#39;y&#39; &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</a>');
  });

  it('inserts trusted markup as it is, joins lists and leaves nothing for absent values', () => {
    expect(html`<ul>${['a', 'b'].map((item) => html`<li>${item}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html`<p>${raw('<em>x</em>')}${undefined}${false}${null}</p>`.value).toBe('<p><em>x</em></p>');
    expect(html`<h1${attr('lang', undefined)}>x</h1>`.value).toBe('<h1>x</h1>');
    expect(html`<h1${attr('lang', 'it')}>x</h1>`.value).toBe('<h1 lang="it">x</h1>');
  });

  it('escapes attribute values as Astro does', () => {
    expect(escapeAttribute(`l'arte & "altro"`)).toBe('l\'arte &amp; &quot;altro&quot;');
  });
});

describe('page templates', () => {
  const templatePath = '/risorse/modello/';
  const page = `<html><head><title>${SLOTS.title} · Segnavia</title><meta name="description" content="${SLOTS.description}"><link rel="canonical" href="https://x.org${templatePath}"><script type="application/ld+json">${jsonLdScript(SLOTS.jsonLd)}</script></head><body><a href="/en${templatePath}">EN</a><main>${SLOTS.body}</main></body></html>`;

  it('fills in the path everywhere, the title and description escaped, the data and the body', () => {
    const filled = fillTemplate(parseTemplate(page, templatePath), {
      path: '/risorse/coro-x/',
      title: 'Coro <b>"X"</b>',
      description: `Canti & "risate"`,
      jsonLd: { name: '</script><script>alert(1)</script>' },
      body: '<article>ok</article>',
    });
    expect(filled).toBe(
      '<html><head><title>Coro &lt;b&gt;&quot;X&quot;&lt;/b&gt; · Segnavia</title><meta name="description" content="Canti &amp; &quot;risate&quot;"><link rel="canonical" href="https://x.org/risorse/coro-x/"><script type="application/ld+json">{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}</script></head><body><a href="/en/risorse/coro-x/">EN</a><main><article>ok</article></main></body></html>',
    );
  });

  it('use a route parameter no entry, organisation or comune can have (their page would be deleted with the template)', () => {
    expect(ID_PATTERN.test(TEMPLATE_ID)).toBe(false);
    expect(slugify(TEMPLATE_ID)).not.toBe(TEMPLATE_ID);
  });

  it('refuses a page that is no template, saying how it should have been built', () => {
    expect(() => parseTemplate('<html><title>Coro</title></html>', templatePath)).toThrow(/SEGNAVIA_PAGES=after-astro/);
  });
});
