import { describe, expect, it } from 'vitest';
import { page, pageCount, paginate } from '../../src/lib/hsds/pages.ts';

describe('HSDS pages', () => {
  it('splits a list into pages whose contents add up to the list, in order', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const pages = paginate(items, 100);
    expect(pages.map((p) => p.size)).toEqual([100, 100, 50]);
    expect(pages.flatMap((p) => p.contents)).toEqual(items);
    expect(pages.map((p) => [p.page_number, p.first_page, p.last_page])).toEqual([
      [1, true, false],
      [2, false, false],
      [3, false, true],
    ]);
    for (const p of pages) expect(p).toMatchObject({ total_items: 250, total_pages: 3, empty: false });
  });

  it('a list that fits one page is one first-and-last page; an exact multiple has no empty page after it', () => {
    expect(paginate([1, 2], 100)).toEqual([{ total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true, last_page: true, empty: false, contents: [1, 2] }]);
    expect(paginate(Array.from({ length: 200 }), 100)).toHaveLength(2);
    expect(pageCount(200, 100)).toBe(2);
  });

  it('an empty list is one empty page', () => {
    expect(paginate([], 100)).toEqual([{ total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] }]);
  });

  it('refuses a page that does not exist', () => {
    expect(() => page([], 3, 150, 100)).toThrow(/No page 3 of 2/);
    expect(() => page([], 0, 10, 100)).toThrow();
  });
});
