import { describe, expect, it } from 'vitest';
import {
  addId,
  LIST_KEY,
  MAX_NOTE_LENGTH,
  mergeIds,
  moveId,
  NOTE_KEY,
  readIds,
  readNote,
  removeId,
  writeIds,
  writeNote,
  type StorageLike,
} from '../../src/lib/shortlist/storage.ts';
import { MAX_ITEMS } from '../../src/lib/shortlist/ids.ts';

class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Storage as in a private window or with cookies blocked: every call throws. */
const broken: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('the shortlist in browser storage', () => {
  it('writes and reads ids in order; an empty list removes the key', () => {
    const storage = new FakeStorage();
    expect(readIds(storage)).toEqual([]);
    expect(writeIds(storage, ['b', 'a'])).toBe(true);
    expect(readIds(storage)).toEqual(['b', 'a']);
    writeIds(storage, []);
    expect(storage.items.has(LIST_KEY)).toBe(false);
  });

  it('survives what it cannot read: bad JSON, other shapes, bad ids', () => {
    const storage = new FakeStorage();
    for (const raw of ['{', 'null', '42', '"x"', '{"ids":"a"}']) {
      storage.setItem(LIST_KEY, raw);
      expect(readIds(storage)).toEqual([]);
    }
    storage.setItem(LIST_KEY, JSON.stringify(['a', 'a', '<b>', 'c']));
    expect(readIds(storage)).toEqual(['a', 'c']);
    storage.setItem(LIST_KEY, JSON.stringify({ ids: ['x', 'y'] }));
    expect(readIds(storage)).toEqual(['x', 'y']);
  });

  it('never throws when storage is unavailable', () => {
    expect(readIds(broken)).toEqual([]);
    expect(writeIds(broken, ['a'])).toBe(false);
    expect(readNote(broken)).toBe('');
    expect(writeNote(broken, 'x')).toBe(false);
    expect(readIds(undefined)).toEqual([]);
    expect(writeIds(undefined, ['a'])).toBe(false);
  });

  it('keeps the note apart, limited in length, and removes a blank one', () => {
    const storage = new FakeStorage();
    writeNote(storage, 'Chiedere di Maria');
    expect(readNote(storage)).toBe('Chiedere di Maria');
    writeNote(storage, 'x'.repeat(MAX_NOTE_LENGTH + 50));
    expect(readNote(storage)).toHaveLength(MAX_NOTE_LENGTH);
    writeNote(storage, '   ');
    expect(storage.items.has(NOTE_KEY)).toBe(false);
  });

  it('adds once, at the end, up to MAX_ITEMS; removes', () => {
    expect(addId(['a'], 'b')).toEqual(['a', 'b']);
    expect(addId(['a', 'b'], 'a')).toEqual(['a', 'b']);
    const full = Array.from({ length: MAX_ITEMS }, (_, i) => `r${i}`);
    expect(addId(full, 'extra')).toEqual(full);
    expect(removeId(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(removeId(['a'], 'z')).toEqual(['a']);
  });

  it('moves up and down within the list', () => {
    expect(moveId(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
  });

  it('merges a received list into one’s own without repeats', () => {
    expect(mergeIds(['a', 'b'], ['c', 'a', 'd'])).toEqual(['a', 'b', 'c', 'd']);
  });
});
