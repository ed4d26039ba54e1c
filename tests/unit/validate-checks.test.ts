import { describe, expect, it } from 'vitest';
import { organizationSchema, resourceSchema } from '../../src/schema/index.ts';
import { loadComuniIndex } from '../../src/lib/comuni.ts';
import { lineIndexOfPath } from '../../src/lib/validate/lines.ts';
import { englishMarkerProblems, linkScheme, organizationEnglishProblems, rawHtmlProblems, unsafeLinkProblems, withoutCode } from '../../src/lib/validate/body.ts';
import { duplicateIdProblems, invalidIdProblems, likelyDuplicateProblems } from '../../src/lib/validate/ids.ts';
import { missingOrganizationProblems } from '../../src/lib/validate/references.ts';
import { placeProblems } from '../../src/lib/validate/places.ts';
import { verifiedDateProblems } from '../../src/lib/validate/freshness.ts';
import { daysNamedIn, scheduleDayProblems } from '../../src/lib/validate/schedule-days.ts';
import { folderProblems, strayFileProblems } from '../../src/lib/validate/folders.ts';
import { schemaProblems, unknownKeyMessage } from '../../src/lib/validate/schema.ts';
import { isEntry, parseOrganization, parseResource } from '../../src/lib/validate/read.ts';
import { formatGithub, formatPlain, formatSummary } from '../../src/lib/validate/format.ts';
import { makeReport } from '../../src/lib/validate/index.ts';
import type { Entry } from '../../src/lib/validate/types.ts';

const comuni = await loadComuniIndex();

/** A resource entry from front-matter lines and a body, as the reader would produce it. */
function resource(frontMatter: string, body = 'Descrizione.', inner = 'lombardia/prova.md'): Entry {
  const parsed = parseResource({ path: inner, file: `content/resources/${inner}`, inner, collection: 'resources' }, `---\n${frontMatter}\n---\n\n${body}\n`);
  if (!isEntry(parsed)) throw new Error(parsed.message);
  return parsed;
}

const RHO = `name: Merende a Rho
organization: associazione-esempio
locations:
  - comune: Rho
    province: MI
    lat: 45.53
    lon: 9.04
    position: esatta`;

/** The same resource with its place changed. */
function at(comune: string, province: string, lat: number, lon: number, inner?: string): Entry {
  return resource(RHO.replace('comune: Rho', `comune: ${comune}`).replace('province: MI', `province: ${province}`).replace('lat: 45.53', `lat: ${lat}`).replace('lon: 9.04', `lon: ${lon}`), 'x', inner);
}

describe('reading files', () => {
  it('turns broken front matter into one problem at the right line', () => {
    const result = parseResource({ path: 'x', file: 'content/resources/lombardia/x.md', inner: 'lombardia/x.md', collection: 'resources' }, '---\nname: x\nsummary: Orari: martedì\n---\n');
    expect(result).toMatchObject({ rule: 'yaml', line: 3, severity: 'error' });
  });

  it('asks for the front matter when it is missing', () => {
    const result = parseResource({ path: 'x', file: 'f.md', inner: 'x.md', collection: 'resources' }, 'Solo testo.\n');
    expect(result).toMatchObject({ rule: 'file', line: 1 });
  });

  it('reads organisations as plain YAML and reports broken ones by line', () => {
    const found = { path: 'x', file: 'content/organizations/x.yaml', inner: 'x.yaml', collection: 'organizations' as const };
    expect(parseOrganization(found, 'name: x\nname: y\n')).toMatchObject({ rule: 'yaml', line: 2 });
    expect(parseOrganization(found, '')).toMatchObject({ rule: 'file' });
    expect(parseOrganization(found, 'name: x\n')).toMatchObject({ kind: 'organization', id: 'x', data: { name: 'x' } });
  });

  it('knows where the body starts', () => {
    // Line 3 closes the front matter; gray-matter's body starts with the blank line 4.
    expect(resource('name: x', 'riga').bodyLine).toBe(4);
  });
});

describe('line numbers of fields', () => {
  const yaml = ['name: x', 'locations:', '  - comune: Rho', '    lat: 45.5', '  - comune: Milano', '    lat: 45.4', 'contacts:', '  phone: "1"', 'needs: [a, b]'].join('\n');
  it.each([
    [['name'], 0],
    [['locations', 0, 'comune'], 2],
    [['locations', 1, 'lat'], 5],
    [['contacts', 'phone'], 7],
    [['contacts', 'email'], 6],
    [['needs', 1], 8],
    [['missing'], undefined],
  ])('finds %j', (path, line) => {
    expect(lineIndexOfPath(yaml, path)).toBe(line);
  });

  it('follows sequences written at the same indent as their key', () => {
    expect(lineIndexOfPath('locations:\n- comune: Rho\n  lat: 1\nstatus: x', ['locations', 0, 'lat'])).toBe(2);
  });
});

describe('schema problems', () => {
  it('names every field with a dotted path, in Italian, with its line', () => {
    const entry = resource(`${RHO}\n    colour: red`);
    const problems = schemaProblems(entry, resourceSchema);
    expect(problems.find((p) => p.field === 'summary')?.message).toMatch(/Campo obbligatorio mancante/);
    expect(problems.find((p) => p.field === 'locations.0.colour')).toMatchObject({ severity: 'error', line: 10 });
    expect(problems.find((p) => p.field === 'schedule')?.message).toMatch(/^Campo obbligatorio mancante/);
    expect(problems.every((p) => !/expected|Invalid/.test(p.message))).toBe(true);
  });

  it('suggests the closest allowed key for a misspelled one', () => {
    expect(unknownKeyMessage('adress', ['name', 'address', 'comune'])).toMatch(/Forse intendevi «address»/);
    expect(unknownKeyMessage('zzz', ['name'])).not.toMatch(/Forse/);
  });

  it('surfaces bad phones, emails and non-http URLs from the schema', () => {
    const found = { path: 'x', file: 'o.yaml', inner: 'o.yaml', collection: 'organizations' as const };
    const entry = parseOrganization(found, 'name: X\ntype: associazione\ndescription: Y\ncontacts:\n  phone: "12"\n  email: a@b\n  website: "javascript:alert(1)"\n');
    if (!isEntry(entry)) throw new Error('unreadable');
    expect(schemaProblems(entry, organizationSchema).map((p) => [p.field, p.line])).toEqual([
      ['contacts.phone', 5],
      ['contacts.email', 6],
      ['contacts.website', 7],
    ]);
  });
});

describe('Markdown body', () => {
  it('ignores code spans and fenced code blocks', () => {
    expect(withoutCode('a `<b>` c\n```\n<script>\n```\nd').replace(/ +/g, ' ')).toBe('a c\n \n \n \nd');
  });

  it('reads link schemes, even disguised', () => {
    expect(linkScheme('https://x.it')).toBe('https');
    expect(linkScheme('JavaScript:alert(1)')).toBe('javascript');
    expect(linkScheme('java&#115;cript&#58;alert(1)')).toBe('javascript');
    expect(linkScheme('/pagina')).toBeUndefined();
  });

  it.each([
    ['[x](javascript:alert(1))', 'javascript'],
    ['![x](data:text/html;base64,xx)', 'data'],
    ['<vbscript:msgbox>', 'vbscript'],
    ['[x][1]\n\n[1]: file:///etc/passwd', 'file'],
  ])('rejects %j', (body) => {
    const problems = unsafeLinkProblems(resource('name: x', body));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', rule: 'link' });
  });

  it('accepts http(s), mailto and tel links and autolinks', () => {
    const body = '[sito](https://x.it), <https://y.it>, [scrivi](mailto:a@b.it), [chiama](tel:+390212345), `[x](javascript:no)`';
    expect(unsafeLinkProblems(resource('name: x', body))).toEqual([]);
  });

  it.each(['<script>alert(1)</script>', 'Testo <img src=x onerror=alert(1)>', '<div>', '<!-- nascosto -->', '</p>', '<iframe\nsrc=x>'])('rejects raw HTML %j', (body) => {
    const [problem] = rawHtmlProblems(resource('name: x', `Prima riga.\n\n${body}`));
    expect(problem).toMatchObject({ severity: 'error', rule: 'html', line: 7 });
    expect(problem.message).toMatch(/^HTML non ammesso/);
  });

  it.each(['a < b e c > d', '<3', '<https://x.it>', '<info@x.it>', '`<div>`', '```html\n<div>\n```', '\\<div>'])('accepts %j', (body) => {
    expect(rawHtmlProblems(resource('name: x', body))).toEqual([]);
  });

  it('checks the English description below "## English" with the same rules, and says it is the English one', () => {
    const entry = resource('name: x', 'Italiano [ok](https://x.it).\n\n## English\n\nEnglish <b>bold</b> and [x](javascript:alert(1)).');
    expect(rawHtmlProblems(entry)).toMatchObject([{ field: 'descrizione_en', line: 9, rule: 'html' }]);
    expect(rawHtmlProblems(entry)[0].message).toMatch(/^HTML non ammesso nella descrizione in inglese/);
    expect(unsafeLinkProblems(entry)).toMatchObject([{ field: 'descrizione_en', line: 9, rule: 'link' }]);
    expect(rawHtmlProblems(resource('name: x', 'Testo <b>x</b>.\n\n## English\n\nText.'))).toMatchObject([{ field: 'descrizione' }]);
    expect(englishMarkerProblems(entry)).toEqual([]);
  });

  it('reports a mistyped "## English" line, a second one and an empty English part', () => {
    const [mistyped] = englishMarkerProblems(resource('name: x', 'Italiano.\n\n# Inglese\n\nEnglish text.'));
    expect(mistyped).toMatchObject({ severity: 'error', rule: 'english', field: 'descrizione', line: 7 });
    expect(mistyped.message).toContain('## English');
    expect(englishMarkerProblems(resource('name: x', 'A.\n\n## English\n\nB.\n\n## English\n\nC.'))).toMatchObject([{ severity: 'error', line: 11 }]);
    expect(englishMarkerProblems(resource('name: x', 'A.\n\n## English\n'))).toMatchObject([{ severity: 'warning', field: 'descrizione_en' }]);
    expect(englishMarkerProblems(resource('name: x', 'Si parla inglese e italiano.\n\n```\n# English\n```'))).toEqual([]);
  });
});

describe('organisations in English', () => {
  const found = { path: 'x', file: 'o.yaml', inner: 'o.yaml', collection: 'organizations' as const };
  const organization = (yaml: string): Entry => {
    const entry = parseOrganization(found, yaml);
    if (!isEntry(entry)) throw new Error('unreadable');
    return entry;
  };
  const yaml = (description: string, extra = '') =>
    `name: Auser Milano\n${extra}type: associazione\ndescription: >-\n${description
      .split('\n')
      .map((line) => (line ? `  ${line}` : ''))
      .join('\n')}\ncontacts:\n  website: https://www.auser.it\n`;
  const problems = (entry: Entry) => [...schemaProblems(entry, organizationSchema), ...organizationEnglishProblems(entry)];

  it('accepts name_en and an English description below a "## English" line, and neither', () => {
    const english = organization(yaml('Associazione di volontariato\nper persone anziane.\n\n## English\n\nA volunteer association\nfor older people.', 'name_en: Auser Milan\n'));
    expect(problems(english)).toEqual([]);
    expect(organizationSchema.parse(english.data)).toMatchObject({ name_en: 'Auser Milan', description: 'Associazione di volontariato per persone anziane.\n## English\nA volunteer association for older people.' });
    expect(problems(organization(yaml('Associazione di volontariato.')))).toEqual([]);
  });

  it('refuses an empty or HTML name_en, an English part over 600 characters and a missing Italian part, in Italian', () => {
    const [emptyName] = problems(organization(yaml('Associazione.', 'name_en: ""\n')));
    expect(emptyName).toMatchObject({ field: 'name_en', line: 2, severity: 'error' });
    expect(emptyName.message).toMatch(/^Il nome in inglese è vuoto/);
    expect(problems(organization(yaml('Associazione.', 'name_en: "<b>Auser</b>"\n')))[0].message).toMatch(/HTML/);
    const [long] = problems(organization(yaml(`Associazione.\n\n## English\n\n${'word '.repeat(130)}`)));
    expect(long).toMatchObject({ field: 'description', line: 3, severity: 'error' });
    expect(long.message).toMatch(/^La descrizione in inglese è troppo lunga \(649 caratteri\): al massimo 600\./);
    expect(problems(organization(yaml(`${'parola '.repeat(90)}\n\n## English\n\nShort.`)))[0].message).toMatch(/^La descrizione in italiano è troppo lunga/);
    expect(problems(organization(yaml('## English\n\nOnly English.')))[0].message).toMatch(/^La descrizione in italiano manca: scrivila prima della riga «## English»/);
  });

  it('reports a mistyped "## English" line and an empty English part at their line, as for entries', () => {
    const [mistyped] = problems(organization(yaml('Associazione.\n\nInglese:\n\nAn association.')));
    expect(mistyped).toMatchObject({ rule: 'english', field: 'description', line: 6, severity: 'error' });
    expect(mistyped.message).toContain('## English');
    expect(problems(organization(yaml('Associazione.\n\n## English')))).toMatchObject([{ rule: 'english', field: 'description', line: 6, severity: 'warning' }]);
  });
});

describe('ids', () => {
  it('rejects file names that are not valid ids', () => {
    const [problem] = invalidIdProblems([resource('name: x', 'x', 'lombardia/Coro_Rho.md')]);
    expect(problem.message).toMatch(/coro-rho\.md/);
  });

  it('reports the same id in two folders on both files', () => {
    const problems = duplicateIdProblems([resource('name: a', 'x', 'lombardia/coro.md'), resource('name: b', 'x', 'lazio/coro.md'), resource('name: c', 'x', 'lazio/altro.md')]);
    expect(problems.map((p) => p.file)).toEqual(['content/resources/lombardia/coro.md', 'content/resources/lazio/coro.md']);
    expect(problems[0].message).toMatch(/lazio\/coro\.md/);
  });

  it('warns about likely duplicates: same name and organisation, or same name and comune', () => {
    const a = resource(RHO.replace('Merende a Rho', 'Merende a Rho!'), 'x', 'lombardia/a.md');
    const b = resource(RHO.replace('Merende a Rho', 'merende a rho'), 'x', 'lombardia/b.md');
    const c = resource(RHO.replace('associazione-esempio', 'altra-associazione'), 'x', 'lombardia/c.md');
    const d = resource(RHO.replace('comune: Rho', 'comune: Milano').replace('associazione-esempio', 'terza'), 'x', 'lombardia/d.md');
    const problems = likelyDuplicateProblems([a, b, c, d]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => p.file).sort()).toEqual(['a', 'b', 'c'].map((x) => `content/resources/lombardia/${x}.md`));
    expect(problems.find((p) => p.file.endsWith('/c.md'))?.message).toMatch(/a\.md, .*b\.md \(stesso nome nello stesso comune\)/);
  });

  it('keeps large groups of same-named resources to one short warning each', () => {
    const group = Array.from({ length: 2000 }, (_, i) => resource(RHO, 'x', `lombardia/cammino-${i}.md`));
    const problems = likelyDuplicateProblems(group);
    expect(problems).toHaveLength(2000);
    expect(problems[0].message).toMatch(/e altre 1996 schede/);
  });
});

describe('organisation references', () => {
  it('reports a missing organisation and suggests a close one', () => {
    const [problem] = missingOrganizationProblems([resource(RHO.replace('associazione-esempio', 'associazione-esempi'))], new Set(['associazione-esempio']));
    expect(problem).toMatchObject({ field: 'organization', severity: 'error', line: 3 });
    expect(problem.message).toMatch(/Forse intendevi «associazione-esempio»/);
    expect(missingOrganizationProblems([resource(RHO)], new Set(['associazione-esempio']))).toEqual([]);
  });
});

describe('places', () => {
  it('accepts a place near its comune', () => {
    expect(placeProblems(resource(RHO), comuni)).toEqual([]);
  });

  it('says which province a comune is in', () => {
    const [problem] = placeProblems(at('Rho', 'TO', 45.07, 7.68), comuni);
    expect(problem).toMatchObject({ field: 'locations.0.province', severity: 'error' });
    expect(problem.message).toMatch(/^Rho è in provincia di MI, non TO/);
  });

  it('rejects a comune that does not exist, with suggestions', () => {
    const [problem] = placeProblems(at('Cinisello', 'MI', 45.55, 9.21), comuni);
    expect(problem).toMatchObject({ field: 'locations.0.comune', severity: 'error' });
    expect(problem.message).toMatch(/Cinisello Balsamo/);
  });

  it('rejects an unknown province', () => {
    expect(placeProblems(at('Boh', 'XX', 45.55, 9.21), comuni)[0].message).toMatch(/La provincia «XX» non esiste/);
  });

  it('warns when the comune is written differently from ISTAT', () => {
    expect(placeProblems(at('rho', 'MI', 45.53, 9.04), comuni)[0]).toMatchObject({ severity: 'warning', field: 'locations.0.comune' });
  });

  it('rejects coordinates outside Italy, and says when they look swapped', () => {
    expect(placeProblems(at('Rho', 'MI', 48.85, 2.35), comuni)[0].message).toMatch(/fuori dall’Italia/);
    const [swapped] = placeProblems(at('Rho', 'MI', 9.04, 45.53), comuni);
    expect(swapped).toMatchObject({ field: 'locations.0.lat', severity: 'error' });
    expect(swapped.message).toMatch(/sembrano scambiate/);
  });

  it('rejects coordinates far from the comune, allowing more for very large comuni', () => {
    expect(placeProblems(at('Rho', 'MI', 45.53, 10.32), comuni)[0].message).toMatch(/a 100 km dal centro di Rho/);
    expect(placeProblems(at('Roma', 'RM', 41.732, 12.278), comuni)).toEqual([]);
    expect(placeProblems(at('Milano', 'MI', 41.9, 12.5), comuni)).toHaveLength(1);
  });

  it('falls back to the province radius for comuni without a centroid', () => {
    const withoutCentroid = comuni.all.find((c) => c.lat === undefined && c.province === 'BO')!;
    expect(placeProblems(at(withoutCentroid.name, 'BO', 44.45, 11.1), comuni)).toEqual([]);
    expect(placeProblems(at(withoutCentroid.name, 'BO', 45.46, 9.19), comuni)[0].message).toMatch(/fuori dalla provincia di Bologna/);
  });
});

describe('verified date', () => {
  const dated = (date: string) => resource(`name: x\nverified:\n  date: ${date}\n  by: Redazione`);
  it('rejects a date in the future', () => {
    expect(verifiedDateProblems(dated('2026-11-25'), '2026-11-24')[0]).toMatchObject({ severity: 'error', field: 'verified.date', line: 4 });
  });
  it('warns when older than 12 months', () => {
    expect(verifiedDateProblems(dated('2025-11-23'), '2026-11-24')[0]).toMatchObject({ severity: 'warning' });
    expect(verifiedDateProblems(dated('2025-11-24'), '2026-11-24')).toEqual([]);
    expect(verifiedDateProblems(dated('2026-11-24'), '2026-11-24')).toEqual([]);
  });
  const compiled = (method: string, sourceDate: string) =>
    resource(`name: x\nverified:\n  date: 2026-11-24\n  by: Redazione\n  method: ${method}\nsources:\n  - title: Articolo\n    date: ${sourceDate}`);
  it('warns about an entry compiled this week from a 2021 source, and not about one confirmed by phone this week', () => {
    expect(verifiedDateProblems(compiled('documento-pubblico', '2021-09'), '2026-11-30')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/mai confermata.*\(2021-09\)/) }),
    ]);
    expect(verifiedDateProblems(compiled('documento-pubblico', '2026-05-14'), '2026-11-30')).toEqual([]);
    expect(verifiedDateProblems(compiled('telefono', '2021'), '2026-11-30')).toEqual([]);
  });
});

describe('weekdays in the schedule note', () => {
  const scheduled = (sessions: string, note: string) => resource(`name: x\nschedule:\n  sessions:${sessions}\n  note: "${note}"`);
  it('warns, naming the field and the days, when the note names a day no session has', () => {
    const [problem, ...rest] = scheduleDayProblems(scheduled(' []', 'Il lunedì e il venerdì mattina; orario da chiedere.'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', field: 'schedule.note', line: 5, rule: 'schedule-days' });
    expect(problem.message).toMatch(/^La nota sugli orari nomina lunedì e venerdì, ma nessun appuntamento \(sessions\) è di lunedì o venerdì: aggiungi un appuntamento con days: \[lun, ven\]/);
    const partly = scheduleDayProblems(scheduled('\n    - days: [lun]\n      start: "10:00"', 'Lunedì al parco, giovedì in biblioteca.'));
    expect(partly.map((p) => p.message)).toEqual([expect.stringMatching(/nomina giovedì, ma nessun appuntamento \(sessions\) è di giovedì/)]);
  });
  it('says nothing when every day named has a session, or the day is a closing day', () => {
    expect(scheduleDayProblems(scheduled('\n    - days: [lun, ven]\n      part_of_day: mattina', 'Il lunedì e il venerdì mattina.'))).toEqual([]);
    expect(scheduleDayProblems(scheduled('\n    - days: [mar]\n      start: "10:00"', 'Chiuso il lunedì e nei giorni festivi; nel fine settimana risponde la segreteria.'))).toEqual([]);
    expect(scheduleDayProblems(scheduled(' []', 'Su appuntamento.'))).toEqual([]);
    expect(scheduleDayProblems(resource('name: x'))).toEqual([]);
  });
  it('finds day names with or without accent and in the plural, but not inside other words', () => {
    expect(daysNamedIn('Martedi, i sabati e le domeniche')).toEqual(['mar', 'sab', 'dom']);
    expect(daysNamedIn('Lunedì chiuso; aperto tranne la domenica')).toEqual(['lun']);
    expect(daysNamedIn('messa domenicale, sabatini')).toEqual([]);
  });
});

describe('folders and stray files', () => {
  it('wants the folder of the first place’s region', () => {
    expect(folderProblems(resource(RHO, 'x', 'lombardia/a.md'))).toEqual([]);
    expect(folderProblems(resource(RHO, 'x', 'lazio/a.md'))[0].message).toMatch(/content\/resources\/lombardia\/a\.md/);
    expect(folderProblems(at('Aosta', 'AO', 45.73, 7.32, 'valle-d-aosta/a.md'))).toEqual([]);
  });

  it('wants online-only entries in online/', () => {
    const online = resource('name: x\nonline_only: true', 'x', 'lombardia/a.md');
    expect(folderProblems(online)[0]).toMatchObject({ severity: 'warning', rule: 'folder' });
    expect(folderProblems(resource('name: x\nonline_only: true', 'x', 'online/a.md'))).toEqual([]);
  });

  it('warns about files the site ignores', () => {
    const [problem] = strayFileProblems([{ path: 'x', file: 'content/resources/lombardia/note.txt', inner: 'lombardia/note.txt', collection: 'resources' }]);
    expect(problem).toMatchObject({ severity: 'warning', rule: 'stray-file' });
  });
});

describe('output', () => {
  const problem = { file: 'content/resources/lombardia/x.md', field: 'locations.0.lat', line: 12, severity: 'error' as const, rule: 'coordinates', message: 'Lat, lon: 100% sbagliate\nriga' };
  it('prints plain lines', () => {
    expect(formatPlain(problem)).toBe('content/resources/lombardia/x.md:12: primo luogo › lat: errore: Lat, lon: 100% sbagliate\nriga');
  });
  it('prints escaped GitHub annotations', () => {
    expect(formatGithub(problem)).toBe('::error file=content/resources/lombardia/x.md,line=12,title=Coordinate (primo luogo › lat)::primo luogo › lat: Lat, lon: 100%25 sbagliate%0Ariga');
    expect(formatGithub({ ...problem, severity: 'warning', line: undefined, field: undefined })).toMatch(/^::warning file=[^,]+,title=Coordinate::/);
  });
  it('summarises in Italian, singular and plural', () => {
    expect(formatSummary(makeReport([{ ...problem, severity: 'warning' }], 40, 2))).toBe('42 schede controllate (40 risorse, 2 organizzazioni): 0 errori, 1 avviso');
    expect(formatSummary(makeReport([problem, problem], 1, 0))).toBe('1 scheda controllata (1 risorsa, 0 organizzazioni): 2 errori, 0 avvisi');
  });
});
