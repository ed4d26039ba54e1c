/** The built site's pages, for the end-to-end tests that go through all of them. */
import type { BrowserContext, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? filesUnder(join(dir, item.name)) : [join(dir, item.name)]));
}

/** The address of every HTML page built under `siteDir` (or its folder `under`), as a browser asks for it: "/", "/risorse/x/", "/404.html". */
export function builtPagePaths(siteDir: string, under = ''): string[] {
  return filesUnder(join(siteDir, under))
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + relative(siteDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'));
}

/** Opens every path in `tabs` tabs of one context at once, handing each tab and path to `visit`. */
export async function visitInTabs(context: BrowserContext, paths: string[], visit: (page: Page, path: string) => Promise<void>, tabs = 3): Promise<void> {
  const queue = [...paths];
  const tab = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path; path = queue.shift()) await visit(page, path);
  };
  await Promise.all(Array.from({ length: tabs }, tab));
}
