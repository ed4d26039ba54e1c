import { describe, expect, it } from 'vitest';
import {
  ageDate,
  freshnessOf,
  isConfirmingMethod,
  lastDayOf,
  newestSourceDate,
  staleFrom,
  verificationOf,
  type VerificationFields,
} from '../../src/lib/verification.ts';

const TODAY = '2026-11-30';
const entry = (method: VerificationFields['verified']['method'], date: string, sources: (string | undefined)[] = [undefined]): VerificationFields => ({
  verified: { date, by: 'Redazione', method },
  sources: sources.map((d) => (d === undefined ? {} : { date: d })),
});

describe('confirmed or compiled', () => {
  it('counts phone, email, visit and the organisation itself as confirmation, not documents or websites', () => {
    expect(['telefono', 'email', 'visita', 'organizzazione'].map(isConfirmingMethod)).toEqual([true, true, true, true]);
    expect(['documento-pubblico', 'sito-web', undefined].map(isConfirmingMethod)).toEqual([false, false, false]);
  });

  it('keeps the confirmation date of a confirmed entry, whatever its sources say', () => {
    expect(verificationOf(entry('telefono', '2026-10-03', ['2019']))).toEqual({ kind: 'confirmed', date: '2026-10-03', by: 'Redazione', method: 'telefono' });
  });

  it('dates a compiled entry by its newest source, comparing years, months and days by their last day', () => {
    expect(newestSourceDate([{ date: '2021' }, { date: '2022-05' }, {}])).toBe('2022-05');
    expect(newestSourceDate([{ date: '2022-05-14' }, { date: '2022' }])).toBe('2022');
    expect(newestSourceDate([{ date: '2022-05-14' }, { date: '2022-05' }])).toBe('2022-05');
    expect(newestSourceDate([{}, { date: 'maggio' }])).toBeUndefined();
    expect(verificationOf(entry('documento-pubblico', '2026-11-24', ['2021-09', undefined]))).toMatchObject({ kind: 'compiled', date: '2026-11-24', newestSource: '2021-09', someUndated: true });
    expect(verificationOf(entry('sito-web', '2026-11-24'))).not.toHaveProperty('newestSource');
  });

  it('reads a year or month as its last day', () => {
    expect([lastDayOf('2022'), lastDayOf('2024-02'), lastDayOf('2023-02'), lastDayOf('2022-05-14')]).toEqual(['2022-12-31', '2024-02-29', '2023-02-28', '2022-05-14']);
  });
});

describe('staleness', () => {
  it('counts from the confirmation: confirmed today is fresh, 13 months ago stale', () => {
    expect(freshnessOf(verificationOf(entry('telefono', TODAY, ['2019'])), TODAY)).toBe('fresh');
    expect(freshnessOf(verificationOf(entry('email', '2025-10-30')), TODAY)).toBe('stale');
  });

  it('counts an unconfirmed entry from its newest source, not from when it was compiled', () => {
    const compiled = verificationOf(entry('documento-pubblico', '2026-11-24', ['2021']));
    expect(ageDate(compiled)).toBe('2021-12-31');
    expect(freshnessOf(compiled, TODAY)).toBe('stale');
    expect(freshnessOf(verificationOf(entry('documento-pubblico', '2026-11-24', ['2026-06'])), TODAY)).toBe('fresh');
  });

  it('calls "due" what turns 12 months old within the next 60 days, and no earlier', () => {
    expect(freshnessOf(verificationOf(entry('telefono', '2026-01-15')), TODAY)).toBe('due');
    expect(freshnessOf(verificationOf(entry('telefono', '2026-01-28')), TODAY)).toBe('due');
    expect(freshnessOf(verificationOf(entry('telefono', '2026-01-30')), TODAY)).toBe('fresh');
    expect(freshnessOf(verificationOf(entry('telefono', '2025-11-30')), TODAY)).toBe('due');
    expect(freshnessOf(verificationOf(entry('telefono', '2025-11-29')), TODAY)).toBe('stale');
    expect(staleFrom(verificationOf(entry('telefono', '2026-01-15')))).toBe('2027-01-15');
  });

  it('does not know the age of an entry compiled recently from undated sources, but knows one compiled long ago is stale', () => {
    expect(freshnessOf(verificationOf(entry('documento-pubblico', '2026-11-24')), TODAY)).toBe('unknown');
    expect(freshnessOf(verificationOf(entry('documento-pubblico', '2025-06-01')), TODAY)).toBe('stale');
    expect(staleFrom(verificationOf(entry('documento-pubblico', '2026-11-24')))).toBeUndefined();
  });
});
