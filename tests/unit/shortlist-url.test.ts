import { describe, expect, it } from 'vitest';
import { decodeList, listPath, listUrl, MAX_PARAM_LENGTH } from '../../src/lib/shortlist/list-url.ts';
import { cleanIds, isShortlistId, MAX_ID_LENGTH, MAX_ITEMS, SHORTLIST_ID_PATTERN } from '../../src/lib/shortlist/ids.ts';
import { ID_PATTERN } from '../../src/schema/fields.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `risorsa-${i + 1}`);

describe('a shortlist in a URL', () => {
  it('encodes ids in order as /lista/?l=a,b,c, and an empty list as /lista/', () => {
    expect(listPath(['b', 'a-1', 'c2'])).toBe('/lista/?l=b,a-1,c2');
    expect(listPath([])).toBe('/lista/');
    expect(listUrl('http://127.0.0.1:4321/', ['x', 'y'])).toBe('http://127.0.0.1:4321/lista/?l=x,y');
  });

  it('round-trips through the URL parser', () => {
    const list = ['pronto-alzheimer-milano', 'afa-mugello', 'gruppo-di-cammino-sassari'];
    const url = new URL(listUrl('https://segnavia.example.org', list));
    expect(decodeList(url.search)).toEqual({ shared: true, truncated: false, ids: list, invalid: 0, duplicates: 0, overflow: 0 });
    expect(decodeList(url.searchParams).ids).toEqual(list);
  });

  it('says when a URL carries no list, and keeps an empty one apart', () => {
    expect(decodeList('').shared).toBe(false);
    expect(decodeList('?q=coro').shared).toBe(false);
    expect(decodeList('?l=')).toMatchObject({ shared: true, ids: [] });
  });

  it('reads links that apps and people have changed: %2C, spaces, dots, semicolons, capitals', () => {
    expect(decodeList('?l=a%2Cb%2Cc').ids).toEqual(['a', 'b', 'c']);
    expect(decodeList('?l=a+b%20c').ids).toEqual(['a', 'b', 'c']);
    expect(decodeList('?l=a.b;c,,d,').ids).toEqual(['a', 'b', 'c', 'd']);
    expect(decodeList('?l=Pronto-Alzheimer-Milano').ids).toEqual(['pronto-alzheimer-milano']);
  });

  it('drops what is not an id (tampered links) and counts it, without throwing', () => {
    const decoded = decodeList('?l=ok-1,<script>alert(1)</script>,../../etc/passwd,%E0%A4%A,a--b,-x,é,ok-2');
    expect(decoded.ids).toEqual(['ok-1', 'ok-2']);
    expect(decoded.invalid).toBeGreaterThanOrEqual(5);
    expect(() => decodeList('?l=%')).not.toThrow();
    expect(() => decodeList('%%%?l=%ZZ')).not.toThrow();
  });

  it('removes duplicates, keeping the first place of each', () => {
    expect(decodeList('?l=b,a,b,c,a')).toMatchObject({ ids: ['b', 'a', 'c'], duplicates: 2 });
  });

  it('keeps at most MAX_ITEMS ids and counts the overflow', () => {
    const decoded = decodeList(`?l=${ids(MAX_ITEMS + 5).join(',')}`);
    expect(decoded.ids).toEqual(ids(MAX_ITEMS));
    expect(decoded.overflow).toBe(5);
  });

  it('refuses ids longer than MAX_ID_LENGTH and cuts absurdly long parameters', () => {
    expect(isShortlistId('a'.repeat(MAX_ID_LENGTH))).toBe(true);
    expect(isShortlistId('a'.repeat(MAX_ID_LENGTH + 1))).toBe(false);
    const huge = decodeList(`?l=${'abc,'.repeat(100_000)}`);
    expect(huge.truncated).toBe(true);
    expect(huge.ids).toEqual(['abc']);
    const long = decodeList(`?l=${'x'.repeat(MAX_PARAM_LENGTH * 2)}`);
    expect(long).toMatchObject({ truncated: true, ids: [] });
  });

  it('accepts exactly the ids the schema accepts', () => {
    expect(SHORTLIST_ID_PATTERN.source).toBe(ID_PATTERN.source);
    expect(cleanIds(['a', 1, null, 'A', 'a b', 'ok'])).toEqual({ ids: ['a', 'ok'], invalid: 4, duplicates: 0, overflow: 0 });
  });
});
