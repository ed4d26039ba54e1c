/**
 * Renders the untrusted Markdown description of an entry. The validator already rejects raw
 * HTML and unsafe links; this is the second line, for whatever gets past it:
 * - HTML tags and comments are removed before parsing, so no attribute such as onerror= can reach
 *   the page even as escaped text; the text inside ordinary tags stays, while script, style,
 *   iframe and similar elements go with their content;
 * - micromark escapes anything HTML-like that remains and drops link targets other than
 *   http(s), mailto and tel; such a link keeps its text, an unsafe bare URL disappears;
 * - images and headings are turned off: no third-party images, no broken heading outline.
 */
import { micromark } from 'micromark';
import { ENTRY_LINK_REL } from './links.ts';

const safeSubset = { disable: { null: ['htmlFlow', 'htmlText', 'labelStartImage', 'headingAtx', 'setextUnderline'] } };
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// Elements whose content is code or markup, not prose: dropped with everything inside them.
const CODE_ELEMENT = /<(script|style|iframe|object|embed|template|noscript|textarea|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
// A start or end tag: "<name", "</name" followed by space, "/" or ">"; autolinks like <https://…> are not tags.
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[\s/][^>]*)?>/g;
const SCHEME = /^\s*[a-z][a-z0-9+.-]*:/i;

/** The Markdown with HTML tags and comments taken out. */
export function stripHtml(markdown: string): string {
  return markdown.replace(HTML_COMMENT, '').replace(CODE_ELEMENT, '').replace(HTML_TAG, '');
}

/** The HTML of a Markdown description, safe to insert in a page. */
export function renderMarkdown(markdown: string): string {
  const html = micromark(stripHtml(markdown), { allowDangerousHtml: false, allowDangerousProtocol: false, extensions: [safeSubset] });
  return html
    .replace(/<a href="">(.*?)<\/a>/g, (_, text: string) => (SCHEME.test(text) ? '' : text))
    .replace(/<a href="([^"]+)"/g, `<a rel="${ENTRY_LINK_REL}" href="$1"`);
}
