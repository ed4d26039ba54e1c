import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { nameTokens, nameWordQuery, preciseOrder, queryWords, searchPrecisely, wholeWordQuery, type PagefindLike } from '../../src/lib/search/precision.ts';
import { hasWords, normalizeWords, synonymWords } from '../../src/lib/search/synonyms.ts';
import { synonyms } from '../../src/schema/synonyms.ts';
import { audiences, categories, needs } from '../../src/schema/vocabularies.ts';

describe('query words', () => {
  it('keeps the words that say what is wanted, without accents, punctuation or stop words', () => {
    expect(queryWords('Gruppo di cammino')).toEqual(['gruppo', 'cammino']);
    expect(queryWords("  Coro, a Bologna! coro ")).toEqual(['coro', 'bologna']);
    expect(queryWords('Attività per la città')).toEqual(['attivita', 'citta']);
    expect(queryWords('di a')).toEqual([]);
    expect(wholeWordQuery('coro')).toBe('"coro"');
  });
});

describe('whole-word order', () => {
  it('puts entries holding more words whole first, keeping Pagefind order among equals', () => {
    // "coro bologna": b holds both, a and d one each, c neither (a prefix match: "corsi")
    expect(preciseOrder(['a', 'b', 'c', 'd'], [['b', 'd'], ['a', 'b']])).toEqual({ ids: ['b', 'a', 'd'], dropped: 1 });
  });

  it('among entries holding as many words, puts those whose name holds them first', () => {
    // Scores from two regional indexes are not comparable: "Gravidanza e musica, corso…" may score higher than "Coro Le Nuvole".
    expect(preciseOrder(['gravidanza', 'nuvole', 'corsi'], [['gravidanza', 'nuvole']], [['nuvole']])).toEqual({ ids: ['nuvole', 'gravidanza'], dropped: 1 });
    expect(nameTokens('Coro Le Nuvole di Città')).toBe('zzncoro zznnuvole zzncitta');
    expect(nameWordQuery('coro')).toBe('"zzncoro"');
  });

  it('drops entries that hold no word whole ("corsi" for "coro")', () => {
    expect(preciseOrder(['corsi', 'coro1', 'coro2'], [['coro1', 'coro2']])).toEqual({ ids: ['coro1', 'coro2'], dropped: 1 });
  });

  it('keeps Pagefind prefix matches when no entry holds any word whole (a word typed in part)', () => {
    expect(preciseOrder(['x', 'y'], [[]])).toEqual({ ids: ['x', 'y'], dropped: 0 });
    // In a large index a comune that shares the stem (Coriano, "cor") can top Pagefind's prefix ranking
    // and hold "coro" by stem and by name mark: the whole-word search's own order puts the choirs first.
    expect(preciseOrder(['coriano', 'coro1', 'coro2'], [['coro1', 'coro2', 'coriano']], [['coriano', 'coro1', 'coro2']]).ids).toEqual(['coro1', 'coro2', 'coriano']);
    expect(preciseOrder(['x', 'y'], [])).toEqual({ ids: ['x', 'y'], dropped: 0 });
  });
});

describe('a precise search through a Pagefind-like API', () => {
  const index: Record<string, string[]> = {
    coro: ['corsi', 'coro1', 'coro2', 'coro1'],
    '"coro"': ['coro1', 'coro2'],
    '"zzncoro"': ['coro2'],
    'coro bologna': ['corsi', 'coro-bo', 'orto-bo'],
    '"bologna"': ['coro-bo', 'orto-bo', 'elsewhere'],
    camm: ['walk1', 'walk2'],
    '"camm"': [],
  };
  const asked: string[] = [];
  const fake: PagefindLike<{ id: string }> = {
    search: async (term) => {
      asked.push(term ?? '(null)');
      return { results: (index[term ?? ''] ?? []).map((id) => ({ id })), filters: {} };
    },
  };

  it('one word: drops prefix-only matches, puts the name match first, each entry once, counts from the exact search', async () => {
    const found = await searchPrecisely(fake, 'coro', {});
    expect(found.results.map((r) => r.id)).toEqual(['coro2', 'coro1']);
    expect(found.countsTerm).toBe('"coro"');
  });

  it('two words: all-word matches first, none-word matches gone, no counts it cannot vouch for', async () => {
    const found = await searchPrecisely(fake, 'coro bologna', {});
    expect(found.results.map((r) => r.id)).toEqual(['coro-bo', 'orto-bo']);
    expect(found.countsTerm).toBeNull();
  });

  it('a word typed in part keeps the prefix matches and their counts', async () => {
    const found = await searchPrecisely(fake, 'camm', {});
    expect(found.results.map((r) => r.id)).toEqual(['walk1', 'walk2']);
    expect(found.countsTerm).toBe('camm');
  });

  it('asks, for one word, which entries hold it whole and which name it, and not the slower prefix search when some do', async () => {
    asked.length = 0;
    await searchPrecisely(fake, 'coro', {});
    expect(asked).toEqual(['"coro"', '"zzncoro"']);
    asked.length = 0;
    await searchPrecisely(fake, 'camm', {});
    expect(asked).toEqual(['"camm"', '"zzncamm"', 'camm']);
    asked.length = 0;
    await searchPrecisely(fake, 'coro bologna', {});
    expect(asked).toEqual(['coro bologna', '"coro"', '"bologna"', '"zzncoro"', '"zznbologna"']);
  });

  it('one word held whole by an entry of two merged bundles: the entry once, at its first place', async () => {
    const twice: PagefindLike<{ id: string; bundle: string }> = {
      search: async (term) => ({
        results: term === '"orto"' ? [{ id: 'a', bundle: 'emilia' }, { id: 'b', bundle: 'emilia' }, { id: 'a', bundle: 'lombardia' }] : [],
        filters: {},
      }),
    };
    const found = await searchPrecisely(twice, 'orto', {});
    expect(found.results).toEqual([{ id: 'a', bundle: 'emilia' }, { id: 'b', bundle: 'emilia' }]);
  });

  it('filters only: one search, no words', async () => {
    asked.length = 0;
    const found = await searchPrecisely(fake, '  ', { costo: { any: ['gratuito'] } });
    expect(asked).toEqual(['(null)']);
    expect(found.countsTerm).toBeNull();
  });
});

describe('synonyms', () => {
  const choir = { category: 'musica-canto' as const, needs: ['compagnia' as const], audiences: ['anziani' as const], text: 'Coro di quartiere, cantiamo insieme.' };

  it('finds whole words, accents and case ignored', () => {
    const text = normalizeWords('Gruppi di Cammino — Città, «Dance Well»');
    expect(hasWords(text, 'gruppi di cammino')).toBe(true);
    expect(hasWords(text, 'citta')).toBe(true);
    expect(hasWords(text, 'dance')).toBe(true);
    expect(hasWords(text, 'cammin')).toBe(false);
  });

  it('gives an entry the words of the groups that mean it, and the related ones apart', () => {
    const words = synonymWords(choir);
    expect(words.means).toEqual(expect.arrayContaining(['coro', 'choir', 'anziani', 'elderly']));
    expect(words.related).toEqual(expect.arrayContaining(['solitudine']));
    expect(words.means).not.toContain('solitudine');
    expect(words.means).not.toContain('ballo');
    expect(words.related).not.toContain('ballo');
  });

  it('maps the words people type to the right entries', () => {
    const dance = { category: 'movimento' as const, needs: ['muoversi' as const], audiences: [], text: 'Dance Well al museo' };
    const walk = { category: 'movimento' as const, needs: ['muoversi' as const], audiences: [], text: 'Gruppo di cammino del quartiere' };
    const dementia = { category: 'sostegno-salute' as const, needs: ['memoria' as const], audiences: [], text: 'Alzheimer Café' };
    const debt = { category: 'aiuto-pratico' as const, needs: ['soldi-debiti' as const], audiences: [], text: 'Sportello' };
    expect(synonymWords(dance).means).toContain('ballo');
    expect(synonymWords(walk).related).toContain('ballo');
    expect(synonymWords(walk).means).toContain('passeggiata');
    expect(synonymWords(dementia).means).toEqual(expect.arrayContaining(['demenza', 'memoria', 'dementia']));
    expect(synonymWords(debt).means).toEqual(expect.arrayContaining(['bollette', 'debiti', 'debt']));
  });

  it('a word the vocabulary looks for counts only in the name or summary: further down, the entry is related', () => {
    // An Alzheimer café that lists dancing among its activities is not what "ballo" means; Dance Well is.
    const cafe = { category: 'incontro-compagnia' as const, needs: ['memoria' as const], audiences: [], text: 'Alzheimer Café. Si fanno attività di canto e danza.', about: 'Alzheimer Café' };
    const dance = { category: 'movimento' as const, needs: [], audiences: [], text: 'Dance Well. Lezioni di danza nel museo.', about: 'Dance Well. Lezioni di danza.' };
    expect(synonymWords(cafe).means).not.toContain('ballo');
    expect(synonymWords(cafe).related).toContain('ballo');
    expect(synonymWords(dance).means).toContain('ballo');
  });

  it('every target is a real vocabulary term or a word found in the directory', () => {
    const content = resolve(import.meta.dirname, '../../content/resources');
    const texts = readdirSync(content, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => {
        const { data, content: body } = matter(readFileSync(join(content, file), 'utf8'));
        return normalizeWords([data.name, data.summary, body].join(' '));
      });
    const problems: string[] = [];
    for (const group of synonyms) {
      const label = group.it[0];
      for (const target of [group.means, group.related ?? {}]) {
        for (const key of target.categories ?? []) if (!(key in categories)) problems.push(`${label}: category ${key}`);
        for (const key of target.needs ?? []) if (!(key in needs)) problems.push(`${label}: need ${key}`);
        for (const key of target.audiences ?? []) if (!(key in audiences)) problems.push(`${label}: audience ${key}`);
        for (const word of target.words ?? []) if (!texts.some((text) => hasWords(text, word))) problems.push(`${label}: word "${word}"`);
      }
      const means = group.means;
      if (![means.categories, means.needs, means.audiences, means.words].some((list) => list?.length)) problems.push(`${label}: means nothing`);
      if (group.it.length === 0 || group.en.length === 0) problems.push(`${label}: needs Italian and English words`);
    }
    expect(problems).toEqual([]);
  });
});
