/** The regions' search bundles are written by two workers: each region once, the work split evenly. */
import { describe, expect, it } from 'vitest';
import { shareRegions } from '../../scripts/build-search-index.ts';

const region = (name: string, size: number): [string, number[]] => [name, Array.from({ length: size }, (_, i) => i)];

describe('shareRegions', () => {
  it('gives every region to exactly one worker, with about the same number of entries each', () => {
    const scopes = [region('lombardia', 8087), region('campania', 4842), region('lazio', 4802), region('sicilia', 3937), region('veneto', 3796), region('molise', 310), region('online', 1200)];
    const shares = shareRegions(scopes, 2);
    expect(shares).toHaveLength(2);
    expect(shares.flat().map(([name]) => name).sort()).toEqual(scopes.map(([name]) => name).sort());
    const sizes = shares.map((share) => share.reduce((sum, [, records]) => sum + records.length, 0));
    expect(Math.abs(sizes[0] - sizes[1])).toBeLessThanOrEqual(8087);
    expect(Math.min(...sizes)).toBeGreaterThan(10_000);
  });

  it('starts no more workers than there are regions', () => {
    expect(shareRegions([region('online', 3)], 2)).toHaveLength(1);
  });
});
