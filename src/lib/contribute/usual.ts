/**
 * The needs and audiences usual for a category, learnt from the directory at build time: a volunteer
 * who chose "movimento" sees "muoversi" and "stare all'aperto" first, and the other choices one tap away.
 */

export interface Tagged {
  category: string;
  needs: readonly string[];
  audiences: readonly string[];
}

/** For each category, the needs and audiences its entries use most, most used first. */
export type UsualTerms = Record<string, { needs: string[]; audiences: string[] }>;

/** Terms used by at least this share of a category's entries are "usual" for it. */
const SHARE = 0.25;
/** At most this many are offered first. */
const MAX = 6;

function usual(lists: readonly (readonly string[])[]): string[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const term of new Set(list)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= Math.max(1, lists.length * SHARE))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX)
    .map(([term]) => term);
}

export function usualTerms(entries: readonly Tagged[]): UsualTerms {
  const byCategory = new Map<string, Tagged[]>();
  for (const entry of entries) byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry]);
  const out: UsualTerms = {};
  for (const [category, list] of byCategory) out[category] = { needs: usual(list.map((e) => e.needs)), audiences: usual(list.map((e) => e.audiences)) };
  return out;
}

/**
 * Choices split in the usual ones (in the vocabulary's order) and the others; all of them first when
 * nothing is usual (no category chosen yet, or a category with no entries) — or only the first `count`
 * of them, the others one tap away, so that the question stays short on a phone.
 */
export function splitChoices<T extends readonly [string, ...unknown[]]>(choices: readonly T[], usualTerms: readonly string[] | undefined, count = choices.length): { first: T[]; rest: T[] } {
  if (!usualTerms?.length) return { first: choices.slice(0, count), rest: choices.slice(count) };
  return { first: choices.filter(([key]) => usualTerms.includes(key)), rest: choices.filter(([key]) => !usualTerms.includes(key)) };
}
