/**
 * The form's output is valid content: a fully filled example (every field, two places, two sessions,
 * a new organisation) written into a copy of a content folder passes the validator unchanged, and
 * the example in CONTRIBUTING.md is valid too.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadComuniIndex } from '../../src/lib/comuni.ts';
import { checkContribution, type Contribution } from '../../src/lib/contribute/check.ts';
import { withComune } from '../../src/lib/contribute/comuni.ts';
import { emptyLocation, emptyResourceForm, resourceToForm } from '../../src/lib/contribute/form.ts';
import { isEntry, parseResource } from '../../src/lib/validate/read.ts';
import { resourceSchema } from '../../src/schema/resource.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { validateDirectory } from '../../src/lib/validate/index.ts';

const run = promisify(execFile);
const today = todayIso();

async function fullyFilled(): Promise<Contribution> {
  const comuni = await loadComuniIndex();
  const form = emptyResourceForm(today);
  form.name = 'Gruppo di cammino "Passo dopo passo" della Bicocca';
  form.name_en = 'Step by step walking group, Bicocca';
  form.summary = 'Camminate in gruppo di un’ora nei parchi del quartiere: #insieme, al passo di tutti.';
  form.summary_en = 'One-hour group walks in the local parks, at everyone’s pace.';
  form.category = 'movimento';
  form.needs = ['muoversi', 'compagnia', 'stare-all-aperto'];
  form.audiences = ['anziani', 'adulti', 'malattie-croniche'];
  form.locations = [
    { name: 'Ingresso del Parco Nord: via Clerici', address: 'Via Clerici 150', comune: '', province: '', postcode: '20091', lat: '', lon: '', position: '' },
    emptyLocation(),
  ];
  form.locations[0] = withComune(form.locations[0], 'Bresso (MI)', comuni);
  form.locations[0] = { ...form.locations[0], lat: '45,5401', lon: '9.1951', position: 'esatta' };
  form.locations[1] = withComune(form.locations[1], 'Cinisello Balsamo (MI)', comuni);
  form.schedule.sessions = [
    { days: ['mar', 'gio'], start: '09:30', end: '10:30', part_of_day: '', frequency: 'settimanale', week_of_month: '' },
    { days: ['sab'], start: '15:00', end: '', part_of_day: '', frequency: 'mensile', week_of_month: '-1' },
  ];
  form.schedule.season = { from_month: '9', to_month: '6' };
  form.schedule.start_date = today;
  form.schedule.end_date = `${Number(today.slice(0, 4)) + 1}-06-30`;
  form.schedule.note = 'Con pioggia forte la camminata è annullata: no, non si recupera.';
  form.cost = { free: 'false', amount_eur: '2,50', note: 'Tessera annuale: copre anche l’assicurazione.' };
  form.joining = { methods: ['accesso-libero', 'invio'], note: 'Basta presentarsi 10 minuti prima; il medico può segnalare la persona.' };
  form.contacts = { phone: '02 6100001', email: 'info@passo-dopo-passo.example.org', website: 'https://www.passo-dopo-passo.example.org/cammino' };
  form.accessibility = { features: ['senza-gradini', 'posti-a-sedere', 'cani-guida'], languages: 'it, es, AR', note: 'Percorso pianeggiante; panchine ogni 500 metri.' };
  form.status = 'attivo';
  form.verified = { date: today, by: 'Associazione Passo dopo passo', method: 'organizzazione' };
  form.sources = [
    { title: 'Volantino 2026 del gruppo', url: '', date: '', note: 'Distribuito in biblioteca.' },
    { title: 'Pagina del gruppo', url: 'https://www.passo-dopo-passo.example.org/cammino', date: '', note: '' },
  ];
  form.body = 'Il gruppo cammina per **un’ora**.\n\n- scarpe comode\n- acqua\n\nInformazioni: [sito](https://www.passo-dopo-passo.example.org).';
  form.body_en = 'The group walks for **an hour**.\n\n- comfortable shoes\n- water\n\nInformation: [website](https://www.passo-dopo-passo.example.org).';
  form.id = 'gruppo-di-cammino-passo-dopo-passo-bresso';
  return {
    resource: form,
    newOrganization: true,
    organization: {
      id: 'passo-dopo-passo',
      name: 'Associazione "Passo dopo passo"',
      type: 'associazione',
      description: 'Volontari che organizzano camminate di gruppo nel nord Milano: aperte a tutti, gratuite o quasi.',
      contacts: { phone: '02 6100001', email: 'info@passo-dopo-passo.example.org', website: 'https://www.passo-dopo-passo.example.org' },
    },
  };
}

describe('the form’s output passes the validator unchanged', () => {
  let dir: string;
  let files: { path: string; text: string }[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'segnavia-contribute-'));
    cpSync('tests/fixtures/content-valid', join(dir, 'content'), { recursive: true });
    const result = checkContribution(await fullyFilled(), { today, comuni: await loadComuniIndex(), organizationIds: new Set(['passi-insieme-bresso']) });
    expect(result.errors).toEqual({});
    files = result.files;
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an organisation and a resource in the right folders', () => {
    expect(files.map((f) => f.path)).toEqual(['content/organizations/passo-dopo-passo.yaml', 'content/resources/lombardia/gruppo-di-cammino-passo-dopo-passo-bresso.md']);
  });

  it('writes the English description below the Italian one and reads both back into the form', async () => {
    const { resource } = await fullyFilled();
    const text = files[1].text;
    expect(text).toContain(`${resource.body}\n\n## English\n\n${resource.body_en}\n`);
    const parsed = parseResource({ path: '', file: files[1].path, inner: files[1].path, collection: 'resources' }, text);
    if (!isEntry(parsed)) throw new Error(parsed.message);
    const again = resourceToForm('x', resourceSchema.parse(parsed.data), parsed.body);
    expect([again.body, again.body_en]).toEqual([resource.body, resource.body_en]);
  });

  it('validateDirectory finds nothing wrong with them', async () => {
    const report = await validateDirectory(join(dir, 'content'), { today, root: dir });
    expect(report.problems.filter((p) => files.some((f) => f.path === p.file))).toEqual([]);
    expect(report.counts.errors).toBe(0);
    expect(report.counts.resources).toBe(4);
  });

  it('and neither does `npm run validate` (the CLI)', async () => {
    const { stdout } = await run(process.execPath, [join(process.cwd(), 'scripts/validate.ts'), 'content'], { cwd: dir, env: { ...process.env, GITHUB_ACTIONS: '', SEGNAVIA_CONTENT_DIR: '' } });
    expect(stdout).toMatch(/4 risorse, 4 organizzazioni\): 0 errori/);
    expect(stdout).not.toContain('gruppo-di-cammino-passo-dopo-passo-bresso.md:');
  });
});

describe('CONTRIBUTING.md', () => {
  it('shows a complete example that the validator accepts', async () => {
    const guide = readFileSync('CONTRIBUTING.md', 'utf8');
    const example = /`content\/resources\/lombardia\/([a-z0-9-]+)\.md`\s+```markdown\n([\s\S]*?)```/.exec(guide);
    const organization = /```yaml\n([\s\S]*?)```/.exec(guide);
    expect(example && organization).toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), 'segnavia-guide-'));
    try {
      mkdirSync(join(dir, 'content/resources/lombardia'), { recursive: true });
      mkdirSync(join(dir, 'content/organizations'), { recursive: true });
      writeFileSync(join(dir, `content/resources/lombardia/${example?.[1]}.md`), example?.[2] ?? '');
      writeFileSync(join(dir, 'content/organizations/passi-insieme-bresso.yaml'), organization?.[1] ?? '');
      const report = await validateDirectory(join(dir, 'content'), { today: '2026-11-24', root: dir });
      expect(report.problems).toEqual([]);
      expect(report.counts).toMatchObject({ resources: 1, organizations: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
