/**
 * The repository's GitHub files: the workflows run only on pull_request, with a read-only token and
 * actions pinned to full commit SHAs; the issue forms offer the vocabularies' own labels; CODEOWNERS
 * covers the content and the .github folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/validate/yaml.ts';
import { accessibilityFeatures, audiences, categories, joinMethods, needs } from '../../src/schema/vocabularies.ts';

const WORKFLOWS = '.github/workflows';
const workflows = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(WORKFLOWS, name), 'utf8') }));

type Yaml = Record<string, unknown>;

/** Every value of a key anywhere in a parsed YAML document. */
function valuesOf(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((item) => valuesOf(item, key));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)]);
  }
  return [];
}

/** True when a permissions value grants nothing beyond reading. */
function readOnly(permissions: unknown): boolean {
  if (permissions === 'read-all' || (permissions && typeof permissions === 'object' && Object.keys(permissions).length === 0)) return true;
  if (!permissions || typeof permissions !== 'object') return false;
  return Object.values(permissions).every((level) => level === 'read' || level === 'none');
}

describe('GitHub Actions workflows', () => {
  it('exist', () => {
    expect(workflows.map((w) => w.name)).toContain('pull-request.yml');
  });

  for (const { name, text } of workflows) {
    const workflow = parseYaml(text) as Yaml;

    it(`${name} runs only on pull_request, never pull_request_target`, () => {
      expect(text).not.toMatch(/pull_request_target/);
      const on = workflow.on;
      const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on as Yaml);
      expect(events).toEqual(['pull_request']);
    });

    it(`${name} asks for read-only permissions, at the top and in every job`, () => {
      expect(workflow.permissions).toEqual({ contents: 'read' });
      for (const permissions of valuesOf(workflow.jobs, 'permissions')) expect(readOnly(permissions), JSON.stringify(permissions)).toBe(true);
    });

    it(`${name} pins every action to a full commit SHA`, () => {
      const uses = valuesOf(workflow, 'uses');
      expect(uses.length).toBeGreaterThan(0);
      for (const action of uses) expect(action).toMatch(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/);
      // Every pin says which release it is, for the people who update it.
      for (const line of text.split('\n').filter((l) => /^\s*-?\s*uses:/.test(l))) expect(line).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    });

    it(`${name} keeps the token out of the checkout and passes event data through the environment`, () => {
      for (const step of valuesOf(workflow, 'steps').flat() as Yaml[]) {
        if (typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@')) expect((step.with as Yaml | undefined)?.['persist-credentials']).toBe(false);
        if (typeof step.run === 'string') expect(step.run).not.toMatch(/\$\{\{/);
      }
    });
  }
});

describe('issue forms and code owners', () => {
  const form = parseYaml(readFileSync('.github/ISSUE_TEMPLATE/nuova-risorsa.yml', 'utf8')) as { body: { id?: string; attributes: { options?: unknown[] } }[] };
  const options = (id: string) => form.body.find((item) => item.id === id)?.attributes.options;
  const labels = (vocabulary: Record<string, { it: string }>) => Object.values(vocabulary).map((term) => term.it);

  it('the new-resource form offers the vocabularies’ Italian labels', () => {
    expect(options('categoria')).toEqual(labels(categories));
    expect(options('bisogni')).toEqual(labels(needs));
    expect(options('destinatari')).toEqual(labels(audiences));
    expect(options('partecipazione')).toEqual(labels(joinMethods));
    expect(options('accessibilita')).toEqual(labels(accessibilityFeatures));
  });

  it('every issue form has a name, a description and fields with ids', () => {
    for (const name of readdirSync('.github/ISSUE_TEMPLATE').filter((n) => n !== 'config.yml')) {
      const issue = parseYaml(readFileSync(join('.github/ISSUE_TEMPLATE', name), 'utf8')) as Yaml & { body: Yaml[] };
      expect(issue.name, name).toBeTruthy();
      expect(issue.description, name).toBeTruthy();
      for (const item of issue.body.filter((i) => i.type !== 'markdown')) expect(item.id, name).toMatch(/^[a-z_-]+$/);
    }
  });

  it('CODEOWNERS covers content/ and .github/', () => {
    const rules = readFileSync('.github/CODEOWNERS', 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split(/\s+/));
    expect(rules.find(([path]) => path === '/content/')?.length).toBeGreaterThan(1);
    expect(rules.find(([path]) => path === '/.github/')?.length).toBeGreaterThan(1);
  });

  it('the pull-request template has a checklist', () => {
    expect(readFileSync('.github/pull_request_template.md', 'utf8').match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
  });
});
