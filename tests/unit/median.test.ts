import { describe, expect, it } from 'vitest';
import { median } from '../../src/lib/median.ts';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([10, 1])).toBe(5.5);
    expect(median([3, 3, 1, 100])).toBe(3);
  });

  it('sorts numerically, not as text, and leaves its input alone', () => {
    const values = [100, 9, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([100, 9, 20]);
  });

  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });
});
