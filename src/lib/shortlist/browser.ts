/**
 * Browser glue for the shortlist (not unit-tested; the end-to-end tests drive it): which storage to
 * use, the change event that keeps every button and the header count in step, the live region.
 */
import { readIds, writeIds, LIST_KEY, type StorageLike } from './storage.ts';

/** Fired on window, with the new ids as detail, whenever this page changes the list. */
export const CHANGE_EVENT = 'segnavia:lista';

/** Where the strings written at build time live (see src/lib/shortlist/strings.ts). */
export const TOGGLE_STRINGS_ID = 'shortlist-strings';
export const PAGE_STRINGS_ID = 'shortlist-page-strings';

/** The live region in the header that announces changes. */
export const STATUS_ID = 'shortlist-status';

class MemoryStorage implements StorageLike {
  #items = new Map<string, string>();
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
}

let chosen: { storage: StorageLike; persistent: boolean } | undefined;

/** localStorage when the browser allows it, otherwise a list that lasts as long as the page. */
export function shortlistStorage(): { storage: StorageLike; persistent: boolean } {
  if (chosen) return chosen;
  try {
    const probe = '__segnavia__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    chosen = { storage: window.localStorage, persistent: true };
  } catch {
    chosen = { storage: new MemoryStorage(), persistent: false };
  }
  return chosen;
}

/** The ids in the list now. */
export function currentIds(): string[] {
  return readIds(shortlistStorage().storage);
}

/** Stores the ids and tells the page. */
export function saveIds(ids: readonly string[]): string[] {
  writeIds(shortlistStorage().storage, ids);
  const stored = currentIds();
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: stored }));
  return stored;
}

/** Calls back with the ids whenever the list changes, here or in another tab; returns an unsubscribe. */
export function onListChange(callback: (ids: string[]) => void): () => void {
  const local = () => callback(currentIds());
  const other = (event: StorageEvent) => {
    if (event.key === LIST_KEY || event.key === null) callback(currentIds());
  };
  window.addEventListener(CHANGE_EVENT, local);
  window.addEventListener('storage', other);
  return () => {
    window.removeEventListener(CHANGE_EVENT, local);
    window.removeEventListener('storage', other);
  };
}

/** Says something through the live region (cleared first, so that a repeat is announced again). */
export function announce(message: string): void {
  const region = document.getElementById(STATUS_ID);
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** The JSON strings block with this id, parsed once. */
const cache = new Map<string, unknown>();
export function readStrings<T>(id: string): T {
  if (!cache.has(id)) cache.set(id, JSON.parse(document.getElementById(id)?.textContent || '{}'));
  return cache.get(id) as T;
}
