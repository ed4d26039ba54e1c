/**
 * Likely duplicates of existing entries, for pull requests: a changed resource whose name is similar
 * to another's (not only equal) in the same comune, or at a place within NEARBY_KM of one of its
 * places. Only the changed resources are compared with all the others, so the check stays linear in
 * the size of the directory.
 */
import { editDistance, nameKey, normaliseName } from '../comuni.ts';
import { distanceKm, type Point } from '../geo.ts';
import { lineOf } from './schema.ts';
import type { Entry, Problem } from './types.ts';

/** Two places this close (in km) with similar names are probably one activity. */
export const NEARBY_KM = 1;

/** Words that say nothing about which activity it is. */
const STOPWORDS = new Set(['a', 'ad', 'al', 'alla', 'alle', 'allo', 'ai', 'agli', 'con', 'd', 'da', 'dal', 'dalla', 'de', 'dei', 'degli', 'del', 'della', 'delle', 'dello', 'di', 'e', 'ed', 'gli', 'i', 'il', 'in', 'l', 'la', 'le', 'lo', 'nel', 'nella', 'per', 'su', 'sul', 'sulla', 'the', 'of', 'and']);

/** The meaningful words of a name: "Gruppo di cammino del Parco Nord" → gruppo, cammino, parco, nord. */
export function nameWords(name: string): string[] {
  return [...new Set(normaliseName(name).split(' ').filter((word) => word && !STOPWORDS.has(word)))];
}

/** Words match when equal, or one letter apart if long enough ("gruppo", "gruppi"); the counts are their letterCounts. */
function sameWord(a: string, countsA: Uint8Array, b: string, countsB: Uint8Array): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && withinEdits(countsA, countsB, 1) && editDistance(a, b, 1) <= 1);
}

/** How many times each letter and digit occurs in a normalised text (other characters are not counted). */
function letterCounts(text: string): Uint8Array {
  const counts = new Uint8Array(36);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) counts[code - 97]++;
    else if (code >= 48 && code <= 57) counts[code - 22]++;
  }
  return counts;
}

/** False when two texts are surely more than `edits` edits apart: each edit changes the letter counts by at most 2 in all. */
function withinEdits(a: Uint8Array, b: Uint8Array, edits: number): boolean {
  let difference = 0;
  for (let i = 0; i < 36; i++) if ((difference += Math.abs(a[i] - b[i])) > 2 * edits) return false;
  return true;
}

/**
 * True when two names probably name the same activity: the same letters but for a typo or two,
 * or most of their words in common (all of the shorter one's, when it has at least two).
 */
export function similarNames(a: string, b: string): boolean {
  return similarPrepared(prepareName(a), prepareName(b));
}

/** A name with what the comparison needs worked out once: its letters and its meaningful words. */
interface PreparedName {
  key: string;
  words: string[];
  /** How many times each letter and digit occurs in the key, and in each word. */
  counts: Uint8Array;
  wordCounts: Uint8Array[];
  /** Worked out when first needed (see NameIndex): the tokens of each word, and the key's distinct trigrams. */
  wordTokens?: string[][];
  trigrams?: string[];
}

function prepareName(name: string): PreparedName {
  const key = nameKey(name);
  const words = nameWords(name);
  return { key, words, counts: letterCounts(key), wordCounts: words.map(letterCounts) };
}

// ---------------------------------------------------------------------------------------------
// Which names could be similar at all, without comparing every name with every other: each test in
// similarPrepared needs something two names share, which an index finds.
// - Equal keys: the key itself.
// - Keys within 2 edits (10 letters or more): an edit changes at most 3 of a key's trigrams (the three
//   letters that start at each position), so two edits leave at least L − 2 − 6 ≥ 2 of them in the
//   other key: of a key's distinct trigrams, any 7 (or all, when it has fewer) include one of the other's.
// - Words in common (jaccard ≥ 0.6 either way): shared/(|A| + |B| − shared) ≥ 0.6 means
//   8·shared ≥ 3·(|A| + |B|) ≥ 3·(|A| + 1), so at most |A| − s of A's words are unmatched, s being
//   ⌈(3·|A| + 3)/8⌉: any |A| − s + 1 of them include a matched one. Two words match (sameWord) when
//   equal or, from 5 letters, one edit apart, and then they share a token: the word itself or the word
//   with one letter deleted (a substitution at i: both without i; an insertion: the shorter one itself).
// The candidates are checked with similarPrepared itself, so the answers are exactly the pairwise ones.

/** The tokens a word is indexed under: itself and, when it has 5 letters or more, itself less each one letter. */
function wordTokens(word: string): string[] {
  if (word.length < 5) return [word];
  const tokens = new Set([word]);
  for (let i = 0; i < word.length; i++) tokens.add(word.slice(0, i) + word.slice(i + 1));
  return [...tokens];
}

function tokensOf(name: PreparedName): string[][] {
  return (name.wordTokens ??= name.words.map(wordTokens));
}

/** The distinct trigrams of the key, for keys long enough for the edit-distance test. */
function trigramsOf(name: PreparedName): string[] {
  if (name.trigrams) return name.trigrams;
  const grams = new Set<string>();
  if (name.key.length >= 10) for (let i = 0; i + 3 <= name.key.length; i++) grams.add(name.key.slice(i, i + 3));
  return (name.trigrams = [...grams]);
}

/** Prepared names (by position in a list) under everything two similar names could share. */
class NameIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly byGram = new Map<string, number[]>();
  private readonly byToken = new Map<string, number[]>();

  constructor(names: readonly PreparedName[]) {
    names.forEach((name, position) => {
      if (!name.key) return;
      NameIndex.add(this.byKey, name.key, position);
      for (const gram of trigramsOf(name)) NameIndex.add(this.byGram, gram, position);
      for (const tokens of tokensOf(name)) for (const token of tokens) NameIndex.add(this.byToken, token, position);
    });
  }

  private static add(map: Map<string, number[]>, key: string, position: number): void {
    const list = map.get(key);
    if (!list) map.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }

  /** The positions of every indexed name `name` could be similarPrepared to (as its first argument), and some more. */
  candidates(name: PreparedName): Set<number> {
    const found = new Set<number>();
    if (!name.key) return found;
    const take = (list: readonly number[] | undefined) => {
      if (list) for (const position of list) found.add(position);
    };
    take(this.byKey.get(name.key));
    // The `count` cheapest of some groups of lists (any `count` of them will do; see above).
    const cheapest = (groups: string[][], map: Map<string, number[]>, count: number) => {
      const sized = groups.map((keys) => ({ keys, size: keys.reduce((sum, key) => sum + (map.get(key)?.length ?? 0), 0) }));
      sized.sort((a, b) => a.size - b.size);
      for (const { keys } of sized.slice(0, count)) for (const key of keys) take(map.get(key));
    };
    const grams = trigramsOf(name);
    if (grams.length) cheapest(grams.map((gram) => [gram]), this.byGram, 7);
    const words = name.words.length;
    if (words) cheapest(tokensOf(name), this.byToken, words - Math.ceil((3 * words + 3) / 8) + 1);
    return found;
  }
}

/** Below this many pairs, comparing every pair is cheaper than building an index. */
const INDEX_FROM_PAIRS = 4096;

/** similarNames on prepared names, so that comparing one name with many prepares it only once. */
function similarPrepared(a: PreparedName, b: PreparedName): boolean {
  const { key: keyA, words: wordsA } = a;
  const { key: keyB, words: wordsB } = b;
  if (!keyA || !keyB) return false;
  if (keyA === keyB) return true;
  if (Math.min(keyA.length, keyB.length) >= 10 && withinEdits(a.counts, b.counts, 2) && editDistance(keyA, keyB, 2) <= 2) return true;
  const shared = wordsA.filter((word, i) => wordsB.some((other, j) => sameWord(word, a.wordCounts[i], other, b.wordCounts[j]))).length;
  const union = wordsA.length + wordsB.length - shared;
  const jaccard = union ? shared / union : 0;
  const contained = shared === Math.min(wordsA.length, wordsB.length) && Math.min(wordsA.length, wordsB.length) >= 2;
  return jaccard >= 0.75 || (contained && jaccard >= 0.6);
}

/** What the similarity check reads of an entry: its id, its file and its (maybe unchecked) data. */
export type Comparable = Pick<Entry, 'id' | 'file' | 'data'>;

interface Placed<E extends Comparable = Entry> {
  entry: E;
  name: string;
  prepared: PreparedName;
  comuni: Set<string>;
  points: Point[];
}

function placedOf<E extends Comparable>(entry: E): Placed<E> | undefined {
  const name = typeof entry.data.name === 'string' ? entry.data.name.trim() : '';
  if (!name) return undefined;
  const locations = Array.isArray(entry.data.locations) ? (entry.data.locations as unknown[]) : [];
  const comuni = new Set<string>();
  const points: Point[] = [];
  for (const value of locations) {
    const l = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    if (typeof l.comune === 'string' && typeof l.province === 'string') comuni.add(`${nameKey(l.comune)}|${l.province.trim().toUpperCase()}`);
    if (typeof l.lat === 'number' && typeof l.lon === 'number' && Number.isFinite(l.lat) && Number.isFinite(l.lon)) points.push({ lat: l.lat, lon: l.lon });
  }
  return { entry, name, prepared: prepareName(name), comuni, points };
}

/** Why two placed resources look like one: "stesso comune", "a 300 m", or undefined. */
function closeness(a: Placed<Comparable>, b: Placed<Comparable>): string | undefined {
  if ([...a.comuni].some((c) => b.comuni.has(c))) return 'nome simile nello stesso comune';
  let nearest = Infinity;
  for (const p of a.points) for (const q of b.points) nearest = Math.min(nearest, distanceKm(p, q));
  return nearest <= NEARBY_KM ? `nome simile a ${Math.round(nearest * 1000)} m di distanza` : undefined;
}

/**
 * A warning for each changed resource that looks like another resource (changed or not). Files in
 * `skip` already carry a likely-duplicate warning; files sharing an id are an error of their own.
 */
export function nearDuplicateProblems(changed: readonly Entry[], all: readonly Entry[], skip: ReadonlySet<string> = new Set()): Problem[] {
  const others = all.map(placedOf).filter((p): p is Placed => p !== undefined);
  return changed.flatMap((entry): Problem[] => {
    const self = skip.has(entry.file) ? undefined : placedOf(entry);
    if (!self) return [];
    const matches: { other: Placed; reason: string }[] = [];
    for (const other of others) {
      if (other.entry.file === entry.file || other.entry.id === entry.id) continue;
      const reason = closeness(self, other);
      if (reason && similarNames(self.name, other.name)) matches.push({ other, reason });
    }
    if (matches.length === 0) return [];
    const shown = matches.slice(0, 3).map(({ other, reason }) => `${other.entry.file} («${other.name}», ${reason})`);
    const more = matches.length > 3 ? ` e altre ${matches.length - 3} schede` : '';
    return [
      {
        file: entry.file,
        field: 'name',
        line: lineOf(entry, ['name']),
        severity: 'warning',
        rule: 'likely-duplicate',
        message: `Forse questa attività è già nell’elenco: ${shown.join('; ')}${more}. Se è la stessa, aggiorna quella scheda invece di aggiungerne una nuova; se sono diverse, rendi il nome più preciso (es. aggiungi il quartiere o il giorno).`,
      },
    ];
  });
}

/** Two entries that probably describe one activity, and why ("nome simile nello stesso comune"). */
export interface LikelyDuplicate<E extends Comparable> {
  a: E;
  b: E;
  reason: string;
}

/**
 * Every pair of entries in the directory that look like one activity, by the same test as the
 * pull-request warning above. Only entries that share a comune, or whose places fall in neighbouring
 * cells of about 1 km, are compared; and within a busy comune or cell, only the names that share what
 * similar names must share (NameIndex), so the cost no longer grows with the square of the busiest
 * comune either. `indexFromPairs`: the number of pairs from which a bucket is indexed (tests set it to
 * compare the indexed answers with every pair's).
 */
export function likelyDuplicatePairs<E extends Comparable>(entries: readonly E[], indexFromPairs = INDEX_FROM_PAIRS): LikelyDuplicate<E>[] {
  const placed = entries.map(placedOf).filter((p): p is Placed<E> => p !== undefined);
  const buckets = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, [index]);
    else if (bucket[bucket.length - 1] !== index) bucket.push(index);
  };
  // Cells of 0.01° latitude × 0.02° longitude are at least NEARBY_KM wide in Italy, so points within
  // NEARBY_KM of each other share a cell or touch: each point goes into its cell, and looks at the 3×3 around it.
  const cell = (lat: number, lon: number) => `${Math.floor(lat / 0.01)}:${Math.floor(lon / 0.02)}`;
  placed.forEach((p, index) => {
    for (const comune of p.comuni) add(`c|${comune}`, index);
    for (const point of p.points) add(`p|${cell(point.lat, point.lon)}`, index);
  });
  const found = new Set<string>();
  const pairs: LikelyDuplicate<E>[] = [];
  const sharesComune = (a: Placed<E>, b: Placed<E>) => {
    for (const c of a.comuni) if (b.comuni.has(c)) return true;
    return false;
  };
  // Each pair once per bucket (i < j); pairs in one comune are compared there and skipped among the cells.
  const compare = (i: number, j: number, viaCell: boolean) => {
    const a = placed[i];
    const b = placed[j];
    if (a.entry.id === b.entry.id || (viaCell && sharesComune(a, b))) return;
    // Names first: most pairs in one comune differ by name, and that is cheaper to see than distances.
    if (!similarPrepared(a.prepared, b.prepared)) return;
    const reason = closeness(a, b);
    if (!reason || found.has(`${i}|${j}`)) return;
    found.add(`${i}|${j}`);
    pairs.push({ a: a.entry, b: b.entry, reason });
  };
  // The pairs (i, j), i < j, of one bucket and one (maybe the same) bucket, in the order of the loops
  // "for i of left, for j of right": every one when there are few, else only those whose names could be
  // similar (NameIndex); the others would fail similarPrepared, so the answers and their order are the same.
  const indexes = new Map<number[], NameIndex>();
  const pairsOf = function* (left: number[], right: number[]): Generator<[number, number]> {
    if (left.length * right.length < indexFromPairs) {
      for (const i of left) for (const j of right) if (i < j) yield [i, j];
      return;
    }
    let index = indexes.get(right);
    if (!index) indexes.set(right, (index = new NameIndex(right.map((j) => placed[j].prepared))));
    for (const i of left) {
      const near = [...index.candidates(placed[i].prepared)].filter((y) => i < right[y]).sort((x, y) => x - y);
      for (const y of near) yield [i, right[y]];
    }
  };
  for (const [key, bucket] of buckets) {
    if (key.startsWith('c|')) {
      for (const [i, j] of pairsOf(bucket, bucket)) compare(i, j, false);
      continue;
    }
    const [lat, lon] = key.slice(2).split(':').map(Number);
    for (let dLat = -1; dLat <= 1; dLat++) {
      for (let dLon = -1; dLon <= 1; dLon++) {
        const near = buckets.get(`p|${lat + dLat}:${lon + dLon}`);
        if (near) for (const [i, j] of pairsOf(bucket, near)) compare(i, j, true);
      }
    }
  }
  return pairs;
}
