/** The interface strings in English (see it.ts): natural British English for people living in Italy. */
import type { Dictionary } from './it.ts';

const en: Partial<Dictionary> = {
  verifiedLabel: 'How the information was checked',
  verifiedConfirmed: (how: string, date: string, by: string) => `Confirmed ${how} on ${date} (${by}).`,
  verifiedConfirmedHow: {
    telefono: 'by phone with the organisation',
    email: 'by email with the organisation',
    visita: 'in person, on a visit',
    organizzazione: 'by the organisation itself',
  } as Record<string, string>,
  verifiedCompiled: (date: string, from: string, by: string, newest?: string, someUndated = false) =>
    `Compiled on ${date} ${from} (${by}); ${newest ? `the newest ${someUndated ? 'dated ' : ''}source is ${newest}` : 'the sources have no date'}. Not yet confirmed with the organisation.`,
  verifiedCompiledFrom: { 'sito-web': 'from the official website and public documents', 'documento-pubblico': 'from public documents' } as Record<string, string>,
  verifiedShortConfirmed: (date: string) => `Confirmed on ${date}`,
  verifiedShortCompiled: (newest?: string) => (newest ? `Not confirmed · source ${newest}` : 'Not confirmed · undated sources'),
  staleWarning: 'This confirmation is more than a year old: ask the organisation before going.',
  staleCompiledWarning: 'The newest source is more than a year old and nobody has confirmed it with the organisation: ask whether the activity still runs before going.',
  unknownAgeWarning: 'We do not know how recent the sources are: ask the organisation before going.',
};

export default en as Dictionary;
