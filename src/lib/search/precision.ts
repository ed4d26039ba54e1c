/**
 * Precise search on top of Pagefind. Pagefind stems Italian words and matches every word of a
 * query as a prefix of the stems in the index, so "coro" (stem "cor") also finds "corsi" and
 * "corpo"; and an index that has no word starting with a query word falls back to the longest
 * word that the query word starts with ("alzheimer" finds "al" in a region without Alzheimer).
 * Each region has its own index (scopes.ts), so that fallback fires in every region that lacks a word.
 *
 * So a search also asks Pagefind, for each word, which entries hold it as a whole word (an exact,
 * quoted search: same stem, no prefix, no fallback). Entries that hold more of the words whole
 * come first; entries that hold none of them are dropped — unless no entry holds any, as when
 * someone has typed only the start of a word, where Pagefind's prefix matches are all there is.
 */
import { foldedWords } from './words.ts';

/**
 * Pagefind's ranking (https://pagefind.app/docs/ranking/), passed to every bundle:
 * - termSimilarity 4 (default 1): a stem of the query's length far outranks longer stems it starts
 *   ("cor" for coro over "cors" for corsi), which matters for the partly typed words we keep;
 * - metaWeights: words in an entry's name (title, 6) and in its categories, needs, audiences and
 *   the everyday words that mean it (terms, 4) outrank body text; the place (comune and province)
 *   weighs 3, so "coro bologna" puts the choir in Bologna first (records.ts keeps no other meta field).
 *   The English name and summary (title_en, summary_en) weigh like the Italian ones.
 */
export const SEARCH_RANKING = {
  termSimilarity: 4,
  metaWeights: { title: 6, title_en: 6, terms: 4, place: 3, summary: 1.5, summary_en: 1.5, when: 0.5, when_note: 0.5, cost: 0.5, cost_note: 0.5 },
} as const;

/** Words too common to say what someone is looking for. */
const STOP_WORDS = new Set(
  (
    'a ad al allo alla ai agli alle da dal dallo dalla dai dagli dalle di del dello della dei degli delle in nel nello nella nei negli nelle ' +
    'su sul sullo sulla sui sugli sulle con col coi per tra fra il lo la i gli le l un uno una un e ed o od che chi cui non ne ci si mi ti vi ' +
    'come dove quando anche piu molto sono ho ha mio mia the of and for to with'
  ).split(' '),
);

/** The words of a query that say what is wanted: lower case, without accents, punctuation or stop words, each once. */
export function queryWords(query: string): string[] {
  return significantWords(query).slice(0, 8);
}

function significantWords(text: string): string[] {
  return [...new Set(foldedWords(text).filter((word) => word.length >= 2 && !STOP_WORDS.has(word)))];
}

/** Pagefind's exact search for one word (its stem, no prefix matches). */
export const wholeWordQuery = (word: string): string => `"${word}"`;

/**
 * Each word of an entry's name is indexed a second time behind this mark ("zzncoro"), so an
 * exact search for the marked word finds the entries whose name holds it whole. Scores from
 * different regional indexes are not comparable (each has its own word statistics), so a name
 * match has to be asked for, not read from the score.
 */
export const NAME_MARK = 'zzn';
export const nameWordQuery = (word: string): string => `"${NAME_MARK}${word}"`;

/** The marked words of a name, for the index (see NAME_MARK). */
export function nameTokens(name: string): string {
  return significantWords(name)
    .map((word) => NAME_MARK + word)
    .join(' ');
}

export interface PreciseOrder {
  /** The result ids to show, best first. */
  ids: string[];
  /** How many of Pagefind's results were dropped for holding none of the words whole. */
  dropped: number;
}

/**
 * Orders Pagefind's ranked results by how many query words each holds whole (wholeWord[i]: the ids
 * holding word i, in the whole-word search's own order), then by how many of them its name holds
 * (inName[i]), then, for a single word, by its place in that word's whole-word search, keeping
 * Pagefind's order among equals, and drops those holding none — unless none holds any word whole, when Pagefind's prefix
 * matches are kept as they are. The whole-word order matters in a large index: there Pagefind's
 * prefix search ranks "Coriano" and "Corato" (which share the stem "cor") above the choirs for
 * "coro", while the whole-word search for "coro" puts the entries named Coro first.
 */
export function preciseOrder(ranked: readonly string[], wholeWord: readonly (readonly string[])[], inName: readonly (readonly string[])[] = []): PreciseOrder {
  const count = (lists: readonly (readonly string[])[]) => {
    const sets = lists.map((ids) => new Set(ids));
    return new Map(ranked.map((id) => [id, sets.filter((set) => set.has(id)).length]));
  };
  const tier = count(wholeWord);
  const named = count(inName);
  if (![...tier.values()].some((n) => n > 0)) return { ids: [...ranked], dropped: 0 };
  const kept = ranked.filter((id) => tier.get(id)! > 0);
  // One word: its whole-word search's order (with several, Pagefind's search of them all ranks best).
  const single = wholeWord.length === 1 ? new Map(wholeWord[0].map((id, i) => [id, i])) : undefined;
  const place = (id: string) => single?.get(id) ?? 0;
  // More words whole first; among those, more of them in the name; then, for one word, higher in
  // its whole-word search. Array.prototype.sort is stable: equals keep Pagefind's order.
  kept.sort((a, b) => tier.get(b)! - tier.get(a)! || named.get(b)! - named.get(a)! || place(a) - place(b));
  return { ids: kept, dropped: ranked.length - kept.length };
}

/** The part of Pagefind's API a precise search uses. */
export interface SearchResultLike {
  id: string;
}
export interface SearchLike<R extends SearchResultLike> {
  results: R[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindLike<R extends SearchResultLike> {
  search: (term: string | null, options: { filters: Record<string, unknown> }) => Promise<SearchLike<R>>;
}

export interface PreciseSearch<R extends SearchResultLike> {
  /** The results to show, best first, each once (an entry in two regions is in both bundles). */
  results: R[];
  /**
   * The query whose filter counts describe exactly these results: the words as typed when nothing
   * was dropped, the one word's exact search when only one word counts, otherwise null (no count
   * is known to be true, so none is shown).
   */
  countsTerm: string | null;
}

/**
 * Runs a precise search: per query word, a whole-word search and a name search (NAME_MARK), with
 * Pagefind's own search of the words as typed (prefix matches) when there are several words, or when
 * no entry holds the one word whole. The name search is asked of every search, one index or several:
 * within one index Pagefind's ranking was expected to weigh names itself (SEARCH_RANKING), but on the sample
 * directory's national index "coro" listed «Coro Le Nuvole» sixth of six, after a course for pregnant
 * women (tests/e2e/search-precision.test.ts). It costs one more index chunk per word.
 */
export async function searchPrecisely<R extends SearchResultLike>(
  pagefind: PagefindLike<R>,
  query: string,
  filters: Record<string, unknown>,
): Promise<PreciseSearch<R>> {
  const term = query.trim() || null;
  const words = term ? queryWords(term) : [];
  const ids = (search: SearchLike<R>) => search.results.map((r) => r.id);
  // Each entry once, at its best place (an entry in two regions is in both of a merged search's bundles).
  const firstOfEach = (results: R[]) => {
    const seen = new Set<string>();
    return results.filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
  };
  if (words.length === 1) {
    // One word: the entries that hold it whole are all that would be shown, so Pagefind's prefix search
    // (every word that starts like it: 20,006 of 48,520 entries for "coro", 190 ms of a phone's search)
    // is asked only when none does, for a word typed in part.
    const [whole, named] = await Promise.all([pagefind.search(wholeWordQuery(words[0]), { filters }), pagefind.search(nameWordQuery(words[0]), { filters })]);
    if (whole.results.length > 0) {
      const byId = new Map(firstOfEach(whole.results).map((r) => [r.id, r]));
      const held = [...byId.keys()];
      const order = preciseOrder(held, [held], [ids(named)]);
      return { results: order.ids.map((id) => byId.get(id)!), countsTerm: wholeWordQuery(words[0]) };
    }
  }
  if (words.length <= 1) return { results: firstOfEach((await pagefind.search(term, { filters })).results), countsTerm: term };
  const [all, ...exact] = await Promise.all([
    pagefind.search(term, { filters }),
    ...words.map((word) => pagefind.search(wholeWordQuery(word), { filters })),
    ...words.map((word) => pagefind.search(nameWordQuery(word), { filters })),
  ]);
  const byId = new Map(firstOfEach(all.results).map((r) => [r.id, r]));
  const order = preciseOrder([...byId.keys()], exact.slice(0, words.length).map(ids), exact.slice(words.length).map(ids));
  const countsTerm = order.dropped === 0 ? term : null;
  return { results: order.ids.map((id) => byId.get(id)!), countsTerm };
}
