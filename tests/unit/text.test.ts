import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';
import { formatDate, isOlderThanMonths } from '../../src/lib/dates.ts';
import { formatCost } from '../../src/lib/cost.ts';
import { placeSummary } from '../../src/lib/place-summary.ts';
import { directionsUrl, safeHref, telUrl } from '../../src/lib/links.ts';
import { languageName } from '../../src/lib/languages.ts';
import { idFromPath } from '../../src/lib/ids.ts';
import { contentDir } from '../../src/lib/content-dir.ts';

describe('slugs and ids', () => {
  it('makes URL slugs from Italian place names', () => {
    expect(slugify("Reggio nell'Emilia")).toBe('reggio-nell-emilia');
    expect(slugify('Forlì')).toBe('forli');
    expect(slugify("Valle d'Aosta")).toBe('valle-d-aosta');
    expect(slugify('Trentino-Alto Adige')).toBe('trentino-alto-adige');
  });

  it('takes the id from the file name, whatever the folder', () => {
    expect(idFromPath('lombardia/coro-rho.md')).toBe('coro-rho');
    expect(idFromPath('asst-rhodense.yaml')).toBe('asst-rhodense');
  });

  it('reads the content folder from the environment', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ SEGNAVIA_CONTENT_DIR: 'tests/fixtures/x/' })).toBe('tests/fixtures/x');
  });
});

describe('dates', () => {
  it('formats dates in Italian without time-zone surprises', () => {
    expect(formatDate('2025-01-01')).toBe('1 gennaio 2025');
    expect(formatDate('2026-12-31')).toBe('31 dicembre 2026');
  });

  it('tells when a verification is older than a year', () => {
    expect(isOlderThanMonths('2025-11-23', 12, '2026-11-24')).toBe(true);
    expect(isOlderThanMonths('2025-11-24', 12, '2026-11-24')).toBe(false);
    expect(isOlderThanMonths('2026-06-01', 12, '2026-11-24')).toBe(false);
  });
});

describe('cost and place labels', () => {
  it('says free, an amount in euro, or paid with a note', () => {
    expect(formatCost({ free: true })).toBe('Gratuito');
    expect(formatCost({ free: false, amount_eur: 10, note: 'quota annuale' })).toBe('10 € (quota annuale)');
    expect(formatCost({ free: false, amount_eur: 2.5 })).toBe('2,50 €');
    expect(formatCost({ free: false, note: 'a offerta libera' })).toBe('A pagamento (a offerta libera)');
  });

  it('summarises where a resource is', () => {
    const place = { comune: 'Rho', province: 'MI', lat: 45.5, lon: 9.0, position: 'approssimativa' as const };
    expect(placeSummary({ online_only: false, locations: [place] })).toBe('Rho (MI)');
    expect(placeSummary({ online_only: false, locations: [place, place, place] })).toBe('Rho (MI) e altri 2 luoghi');
    expect(placeSummary({ online_only: true, locations: [] })).toBe('Online');
  });
});

describe('links', () => {
  it('builds OpenStreetMap directions and tel: links', () => {
    expect(directionsUrl(45.5287, 9.04)).toContain('openstreetmap.org/directions?to=45.52870%2C9.04000');
    expect(telUrl('02 994 301')).toBe('tel:+3902994301');
    expect(telUrl('+39 333 1234567')).toBe('tel:+393331234567');
  });

  it('keeps only http(s) links', () => {
    expect(safeHref('https://www.auser.it')).toBe('https://www.auser.it');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined();
  });

  it('names languages in Italian', () => {
    expect(languageName('en')).toBe('inglese');
    expect(languageName('it')).toBe('italiano');
  });
});
