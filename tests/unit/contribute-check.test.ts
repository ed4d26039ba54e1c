import { beforeAll, describe, expect, it } from 'vitest';
import { loadComuniIndex, type ComuniIndex } from '../../src/lib/comuni.ts';
import { checkContribution, type Contribution } from '../../src/lib/contribute/check.ts';
import { fieldId, fieldKey, issueMessages } from '../../src/lib/contribute/errors.ts';
import { emptyOrganizationForm, emptyResourceForm, type ResourceForm } from '../../src/lib/contribute/form.ts';
import { blobUrl, editFileUrl, issueFormUrl, newFileUrl } from '../../src/lib/contribute/github.ts';
import { contributeUrl, organizationPath, regionFolder, repositoryPath, resourcePath, suggestId } from '../../src/lib/contribute/paths.ts';
import { resourceSchema } from '../../src/schema/resource.ts';

const TODAY = '2026-11-24';

/** A valid walking group, as a volunteer would fill the form. */
function walkingGroup(): ResourceForm {
  const form = emptyResourceForm(TODAY);
  form.id = 'gruppo-di-cammino-rho';
  form.name = 'Gruppo di cammino di Rho';
  form.summary = 'Camminate di un’ora in compagnia, ogni martedì mattina.';
  form.category = 'movimento';
  form.needs = ['muoversi'];
  form.audiences = ['anziani'];
  form.organization = 'asst-rhodense';
  form.locations[0] = { name: '', address: 'Piazza San Vittore 1', comune: 'Rho', province: 'MI', postcode: '20017', lat: '45.5287', lon: '9.04', position: 'approssimativa' };
  form.schedule.sessions[0] = { days: ['mar'], start: '09:30', end: '10:30', part_of_day: '', frequency: 'settimanale', week_of_month: '' };
  form.cost.free = 'true';
  form.joining.methods = ['accesso-libero'];
  form.contacts.phone = '02 994301';
  form.verified = { date: TODAY, by: 'Redazione Segnavia', method: 'telefono' };
  form.sources[0] = { title: 'Sito dell’ASST', url: 'https://www.asst-rhodense.it', date: '', note: '' };
  form.body = 'Ci si ritrova davanti alla chiesa.';
  return form;
}

function contribution(resource: ResourceForm, extra: Partial<Contribution> = {}): Contribution {
  return { resource, newOrganization: false, organization: emptyOrganizationForm(), ...extra };
}

describe('ids, folders and paths', () => {
  it('suggests an id from the name and comune, without repeating the comune', () => {
    expect(suggestId('Gruppo di cammino', 'Rho')).toBe('gruppo-di-cammino-rho');
    expect(suggestId('Gruppo di cammino di Rho', 'Rho')).toBe('gruppo-di-cammino-di-rho');
    expect(suggestId('Caffè Alzheimer «Sant’Anna»', 'Reggio nell’Emilia')).toBe('caffe-alzheimer-sant-anna-reggio-nell-emilia');
    expect(suggestId('a'.repeat(50) + ' ' + 'b'.repeat(40)).length).toBeLessThanOrEqual(70);
    expect(suggestId('')).toBe('');
  });

  it('finds the region folder from the first place’s province, as the validator expects', () => {
    expect(regionFolder({ locations: [{ province: 'MI' }] })).toBe('lombardia');
    expect(regionFolder({ locations: [{ province: 'tn' }] })).toBe('trentino-alto-adige');
    expect(regionFolder({ locations: [{ province: 'AO' }] })).toBe('valle-d-aosta');
    expect(regionFolder({ locations: [{ province: 'FC' }, { province: 'RM' }] })).toBe('emilia-romagna');
    expect(regionFolder({ online_only: true, locations: [] })).toBe('online');
    expect(regionFolder({ locations: [{ province: 'XX' }] })).toBeUndefined();
    expect(resourcePath('lombardia', 'x')).toBe('content/resources/lombardia/x.md');
    expect(organizationPath('auser')).toBe('content/organizations/auser.yaml');
  });

  it('turns the path Astro records into the repository path', () => {
    expect(repositoryPath('content/resources/lombardia/x.md')).toBe('content/resources/lombardia/x.md');
    expect(repositoryPath('tests/fixtures/content-valid/resources/online/y.md')).toBe('content/resources/online/y.md');
    expect(repositoryPath('C:\\site\\content\\organizations\\a.yaml')).toBe('content/organizations/a.yaml');
    expect(contributeUrl('a b')).toBe('/contribuisci/?da=a%20b');
  });
});

describe('GitHub links', () => {
  const config = { repository: 'segnavia/segnavia', branch: 'main' };
  it('opens the new-file page with the file name and the content', () => {
    const content = '---\nname: "Coro: 100% & più"\n---\n\nUn #coro + amici?\n';
    const url = new URL(newFileUrl(config, 'content/resources/lazio/coro.md', content));
    expect(url.origin + url.pathname).toBe('https://github.com/segnavia/segnavia/new/main');
    expect(url.searchParams.get('filename')).toBe('content/resources/lazio/coro.md');
    expect(url.searchParams.get('value')).toBe(content);
    expect(newFileUrl(config, 'content/resources/lazio/coro.md', '')).toContain('filename=content/resources/lazio/coro.md&');
  });
  it('opens the edit page of an existing file', () => {
    expect(editFileUrl(config, 'content/resources/lazio/coro.md')).toBe('https://github.com/segnavia/segnavia/edit/main/content/resources/lazio/coro.md');
    expect(blobUrl({ ...config, branch: 'feature/x' }, 'CONTRIBUTING.md')).toBe('https://github.com/segnavia/segnavia/blob/feature/x/CONTRIBUTING.md');
    expect(issueFormUrl(config, 'nuova-risorsa.yml')).toBe('https://github.com/segnavia/segnavia/issues/new?template=nuova-risorsa.yml');
  });
});

describe('messages by field', () => {
  it('puts a value’s problem on its group of checkboxes, and anything else on its own field', () => {
    expect(fieldKey(['needs', 2])).toBe('needs');
    expect(fieldKey(['schedule', 'sessions', 1, 'days', 0])).toBe('schedule.sessions.1.days');
    expect(fieldKey(['accessibility', 'languages', 1])).toBe('accessibility.languages');
    expect(fieldKey(['locations', 0, 'lat'])).toBe('locations.0.lat');
    expect(fieldKey([])).toBe('');
    expect(fieldId('locations.0.lat')).toBe('campo-locations-0-lat');
  });

  it('keeps the schema’s own Italian messages', () => {
    const result = resourceSchema.safeParse({ needs: ['muoversi', 'volare'] });
    const messages = issueMessages(result.error?.issues ?? []);
    expect(messages.needs).toEqual(['Valore «volare» non riconosciuto per i bisogni. Valori ammessi: compagnia, muoversi, umore-benessere, memoria, creativita, stare-all-aperto, imparare, soldi-debiti, pratiche-diritti, lavoro-studio, sostegno-caregiver, genitorialita, sentirsi-utili.']);
    expect(messages.name).toEqual(['Campo obbligatorio mancante (il nome): aggiungilo.']);
  });
});

describe('checkContribution', () => {
  let comuni: ComuniIndex;
  const organizationIds = new Set(['asst-rhodense', 'auser']);
  beforeAll(async () => {
    comuni = await loadComuniIndex();
  });

  it('gives the files when everything is right', () => {
    const result = checkContribution(contribution(walkingGroup()), { today: TODAY, comuni, organizationIds });
    expect(result.errors).toEqual({});
    expect(result.files.map((f) => f.path)).toEqual(['content/resources/lombardia/gruppo-di-cammino-rho.md']);
    expect(result.resource?.schedule.sessions[0].frequency).toBe('settimanale');
  });

  it('names each wrong field with the schema’s and the validator’s messages', () => {
    const form = walkingGroup();
    form.contacts.phone = '333 12';
    form.locations[0].comune = 'Rhoo';
    form.locations[0].lat = '9.04';
    form.locations[0].lon = '45.5287';
    form.schedule.sessions[0].end = '08:00';
    form.body = 'Vieni <img src=x onerror=alert(1)> e [clicca](javascript:alert(1)).';
    form.verified.date = '2030-01-01';
    form.organization = 'asst-rodense';
    form.id = 'Gruppo Rho';
    const { errors, files } = checkContribution(contribution(form), { today: TODAY, comuni, organizationIds });
    expect(files).toEqual([]);
    expect(Object.keys(errors).sort()).toEqual(['body', 'contacts.phone', 'id', 'locations.0.comune', 'locations.0.lat', 'organization', 'schedule.sessions.0.end', 'verified.date']);
    expect(errors['contacts.phone'][0]).toMatch(/^Numero di telefono non valido/);
    expect(errors['locations.0.comune'][0]).toMatch(/non è nell’elenco ISTAT.*«Rho» \(MI\)/);
    expect(errors['locations.0.lat'][0]).toMatch(/sembrano scambiate/);
    expect(errors['schedule.sessions.0.end'][0]).toBe('L’ora di fine deve venire dopo l’ora di inizio.');
    expect(errors.body.join(' ')).toMatch(/HTML non ammesso.*Link non ammesso|Link non ammesso.*HTML non ammesso/);
    expect(errors['verified.date'][0]).toMatch(/nel futuro/);
    expect(errors.organization[0]).toMatch(/Forse intendevi «asst-rhodense»/);
    expect(errors.id[0]).toMatch(/^Identificativo non valido/);
  });

  it('writes the English description below "## English" and checks it with the same rules, next to its own field', () => {
    const form = walkingGroup();
    form.body_en = 'We meet in front of the church.';
    const written = checkContribution(contribution(form), { today: TODAY, comuni, organizationIds });
    expect(written.files[0].text).toMatch(/\n\nCi si ritrova davanti alla chiesa\.\n\n## English\n\nWe meet in front of the church\.\n$/);
    form.body_en = 'Come <img src=x onerror=alert(1)> and [click](javascript:alert(1)).';
    const { errors, files } = checkContribution(contribution(form), { today: TODAY, comuni, organizationIds });
    expect(files).toEqual([]);
    expect(Object.keys(errors)).toEqual(['body_en']);
    expect(errors.body_en.join(' ')).toMatch(/HTML non ammesso nella descrizione in inglese/);
    expect(errors.body_en.join(' ')).toMatch(/Link non ammesso nella descrizione in inglese/);
  });

  it('works without the comuni list and the organisations (still loading), with the schema alone', () => {
    const form = walkingGroup();
    form.locations[0].comune = 'Rhoo';
    form.organization = 'nessuna';
    expect(checkContribution(contribution(form), { today: TODAY }).errors).toEqual({});
  });

  it('warns about a stale verification without blocking', () => {
    const form = walkingGroup();
    form.verified.date = '2024-01-01';
    const result = checkContribution(contribution(form), { today: TODAY, comuni, organizationIds });
    expect(result.warnings['verified.date'][0]).toMatch(/più di 12 mesi fa/);
    expect(result.files).toHaveLength(1);
  });

  it('checks a new organisation with its own schema and writes its file first', () => {
    const form = walkingGroup();
    form.organization = '';
    const organization = { id: 'auser', name: 'Auser Rho', type: '' as const, description: '', contacts: { phone: '', email: 'non-una-email', website: '' } };
    const bad = checkContribution(contribution(form, { newOrganization: true, organization }), { today: TODAY, comuni, organizationIds });
    expect(Object.keys(bad.errors).sort()).toEqual(['org.contacts.email', 'org.description', 'org.id', 'org.type']);
    expect(bad.errors['org.id'][0]).toMatch(/Esiste già un’organizzazione «auser»/);

    const good = checkContribution(
      contribution(form, { newOrganization: true, organization: { ...organization, id: 'auser-rho', type: 'associazione', description: 'Volontari per l’invecchiamento attivo a Rho.', contacts: { phone: '', email: 'rho@auser.example.org', website: '' } } }),
      { today: TODAY, comuni, organizationIds },
    );
    expect(good.errors).toEqual({});
    expect(good.files.map((f) => f.path)).toEqual(['content/organizations/auser-rho.yaml', 'content/resources/lombardia/gruppo-di-cammino-rho.md']);
    expect(good.files[1].text).toContain('organization: auser-rho\n');
  });

  it('says an English organisation description that is too long under the English field', () => {
    const form = walkingGroup();
    form.organization = '';
    const organization = { id: 'auser-rho', name: 'Auser Rho', type: 'associazione' as const, description: 'Volontari a Rho.', description_en: 'Volunteers. '.repeat(60), contacts: { phone: '', email: 'rho@auser.example.org', website: '' } };
    const result = checkContribution(contribution(form, { newOrganization: true, organization }), { today: TODAY, comuni, organizationIds });
    expect(Object.keys(result.errors)).toEqual(['org.description_en']);
    expect(result.errors['org.description_en'][0]).toMatch(/in inglese è troppo lunga/);
  });

  it('keeps the path of the file being updated', () => {
    const result = checkContribution(contribution(walkingGroup(), { updating: 'content/resources/lombardia/vecchio-nome.md' }), { today: TODAY, comuni, organizationIds });
    expect(result.files[0].path).toBe('content/resources/lombardia/vecchio-nome.md');
  });
});
