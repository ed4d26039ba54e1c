/**
 * Italian alphabetical order, as `a.localeCompare(b, 'it')` gives it, from one Intl.Collator made
 * once: localeCompare with a locale looks its collator up at every call, which sorting 50,000
 * entries by name does about 800,000 times.
 */
export const compareItalian: (a: string, b: string) => number = new Intl.Collator('it').compare;
