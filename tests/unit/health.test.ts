import { describe, expect, it } from 'vitest';
import { resourceSchema, type ResourceInput } from '../../src/schema/resource.ts';
import { countsOf, directoryHealth, listsOf, provinceCounts, regionCounts, type HealthEntry } from '../../src/lib/health/index.ts';
import { buildReport, cellText, renderMarkdown, renderText, reportSections, type SectionBuilder } from '../../src/lib/health/report.ts';
import { likelyDuplicatePairs } from '../../src/lib/validate/similar.ts';

const TODAY = '2026-11-30';
const base: ResourceInput = {
  name: 'Coro di quartiere',
  summary: 'Un coro aperto a tutti.',
  category: 'musica-canto',
  needs: ['compagnia'],
  audiences: ['adulti'],
  organization: 'coro',
  locations: [{ comune: 'Bologna', province: 'BO', lat: 44.4949, lon: 11.3426, position: 'esatta', address: 'Via Roma 1' }],
  schedule: { sessions: [], note: 'Su appuntamento.' },
  cost: { free: true },
  joining: { methods: ['accesso-libero'] },
  contacts: { phone: '051 1234567' },
  status: 'attivo',
  verified: { date: '2026-11-01', by: 'Redazione', method: 'telefono' },
  sources: [{ title: 'Sito' }],
};
const entry = (id: string, fields: Partial<ResourceInput> = {}): HealthEntry => ({ id, data: resourceSchema.parse({ ...base, ...fields }) });
const compiled = (sourceDate?: string) => ({
  verified: { date: '2026-11-24', by: 'Redazione', method: 'documento-pubblico' as const },
  sources: [{ title: 'Articolo', ...(sourceDate && { date: sourceDate }) }],
});
const ids = (list: { id: string }[]) => list.map((e) => e.id);

const fixture = (): HealthEntry[] => [
  entry('coro-bologna'),
  entry('cammino-monza', { name: 'Gruppi di cammino di Monza', locations: [{ comune: 'Monza', province: 'MB', lat: 45.58, lon: 9.27, position: 'approssimativa' }], contacts: { website: 'https://www.ats-brianza.it' }, ...compiled('2021-09') }),
  entry('orti-bologna', { name: 'Orti comunali di Bologna', ...compiled() }),
  entry('teatro-imola', { name: 'Teatro per tutti', locations: [{ comune: 'Imola', province: 'BO', lat: 44.35, lon: 11.71, position: 'esatta', address: 'Via Emilia 1' }], verified: { date: '2026-01-10', by: 'Redazione', method: 'email' } }),
  entry('coro-chiuso', { name: 'Coro chiuso di Bologna', status: 'chiuso', ...compiled('2019') }),
  entry('ascolto-online', { name: 'Ascolto al telefono', online_only: true, locations: [], status: 'sospeso' }),
];

describe('directory health', () => {
  it('lists an unconfirmed entry whose newest source is from 2021 as stale, and counts it', () => {
    const health = directoryHealth(fixture(), TODAY);
    expect(ids(listsOf(health, { province: 'MB' }).stale)).toEqual(['cammino-monza']);
    expect(ids(listsOf(health, { province: 'MB' }).unconfirmed)).toEqual(['cammino-monza']);
    expect(countsOf(health, { province: 'MB' })).toMatchObject({ entries: 1, unconfirmed: 1, stale: 1, approximate: 1, noPhoneOrEmail: 1 });
  });

  it('takes an entry confirmed today off the stale and unconfirmed lists', () => {
    const entries = fixture();
    entries[1] = entry('cammino-monza', { ...entries[1].data, verified: { date: TODAY, by: 'Redazione', method: 'telefono' } } as ResourceInput);
    const lists = listsOf(directoryHealth(entries, TODAY), { province: 'MB' });
    expect(lists.stale).toEqual([]);
    expect(lists.unconfirmed).toEqual([]);
  });

  it('lists what turns stale within 60 days, leaves closed entries out of the to-do lists, and lists paused and closed ones', () => {
    const health = directoryHealth(fixture(), TODAY);
    const bologna = listsOf(health, { province: 'BO' });
    expect(ids(bologna.due)).toEqual(['teatro-imola']);
    expect(ids(bologna.unconfirmed)).toEqual(['orti-bologna']);
    expect(ids(bologna.stale)).toEqual([]);
    expect(ids(bologna.pausedOrClosed)).toEqual(['coro-chiuso']);
    expect(ids(listsOf(health, { province: 'online' }).pausedOrClosed)).toEqual(['ascolto-online']);
    expect(countsOf(health)).toMatchObject({ entries: 6, active: 4, paused: 1, closed: 1, unconfirmed: 2, stale: 1, due: 1, unknownAge: 1 });
  });

  it('changes the counts of the province, its region and the whole when an entry is added', () => {
    const before = directoryHealth(fixture(), TODAY);
    const after = directoryHealth([...fixture(), entry('cammino-lissone', { name: 'Cammino a Lissone', locations: [{ comune: 'Lissone', province: 'MB', lat: 45.61, lon: 9.24, position: 'approssimativa' }] })], TODAY);
    const mb = (h: typeof before) => provinceCounts(h).find((row) => row.province === 'MB')!.counts;
    const lombardia = (h: typeof before) => regionCounts(h).find((row) => row.region === 'Lombardia')!.counts;
    expect([mb(before).entries, mb(after).entries]).toEqual([1, 2]);
    expect([mb(before).approximate, mb(after).approximate]).toEqual([1, 2]);
    expect([lombardia(before).entries, lombardia(after).entries]).toEqual([1, 2]);
    expect([countsOf(before).entries, countsOf(after).entries]).toEqual([6, 7]);
    expect(regionCounts(after).map((row) => row.region)).toEqual(['Emilia-Romagna', 'Lombardia', 'online']);
  });

  it('finds likely duplicates with the validator’s similarity check, in the same comune or close by, not far apart', () => {
    const twin = entry('coro-bologna-2', { name: 'Coro del quartiere', locations: [{ comune: 'Bologna', province: 'BO', lat: 44.5, lon: 11.35, position: 'esatta', address: 'Via Po 2' }] });
    const far = entry('coro-ferrara', { name: 'Coro di quartiere', locations: [{ comune: 'Ferrara', province: 'FE', lat: 44.83, lon: 11.62, position: 'esatta', address: 'Via Po 2' }] });
    const health = directoryHealth([...fixture(), twin, far], TODAY);
    expect(health.duplicates.map((d) => [d.a.id, d.b.id, d.reason])).toEqual([['coro-bologna', 'coro-bologna-2', 'nome simile nello stesso comune']]);
    expect(listsOf(health, { province: 'BO' }).duplicates).toHaveLength(1);
    expect(countsOf(health, { province: 'FE' }).duplicates).toBe(0);
    // Close by across a comune border counts too (within 1 km).
    const at = (id: string, comune: string, lat: number, lon: number) => ({ id, file: id, data: { name: 'Coro di quartiere', locations: [{ comune, province: 'BO', lat, lon }] } });
    expect(likelyDuplicatePairs([at('a', 'Bologna', 44.4949, 11.3426), at('b', 'Casalecchio di Reno', 44.4949, 11.3526)]).map((p) => p.reason)).toEqual(['nome simile a 793 m di distanza']);
    // In neighbouring cells of the grid (lon 11.3595 and 11.3605 straddle a cell border), and not 2 km apart.
    expect(likelyDuplicatePairs([at('a', 'Bologna', 44.4949, 11.3595), at('b', 'Casalecchio di Reno', 44.4989, 11.3605)])).toHaveLength(1);
    expect(likelyDuplicatePairs([at('a', 'Bologna', 44.4949, 11.3426), at('b', 'Casalecchio di Reno', 44.4949, 11.3726)])).toEqual([]);
  });
});

describe('health report', () => {
  it('shows counts only for the country and a region, and the entry lists for a province, each with a link to the form', () => {
    const health = directoryHealth(fixture(), TODAY);
    expect(buildReport({ health, filter: {} }).map((s) => s.id)).toEqual(['riepilogo', 'regioni', 'province']);
    expect(buildReport({ health, filter: { region: 'Lombardia' } }).map((s) => s.id)).toEqual(['riepilogo', 'province']);
    const province = buildReport({ health, filter: { province: 'MB' } });
    expect(province.map((s) => s.id)).toEqual(['riepilogo', 'mai-confermate', 'da-ricontrollare', 'in-scadenza', 'posizione-approssimativa', 'senza-telefono-email', 'sospese-chiuse', 'doppioni']);
    const stale = province.find((s) => s.id === 'da-ricontrollare')!;
    expect(stale.rows).toEqual([[{ text: 'Gruppi di cammino di Monza', href: '/risorse/cammino-monza/' }, 'Monza (MB)', 'fonte di settembre 2021', expect.objectContaining({ text: 'Aggiorna', href: '/contribuisci/?da=cammino-monza' })]]);
  });

  it('renders the same rows as Markdown and as text, with a place for more sections', () => {
    const health = directoryHealth(fixture(), TODAY);
    const extra: SectionBuilder = () => [{ id: 'copertura', title: 'Copertura', columns: ['A', 'B'], rows: [['x', '1']] }];
    const sections = buildReport({ health, filter: { province: 'BO' } }, [...reportSections, extra]);
    const markdown = renderMarkdown('Titolo', TODAY, sections);
    expect(markdown).toContain('## Copertura\n\n| A | B |\n| --- | --- |\n| x | 1 |');
    expect(markdown).toContain('| Orti comunali di Bologna | Bologna (BO) | senza data | Aggiorna |');
    expect(markdown).toContain('## Da ricontrollare: più di 12 mesi\n\n_Nessuna._');
    expect(renderMarkdown('Titolo', TODAY, sections, 'https://segnavia.example.org')).toContain('[Orti comunali di Bologna](https://segnavia.example.org/risorse/orti-bologna/)');
    const text = renderText('Titolo', TODAY, sections);
    for (const section of sections) for (const row of section.rows) expect(text).toContain(cellText(row[0]));
  });
});
