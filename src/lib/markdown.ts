/**
 * Renders the untrusted Markdown description of an entry. Raw HTML is escaped, not copied;
 * link URLs other than http(s), mailto and tel are dropped (micromark's safe defaults);
 * images and headings are turned off so an entry cannot load third-party images or break the
 * page's heading outline. The validator also rejects raw HTML, so this is the second line.
 */
import { micromark } from 'micromark';

const safeSubset = { disable: { null: ['htmlFlow', 'htmlText', 'labelStartImage', 'headingAtx', 'setextUnderline'] } };

/** The HTML of a Markdown description, safe to insert in a page. */
export function renderMarkdown(markdown: string): string {
  const html = micromark(markdown, { allowDangerousHtml: false, allowDangerousProtocol: false, extensions: [safeSubset] });
  return html
    .replace(/<a href="">(.*?)<\/a>/g, '$1') // a link whose unsafe target micromark dropped: keep its text only
    .replace(/<a href="(https?:[^"]*)"/g, '<a rel="nofollow ugc noopener" href="$1"');
}
