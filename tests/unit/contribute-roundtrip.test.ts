/**
 * Starting from an existing entry (issue 10): for every resource in content/, the form is filled the
 * way the page fills it (from what the build writes into the entry's shard file), and sending it with
 * nothing changed gives back the file on disk byte for byte; changing one answer changes only the lines
 * of that field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { checkContribution, type Contribution } from '../../src/lib/contribute/check.ts';
import { resourceToDraft } from '../../src/lib/contribute/form.ts';
import { resourceFileText } from '../../src/lib/contribute/serialize.ts';
import { joinDescription } from '../../src/lib/description.ts';
import { contributionFrom, storedEntry, type StoredEntry } from '../../src/lib/contribute/stored.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { resourceSchema } from '../../src/schema/resource.ts';
import { allResources } from '../support/content.ts';
import { repoRoot } from '../support/site.ts';

/** An entry as the page gets it: the build's shard file entry (schema-checked data, through JSON). */
function stored(path: string): { text: string; entry: StoredEntry } {
  const text = readFileSync(join(repoRoot, path), 'utf8');
  const { data, content } = matter(text, {});
  const id = path.split('/').pop()!.replace(/\.md$/, '');
  const entry = storedEntry({ id, filePath: path, data: resourceSchema.parse(data), body: content }, text);
  return { text, entry: JSON.parse(JSON.stringify(entry)) as StoredEntry };
}

function output(contribution: Contribution): string {
  const result = checkContribution(contribution, { today: todayIso() });
  expect(result.errors).toEqual({});
  return result.files[0].text;
}

/** The lines of `after` that are not in `before` and the other way round (as a diff would count them). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return [...a.filter((line) => !b.includes(line)).map((l) => `-${l}`), ...b.filter((line) => !a.includes(line)).map((l) => `+${l}`)];
}

const paths = allResources().map((r) => `content/resources/${r.region}/${r.id}.md`);

describe('an existing entry, sent back unchanged through the form', () => {
  it('covers every sample entry', () => expect(paths.length).toBeGreaterThan(30));

  it.each(paths)('%s is the same file, byte for byte', (path) => {
    const { text, entry } = stored(path);
    const contribution = contributionFrom(entry);
    expect(contribution.updating).toBe(path);
    expect(output(contribution)).toBe(text);
  });

  it.each(paths)('%s: the form holds every field (its own writer gives back the same entry)', (path) => {
    const { entry } = stored(path);
    const { resource } = contributionFrom(entry);
    // Without the file to start from, the text is the form's own style; read back, it is the same entry.
    const text = resourceFileText(resourceToDraft(resource), joinDescription(resource.body, resource.body_en));
    const { data, content } = matter(text, {});
    expect(resourceSchema.parse(data)).toEqual(entry.data);
    expect(content.trim()).toBe(entry.body);
  });

  it.each(paths)('%s: a changed name or phone changes only its own lines', (path) => {
    const { text, entry } = stored(path);
    const renamed = contributionFrom(entry);
    renamed.resource.name = `${renamed.resource.name} (nuovo nome)`;
    expect(changedLines(text, output(renamed))).toEqual([`-${text.split('\n').find((line) => line.startsWith('name: '))}`, `+name: ${entry.data.name} (nuovo nome)`]);
    const called = contributionFrom(entry);
    called.resource.contacts.phone = '02 1234567';
    const lines = changedLines(text, output(called));
    expect(lines).toContain('+  phone: "02 1234567"');
    expect(lines.every((line) => /^[-+](contacts:|  (phone|email|website): )/.test(line)), lines.join('\n')).toBe(true);
  });
});
