/**
 * Applies the synonym vocabulary (src/schema/synonyms.ts) to an entry when the search index is
 * built: the everyday words whose groups `mean` the entry, and those only `related` to it.
 */
import { synonyms, type SynonymGroup, type SynonymTargets } from '../../schema/synonyms.ts';
import type { Audience, Category, Need } from '../../schema/vocabularies.ts';
import { foldedWords } from './words.ts';

/** What the vocabulary looks at in an entry. */
export interface SynonymFacts {
  category: Category;
  needs: readonly Need[];
  audiences: readonly Audience[];
  /** The entry's own words: name, summary, description… */
  text: string;
  /**
   * What the entry says it is (its name and summary; default: the whole text). A group whose
   * `means.words` are found only elsewhere in the text (an Alzheimer café that lists "danza" among
   * its activities) is related to the entry, not meant by it.
   */
  about?: string;
}

/** Lower case, no accents, words separated by single spaces, padded so " word " finds whole words. */
export function normalizeWords(text: string): string {
  return ` ${foldedWords(text).join(' ')} `;
}

// The vocabulary's own words and phrases, normalised once: every record of the index asks for them.
const normalizedPhrases = new Map<string, string>();

/** True when the normalised text holds the word or phrase as whole words. */
export function hasWords(normalizedText: string, phrase: string): boolean {
  let wanted = normalizedPhrases.get(phrase);
  if (wanted === undefined) normalizedPhrases.set(phrase, (wanted = normalizeWords(phrase)));
  return wanted.trim().length > 0 && normalizedText.includes(wanted);
}

function targets(facts: SynonymFacts, normalizedText: string, target: SynonymTargets | undefined): boolean {
  if (!target) return false;
  return (
    (target.categories ?? []).includes(facts.category) ||
    (target.needs ?? []).some((need) => facts.needs.includes(need)) ||
    (target.audiences ?? []).some((audience) => facts.audiences.includes(audience)) ||
    (target.words ?? []).some((word) => hasWords(normalizedText, word))
  );
}

/** A group's `means.words`, as targets of what it is only related to (found in the text but not in `about`). */
const wordsOnly = (target: SynonymTargets): SynonymTargets => ({ words: target.words });

/**
 * The words an entry is also found by: `means` (what the groups that name it say, to be weighted
 * like its name and category) and `related` (to be weighted like body text). Each word once.
 */
export function synonymWords(facts: SynonymFacts, groups: readonly SynonymGroup[] = synonyms): { means: string[]; related: string[] } {
  const text = normalizeWords(facts.text);
  const about = facts.about === undefined ? text : normalizeWords(facts.about);
  const means = new Set<string>();
  const related = new Set<string>();
  for (const group of groups) {
    const words = [...group.it, ...group.en];
    if (targets(facts, about, group.means)) for (const word of words) means.add(word);
    else if (targets(facts, text, group.related) || targets(facts, text, wordsOnly(group.means))) for (const word of words) related.add(word);
  }
  for (const word of means) related.delete(word);
  return { means: [...means], related: [...related] };
}
