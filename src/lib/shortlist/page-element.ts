/**
 * <shortlist-page>: the shortlist page's behaviour (markup in src/components/ShortlistSheet.astro).
 * Shows the list kept in this browser, or a list received in the URL (?l=…) that can be saved;
 * renders each resource from /lista/voci/<shard>.json (/en/lista/voci/ on the English page) with its QR code; reorder, remove, note; print,
 * link and message. Entry text is always set as text, never parsed as HTML.
 */
import { fetchFromShard } from '../shards.ts';
import { decodeList, listPath, listUrl, SHORTLIST_PATH } from './list-url.ts';
import { MAX_ITEMS } from './ids.ts';
import { mergeIds, moveId, readNote, removeId, writeNote } from './storage.ts';
import { buildMessage, shareLinks } from './message.ts';
import { QR_PATH_ATTRIBUTES, qrDrawing } from './qr.ts';
import { fill } from '../../i18n/fill.ts';
import { announce, currentIds, onListChange, PAGE_STRINGS_ID, readStrings, saveIds, shortlistStorage } from './browser.ts';
import { formatDate } from '../dates.ts';
import { urls } from '../urls.ts';
import type { SheetItem } from './sheet.ts';
import type { PageStrings } from './strings.ts';

type Loaded = SheetItem | 'missing' | 'error';
type Action = 'up' | 'down' | 'remove';

const SVG = 'http://www.w3.org/2000/svg';

/** Today in the reader's time zone, as the sheet prints it: "5 marzo 2026". */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}

/** An element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function qrFigure(url: string, label: string, caption: string): HTMLElement {
  const { size, path } = qrDrawing(url);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', path);
  for (const [name, value] of Object.entries(QR_PATH_ATTRIBUTES)) modules.setAttribute(name, value);
  svg.append(background, modules);
  const figure = el('figure', 'sheet-qr');
  const figcaption = el('figcaption', '', caption);
  figcaption.append(document.createElement('br'), url.replace(/^https?:\/\//, ''));
  figure.append(svg, figcaption);
  return figure;
}

/** Whether a fetched value looks like the sheet item of this id (a host may answer 200 with a page). */
function isSheetItem(value: unknown, id: string): value is SheetItem {
  const item = value as SheetItem;
  return Boolean(item) && item.id === id && typeof item.name === 'string' && Array.isArray(item.when) && Array.isArray(item.where) && Array.isArray(item.facts);
}

class ShortlistPage extends HTMLElement {
  #received = false;
  #ids: string[] = [];
  #items = new Map<string, Loaded>();
  #strings!: PageStrings;
  #focus?: { id: string; action: Action };

  connectedCallback() {
    this.#strings = readStrings<PageStrings>(PAGE_STRINGS_ID);
    const decoded = decodeList(location.search);
    const notices: string[] = [];
    if (decoded.shared) {
      this.#received = true;
      this.#showReceivedView(true);
      this.#ids = decoded.ids;
      if (decoded.invalid || decoded.duplicates || decoded.truncated) notices.push(this.#strings.invalid);
      if (decoded.overflow) notices.push(fill(this.#strings.overflow, { max: MAX_ITEMS }));
      history.replaceState(null, '', listPath(this.#ids));
    } else {
      this.#ids = currentIds();
    }
    onListChange((ids) => {
      if (this.#received || ids.join() === this.#ids.join()) return;
      this.#ids = ids;
      void this.#load([]);
    });
    this.#wireTools();
    this.#part('date').textContent = today();
    void this.#load(notices);
  }

  /**
   * A received list speaks to the person it was sent to: their title and a short word instead of the
   * staff introduction, larger type, no note field (that is for whoever prepares a list).
   */
  #showReceivedView(received: boolean) {
    this.classList.toggle('is-received', received);
    for (const [own, theirs] of [['own-title', 'received-title'], ['own-intro', 'received-intro']]) {
      this.#part(own).hidden = received;
      this.#part(theirs).hidden = !received;
    }
    this.#part('note-fields').hidden = received;
    const title = this.#part(received ? 'received-title' : 'own-title').textContent ?? '';
    document.title = document.title.replace(/^[^·]*·/, `${title} ·`);
  }

  /** The header count follows the list on screen (see <shortlist-count>). */
  #showCount(shown: number) {
    const count = document.querySelector('shortlist-count');
    if (this.#received) count?.setAttribute('received', String(shown));
    else count?.removeAttribute('received');
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-part="${name}"]`) as T;
  }

  /** Fetches the facts not yet loaded, drops ids that no longer exist, then renders. */
  async #load(notices: string[]) {
    const wanted = this.#ids.filter((id) => !this.#items.has(id) || this.#items.get(id) === 'error');
    this.#part('loading').hidden = wanted.length === 0;
    await Promise.all(
      wanted.map(async (id) => {
        try {
          const data = await fetchFromShard<unknown>(`${SHORTLIST_PATH}voci/`, id);
          this.#items.set(id, isSheetItem(data, id) ? data : 'missing');
        } catch {
          this.#items.set(id, 'error');
        }
      }),
    );
    this.#part('loading').hidden = true;
    const missing = this.#ids.filter((id) => this.#items.get(id) === 'missing');
    const failed = this.#ids.filter((id) => this.#items.get(id) === 'error');
    if (missing.length) {
      notices.push(fill(this.#strings.missing, { ids: missing.join(', ') }));
      this.#store(this.#ids.filter((id) => !missing.includes(id)));
    }
    if (failed.length) notices.push(fill(this.#strings.loadError, { ids: failed.join(', ') }));
    this.#showNotices(notices);
    this.#render();
  }

  /** Keeps the ids: in this browser's storage, or in the address bar for a received list. */
  #store(ids: string[]) {
    this.#ids = ids;
    if (this.#received) history.replaceState(null, '', listPath(ids));
    else saveIds(ids);
  }

  #showNotices(notices: string[]) {
    const box = this.#part('notices');
    box.replaceChildren(...notices.map((text) => el('p', 'notice', text)));
  }

  #loadedItems(): SheetItem[] {
    return this.#ids.map((id) => this.#items.get(id)).filter((item): item is SheetItem => typeof item === 'object');
  }

  #render() {
    const items = this.#loadedItems();
    const s = this.#strings;
    this.#part('received').hidden = !this.#received || items.length === 0;
    this.#part('empty').hidden = this.#ids.length > 0;
    this.#part('tools').hidden = items.length === 0;
    this.#part('clear').hidden = this.#received;
    this.#part('sheet-header').hidden = items.length === 0;
    const list = this.#part('list');
    list.replaceChildren(...items.map((item, index) => this.#renderItem(item, index, items.length)));
    this.#showCount(items.length);
    const origin = location.origin;
    const link = listUrl(origin, items.map((item) => item.id));
    this.#part<HTMLInputElement>('link').value = link;
    const text = buildMessage(items, { labels: s.message, entryUrl: (id) => origin + urls.resource(id), listUrl: link });
    const share = shareLinks(text, s.message.title);
    this.#part<HTMLAnchorElement>('whatsapp').href = share.whatsapp;
    this.#part<HTMLAnchorElement>('sms').href = share.sms;
    this.#part<HTMLAnchorElement>('email').href = share.email;
    this.#part('webshare').dataset.text = text;
    this.#restoreFocus();
  }

  #renderItem(item: SheetItem, index: number, total: number): HTMLLIElement {
    const s = this.#strings;
    const li = el('li', 'sheet-item');
    li.dataset.id = item.id;
    const body = el('div', 'sheet-body');
    const heading = el('h2', '', `${index + 1}. `);
    const link = el('a', '', item.name);
    link.href = urls.resource(item.id);
    if (item.nameLang) link.lang = item.nameLang;
    heading.append(link);
    body.append(heading);
    if (item.notice) body.append(el('p', 'notice', item.notice));
    const summary = body.appendChild(el('p', 'sheet-summary', item.summary));
    if (item.summaryLang) summary.lang = item.summaryLang;
    // The facts model's lines (src/lib/facts.ts via sheet.ts), each on its own line.
    const facts = el('dl', 'sheet-facts');
    for (const fact of item.facts) {
      const dd = el('dd');
      dd.dataset.fact = fact.key;
      for (const line of fact.lines) {
        const p = el('p', '', line.label ? `${line.label}: ` : '');
        const link = line.href ? el('a', '', line.text) : undefined;
        if (link && line.href) link.href = line.href;
        if (link && line.rel) link.rel = line.rel;
        const text = link ?? (line.lang ? el('span', '', line.text) : line.text);
        if (line.lang && typeof text !== 'string') text.lang = line.lang;
        p.append(text);
        dd.append(p);
      }
      facts.append(el('dt', '', fact.label), dd);
    }
    body.append(facts, el('p', 'sheet-verified', item.verified));
    const url = location.origin + urls.resource(item.id);
    // The code comes first so that, on paper, the text flows around it.
    li.append(qrFigure(url, fill(s.qrLabel, { name: item.name }), s.qrCaption), body);

    const controls = el('div', 'sheet-controls no-print');
    const button = (action: Action, label: string, disabled: boolean) => {
      const b = el('button', 'shortlist-button');
      b.type = 'button';
      b.dataset.action = action;
      b.disabled = disabled;
      b.textContent = label;
      b.setAttribute('aria-label', `${label}: ${item.name}`);
      b.addEventListener('click', () => this.#act(item, action));
      controls.append(b);
    };
    button('up', s.moveUp, index === 0);
    button('down', s.moveDown, index === total - 1);
    button('remove', s.remove, false);
    li.append(controls);
    return li;
  }

  #act(item: SheetItem, action: Action) {
    const s = this.#strings;
    if (action === 'remove') {
      const position = this.#ids.indexOf(item.id);
      const next = removeId(this.#ids, item.id);
      const neighbour = next[Math.min(position, next.length - 1)];
      this.#focus = neighbour ? { id: neighbour, action: 'remove' } : undefined;
      this.#store(next);
      this.#render();
      if (!neighbour) this.#part('heading').focus();
      announce(fill(s.removed, { name: item.name, n: next.length }));
      return;
    }
    const next = moveId(this.#ids, item.id, action === 'up' ? -1 : 1);
    this.#focus = { id: item.id, action };
    this.#store(next);
    this.#render();
    announce(fill(s.moved, { name: item.name, n: next.indexOf(item.id) + 1 }));
  }

  #restoreFocus() {
    const wanted = this.#focus;
    this.#focus = undefined;
    if (!wanted) return;
    const item = this.querySelector(`.sheet-item[data-id="${wanted.id}"]`);
    const order: Action[] = wanted.action === 'up' ? ['up', 'down'] : wanted.action === 'down' ? ['down', 'up'] : ['remove'];
    for (const action of order) {
      const target = item?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      if (target && !target.disabled) return target.focus();
    }
  }

  #wireTools() {
    const s = this.#strings;
    const note = this.#part<HTMLTextAreaElement>('note');
    const { storage } = shortlistStorage();
    const showNote = () => {
      const text = note.value.trim();
      this.#part('note-print').hidden = !text;
      this.#part('note-text').textContent = text;
    };
    note.value = readNote(storage);
    showNote();
    note.addEventListener('input', () => {
      writeNote(storage, note.value);
      showNote();
    });
    this.#part('print').addEventListener('click', () => window.print());
    this.#part('copy').addEventListener('click', async () => {
      const input = this.#part<HTMLInputElement>('link');
      try {
        await navigator.clipboard.writeText(input.value);
      } catch {
        input.select();
        document.execCommand('copy');
      }
      // Said aloud by the live region beside the button, and shown to whoever is looking at it.
      const status = this.#part('copied');
      status.textContent = '';
      window.setTimeout(() => (status.textContent = s.copied), 50);
    });
    const webshare = this.#part('webshare');
    if (typeof navigator.share === 'function') {
      this.#part('webshare-item').hidden = false;
      webshare.addEventListener('click', () => {
        navigator.share({ title: s.message.title, text: webshare.dataset.text ?? '' }).catch(() => undefined);
      });
    }
    this.#part('save').addEventListener('click', () => {
      const merged = mergeIds(currentIds(), this.#ids);
      this.#received = false;
      this.#showReceivedView(false);
      history.replaceState(null, '', SHORTLIST_PATH);
      this.#store(merged);
      this.#showCount(merged.length);
      this.#part('heading').focus();
      announce(fill(s.saved, { n: merged.length }));
      void this.#load([]);
    });
    this.#part('clear').addEventListener('click', () => {
      if (!window.confirm(s.clearConfirm)) return;
      note.value = '';
      writeNote(storage, '');
      showNote();
      this.#store([]);
      this.#render();
      this.#part('heading').focus();
      announce(s.cleared);
    });
  }
}

if (!customElements.get('shortlist-page')) customElements.define('shortlist-page', ShortlistPage);
