/**
 * The likely-duplicate search indexes busy comuni and map cells (NameIndex in src/lib/validate/similar.ts)
 * instead of comparing every pair: it must give exactly the answers, in the same order, that comparing
 * every pair gives. Generated entries crowd one comune and its neighbour with names made of a few words,
 * typos, spacing and word-order variants, so that every rule of similarNames decides some pairs.
 */
import { describe, expect, it } from 'vitest';
import { likelyDuplicatePairs, similarNames } from '../../src/lib/validate/similar.ts';

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Gruppo', 'cammino', 'Coro', 'popolare', 'Parco', 'Nord', 'lettura', 'Biblioteca', 'vivente', 'Orto', 'condiviso', 'Santa', 'Rita', 'San', 'Rocco', 'Borgo', 'Nuovo', 'Sportello', 'debiti', 'Teatro', 'sociale', 'Danza', 'cerchio', 'nonni', 'Bologna', 'quartiere', 'Pilastro', 'ballo'];
const STOP = ['di', 'del', 'della', 'e', 'per', 'al'];

function typo(word: string, next: () => number): string {
  const at = Math.floor(next() * word.length);
  const letter = 'aeioulnrst'[Math.floor(next() * 10)];
  switch (Math.floor(next() * 4)) {
    case 0: return word.slice(0, at) + letter + word.slice(at + 1);
    case 1: return word.slice(0, at) + letter + word.slice(at);
    case 2: return word.slice(0, at) + word.slice(at + 1);
    default: return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
  }
}

/** A name of 1–5 words; often a variant of an earlier one (a typo, a word more or less, words joined, reordered). */
function names(count: number, next: () => number): string[] {
  const out: string[] = [];
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < count; i++) {
    if (out.length && next() < 0.6) {
      let words = pick(out).split(' ');
      const change = Math.floor(next() * 6);
      if (change === 0) words = words.map((w) => (next() < 0.4 ? typo(w, next) : w));
      else if (change === 1) words.splice(Math.floor(next() * (words.length + 1)), 0, pick([...WORDS, ...STOP]));
      else if (change === 2 && words.length > 1) words.splice(Math.floor(next() * words.length), 1);
      else if (change === 3 && words.length > 1) {
        const at = Math.floor(next() * (words.length - 1));
        words.splice(at, 2, words[at] + words[at + 1]);
      } else if (change === 4) words.reverse();
      else words = [typo(words.join(''), next)];
      out.push(words.join(' '));
    } else {
      const length = 1 + Math.floor(next() * 5);
      out.push(Array.from({ length }, () => (next() < 0.2 ? pick(STOP) : pick(WORDS))).join(' '));
    }
  }
  return out;
}

function crowd(seed: number) {
  const next = random(seed);
  return names(500, next).map((name, i) => {
    // Most in Bologna, some in Casalecchio di Reno next door, all within a few km: busy comuni and busy cells.
    const comune = next() < 0.75 ? 'Bologna' : 'Casalecchio di Reno';
    const place = { comune, province: 'BO', lat: 44.49 + next() * 0.03, lon: 11.3 + next() * 0.06 };
    const locations = next() < 0.1 ? [place, { comune: 'Bologna', province: 'BO' }] : next() < 0.05 ? [] : [place];
    return { id: `e${i}`, file: `e${i}.md`, data: { name: next() < 0.02 ? '' : name, locations } };
  });
}

const answers = (pairs: ReturnType<typeof likelyDuplicatePairs>) => pairs.map(({ a, b, reason }) => `${a.id} ${b.id} ${reason}`);

describe('likely duplicates in a busy comune', () => {
  it.each([1, 2, 3])('gives the same pairs, reasons and order with the index as comparing every pair (seed %i)', (seed) => {
    const entries = crowd(seed);
    const everyPair = answers(likelyDuplicatePairs(entries, Infinity));
    expect(answers(likelyDuplicatePairs(entries, 0))).toEqual(everyPair);
    expect(answers(likelyDuplicatePairs(entries))).toEqual(everyPair);
    // Enough pairs of each kind for the comparison to mean something.
    expect(everyPair.filter((p) => p.endsWith('stesso comune')).length).toBeGreaterThan(200);
    expect(everyPair.filter((p) => p.endsWith('di distanza')).length).toBeGreaterThan(20);
  });

  it('the generated names exercise each rule: equal keys, a couple of typos, words in common', () => {
    expect(similarNames('Parco Nord', 'parco-nord')).toBe(true);
    const pairs = likelyDuplicatePairs(crowd(1), Infinity);
    const words = (name: string) => name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2);
    const name = (entry: { data: { name: string } }) => entry.data.name;
    // Pairs with no word at all in common (joined words, typos in every word) come only from the edit-distance rule.
    expect(pairs.some(({ a, b }) => !words(name(a)).some((w) => words(name(b)).includes(w)))).toBe(true);
  });
});
