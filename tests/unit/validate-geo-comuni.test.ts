import { describe, expect, it } from 'vitest';
import { comuneKeys, createComuniIndex, editDistance, loadComuniIndex, nameKey, normaliseName } from '../../src/lib/comuni.ts';
import { distanceKm, isInsideItaly } from '../../src/lib/geo.ts';

describe('geo', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm({ lat: 45.4643, lon: 9.1895 }, { lat: 41.8919, lon: 12.5113 })).toBeCloseTo(477, -1);
    expect(distanceKm({ lat: 45, lon: 9 }, { lat: 45, lon: 9 })).toBe(0);
  });

  it.each([
    ['Milano', 45.4643, 9.1895],
    ['Lampedusa', 35.5078, 12.6082],
    ['Pantelleria', 36.8311, 11.9459],
    ['Capo d’Otranto', 40.1011, 18.5122],
    ['Vetta d’Italia', 47.0920, 12.1773],
    ['Trieste', 45.6495, 13.7768],
    ['Campione d’Italia', 45.9692, 8.9711],
    ['La Maddalena', 41.2130, 9.4070],
    ['Capraia Isola', 43.0497, 9.8416],
  ])('puts %s inside Italy', (_, lat, lon) => {
    expect(isInsideItaly(lat, lon)).toBe(true);
  });

  it.each([
    ['Parigi', 48.8566, 2.3522],
    ['Ajaccio (Corsica)', 41.9192, 8.7386],
    ['Tunisi', 36.8065, 10.1815],
    ['La Valletta (Malta)', 35.8989, 14.5146],
    ['Spalato', 43.5081, 16.4402],
    ['Lubiana', 46.0569, 14.5058],
    ['Nizza', 43.7102, 7.262],
    ['Innsbruck', 47.2692, 11.4041],
    ['Zurigo', 47.3769, 8.5417],
    ['Pola (Istria)', 44.8666, 13.8496],
    ['New York', 40.7128, -74.006],
  ])('puts %s outside Italy', (_, lat, lon) => {
    expect(isInsideItaly(lat, lon)).toBe(false);
  });
});

describe('comune names', () => {
  it('ignores case, accents, apostrophes, hyphens and spaces', () => {
    expect(normaliseName("Sant’Ambrogio-di  Torino")).toBe('sant ambrogio di torino');
    expect(nameKey("Reggio nell'Emilia")).toBe(nameKey('REGGIO NELL EMILIA'));
    expect(nameKey('Cantù')).toBe(nameKey('cantu'));
    expect(nameKey('Eppan an der Weinstraße')).toBe('eppananderweinstrasse');
  });

  it('answers to each part of a bilingual name', () => {
    expect(comuneKeys('Bolzano/Bozen')).toEqual(['bolzanobozen', 'bolzano', 'bozen']);
  });

  it('measures edit distance and gives up past a bound', () => {
    expect(editDistance('rho', 'rhoo')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('milano', 'palermo', 2)).toBe(3);
  });
});

describe('comuni index', () => {
  const index = createComuniIndex({
    provinces: { MI: ['Milano', 'Lombardia', 45.47, 9.13, 54], TO: ['Torino', 'Piemonte', 45.1, 7.5, 80], TN: ['Trento', 'Trentino-Alto Adige', 46.1, 11.1, 90] },
    comuni: [
      ['015182', 'Rho', 'MI', 45.5325, 9.0402],
      ['015077', 'Cinisello Balsamo', 'MI', 45.5582, 9.215],
      ['001235', 'Samone', 'TO', 45.4491, 7.842],
      ['022165', 'Samone', 'TN'],
    ],
  });

  it('finds a comune by name and province, forgiving the spelling', () => {
    expect(index.find('rho', 'MI')).toMatchObject({ name: 'Rho', region: 'Lombardia', lat: 45.5325 });
    expect(index.find('Rho', 'TO')).toBeUndefined();
    expect(index.find('Samone', 'TN')).toEqual({ istat: '022165', name: 'Samone', province: 'TN', region: 'Trentino-Alto Adige' });
  });

  it('lists homonyms in every province', () => {
    expect(index.findByName('samone').map((c) => c.province)).toEqual(['TO', 'TN']);
  });

  it('suggests close names, best first', () => {
    expect(index.suggest('Cinisello').map((c) => c.name)).toEqual(['Cinisello Balsamo']);
    expect(index.suggest('Rhoo').map((c) => c.name)).toEqual(['Rho']);
    expect(index.suggest('Samone', { province: 'TN' })[0].province).toBe('TN');
    expect(index.suggest('Xyzzyqwerty')).toEqual([]);
  });
});

describe('src/data/comuni.json', async () => {
  const comuni = await loadComuniIndex();

  it('holds every ISTAT comune, nearly all with a centroid', () => {
    expect(comuni.all.length).toBeGreaterThan(7800);
    expect(comuni.all.filter((c) => c.lat !== undefined).length / comuni.all.length).toBeGreaterThan(0.99);
    expect(comuni.provinces()).toHaveLength(107);
  });

  it('places homonyms in the right province', () => {
    expect(comuni.find('Castelnuovo', 'TN')?.lat).toBeCloseTo(46.05, 1);
    expect(comuni.find('Paternò', 'CT')?.lat).toBeCloseTo(37.57, 1);
    expect(comuni.find('Paterno', 'PZ')?.lat).toBeCloseTo(40.38, 1);
    expect(comuni.find('Bozen', 'BZ')?.name).toBe('Bolzano/Bozen');
    expect(comuni.find('Milano', 'MI')).toMatchObject({ lat: 45.4643, lon: 9.1895 });
  });

  it('keeps every centroid inside Italy and inside its province radius', () => {
    const outside = comuni.all.filter((c) => c.lat !== undefined && c.lon !== undefined && !isInsideItaly(c.lat, c.lon)).map((c) => c.name);
    expect(outside).toEqual([]);
    const beyond = comuni.all.filter((c) => {
      const area = comuni.province(c.province)!;
      return c.lat !== undefined && c.lon !== undefined && distanceKm({ lat: c.lat, lon: c.lon }, area) > area.radiusKm;
    });
    expect(beyond).toEqual([]);
  });
});
