import { describe, expect, it } from 'vitest';
import { formatCount, formatOneDecimal } from '../../src/i18n/numbers.ts';

describe('numbers as each language writes them', () => {
  it('groups thousands with a dot in Italian and a comma in English', () => {
    expect(formatCount(12345, 'it')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(7, 'en')).toBe('7');
  });

  it('writes one decimal with a comma in Italian and a dot in English', () => {
    expect(formatOneDecimal(2.46, 'it')).toBe('2,5');
    expect(formatOneDecimal(2, 'en')).toBe('2.0');
  });
});
