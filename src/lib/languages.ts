/** Language names in Italian for ISO 639 codes, with the code itself as a fallback. */
const names = new Intl.DisplayNames(['it'], { type: 'language' });

/** "en" → "inglese". */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
