// Every language of the site (src/i18n/languages.ts) gives every key the Italian dictionaries have, with a
// value of the same kind: a string for a string, a function for a function, the same keys inside a map.
import { describe, expect, it } from 'vitest';
import { languages, locales } from '../../src/i18n/languages.ts';
import { fill, t as interfaceString } from '../../src/i18n/index.ts';
import { templateParts } from '../../src/i18n/fill.ts';
import { t } from '../../src/i18n/pages.ts';

/** "key" or "key.inner" for every value, with its kind. */
function shape(dictionary: Record<string, unknown>): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    if (Array.isArray(value)) kinds.set(key, `array of ${value.length}`);
    else if (value && typeof value === 'object') for (const inner of Object.keys(value)) kinds.set(`${key}.${inner}`, 'string');
    else kinds.set(key, typeof value === 'function' ? `function of ${value.length}` : typeof value);
  }
  return kinds;
}

const italian = {
  strings: shape((await languages.it.strings()).default),
  pageStrings: shape((await languages.it.pageStrings()).default),
};

describe.each(locales.filter((locale) => locale !== 'it'))('the %s dictionaries', (locale) => {
  for (const part of ['strings', 'pageStrings'] as const) {
    it(`${part}: every Italian key, and no other, with a value of the same kind`, async () => {
      const translated = shape((await languages[locale][part]()).default);
      const missing = [...italian[part].keys()].filter((key) => !translated.has(key));
      const extra = [...translated.keys()].filter((key) => !italian[part].has(key));
      expect(missing, `keys with no ${locale} value`).toEqual([]);
      expect(extra, `keys Italian does not have`).toEqual([]);
      const different = [...italian[part]].filter(([key, kind]) => translated.get(key) !== kind && !kind.startsWith('function'));
      expect(different).toEqual([]);
      // A function may ignore a trailing optional argument, but never take one Italian does not pass.
      for (const [key, kind] of italian[part]) {
        if (kind.startsWith('function')) expect(Number(translated.get(key)?.split(' of ')[1]), key).toBeLessThanOrEqual(Number(kind.split(' of ')[1]));
      }
    });
    it(`${part}: the same {slots} in every template as Italian`, async () => {
      const slots = (dictionary: Record<string, unknown>) =>
        Object.entries(dictionary).flatMap(([key, value]) =>
          (Array.isArray(value) ? value : [value]).map((text, i) => [`${key}.${i}`, typeof text === 'string' ? [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join() : ''] as const),
        );
      const translated = new Map(slots((await languages[locale][part]()).default));
      const different = slots((await languages.it[part]()).default).filter(([key, keys]) => translated.get(key) !== keys);
      expect(different).toEqual([]);
    });
  }
});

describe('t', () => {
  it('gives the string of the language asked for, and Italian by default', () => {
    expect(t('navHome')).toBe('Inizio');
    expect(t('navHome', 'en')).toBe('Home');
    expect(interfaceString('shortlistAdd', 'en')).toBe('Add to list');
    expect(t('resultsCount', 'en')(2)).toBe('2 results found.');
  });
  it('fill replaces the known {keys} and leaves the others', () => {
    expect(fill(t('shortlistAdded', 'en'), { name: 'Coro', n: 2 })).toBe('Added to the list: Coro. Items in the list: 2.');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
  it('templateParts splits a template around its {slots}, text at even places and keys at odd ones', () => {
    expect(templateParts('Cercate per {categories} o per {places}.')).toEqual(['Cercate per ', 'categories', ' o per ', 'places', '.']);
    expect(templateParts('{title}, sintesi')).toEqual(['', 'title', ', sintesi']);
    expect(templateParts('no slots')).toEqual(['no slots']);
  });
});
