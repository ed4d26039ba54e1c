/**
 * The shortlist kept in the browser (localStorage): ids in the order the worker chose, and an
 * optional note for the person. Functions take any Storage-like object so they run in tests, and
 * never throw: storage can be full, disabled or hold what an older version wrote.
 */
import { cleanIds, MAX_ITEMS } from './ids.ts';

/** The part of the Web Storage API the shortlist uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage keys; the list is versioned so that a later format can read or replace this one. */
export const LIST_KEY = 'segnavia.lista.v1';
export const NOTE_KEY = 'segnavia.lista.nota';

/** The note is a few lines for a person, not a document. */
export const MAX_NOTE_LENGTH = 1000;

/** The stored ids, cleaned; [] when nothing (or nothing readable) is stored. */
export function readIds(storage: StorageLike | undefined): string[] {
  try {
    const raw = storage?.getItem(LIST_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    const values = Array.isArray(parsed) ? parsed : (parsed as { ids?: unknown })?.ids;
    return Array.isArray(values) ? cleanIds(values).ids : [];
  } catch {
    return [];
  }
}

/** Stores the ids (cleaned); false when the browser refused. */
export function writeIds(storage: StorageLike | undefined, ids: readonly string[]): boolean {
  try {
    if (!storage) return false;
    const clean = cleanIds(ids).ids;
    if (clean.length) storage.setItem(LIST_KEY, JSON.stringify({ ids: clean }));
    else storage.removeItem(LIST_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The stored note, or "". */
export function readNote(storage: StorageLike | undefined): string {
  try {
    return (storage?.getItem(NOTE_KEY) ?? '').slice(0, MAX_NOTE_LENGTH);
  } catch {
    return '';
  }
}

/** Stores the note (removed when blank); false when the browser refused. */
export function writeNote(storage: StorageLike | undefined, note: string): boolean {
  try {
    if (!storage) return false;
    const text = note.slice(0, MAX_NOTE_LENGTH);
    if (text.trim()) storage.setItem(NOTE_KEY, text);
    else storage.removeItem(NOTE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The list with the id added at the end (unchanged if present or full). */
export function addId(ids: readonly string[], id: string, max: number = MAX_ITEMS): string[] {
  if (ids.includes(id) || ids.length >= max) return [...ids];
  return cleanIds([...ids, id], max).ids;
}

/** The list without the id. */
export function removeId(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}

/** The list with the id moved by `delta` places (−1 up, +1 down), kept within the list. */
export function moveId(ids: readonly string[], id: string, delta: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const to = Math.max(0, Math.min(ids.length - 1, from + delta));
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Own list followed by the incoming ids it lacks (a received list saved into one's own). */
export function mergeIds(own: readonly string[], incoming: readonly string[], max: number = MAX_ITEMS): string[] {
  return cleanIds([...own, ...incoming], max).ids;
}
