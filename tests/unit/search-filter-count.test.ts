import { describe, expect, it } from 'vitest';
import { activeFilterCount, emptyState, parseState } from '../../src/lib/search/state.ts';

describe('the filters button count', () => {
  it('is zero with words or a place alone', () => {
    expect(activeFilterCount(emptyState())).toBe(0);
    expect(activeFilterCount(parseState(new URLSearchParams('q=coro&vicino=45.5,9.0,Rho%20(MI)&ordine=distanza')))).toBe(0);
  });

  it('counts every chosen value, the province and the comune included', () => {
    const state = parseState(new URLSearchParams('q=coro&costo=gratuito&giorno=lunedi&giorno=venerdi&provincia=MI&comune=Rho%20(MI)'));
    expect(activeFilterCount(state)).toBe(5);
  });
});
