/** The fixture entries of tests/fixtures/content-valid, checked by the schema as the collections check them (defaults applied). */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { organizationSchema, resourceSchema } from '../../src/schema/index.ts';
import type { OrganizationRecord, ResourceRecord } from '../../src/lib/hsds/service.ts';
import { repoRoot } from './site.ts';

const FIXTURES = join(repoRoot, 'tests/fixtures/content-valid');

export function fixtureResource(id: string): ResourceRecord {
  for (const region of readdirSync(join(FIXTURES, 'resources'))) {
    const path = join(FIXTURES, 'resources', region, `${id}.md`);
    try {
      return { id, data: resourceSchema.parse(matter(readFileSync(path, 'utf8')).data) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`No fixture resource ${id}`);
}

export function fixtureOrganization(id: string): OrganizationRecord {
  return { id, data: organizationSchema.parse(yaml.load(readFileSync(join(FIXTURES, 'organizations', `${id}.yaml`), 'utf8'))) };
}

export function allFixtureResources(): ResourceRecord[] {
  return readdirSync(join(FIXTURES, 'resources')).flatMap((region) =>
    readdirSync(join(FIXTURES, 'resources', region)).map((file) => fixtureResource(basename(file, '.md'))),
  );
}

/** The HSDS base URL the tests use. */
export const testUrl = (path: string) => new URL(path, 'https://segnavia.test/dati/hsds/').href;
