import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../src/lib/closest.ts';
import { fieldInWords, ordinal } from '../../src/lib/validate/field-words.ts';
import { formatPlain } from '../../src/lib/validate/format.ts';
import { resourceSchema } from '../../src/schema/index.ts';
import { italianFallback } from '../../src/lib/validate/messages.ts';

/** The messages the schema gives for one field of a resource. */
function messagesAt(data: Record<string, unknown>, field: string): string[] {
  const result = resourceSchema.safeParse(data, { error: italianFallback });
  return (result.error?.issues ?? []).filter((issue) => issue.path.join('.') === field).map((issue) => issue.message);
}

describe('fields in words', () => {
  it('counts list positions from one, in words that agree with the noun', () => {
    expect(fieldInWords('locations.0.province')).toBe('primo luogo › province');
    expect(fieldInWords('schedule.sessions.1.days.0')).toBe('schedule › seconda sessione › primo giorno');
    expect(fieldInWords('sources.2.url')).toBe('terza fonte › url');
    expect(fieldInWords('locations.11.lat')).toBe('12º luogo › lat');
    expect(fieldInWords('name')).toBe('name');
    expect(ordinal(10, true)).toBe('decima');
  });

  it('is what the validator prints: no zero-based index reaches the volunteer', () => {
    const line = formatPlain({ file: 'x.md', field: 'locations.0.province', line: 3, severity: 'error', rule: 'comune', message: 'm' });
    expect(line).toBe('x.md:3: primo luogo › province: errore: m');
    expect(line).not.toMatch(/\.0\./);
  });
});

describe('did you mean …?', () => {
  it('finds the term a misspelt word most likely meant', () => {
    expect(closestMatch('lunedì', ['lun', 'mar', 'mer'])).toBe('lun');
    expect(closestMatch('compagnai', ['compagnia', 'muoversi'])).toBe('compagnia');
    expect(closestMatch('Anzianni', ['anziani', 'giovani'])).toBe('anziani');
    expect(closestMatch('xyz', ['anziani', 'giovani'])).toBeUndefined();
  });

  it('suggests the vocabulary term, the day and the province in the schema’s own messages', () => {
    expect(messagesAt({ needs: ['compagnai'] }, 'needs.0')[0]).toMatch(/^Valore «compagnai» non riconosciuto per i bisogni\. Forse intendevi «compagnia»\? Valori ammessi: /);
    expect(messagesAt({ audiences: ['anzian'] }, 'audiences.0')[0]).toContain('Forse intendevi «anziani»?');
    expect(messagesAt({ schedule: { sessions: [{ days: ['lunedi'], start: '10:00', end: '11:00' }] } }, 'schedule.sessions.0.days.0')[0]).toContain('Forse intendevi «lun»?');
    expect(messagesAt({ locations: [{ comune: 'Rho', province: 'mi', lat: 45.5, lon: 9.0, position: 'esatta' }] }, 'locations.0.province')[0]).toContain('Forse intendevi «MI»?');
    expect(messagesAt({ needs: ['qwertyuiop'] }, 'needs.0')[0]).not.toContain('Forse');
  });
});
