/**
 * The content validator: everything the schema checks, plus what it cannot (duplicates, references,
 * places and coordinates, unsafe descriptions, stale dates, misplaced files). Every file is checked
 * even when others are broken; problems come back sorted by file and line.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { organizationSchema, resourceSchema } from '../../schema/index.ts';
import { loadComuniIndex } from '../comuni.ts';
import { todayIso } from '../dates.ts';
import { englishMarkerProblems, organizationEnglishProblems, rawHtmlProblems, unsafeLinkProblems } from './body.ts';
import { folderProblems, strayFileProblems } from './folders.ts';
import { verifiedDateProblems } from './freshness.ts';
import { duplicateIdProblems, invalidIdProblems, likelyDuplicateProblems } from './ids.ts';
import { placeProblems } from './places.ts';
import { scheduleDayProblems } from './schedule-days.ts';
import { displayPath, findContentFiles, isEntry, parseOrganization, parseResource, readEntries, type FoundFile } from './read.ts';
import { missingOrganizationProblems } from './references.ts';
import { schemaProblems } from './schema.ts';
import { nearDuplicateProblems } from './similar.ts';
import type { Entry, Problem, Report } from './types.ts';

export type { Entry, Problem, Report, Severity } from './types.ts';
export { formatPlain, formatGithub, formatSummary } from './format.ts';
export { changedFiles, ChangedFilesError } from './changed.ts';

export interface ValidateOptions {
  /** Today's date, "YYYY-MM-DD" (for tests); defaults to the real date in UTC. */
  today?: string;
  /** The repository root, for the file paths in messages; defaults to the working directory. */
  root?: string;
  /**
   * Only these files (absolute paths) are reported on, as for a pull request: every file is still read,
   * so that checks across files (duplicate ids, organisations) see the whole directory, and changed
   * resources are also compared with all others for likely duplicates with similar names.
   */
  changed?: readonly string[];
  /** Called with each resource file as soon as it is read and parsed (the build's worker: worker.ts). */
  onResource?: (found: FoundFile, entry: Entry) => void;
  /** Called once every resource file has been read, before the checks. */
  onResourcesRead?: () => void;
}

/** Orders problems by file, then line, then field, errors first. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.severity.localeCompare(b.severity),
  );
}

/** The report for a list of problems and the numbers of files checked. */
export function makeReport(problems: Problem[], resources: number, organizations: number): Report {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  return { problems: sorted, counts: { resources, organizations, errors, warnings: sorted.length - errors } };
}

/** Validates every resource and organisation under a content folder. */
export async function validateDirectory(contentDir: string, options: ValidateOptions = {}): Promise<Report> {
  const root = options.root ?? process.cwd();
  const today = options.today ?? todayIso();
  const exists = await stat(contentDir).then((s) => s.isDirectory(), () => false);
  if (!exists) {
    return makeReport([{ file: displayPath(contentDir, root) || contentDir, severity: 'error', rule: 'file', message: 'La cartella dei contenuti non esiste: indica la cartella che contiene resources/ e organizations/.' }], 0, 0);
  }
  const files = await findContentFiles(contentDir, root);
  const [resourceResults, organizationResults, comuni] = await Promise.all([
    readEntries(files.resources, parseResource, options.onResource).then((results) => {
      options.onResourcesRead?.();
      return results;
    }),
    readEntries(files.organizations, parseOrganization),
    loadComuniIndex(),
  ]);
  const resources = resourceResults.filter(isEntry);
  const organizations = organizationResults.filter(isEntry);
  const unreadable = [...resourceResults, ...organizationResults].filter((r): r is Problem => !isEntry(r));
  const organizationIds = new Set(organizations.map((o) => o.id));

  const perResource = (entry: Entry): Problem[] => [
    ...schemaProblems(entry, resourceSchema),
    ...placeProblems(entry, comuni),
    ...unsafeLinkProblems(entry),
    ...rawHtmlProblems(entry),
    ...englishMarkerProblems(entry),
    ...verifiedDateProblems(entry, today),
    ...scheduleDayProblems(entry),
    ...folderProblems(entry),
  ];
  const problems = [
    ...unreadable,
    ...resources.flatMap(perResource),
    ...organizations.flatMap((entry) => [...schemaProblems(entry, organizationSchema), ...organizationEnglishProblems(entry)]),
    ...invalidIdProblems([...resources, ...organizations]),
    ...duplicateIdProblems([...resources, ...organizations]),
    ...likelyDuplicateProblems(resources),
    ...missingOrganizationProblems(resources, organizationIds),
    ...strayFileProblems(files.stray),
  ];
  if (!options.changed) return makeReport(problems, files.resources.length, files.organizations.length);

  const changed = new Set(options.changed.map((path) => displayPath(resolve(path), resolve(root))));
  const isChanged = (file: string) => changed.has(file);
  const changedResources = resources.filter((entry) => isChanged(entry.file));
  const flagged = new Set(problems.filter((p) => p.rule === 'likely-duplicate').map((p) => p.file));
  const all = [...problems, ...nearDuplicateProblems(changedResources, resources, flagged)];
  const report = makeReport(
    all.filter((p) => isChanged(p.file)),
    files.resources.filter((f) => isChanged(f.file)).length,
    files.organizations.filter((f) => isChanged(f.file)).length,
  );
  const elsewhere = all.filter((p) => !isChanged(p.file));
  return { ...report, elsewhere: { errors: elsewhere.filter((p) => p.severity === 'error').length, warnings: elsewhere.filter((p) => p.severity === 'warning').length } };
}
