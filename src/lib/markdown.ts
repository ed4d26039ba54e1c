/**
 * Renders the untrusted Markdown description of an entry. The validator already rejects raw
 * HTML and unsafe links; this is the second line, for whatever gets past it:
 * - HTML tags and comments are removed before parsing, so no attribute such as onerror= can reach
 *   the page even as escaped text; the text inside ordinary tags stays, while script, style,
 *   iframe and similar elements go with their content;
 * - micromark escapes anything HTML-like that remains; a link whose target breaks the rule the
 *   validator applies (isAllowedLink in src/lib/links.ts: http(s), mailto and tel only) keeps its
 *   text and loses its target, an unsafe bare URL disappears;
 * - images and headings are turned off: no third-party images, no broken heading outline.
 */
import { micromark } from 'micromark';
import { ENTRY_LINK_REL, isAllowedLink } from './links.ts';

const safeSubset = { disable: { null: ['htmlFlow', 'htmlText', 'labelStartImage', 'headingAtx', 'setextUnderline'] } };
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// Elements whose content is code or markup, not prose: dropped with everything inside them.
const CODE_ELEMENT = /<(script|style|iframe|object|embed|template|noscript|textarea|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
// A start or end tag: "<name", "</name" followed by space, "/" or ">"; autolinks like <https://…> are not tags.
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[\s/][^>]*)?>/g;
const SCHEME = /^\s*[a-z][a-z0-9+.-]*:/i;
// A link as micromark writes it (images and raw HTML are off, so every <a> is a Markdown link).
const LINK = /<a href="([^"]*)"((?: title="[^"]*")?)>([\s\S]*?)<\/a>/g;
const ATTRIBUTE_ENTITY = /&(amp|quot|lt|gt);/g;
const ENTITY_CHAR: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>' };
const allowedHref = (href: string) => isAllowedLink(href.replace(ATTRIBUTE_ENTITY, (_, name: string) => ENTITY_CHAR[name]));

/** The Markdown with HTML tags and comments taken out. */
export function stripHtml(markdown: string): string {
  return markdown.replace(HTML_COMMENT, '').replace(CODE_ELEMENT, '').replace(HTML_TAG, '');
}

/** The last description rendered: an entry's Italian and English pages render the same Italian text when it has no translation. */
let last = { markdown: '', html: '' };

/** The HTML of a Markdown description, safe to insert in a page. */
export function renderMarkdown(markdown: string): string {
  if (markdown !== last.markdown || !last.html) last = { markdown, html: renderSafely(markdown) };
  return last.html;
}

function renderSafely(markdown: string): string {
  // micromark's own protocol list (http, https, irc, ircs, mailto, xmpp) is not ours: it lets every
  // target through here, and the validator's rule decides below.
  const html = micromark(stripHtml(markdown), { allowDangerousHtml: false, allowDangerousProtocol: true, extensions: [safeSubset] });
  return html
    .replace(LINK, (link, href: string, _title: string, text: string) => (allowedHref(href) ? link : SCHEME.test(text) ? '' : text))
    // Belt and braces: a target of any other shape that is still there loses its href.
    .replace(/<a href="([^"]*)"/g, (start, href: string) => (allowedHref(href) ? start : '<a'))
    .replace(/<a href="([^"]+)"/g, `<a rel="${ENTRY_LINK_REL}" href="$1"`);
}
