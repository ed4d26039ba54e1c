/** Shapes shared by the validator's modules. */

/** An error fails the check (and CI); a warning is shown but does not. */
export type Severity = 'error' | 'warning';

/** One thing wrong with one file, said so that a volunteer can fix it. */
export interface Problem {
  /** The file, relative to the repository, with forward slashes: content/resources/lombardia/x.md. */
  file: string;
  /** The field as a dotted path (locations.0.lat), when the problem is in one field. */
  field?: string;
  /** What is wrong and how to fix it, in plain Italian. */
  message: string;
  severity: Severity;
  /** The line in the file, when known (best effort). */
  line?: number;
  /** Which check found it: schema, yaml, duplicate-id, comune, coordinates, html… */
  rule: string;
}

/** A content file that was read and parsed: a resource (front matter + body) or an organisation. */
export interface Entry {
  kind: 'resource' | 'organization';
  /** The file name without folders and extension. */
  id: string;
  file: string;
  /** Folders between the collection folder and the file ('' when none), e.g. "lombardia". */
  folder: string;
  /** The parsed YAML, not yet checked by the schema. */
  data: Record<string, unknown>;
  /** The YAML text (the front matter for resources) and the file line of its first line. */
  yaml: string;
  yamlLine: number;
  /** The Markdown body ('' for organisations) and the file line where it starts. */
  body: string;
  bodyLine: number;
}

/** The outcome of validating a content folder. */
export interface Report {
  problems: Problem[];
  counts: { resources: number; organizations: number; errors: number; warnings: number };
  /** When only changed files are reported: what was found in the other files, not listed. */
  elsewhere?: { errors: number; warnings: number };
}
