import { beforeAll, describe, expect, it } from 'vitest';
import { loadComuniIndex, type ComuniIndex } from '../../src/lib/comuni.ts';
import { comuneOption, comuneSuggestions, compactComuni, expandComuni, indexCompactComuni, parseComuneOption, withComune, withPoint } from '../../src/lib/contribute/comuni.ts';
import { emptyLocation, emptyOrganizationForm, emptyResourceForm, languagesFrom, numberFrom, organizationToDraft, organizationToForm, resourceToDraft, resourceToForm } from '../../src/lib/contribute/form.ts';
import { organizationFileText, resourceFileText } from '../../src/lib/contribute/serialize.ts';
import { joinDescription, splitDescription } from '../../src/lib/description.ts';
import { describedAt, resourceHint } from '../../src/lib/contribute/hints.ts';
import { organizationEnglishProblems } from '../../src/lib/validate/body.ts';
import { findContentFiles, isEntry, parseOrganization, parseResource, readEntries } from '../../src/lib/validate/read.ts';
import type { Entry } from '../../src/lib/validate/types.ts';
import { organizationSchema, resourceSchema } from '../../src/schema/index.ts';
import data from '../../src/data/comuni.json' with { type: 'json' };
import type { ComuniData } from '../../src/lib/comuni.ts';

/** Every resource and organisation of a content folder, parsed as the validator reads them. */
async function entriesOf(dir: string): Promise<{ resources: Entry[]; organizations: Entry[] }> {
  const files = await findContentFiles(dir, process.cwd());
  const resources = (await readEntries(files.resources, parseResource)).filter(isEntry);
  const organizations = (await readEntries(files.organizations, parseOrganization)).filter(isEntry);
  return { resources, organizations };
}

describe('form ↔ entry', () => {
  it.each(['content', 'tests/fixtures/content-valid'])('every resource and organisation in %s survives entry → form → entry unchanged', async (dir) => {
    const { resources, organizations } = await entriesOf(dir);
    expect(resources.length).toBeGreaterThan(0);
    for (const entry of resources) {
      const original = resourceSchema.parse(entry.data);
      const form = resourceToForm(entry.id, original, entry.body);
      const again = resourceSchema.parse(resourceToDraft(form));
      expect(again, entry.file).toEqual(original);
      const { it: italian, en } = splitDescription(entry.body);
      expect([form.body, form.body_en]).toEqual([italian, en]);
      expect(joinDescription(form.body, form.body_en)).toBe(en ? joinDescription(italian, en) : entry.body.trim());
    }
    for (const entry of organizations) {
      const original = organizationSchema.parse(entry.data);
      expect(organizationSchema.parse(organizationToDraft(organizationToForm(entry.id, original))), entry.file).toEqual(original);
    }
  });

  it('and the file written from the form is read back as the same entry', async () => {
    const { resources } = await entriesOf('content');
    for (const entry of resources) {
      const original = resourceSchema.parse(entry.data);
      const text = resourceFileText(resourceToDraft(resourceToForm(entry.id, original, entry.body)), entry.body);
      const parsed = parseResource({ path: '', file: entry.file, inner: entry.file, collection: 'resources' }, text);
      if (!isEntry(parsed)) throw new Error(parsed.message);
      expect(resourceSchema.parse(parsed.data), entry.file).toEqual(original);
      expect(parsed.body.trim()).toBe(entry.body.trim());
    }
  });

  it('a new organisation with its English name and description is written as CONTRIBUTING.md shows and read back', () => {
    const form = { ...emptyOrganizationForm(), id: 'passi-insieme', name: 'Associazione Passi Insieme', type: 'associazione' as const };
    form.name_en = ' Passi Insieme Association ';
    form.description = 'Associazione di volontariato del nord Milano che organizza gruppi di cammino.';
    form.description_en = ' A voluntary association in north Milan that organises walking groups. ';
    form.contacts.website = 'https://www.passi-insieme.example.org';
    const text = organizationFileText(organizationToDraft(form));
    expect(text).toContain('name_en: Passi Insieme Association\n');
    expect(text).toContain(
      'description: >-\n  Associazione di volontariato del nord Milano che organizza gruppi di cammino.\n\n  ## English\n\n  A voluntary association in north Milan that organises walking groups.\ncontacts:',
    );
    const parsed = parseOrganization({ path: '', file: 'content/organizations/passi-insieme.yaml', inner: 'passi-insieme.yaml', collection: 'organizations' }, text);
    if (!isEntry(parsed)) throw new Error(parsed.message);
    const checked = organizationSchema.safeParse(parsed.data);
    expect(checked.error?.issues).toBeUndefined();
    expect(organizationEnglishProblems(parsed)).toEqual([]);
    const again = organizationToForm('passi-insieme', organizationSchema.parse(parsed.data));
    expect([again.name_en, again.description, again.description_en]).toEqual([
      'Passi Insieme Association',
      'Associazione di volontariato del nord Milano che organizza gruppi di cammino.',
      'A voluntary association in north Milan that organises walking groups.',
    ]);
    // Left empty, the English fields write nothing.
    const italianOnly = organizationFileText(organizationToDraft({ ...form, name_en: ' ', description_en: '' }));
    expect(italianOnly).not.toMatch(/name_en|English/);
  });

  it('leaves out what was left blank and tidies what was typed', () => {
    const form = emptyResourceForm('2026-11-24');
    form.name = '  Coro  ';
    form.locations[0] = { ...emptyLocation(), comune: 'Rho', province: ' mi', lat: '45,5287', lon: '9.04' };
    form.accessibility.languages = 'IT, en;ar';
    form.cost.free = 'false';
    const draft = resourceToDraft(form);
    expect(draft.name).toBe('Coro');
    expect(draft).not.toHaveProperty('name_en');
    expect(draft).not.toHaveProperty('online_only');
    expect(draft.locations).toEqual([{ comune: 'Rho', province: 'MI', lat: 45.5287, lon: 9.04 }]);
    expect(draft.accessibility).toEqual({ features: [], languages: ['it', 'en', 'ar'] });
    expect(draft.cost).toEqual({ free: false });
    // The blank session and source rows of a new form are not entries.
    expect(draft.schedule).toEqual({ sessions: [] });
    expect(draft.sources).toEqual([]);
  });

  it('drops the places of an online-only resource and the week of a session that is not monthly', () => {
    const form = emptyResourceForm('2026-11-24');
    form.online_only = true;
    form.locations[0].comune = 'Rho';
    form.schedule.sessions[0] = { days: ['lun'], start: '10:00', end: '', part_of_day: 'mattina', frequency: 'settimanale', week_of_month: '2' };
    const draft = resourceToDraft(form);
    expect(draft.online_only).toBe(true);
    expect(draft).not.toHaveProperty('locations');
    expect(draft.schedule).toEqual({ sessions: [{ days: ['lun'], start: '10:00', frequency: 'settimanale' }] });
  });

  it('writes a session with days and a part of the day but no times, and reads it back', () => {
    const form = emptyResourceForm('2026-11-24');
    form.schedule.sessions[0] = { days: ['ven', 'lun'], start: '', end: '', part_of_day: 'mattina', frequency: 'settimanale', week_of_month: '' };
    const draft = resourceToDraft(form);
    expect(draft.schedule).toEqual({ sessions: [{ days: ['ven', 'lun'], part_of_day: 'mattina', frequency: 'settimanale' }] });
    const schedule = resourceSchema.shape.schedule.parse(draft.schedule);
    expect(schedule.sessions[0]).toMatchObject({ days: ['ven', 'lun'], part_of_day: 'mattina' });
    expect(resourceFileText(draft, 'Descrizione.')).toMatch(/ {4}- days: \[ven, lun\]\n {6}part_of_day: mattina\n/);
  });

  it('reads numbers with a comma or a point, and leaves anything else for the schema to refuse', () => {
    expect(numberFrom('45,46')).toBe(45.46);
    expect(numberFrom(' -1 ')).toBe(-1);
    expect(numberFrom('2.50')).toBe(2.5);
    expect(numberFrom('')).toBeUndefined();
    expect(numberFrom('45°N')).toBe('45°N');
    expect(resourceSchema.shape.locations.safeParse([{ comune: 'Rho', province: 'MI', lat: '45°N', lon: 9, position: 'esatta' }]).error?.issues[0].message).toMatch(/^Latitudine mancante o non numerica/);
    expect(languagesFrom(' it , EN ')).toEqual(['it', 'en']);
  });
});

describe('hints come from the schema’s descriptions', () => {
  it.each(['name', 'summary', 'locations.0.lat', 'locations.comune', 'schedule.sessions.0.start', 'schedule.season', 'cost.amount_eur', 'contacts.phone', 'accessibility.languages', 'verified.date', 'sources.0.url', 'status'])('%s', (key) => {
    expect(resourceHint(key)).toMatch(/\S/);
  });
  it('and say nothing for fields the schema does not have', () => {
    expect(resourceHint('nope')).toBeUndefined();
    expect(describedAt(organizationSchema, 'contacts.email')).toMatch(/Email pubblica/);
  });
});

describe('comuni for the form', () => {
  let full: ComuniIndex;
  let compact: ComuniIndex;
  beforeAll(async () => {
    full = await loadComuniIndex();
    compact = indexCompactComuni(JSON.parse(JSON.stringify(compactComuni(data as unknown as ComuniData))));
  });

  it('the compact data holds every comune, province and centroid of the full data', () => {
    const expanded = expandComuni(compactComuni(data as unknown as ComuniData));
    expect(expanded.comuni.length).toBe(full.all.length);
    const key = (c: { name: string; province: string; lat?: number; lon?: number }) => `${c.name}|${c.province}|${c.lat}|${c.lon}`;
    expect(new Set(compact.all.map(key))).toEqual(new Set(full.all.map(key)));
    expect(compact.province('MI')).toEqual(full.province('MI'));
  });

  it('suggests comuni by their first letters, shortest names first', () => {
    expect(comuneSuggestions(compact, 'Rh').map(comuneOption)[0]).toBe('Rho (MI)');
    expect(comuneSuggestions(compact, 'samone').map(comuneOption).sort()).toEqual(['Samone (TN)', 'Samone (TO)']);
    expect(comuneSuggestions(compact, 'r')).toEqual([]);
    expect(parseComuneOption('Reggio nell’Emilia (re)')).toEqual({ name: 'Reggio nell’Emilia', province: 'RE' });
  });

  it('choosing a comune sets its province and, when the position is empty, its centre as approssimativa', () => {
    const rho = withComune(emptyLocation(), 'Rho (MI)', compact);
    expect(rho).toMatchObject({ comune: 'Rho', province: 'MI', position: 'approssimativa' });
    expect(Number(rho.lat)).toBe(full.find('Rho', 'MI')?.lat);
    // Another comune moves a centre that was taken from the previous one…
    const milano = withComune(rho, 'Milano (MI)', compact);
    expect(Number(milano.lat)).toBe(full.find('Milano', 'MI')?.lat);
    // … but never a position the volunteer set.
    const exact = withPoint(rho, 45.53012345, 9.04123);
    expect(exact).toMatchObject({ lat: '45.53012', lon: '9.04123', position: 'esatta' });
    expect(withComune(exact, 'Milano (MI)', compact)).toMatchObject({ comune: 'Milano', lat: '45.53012', position: 'esatta' });
  });

  it('a name only one comune has is enough; homonyms wait for the province', () => {
    expect(withComune(emptyLocation(), 'rho', compact)).toMatchObject({ comune: 'Rho', province: 'MI' });
    expect(withComune(emptyLocation(), 'Samone', compact)).toMatchObject({ comune: 'Samone', province: '' });
    expect(withComune({ ...emptyLocation(), province: 'TN' }, 'Samone', compact)).toMatchObject({ comune: 'Samone', province: 'TN' });
    // Without the list (still loading), a chosen suggestion is still read.
    expect(withComune(emptyLocation(), 'Rho (MI)', undefined)).toMatchObject({ comune: 'Rho', province: 'MI', lat: '' });
  });
});

describe('a source with its date', () => {
  // No entry of content/ has a dated source yet: this one stands in for it.
  const text = `---
name: Coro di quartiere
summary: Si canta insieme una volta alla settimana.
category: musica-canto
needs: [creativita]
audiences: [tutti]
organization: auser
locations:
  - comune: Rho
    province: MI
    lat: 45.528
    lon: 9.04
    position: approssimativa
schedule:
  sessions:
    - days: [mer]
      start: "18:00"
cost:
  free: true
joining:
  methods: [accesso-libero]
contacts:
  website: https://www.example.org
status: attivo
verified:
  date: 2026-01-10
  by: Redazione Segnavia
  method: telefono
sources:
  - title: Volantino
    date: 2022
  - title: Pagina del coro
    url: https://www.example.org/coro
    date: 2022-05
  - title: Articolo
    date: 2022-05-14
---

Ci si trova in sala.
`;
  it('keeps a year, a month or a day through form and file', () => {
    const parsed = parseResource({ path: '', file: 'content/resources/lombardia/coro.md', inner: 'lombardia/coro.md', collection: 'resources' }, text);
    if (!isEntry(parsed)) throw new Error(parsed.message);
    const original = resourceSchema.parse(parsed.data);
    expect(original.sources.map((s) => s.date)).toEqual(['2022', '2022-05', '2022-05-14']);
    const form = resourceToForm('coro', original, parsed.body);
    expect(form.sources.map((s) => s.date)).toEqual(['2022', '2022-05', '2022-05-14']);
    const again = parseResource({ path: '', file: 'content/resources/lombardia/coro.md', inner: 'lombardia/coro.md', collection: 'resources' }, resourceFileText(resourceToDraft(form), parsed.body));
    if (!isEntry(again)) throw new Error(again.message);
    expect(resourceSchema.parse(again.data)).toEqual(original);
  });
});
