import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { jsonLdScript } from '../../src/lib/json-ld.ts';

describe('untrusted Markdown descriptions', () => {
  it('renders paragraphs, emphasis, lists and http links', () => {
    const html = renderMarkdown('Ci vediamo **al parco**.\n\n- acqua\n- scarpe comode\n\n[Sito](https://www.esempio.it)');
    expect(html).toContain('<strong>al parco</strong>');
    expect(html).toContain('<li>acqua</li>');
    expect(html).toContain('<a rel="nofollow ugc noopener" href="https://www.esempio.it">Sito</a>');
  });

  it('removes raw HTML tags, attributes and comments instead of copying them', () => {
    const html = renderMarkdown('Ciao <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<div onclick="x()">blocco</div><!-- nascosto -->');
    expect(html).not.toMatch(/<script|alert|<img|<div|onerror|onclick|nascosto/i);
    expect(html).toContain('blocco');
  });

  it('escapes what still looks like HTML after tags are removed', () => {
    expect(renderMarkdown('a <b c')).toBe('<p>a &lt;b c</p>');
  });

  it('keeps safe autolinks', () => {
    expect(renderMarkdown('<https://www.esempio.it>')).toContain('href="https://www.esempio.it"');
  });

  it('drops javascript:, data: and vbscript: link targets', () => {
    for (const target of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x']) {
      const html = renderMarkdown(`[clicca](${target}) e <${target}>`);
      expect(html).not.toMatch(/javascript|data:|vbscript/i);
      expect(html).not.toContain('<a');
      expect(html).toContain('clicca');
    }
  });

  it('turns off images and headings', () => {
    const html = renderMarkdown('# Titolo\n\n![pixel](https://tracker.example/p.gif)');
    expect(html).not.toContain('<h1');
    expect(html).not.toContain('<img');
  });
});

describe('JSON-LD', () => {
  it('cannot be closed by entry text', () => {
    const script = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(script).not.toContain('</script>');
    expect(JSON.parse(script).name).toBe('</script><script>alert(1)</script>');
  });
});
