/**
 * Checks on where files are: a resource sits in the folder of its first place's region (or in online/
 * when it happens only online), and nothing else lies around where the site would silently ignore it.
 */
import { ONLINE_FOLDER, regionFolder } from '../places.ts';
import type { FoundFile } from './read.ts';
import type { Entry, Problem } from './types.ts';

/** A resource in the wrong region folder (or not in online/) is a warning: it still builds, but volunteers look for it there. */
export function folderProblems(entry: Entry): Problem[] {
  const expected = regionFolder(entry.data);
  const actual = entry.folder.split('/')[0];
  if (!expected || actual === expected) return [];
  const name = entry.file.split('/').pop();
  const move = `spostala in content/resources/${expected}/${name}`;
  const message =
    expected === ONLINE_FOLDER
      ? `La scheda si svolge solo online (online_only: true): ${move}.`
      : actual === ''
        ? `Le schede stanno nella cartella della loro regione: ${move}.`
        : actual === ONLINE_FOLDER
          ? `La scheda ha dei luoghi ma è nella cartella online: ${move} (la regione del primo luogo).`
          : `La scheda è nella cartella «${actual}» ma il primo luogo è in un’altra regione: ${move}.`;
  return [{ file: entry.file, severity: 'warning', rule: 'folder', message }];
}

/** Files the site does not read: probably a wrong extension or a wrong place. */
export function strayFileProblems(files: readonly FoundFile[]): Problem[] {
  return files.map((found) => {
    const hint =
      found.collection === 'resources'
      ? 'in content/resources il sito legge solo i file .md: se è una scheda, rinominalo in .md; altrimenti toglilo.'
      : found.collection === 'organizations'
        ? 'in content/organizations il sito legge solo i file .yaml: se è un’organizzazione, rinominalo in .yaml; altrimenti toglilo.'
        : 'le schede vanno in content/resources/<regione>/ e le organizzazioni in content/organizations/.';
    return { file: found.file, severity: 'warning' as const, rule: 'stray-file', message: `File ignorato dal sito: ${hint}` };
  });
}
