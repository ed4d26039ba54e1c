/**
 * Languages in the form are chosen by their Italian name ("italiano, inglese, arabo…"); the entry keeps
 * ISO 639 codes. Names come from the same source as the entry page (src/lib/languages.ts).
 */
import { languageName } from '../languages.ts';
import { nameKey } from '../comuni.ts';

/** The languages offered first: Italian, then those most often spoken in Italy besides it. */
export const COMMON_LANGUAGES = ['it', 'en', 'fr', 'es', 'de', 'ar', 'ro', 'sq', 'uk', 'zh', 'pt', 'ru', 'bn', 'ur', 'pa', 'tl', 'wo'] as const;

/** The choices: the common languages, then any other already chosen (e.g. in an entry being updated). */
export function languageChoices(selected: readonly string[]): [code: string, name: string][] {
  const codes = [...COMMON_LANGUAGES, ...selected.filter((code) => !(COMMON_LANGUAGES as readonly string[]).includes(code))];
  return codes.map((code) => [code, languageName(code)]);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
let byName: Map<string, string> | undefined;

/** "tigrino" → "ti", "Inglese" → "en"; undefined when no two-letter code has that name. */
export function languageCodeFromName(name: string): string | undefined {
  if (!byName) {
    byName = new Map();
    for (const a of LETTERS)
      for (const b of LETTERS) {
        const code = a + b;
        const found = languageName(code);
        if (found !== code && !byName.has(nameKey(found))) byName.set(nameKey(found), code);
      }
  }
  const typed = nameKey(name);
  if (/^[a-z]{2,3}$/.test(name.trim()) && languageName(name.trim()) !== name.trim()) return name.trim();
  return byName.get(typed);
}
