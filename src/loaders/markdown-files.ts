/**
 * A content loader for one-Markdown-file-per-entry folders that does not render the Markdown.
 * Astro's glob() loader renders every body to HTML while syncing and keeps it in memory; our pages
 * render descriptions themselves with the safe renderer (src/lib/markdown.ts), so at national scale
 * that work was pure cost (see docs/benchmarks.md). Front matter is validated by the collection's
 * schema through parseData, exactly as glob() does, so the build still fails loudly.
 * A file is read and parsed as the validator does it (parseResource, src/lib/validate/read.ts). In a
 * build the validator's thread has already done that for every file (validatorParsedResources), so
 * the loader only checks each against the schema.
 * In `astro dev` it watches the folder, as glob() does: an edited, added or removed file updates its
 * page, and an edit the validator refuses is reported with the validator's words (onInvalidEdit).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { idFromPath } from '../lib/ids.ts';
import { isEntry, parseResource } from '../lib/validate/read.ts';
import type { ParsedResource } from '../lib/validate/parsed-resources.ts';
import { validatorParsedResources } from '../integrations/validate-content.ts';

/** Every file under a folder whose name ends with the extension, recursively, sorted. */
async function filesUnder(folder: string, extension: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface MarkdownFilesOptions {
  base: string;
  /** In dev, called after a watched file changed, with its absolute path and whether the schema took it. */
  onEdit?: (file: string, accepted: boolean, context: LoaderContext) => Promise<void> | void;
}

/** Loads `<base>/**\/*.md`: the file name is the id, the front matter the data, the rest the body. */
export function markdownFiles(options: MarkdownFilesOptions): Loader {
  return {
    name: 'segnavia-markdown-files',
    load: async (context) => {
      const { store, parseData, generateDigest, config, watcher, logger } = context;
      const root = resolve(config.root.pathname);
      const folder = resolve(root, options.base);

      /** Reads and parses one file as the validator does; throws the validator's message when it cannot. */
      function parseFile(file: string): ParsedResource {
        const parsed = parseResource({ path: file, file: relative(root, file), inner: relative(folder, file), collection: 'resources' }, readFileSync(file, 'utf8'));
        if (!isEntry(parsed)) throw new Error(`${parsed.file}: ${parsed.message}`);
        return { data: parsed.data, body: parsed.body, yaml: parsed.yaml };
      }

      /** Puts one parsed file into the store (parseData throws when the schema refuses it). */
      async function storeFile(file: string, { data: frontMatter, body, yaml }: ParsedResource): Promise<void> {
        const id = idFromPath(file);
        const filePath = relative(root, file);
        const data = await parseData({ id, data: frontMatter, filePath });
        store.set({ id, data, body, filePath, digest: generateDigest(`${yaml}\n---\n${body}`) });
      }

      const files = await filesUnder(folder, '.md');
      const parsedByValidator = validatorParsedResources();
      store.clear();
      for (const file of files) await storeFile(file, (await parsedByValidator?.take(file)) ?? parseFile(file));

      if (!watcher) return;
      watcher.add(folder);
      const watched = (path: string) => path.startsWith(folder + sep) && path.endsWith('.md');
      const onChange = async (path: string) => {
        if (!watched(path)) return;
        let accepted = true;
        try {
          await storeFile(path, parseFile(path));
          logger.info(`Scheda ricaricata: ${relative(root, path)}`);
        } catch {
          // The old version stays on its page until the file is valid again; onEdit says what is wrong.
          accepted = false;
        }
        await options.onEdit?.(path, accepted, context);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        if (watched(path)) store.delete(idFromPath(path));
      });
    },
  };
}
