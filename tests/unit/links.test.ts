/**
 * One rule for contributors' links (src/lib/links.ts): the validator refuses exactly the links that
 * the renderer will not make into links, and accepts exactly those it will.
 */
import { describe, expect, it } from 'vitest';
import { ALLOWED_LINK_SCHEMES, isAllowedLink } from '../../src/lib/links.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { unsafeLinkProblems } from '../../src/lib/validate/body.ts';
import { isEntry, parseResource } from '../../src/lib/validate/read.ts';

/** The validator's verdict on a description made of one Markdown link. */
function validatorAccepts(markdown: string): boolean {
  const inner = 'lombardia/prova.md';
  const parsed = parseResource({ path: inner, file: `content/resources/${inner}`, inner, collection: 'resources' }, `---\nname: x\n---\n\n${markdown}\n`);
  if (!isEntry(parsed)) throw new Error(parsed.message);
  return unsafeLinkProblems(parsed).length === 0;
}

/** The renderer's verdict: the description comes out with a link in it. */
const rendererAccepts = (markdown: string) => /<a\b[^>]*\bhref=/.test(renderMarkdown(markdown));

// [what, link destination, allowed]
const TABLE: [string, string, boolean][] = [
  ['http', 'http://www.esempio.it/pagina', true],
  ['https', 'https://www.esempio.it/a?b=1&c=2', true],
  ['mailto', 'mailto:info@esempio.it', true],
  ['tel', 'tel:+390212345678', true],
  ['mixed-case HTTPS', 'HTTPS://www.esempio.it', true],
  ['mixed-case Tel', 'Tel:+390212345678', true],
  ['javascript', 'javascript:alert(1)', false],
  ['mixed-case JavaScript', 'JavaScript:alert(1)', false],
  ['data', 'data:text/html;base64,PHNjcmlwdD4=', false],
  ['vbscript', 'vbscript:msgbox(1)', false],
  ['irc', 'irc://irc.libera.chat/segnavia', false],
  ['ircs', 'ircs://irc.libera.chat/segnavia', false],
  ['xmpp', 'xmpp:segnavia@esempio.it', false],
  ['ftp', 'ftp://ftp.esempio.it/file', false],
  ['file', 'file:///etc/passwd', false],
  ['relative', '/cerca/?q=coro', false],
  ['relative without slash', 'pagina.html', false],
  ['fragment', '#contatti', false],
  ['protocol-relative', '//www.esempio.it/', false],
  ['entity-obfuscated', 'java&#115;cript&#58;alert(1)', false],
  ['entity-obfuscated whitespace', 'java&#9;script:alert(1)', false],
];

describe('one allowed-link rule for the validator and the renderer', () => {
  it('allows http, https, mailto and tel, and nothing else', () => {
    expect(ALLOWED_LINK_SCHEMES).toEqual(['http', 'https', 'mailto', 'tel']);
  });

  it.each(TABLE)('%s: [x](%s) → allowed %s, by both', (_, destination, allowed) => {
    const markdown = `[scheda](${destination})`;
    expect(isAllowedLink(destination)).toBe(allowed);
    expect(validatorAccepts(markdown)).toBe(allowed);
    expect(rendererAccepts(markdown)).toBe(allowed);
  });

  it.each(TABLE.filter(([, d]) => /^[a-z][a-z0-9+.-]*:[^\s<>]*$/i.test(d)))('%s as an autolink <%s> → allowed %s, by both', (_, destination, allowed) => {
    const markdown = `<${destination}>`;
    expect(validatorAccepts(markdown)).toBe(allowed);
    expect(rendererAccepts(markdown)).toBe(allowed);
  });

  it.each(TABLE)('%s as a reference definition → allowed %s, by both', (_, destination, allowed) => {
    const markdown = `[scheda][1]\n\n[1]: ${destination}`;
    expect(validatorAccepts(markdown)).toBe(allowed);
    expect(rendererAccepts(markdown)).toBe(allowed);
  });

  it('refuses "java\\tscript:" (a tab inside the scheme, which browsers ignore), in both', () => {
    const markdown = '[scheda](<java\tscript:alert(1)>)';
    expect(isAllowedLink('java\tscript:alert(1)')).toBe(false);
    expect(validatorAccepts(markdown)).toBe(false);
    expect(rendererAccepts(markdown)).toBe(false);
    expect(renderMarkdown(markdown)).toContain('scheda');
  });

  it('keeps the text of a refused link and renders tel: and mailto: as links', () => {
    expect(renderMarkdown('[chiama](tel:+390212345678)')).toMatch(/^<p><a [^>]*href="tel:\+390212345678"[^>]*>chiama<\/a><\/p>$/);
    expect(renderMarkdown('[scrivi](mailto:info@esempio.it)')).toMatch(/^<p><a [^>]*href="mailto:info@esempio.it"[^>]*>scrivi<\/a><\/p>$/);
    expect(renderMarkdown('[chat](xmpp:a@b.it) e [canale](irc://x/y)')).toBe('<p>chat e canale</p>');
  });
});
