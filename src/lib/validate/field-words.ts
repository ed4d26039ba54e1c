/**
 * A field's path as a volunteer reads it: list positions counted from one, in words
 * ("locations.0.province" → "primo luogo › province"). YAML keys stay as written in the file, so the
 * person can find them; only the numbers, which count from zero in code, become words.
 */

/** The noun for one item of each list in the entry format, and its gender. */
const ITEM_NOUNS: Record<string, { noun: string; feminine: boolean }> = {
  locations: { noun: 'luogo', feminine: false },
  sessions: { noun: 'sessione', feminine: true },
  sources: { noun: 'fonte', feminine: true },
  days: { noun: 'giorno', feminine: false },
  needs: { noun: 'valore di needs', feminine: false },
  audiences: { noun: 'valore di audiences', feminine: false },
  features: { noun: 'valore di features', feminine: false },
  languages: { noun: 'lingua', feminine: true },
  methods: { noun: 'modo di partecipare', feminine: false },
};

const ORDINALS = ['prim', 'second', 'terz', 'quart', 'quint', 'sest', 'settim', 'ottav', 'non', 'decim'];

/** "primo", "seconda", … "decimo"; then "11º" / "11ª". */
export function ordinal(position: number, feminine: boolean): string {
  const stem = ORDINALS[position - 1];
  if (stem) return stem + (feminine ? 'a' : 'o');
  return `${position}${feminine ? 'ª' : 'º'}`;
}

/** "locations.0.province" → "primo luogo › province"; "schedule.sessions.1.days.0" → "schedule › seconda sessione › primo giorno". */
export function fieldInWords(field: string): string {
  const segments = field.split('.');
  const words: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i];
    const next = segments[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      const item = ITEM_NOUNS[key] ?? { noun: `elemento di ${key}`, feminine: false };
      words.push(`${ordinal(Number(next) + 1, item.feminine)} ${item.noun}`);
      i++;
    } else if (/^\d+$/.test(key)) {
      words.push(`${ordinal(Number(key) + 1, false)} elemento`);
    } else {
      words.push(key);
    }
  }
  return words.join(' › ');
}
