/**
 * Finds and reads the content files, as the site's collections do: every .md under resources/ (front
 * matter read with gray-matter) and every .yaml under organizations/. A file that cannot be read or
 * parsed becomes a problem and never stops the others from being checked.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import { idFromPath } from '../ids.ts';
import { parseYaml, yamlProblem } from './yaml.ts';
import type { Entry, Problem } from './types.ts';

/** A file found under the content folder. */
export interface FoundFile {
  /** Absolute (or cwd-relative) path to read. */
  path: string;
  /** Path shown in messages, relative to the repository root. */
  file: string;
  /** Path inside its collection folder, e.g. "lombardia/x.md". */
  inner: string;
  /** The collection folder it was found in ('' for anywhere else in the content folder). */
  collection: '' | 'resources' | 'organizations';
}

/** What the content folder holds. */
export interface ContentFiles {
  resources: FoundFile[];
  organizations: FoundFile[];
  /** Files the site ignores: wrong extension, or outside the two collection folders. */
  stray: FoundFile[];
}

/** The path with forward slashes, as shown in messages and CI annotations. */
export function displayPath(path: string, root: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Files under a folder, recursively, skipping hidden ones (as the site's glob does); [] if it is missing. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** Lists resources, organisations and stray files under the content folder. */
export async function findContentFiles(contentDir: string, root: string): Promise<ContentFiles> {
  const found = (inner: string, collection: FoundFile['collection'] = ''): FoundFile => {
    const path = join(contentDir, collection, inner);
    return { path, file: displayPath(path, root), inner, collection };
  };
  const result: ContentFiles = { resources: [], organizations: [], stray: [] };
  for (const inner of await listFiles(join(contentDir, 'resources'))) {
    (inner.endsWith('.md') ? result.resources : result.stray).push(found(inner, 'resources'));
  }
  for (const inner of await listFiles(join(contentDir, 'organizations'))) {
    (inner.endsWith('.yaml') ? result.organizations : result.stray).push(found(inner, 'organizations'));
  }
  const top = await readdir(contentDir, { withFileTypes: true }).catch(() => []);
  for (const entry of top) {
    if (entry.name.startsWith('.') || ['resources', 'organizations'].includes(entry.name) || /^readme\.md$/i.test(entry.name)) continue;
    const inner = entry.isDirectory() ? (await listFiles(join(contentDir, entry.name))).map((name) => `${entry.name}/${name}`) : [entry.name];
    result.stray.push(...inner.map((name) => found(name)));
  }
  return result;
}

/** The folders of a path inside its collection: "lombardia/x.md" → "lombardia". */
function folderOf(inner: string): string {
  return inner.split('/').slice(0, -1).join('/');
}

/** The 1-based line at which a character offset falls. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** True for a YAML mapping (not a list, a string or nothing). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A problem about a whole file. */
function fileProblem(file: string, message: string, line?: number): Problem {
  return { file, message, severity: 'error', rule: 'file', line };
}

/** Parses a resource: YAML front matter between "---" lines, then the Markdown description. */
export function parseResource(found: FoundFile, text: string): Entry | Problem {
  if (!/^\uFEFF?---\s*\r?\n/.test(text)) {
    return fileProblem(found.file, 'Manca l’intestazione: il file deve iniziare con una riga «---», poi i campi (name, summary…), poi un’altra riga «---» e sotto la descrizione.', 1);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: (s: string) => parseYaml(s) as object } });
  } catch (error) {
    return yamlProblem(found.file, error, 1);
  }
  if (!isRecord(parsed.data) || Object.keys(parsed.data).length === 0) {
    return fileProblem(found.file, 'L’intestazione tra le righe «---» è vuota o non è un elenco di campi «campo: valore».', 1);
  }
  const bodyOffset = text.length - parsed.content.length;
  return {
    kind: 'resource',
    id: idFromPath(found.inner),
    file: found.file,
    folder: folderOf(found.inner),
    data: parsed.data,
    yaml: parsed.matter,
    yamlLine: 1,
    body: parsed.content,
    bodyLine: lineAt(text, bodyOffset),
  };
}

/** Parses an organisation: the whole file is YAML. */
export function parseOrganization(found: FoundFile, text: string): Entry | Problem {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return yamlProblem(found.file, error, 1);
  }
  if (!isRecord(data)) {
    return fileProblem(found.file, 'Il file è vuoto o non è un elenco di campi «campo: valore» (name, type, description, contacts).', 1);
  }
  return { kind: 'organization', id: idFromPath(found.inner), file: found.file, folder: folderOf(found.inner), data, yaml: text, yamlLine: 1, body: '', bodyLine: 1 };
}

/**
 * Reads and parses files in order. `onEntry` sees each entry as soon as it is parsed (the build's
 * validator hands them to the content loader: src/lib/validate/worker.ts).
 * The reads are synchronous: fs/promises costs an open, a stat, a read and a close per file, each a
 * round trip to the thread pool; at 55,000 files that took 4.4 s of this thread, a plain read 0.9 s.
 */
export async function readEntries(files: FoundFile[], parse: (found: FoundFile, text: string) => Entry | Problem, onEntry?: (found: FoundFile, entry: Entry) => void): Promise<(Entry | Problem)[]> {
  return files.map((found) => {
    let text: string;
    try {
      text = readFileSync(found.path, 'utf8');
    } catch (error) {
      return fileProblem(found.file, `Il file non si può leggere: ${(error as Error).message}.`);
    }
    const result = parse(found, text);
    if (onEntry && isEntry(result)) onEntry(found, result);
    return result;
  });
}

/** True when a parse result is an entry rather than a problem. */
export function isEntry(value: Entry | Problem): value is Entry {
  return 'kind' in value;
}
