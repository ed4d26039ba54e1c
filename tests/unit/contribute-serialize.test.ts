import { describe, expect, it } from 'vitest';
import { organizationFileText, resourceFileText, toYaml } from '../../src/lib/contribute/serialize.ts';
import { parseResource } from '../../src/lib/validate/read.ts';
import { parseYaml } from '../../src/lib/validate/yaml.ts';
import { resourceSchema } from '../../src/schema/resource.ts';
import { organizationSchema } from '../../src/schema/organization.ts';
import { isEntry } from '../../src/lib/validate/read.ts';

const found = { path: 'x.md', file: 'content/resources/lombardia/x.md', inner: 'lombardia/x.md', collection: 'resources' as const };

/** A small deterministic random generator, so that failures can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

// Pieces that break naive YAML writers.
const PIECES = [
  'Rho', 'a: b', ' #', '#', '- ', '"', "'", '\\', '\n', '\t', ': ', 'yes', 'No', 'null', '~', 'true', '09:30', '2026-11-24', '20017', '0x1F', '1e3',
  '.inf', '[a]', '{b}', ',', '&anchor', '*alias', '!tag', '|', '>', '%', '@', '`', 'è', 'Sant’Ambrogio', '«x»', '😀', '\u2028', '\u0085', ' ', 'on', '<<', '?', '-1',
];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 5);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? '' : ' ');
}

describe('toYaml: parse(serialize(x)) deep-equals x', () => {
  it('for 500 random entries with hostile strings, numbers and booleans', () => {
    const next = random(42);
    for (let i = 0; i < 500; i++) {
      const value = {
        name: randomText(next),
        summary: randomText(next),
        needs: [randomText(next), randomText(next)],
        online_only: next() < 0.5,
        locations: [{ comune: randomText(next), lat: Math.round((next() * 180 - 90) * 1e5) / 1e5, lon: -next() * 1e-7, postcode: randomText(next) }],
        schedule: { sessions: [{ days: ['lun'], start: randomText(next), week_of_month: -1 }], note: randomText(next) },
        cost: { free: false, amount_eur: Math.round(next() * 1000) / 100 },
        extra: { 'a key: odd': randomText(next) },
      };
      const text = toYaml(value, resourceSchema);
      expect(parseYaml(text), text).toEqual(value);
    }
  });

  it('keeps empty lists and quotes an empty string', () => {
    const value = { name: '', needs: [], locations: [], accessibility: { features: [], languages: ['it'] } };
    expect(parseYaml(toYaml(value, resourceSchema))).toEqual(value);
  });

  it('refuses values YAML cannot hold', () => {
    expect(() => toYaml({ lat: Number.NaN }, resourceSchema)).toThrow();
    expect(() => toYaml({ date: new Date() }, resourceSchema)).toThrow();
  });
});

describe('resource files', () => {
  const entry = {
    // Deliberately out of order: the file follows the schema's order.
    sources: [{ url: 'https://www.esempio.it', title: 'Sito' }],
    verified: { method: 'telefono', by: 'Redazione', date: '2026-11-24' },
    status: 'attivo',
    name: 'Coro: «Voci» #1',
    summary: 'Si canta insieme.',
    category: 'musica-canto',
    needs: ['creativita', 'compagnia'],
    audiences: ['tutti'],
    organization: 'coro-voci',
    locations: [{ position: 'esatta', lon: 12.4767, lat: 41.8781, comune: 'Roma', province: 'RM', postcode: '00153' }],
    schedule: { sessions: [{ days: ['mer'], start: '18:00', end: '19:30', frequency: 'settimanale' }] },
    cost: { free: true },
    joining: { methods: ['accesso-libero'] },
    contacts: { phone: '06 1234567' },
    accessibility: { features: [], languages: ['it'] },
  };

  it('writes keys in the schema’s order, at every level', () => {
    const text = resourceFileText(entry, '');
    const keys = text.split('\n').filter((line) => /^[a-z_]+:/.test(line)).map((line) => line.split(':')[0]);
    expect(keys).toEqual(Object.keys(resourceSchema.shape).filter((key) => key in entry));
    expect(text).toContain('  - comune: Roma\n    province: RM\n    postcode: "00153"\n    lat: 41.8781\n    lon: 12.4767\n    position: esatta\n');
    expect(text).toContain('verified:\n  date: "2026-11-24"\n  by: Redazione\n  method: telefono\n');
  });

  it('quotes times, postcodes, dates and phone numbers, and lists words in brackets', () => {
    const text = resourceFileText(entry, '');
    expect(text).toContain('start: "18:00"');
    expect(text).toContain('postcode: "00153"');
    expect(text).toContain('phone: "06 1234567"');
    expect(text).toContain('needs: [creativita, compagnia]');
    expect(text).toContain('name: "Coro: «Voci» #1"');
  });

  it('is read back by the validator as the same front matter and description', () => {
    const body = 'Prima riga.\n\n- un punto\n- [un link](https://www.esempio.it)';
    const parsed = parseResource(found, resourceFileText(entry, `\r\n${body}\r\n`));
    if (!isEntry(parsed)) throw new Error(parsed.message);
    expect(parsed.data).toEqual(entry);
    expect(parsed.body.trim()).toBe(body);
    expect(resourceSchema.safeParse(parsed.data).success).toBe(true);
  });

  it('ends with the front matter when there is no description', () => {
    expect(resourceFileText(entry, '  ').endsWith('---\n')).toBe(true);
  });
});

describe('organisation files', () => {
  it('are YAML in the schema’s order that the schema accepts', () => {
    const data = { contacts: { website: 'https://www.auser.it' }, description: 'Associazione per l’invecchiamento attivo.', type: 'associazione', name: 'Auser' };
    const text = organizationFileText(data);
    expect(text.split('\n')[0]).toBe('name: Auser');
    expect(parseYaml(text)).toEqual(data);
    expect(organizationSchema.safeParse(parseYaml(text)).success).toBe(true);
  });
});
