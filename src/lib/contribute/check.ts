/**
 * Checks a contribution in the browser with the build's own rules: the Zod schemas (with the
 * validator's Italian messages) and the validator's checks that need no other file (comune and
 * province, coordinates, unsafe description, verification date, organisation reference). What comes
 * out is either messages by field, or the files to add.
 */
import type { ComuniIndex } from '../comuni.ts';
import { idField } from '../../schema/fields.ts';
import { organizationSchema } from '../../schema/organization.ts';
import { resourceSchema, type Resource } from '../../schema/resource.ts';
import { joinDescription } from '../description.ts';
import { rawHtmlProblems, unsafeLinkProblems } from '../validate/body.ts';
import { verifiedDateProblems } from '../validate/freshness.ts';
import { italianFallback } from '../validate/messages.ts';
import { placeProblems } from '../validate/places.ts';
import { missingOrganizationProblems } from '../validate/references.ts';
import type { Entry, Problem } from '../validate/types.ts';
import { addMessage, fieldKey, issueMessages, mergeMessages, type FieldMessages } from './errors.ts';
import { organizationToDraft, resourceToDraft, type Draft, type OrganizationForm, type ResourceForm } from './form.ts';
import { organizationPath, regionFolder, resourcePath } from './paths.ts';
import { organizationFileText, resourceFileText, type SourceFile } from './serialize.ts';

/** Everything the form is checking. */
export interface Contribution {
  resource: ResourceForm;
  /** True when the organisation is new and its file is added too. */
  newOrganization: boolean;
  organization: OrganizationForm;
  /** For an update, the repository path of the file being updated. */
  updating?: string;
  /** For an update, that file as it is: what did not change is written back exactly as it was. */
  source?: SourceFile;
}

/** What the checks may use besides the form; each is optional (the form works while they load). */
export interface CheckContext {
  /** Today, "YYYY-MM-DD". */
  today: string;
  comuni?: ComuniIndex;
  /** Ids of the organisations already in the directory. */
  organizationIds?: ReadonlySet<string>;
}

/** A file to add or replace in the repository. */
export interface OutputFile {
  kind: 'resource' | 'organization';
  path: string;
  text: string;
}

export interface CheckResult {
  errors: FieldMessages;
  warnings: FieldMessages;
  /** The resource as the site will read it (defaults filled in), when it is valid. */
  resource?: Resource;
  /** The files to add (the organisation first), when there are no errors. */
  files: OutputFile[];
}

/** The validator calls the descriptions "descrizione" and "descrizione_en"; the form calls them by their keys. */
function problemKey(problem: Problem, prefix: string): string {
  if (problem.field === 'descrizione') return 'body';
  if (problem.field === 'descrizione_en') return 'body_en';
  return `${prefix}${problem.field ?? ''}` || 'id';
}

function problemMessages(problems: readonly Problem[], prefix = ''): { errors: FieldMessages; warnings: FieldMessages } {
  const errors: FieldMessages = {};
  const warnings: FieldMessages = {};
  for (const problem of problems) addMessage(problem.severity === 'error' ? errors : warnings, problemKey(problem, prefix), problem.message);
  return { errors, warnings };
}

/** The messages for an id, from the schema's own id rule. */
function idMessages(id: string, key: string, what: string): FieldMessages {
  const result = idField(what).safeParse(id.trim(), { error: italianFallback });
  return result.success ? {} : issueMessages(result.error.issues.map((issue) => ({ ...issue, path: [] })), [key]);
}

/** An entry object as the validator's checks expect it. */
function asEntry(kind: Entry['kind'], id: string, file: string, data: Draft, body = ''): Entry {
  return { kind, id, file, folder: file.split('/').slice(2, -1).join('/'), data, yaml: '', yamlLine: 1, body, bodyLine: 1 };
}

/** Checks the contribution; when nothing is wrong, also returns the files to add. */
export function checkContribution(contribution: Contribution, context: CheckContext): CheckResult {
  const { resource: form, newOrganization } = contribution;
  const orgDraft = organizationToDraft(contribution.organization);
  const orgId = contribution.organization.id.trim();
  const draft = resourceToDraft(newOrganization ? { ...form, organization: orgId } : form);
  const id = form.id.trim();
  const folder = regionFolder(draft) ?? 'regione';
  const path = contribution.updating ?? resourcePath(folder, id);
  // The English description goes below a "## English" line of the same body (src/lib/description.ts),
  // written by the form itself: the validator's check for a mistyped line is left to CI, to keep the
  // page's JavaScript within its budget.
  const body = joinDescription(form.body, form.body_en);

  const parsed = resourceSchema.safeParse(draft, { error: italianFallback });
  const schemaErrors = parsed.success ? {} : issueMessages(parsed.error.issues);
  if (newOrganization) delete schemaErrors.organization;

  const entry = asEntry('resource', id, path, draft, body);
  const checks = problemMessages([
    ...(context.comuni ? placeProblems(entry, context.comuni) : []),
    ...rawHtmlProblems(entry),
    ...unsafeLinkProblems(entry),
    ...verifiedDateProblems(entry, context.today),
    ...(!newOrganization && context.organizationIds ? missingOrganizationProblems([entry], context.organizationIds) : []),
  ]);

  const sets: FieldMessages[] = [idMessages(id, 'id', 'l’identificativo'), schemaErrors, checks.errors];
  if (newOrganization) {
    const org = organizationSchema.safeParse(orgDraft, { error: italianFallback });
    sets.push(idMessages(orgId, 'org.id', 'l’identificativo dell’organizzazione'));
    if (!org.success) {
      const messages = issueMessages(org.error.issues, ['org']);
      // The English part's length is said under the English field (which then opens), not the Italian one.
      const english = messages['org.description']?.filter((message) => message.includes('in inglese'));
      if (english?.length) {
        messages['org.description_en'] = english;
        messages['org.description'] = messages['org.description']!.filter((message) => !english.includes(message));
        if (!messages['org.description'].length) delete messages['org.description'];
      }
      sets.push(messages);
    }
    if (context.organizationIds?.has(orgId)) {
      sets.push({ 'org.id': [`Esiste già un’organizzazione «${orgId}»: se è la stessa, sceglila nell’elenco delle organizzazioni; altrimenti usa un identificativo diverso.`] });
    }
  }
  const errors = mergeMessages(...sets);
  // Keys of problems in a list item (a checkbox) belong to their group, as for schema issues.
  const grouped: FieldMessages = {};
  for (const [key, list] of Object.entries(errors)) for (const message of list) addMessage(grouped, fieldKey(key.split('.')), message);

  const valid = Object.keys(grouped).length === 0 && parsed.success;
  const files: OutputFile[] = [];
  if (valid) {
    if (newOrganization) files.push({ kind: 'organization', path: organizationPath(orgId), text: organizationFileText(orgDraft) });
    const from = contribution.source && parsed.success ? { source: contribution.source, parsed: parsed.data } : undefined;
    files.push({ kind: 'resource', path, text: resourceFileText(draft, body, from) });
  }
  return { errors: grouped, warnings: checks.warnings, resource: parsed.success ? parsed.data : undefined, files };
}
