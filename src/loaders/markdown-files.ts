/**
 * A content loader for one-Markdown-file-per-entry folders that does not render the Markdown.
 * Astro's glob() loader renders every body to HTML while syncing and keeps it in memory; our pages
 * render descriptions themselves with the safe renderer (src/lib/markdown.ts), so at national scale
 * that work was pure cost (see docs/benchmarks.md). Front matter is validated by the collection's
 * schema through parseData, exactly as glob() does, so the build still fails loudly.
 */
import type { Loader } from 'astro/loaders';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { idFromPath } from '../lib/ids.ts';

/** Every file under a folder whose name ends with the extension, recursively, sorted. */
async function filesUnder(folder: string, extension: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const BATCH = 256;

/** Loads `<base>/**\/*.md`: the file name is the id, the front matter the data, the rest the body. */
export function markdownFiles(options: { base: string }): Loader {
  return {
    name: 'segnavia-markdown-files',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = resolve(config.root.pathname);
      const folder = resolve(root, options.base);
      const files = await filesUnder(folder, '.md');
      store.clear();
      for (let start = 0; start < files.length; start += BATCH) {
        const batch = files.slice(start, start + BATCH);
        const texts = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
        for (const [i, file] of batch.entries()) {
          // Passing options turns off gray-matter's cache, which would keep every file in memory.
          const { data: frontMatter, content } = matter(texts[i], {});
          const id = idFromPath(file);
          const filePath = relative(root, file);
          const data = await parseData({ id, data: frontMatter, filePath });
          store.set({ id, data, body: content, filePath, digest: generateDigest(texts[i]) });
        }
      }
    },
  };
}
