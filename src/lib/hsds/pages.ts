/**
 * HSDS lists as static pages: the page fields of the HSDS API reference (total_items, total_pages,
 * page_number, size, first_page, last_page, empty) with the items in contents, one file per page.
 * Page numbers start at 1, as in the API's `page` parameter; an empty list is one empty page.
 */
import type { HsdsPage } from './types.ts';

/** Services per page file. */
export const PAGE_SIZE = 100;

/** How many pages a list of this many items takes (at least one, so that an empty list still has its page 1). */
export function pageCount(totalItems: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(totalItems / pageSize));
}

/** Page `pageNumber` (from 1) of a list whose items of that page are `contents`. */
export function page<T>(contents: T[], pageNumber: number, totalItems: number, pageSize = PAGE_SIZE): HsdsPage<T> {
  const totalPages = pageCount(totalItems, pageSize);
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > totalPages) throw new Error(`No page ${pageNumber} of ${totalPages}`);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber === totalPages,
    empty: totalItems === 0,
    contents,
  };
}

/** Every page of a list, in order. */
export function paginate<T>(items: T[], pageSize = PAGE_SIZE): HsdsPage<T>[] {
  const total = pageCount(items.length, pageSize);
  return Array.from({ length: total }, (_, i) => page(items.slice(i * pageSize, (i + 1) * pageSize), i + 1, items.length, pageSize));
}
