/** The "Aggiungi alla lista" button's host element (the header's script defines it; see ShortlistToggle.astro): on entry pages and cards. */
import { html, type SafeHtml } from './html.ts';

export function shortlistToggleHtml(id: string, name: string): SafeHtml {
  return html`<shortlist-toggle class="no-print" data-id="${id}" data-name="${name}"></shortlist-toggle>`;
}
