/**
 * Two custom elements, defined on every page by the header (src/components/ShortlistCount.astro):
 *
 *   <shortlist-count>  the "La mia lista (3)" link in the header, kept up to date; while the shortlist
 *                      page shows a list received by link, that page sets its `received` attribute to
 *                      the number of entries shown, and the link names that list instead ("Lista ricevuta (3)");
 *   <shortlist-toggle data-id="…" data-name="…">  an add/remove button for one resource.
 *
 * Both render nothing useful without JavaScript (the count link stays hidden, the toggle empty),
 * and a toggle inserted later (search results) upgrades itself when it joins the page.
 */
import { addId, removeId } from './storage.ts';
import { isShortlistId, MAX_ITEMS } from './ids.ts';
import { announce, currentIds, onListChange, readStrings, saveIds, shortlistStorage, TOGGLE_STRINGS_ID } from './browser.ts';
import { fill } from '../../i18n/fill.ts';
import type { ToggleStrings } from './strings.ts';

const strings = () => readStrings<ToggleStrings>(TOGGLE_STRINGS_ID);

class ShortlistCount extends HTMLElement {
  static observedAttributes = ['received'];
  #off?: () => void;
  #own?: { href: string; current: string | null };

  connectedCallback() {
    this.#render();
    this.#off = onListChange(() => this.#render());
    this.querySelector('a')?.removeAttribute('hidden');
  }

  disconnectedCallback() {
    this.#off?.();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  #render() {
    const link = this.querySelector('a');
    const label = this.querySelector('[data-count-label]');
    const short = this.querySelector('[data-count-short]');
    if (!link || !label) return;
    this.#own ??= { href: link.getAttribute('href') ?? '', current: link.getAttribute('aria-current') };
    const received = this.getAttribute('received');
    // The count never contradicts the page: a received list is counted as shown, and the link stays on it.
    if (received !== null) {
      const n = Number(received) || 0;
      label.textContent = fill(strings().navReceived, { n });
      if (short) short.textContent = fill(strings().navShort, { n });
      link.setAttribute('href', location.pathname + location.search);
      link.setAttribute('aria-current', 'page');
      return;
    }
    const n = currentIds().length;
    label.textContent = fill(strings().navCount, { n });
    if (short) short.textContent = fill(strings().navShort, { n });
    link.setAttribute('href', this.#own.href);
    if (this.#own.current) link.setAttribute('aria-current', this.#own.current);
    else link.removeAttribute('aria-current');
  }
}

class ShortlistToggle extends HTMLElement {
  #off?: () => void;
  #button?: HTMLButtonElement;

  connectedCallback() {
    const id = this.dataset.id ?? '';
    if (!isShortlistId(id)) return;
    if (!this.#button) {
      this.#button = document.createElement('button');
      this.#button.type = 'button';
      this.#button.className = 'shortlist-toggle';
      this.#button.addEventListener('click', () => this.#toggle(id));
      this.append(this.#button);
    }
    this.#render(currentIds().includes(id));
    this.#off = onListChange((ids) => this.#render(ids.includes(id)));
  }

  disconnectedCallback() {
    this.#off?.();
  }

  #render(inList: boolean) {
    if (!this.#button) return;
    const label = inList ? strings().remove : strings().add;
    this.#button.textContent = label;
    // Many buttons on a list page: the spoken name says which resource (and starts with the visible text).
    if (this.dataset.name) this.#button.setAttribute('aria-label', `${label}: ${this.dataset.name}`);
    this.#button.classList.toggle('in-list', inList);
  }

  #toggle(id: string) {
    const text = strings();
    const before = currentIds();
    const name = this.dataset.name || id;
    if (before.includes(id)) {
      const after = saveIds(removeId(before, id));
      announce(fill(text.removed, { name, n: after.length }));
      return;
    }
    if (before.length >= MAX_ITEMS) {
      announce(fill(text.full, { max: MAX_ITEMS }));
      return;
    }
    const after = saveIds(addId(before, id));
    const message = fill(text.added, { name, n: after.length });
    announce(shortlistStorage().persistent ? message : `${message} ${text.noStorage}`);
  }
}

if (!customElements.get('shortlist-count')) customElements.define('shortlist-count', ShortlistCount);
if (!customElements.get('shortlist-toggle')) customElements.define('shortlist-toggle', ShortlistToggle);
