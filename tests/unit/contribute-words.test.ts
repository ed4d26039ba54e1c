/** The form asks in the words volunteers use: languages by name, usual choices first, organisations by name. */
import { describe, expect, it } from 'vitest';
import { COMMON_LANGUAGES, languageChoices, languageCodeFromName } from '../../src/lib/contribute/languages.ts';
import { organizationByName } from '../../src/lib/contribute/organizations.ts';
import { splitChoices, usualTerms } from '../../src/lib/contribute/usual.ts';
import { resources } from '../support/content.ts';

describe('languages by name', () => {
  it('offers the common languages by their Italian names, Italian first', () => {
    const choices = languageChoices([]);
    expect(choices.slice(0, 3)).toEqual([
      ['it', 'italiano'],
      ['en', 'inglese'],
      ['fr', 'francese'],
    ]);
    expect(choices.find(([code]) => code === 'ar')?.[1]).toBe('arabo');
    expect(choices).toHaveLength(COMMON_LANGUAGES.length);
    for (const [code, name] of choices) expect(name, code).not.toBe(code);
  });

  it('keeps a language already chosen that is not among the common ones', () => {
    expect(languageChoices(['it', 'ti']).at(-1)).toEqual(['ti', 'tigrino']);
  });

  it('finds the code of a language typed by name, whatever the case and accents', () => {
    expect(languageCodeFromName('tigrino')).toBe('ti');
    expect(languageCodeFromName(' Inglese ')).toBe('en');
    expect(languageCodeFromName('ARABO')).toBe('ar');
    expect(languageCodeFromName('ti')).toBe('ti');
    expect(languageCodeFromName('klingoniano')).toBeUndefined();
    expect(languageCodeFromName('')).toBeUndefined();
  });
});

describe('choices usual for the category', () => {
  const entries = [
    { category: 'movimento', needs: ['muoversi', 'stare-all-aperto'], audiences: ['adulti'] },
    { category: 'movimento', needs: ['muoversi', 'compagnia'], audiences: ['anziani', 'adulti'] },
    { category: 'movimento', needs: ['muoversi'], audiences: ['adulti'] },
    { category: 'movimento', needs: ['muoversi', 'stare-all-aperto'], audiences: ['adulti'] },
    { category: 'musica-canto', needs: ['creativita'], audiences: ['tutti'] },
  ];

  it('are the terms a category’s entries use (at least a quarter of them), most used first', () => {
    const usual = usualTerms(entries);
    expect(usual.movimento).toEqual({ needs: ['muoversi', 'stare-all-aperto', 'compagnia'], audiences: ['adulti', 'anziani'] });
    expect(usual['musica-canto']).toEqual({ needs: ['creativita'], audiences: ['tutti'] });
  });

  it('leave out what only a few entries of a large category use', () => {
    const many = [...Array(9)].map(() => ({ category: 'x', needs: ['a'], audiences: ['b'] }));
    expect(usualTerms([...many, { category: 'x', needs: ['rare'], audiences: ['b'] }]).x.needs).toEqual(['a']);
  });

  it('split the choices: usual first in the vocabulary’s order, the others after; all first (or the first few asked for) without a category', () => {
    const choices = [['a', 'A'], ['b', 'B'], ['c', 'C']] as const;
    expect(splitChoices(choices, ['c', 'a'])).toEqual({ first: [['a', 'A'], ['c', 'C']], rest: [['b', 'B']] });
    expect(splitChoices(choices, ['c', 'a'], 1)).toEqual({ first: [['a', 'A'], ['c', 'C']], rest: [['b', 'B']] });
    expect(splitChoices(choices, undefined)).toEqual({ first: [...choices], rest: [] });
    expect(splitChoices(choices, undefined, 2)).toEqual({ first: [['a', 'A'], ['b', 'B']], rest: [['c', 'C']] });
  });

  it('are learnt from the sample content for every category it uses', () => {
    const data = resources().map((r) => ({ category: r.data.category, needs: r.data.needs as string[], audiences: r.data.audiences as string[] }));
    const usual = usualTerms(data);
    for (const category of new Set(data.map((d) => d.category))) expect(usual[category].needs.length, category).toBeGreaterThan(0);
  });
});

describe('organisations by name', () => {
  const list = [
    ['auser-milano', 'Auser Milano'],
    ['arci-rho', 'ARCI Rho'],
  ] as const;
  it('is the id of the organisation with that name, or with that id', () => {
    expect(organizationByName(list, 'auser milano')).toBe('auser-milano');
    expect(organizationByName(list, 'Arci  Rhò')).toBe('arci-rho');
    expect(organizationByName(list, 'arci-rho')).toBe('arci-rho');
  });
  it('is nothing for a part of a name or an unknown one', () => {
    expect(organizationByName(list, 'Auser')).toBeUndefined();
    expect(organizationByName(list, 'Caritas')).toBeUndefined();
    expect(organizationByName(list, ' ')).toBeUndefined();
  });
});
