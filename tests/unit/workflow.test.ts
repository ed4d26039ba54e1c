/**
 * The repository's GitHub files: every workflow pins its actions to full commit SHAs, never runs on
 * pull_request_target and uses no secrets; the pull-request check runs only on pull_request with a
 * read-only token; the publication deploys only from main and only its deploy job may write (to
 * Pages); the issue forms offer the vocabularies' own labels; CODEOWNERS covers the content and the
 * .github folder.
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

/** The events a workflow runs on. */
function eventsOf(workflow: Yaml): string[] {
  const on = workflow.on;
  return typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on as Yaml);
}

describe('GitHub Actions workflows', () => {
  it('exist', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  for (const { name, text } of workflows) {
    const workflow = parseYaml(text) as Yaml;

    it(`${name} never runs on pull_request_target and uses no secrets`, () => {
      expect(text).not.toMatch(/pull_request_target/);
      expect(text).not.toMatch(/secrets\./);
    });

    it(`${name} reads only, at the top`, () => {
      expect(workflow.permissions).toEqual({ contents: 'read' });
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

  describe('pull-request.yml', () => {
    const workflow = parseYaml(workflows.find((w) => w.name === 'pull-request.yml')!.text) as Yaml;

    it('runs only on pull_request', () => {
      expect(eventsOf(workflow)).toEqual(['pull_request']);
    });

    it('asks for read-only permissions in every job', () => {
      for (const permissions of valuesOf(workflow.jobs, 'permissions')) expect(readOnly(permissions), JSON.stringify(permissions)).toBe(true);
    });

    it("posts the directory's health and coverage (npm run report, in Markdown) as the run's summary, even when entries fail", () => {
      const steps = valuesOf(workflow.jobs, 'steps').flat() as Yaml[];
      const report = steps.find((step) => String(step.run ?? '').startsWith('npm run report -- --markdown'));
      expect(report?.run).toMatch(/>> "\$GITHUB_STEP_SUMMARY"$/);
      expect(report?.if).toBe('${{ !cancelled() }}');
      const runs = steps.map((step) => String(step.run ?? ''));
      expect(runs.indexOf(String(report?.run))).toBeGreaterThan(runs.findIndex((run) => run.startsWith('npm run validate:changed')));
    });
  });

  describe('deploy.yml', () => {
    const workflow = parseYaml(workflows.find((w) => w.name === 'deploy.yml')!.text) as Yaml;
    const jobs = workflow.jobs as Record<string, Yaml>;
    const deployJobs = Object.entries(jobs).filter(([, job]) => valuesOf(job, 'uses').some((u) => String(u).startsWith('actions/deploy-pages@')));

    it('runs on pushes to main (or by hand), never for pull requests', () => {
      expect(eventsOf(workflow).sort()).toEqual(['push', 'workflow_dispatch']);
      expect((workflow.on as Yaml).push).toEqual({ branches: ['main'] });
    });

    it('deploys in one job, only for main, after the job that tests and builds', () => {
      expect(deployJobs).toHaveLength(1);
      const [, deploy] = deployJobs[0];
      expect(deploy.if).toBe("github.ref == 'refs/heads/main'");
      const build = jobs[deploy.needs as string];
      const runs = valuesOf(build, 'run');
      expect(runs).toContain('npm test');
      expect(runs).toContain('npm run build');
      expect(runs.indexOf('npm test')).toBeLessThan(runs.indexOf('npm run build'));
    });

    it('checks the site against GitHub Pages’ size limit after building it and before uploading it', () => {
      const [, deploy] = deployJobs[0];
      const steps = (jobs[deploy.needs as string].steps as Yaml[]).map((step) => String(step.run ?? step.uses ?? ''));
      const check = steps.indexOf('npm run check:size -- dist --host github-pages');
      expect(check).toBeGreaterThan(steps.indexOf('npm run build'));
      expect(check).toBeLessThan(steps.findIndex((s) => s.startsWith('actions/upload-pages-artifact@')));
    });

    it('grants pages: write and id-token: write to the deploy job only; every other job reads only', () => {
      for (const [id, job] of Object.entries(jobs)) {
        if (id === deployJobs[0][0]) expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
        else expect(readOnly(job.permissions), id).toBe(true);
      }
    });
  });
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
