/**
 * Typo-tolerant matching for "did you mean …?" hints: which allowed word a person most likely meant.
 * Imports nothing, so the validator, the schema and the browser can all use it.
 */

/** Levenshtein distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Folds case and accents, so "Lunedì" and "lunedi" compare equal. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The candidate a misspelt word most likely meant: the closest one within a distance that grows with
 * the word's length (1 for short words, at most 3), or one that starts with the word (at least 3
 * letters: "lune" → "lun" is not a prefix, "giov" → "giovani" is); undefined when nothing is close.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const typed = fold(word);
  if (!typed) return undefined;
  const allowed = Math.max(1, Math.min(3, Math.floor(typed.length / 3)));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const key = fold(candidate);
    const distance = typed.length >= 3 && (key.startsWith(typed) || typed.startsWith(key)) ? 0.5 : editDistance(typed, key, allowed);
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
