/** The types every language's dictionary shares. */

/** The site's languages: Italian is the default, at `/`; the others live under `/<code>/` (languages.ts). */
export type Locale = 'it' | 'en';

/** The shape every language must give a dictionary: the same keys, strings where Italian has strings, the same functions. */
export type ShapeOf<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : T[K];
};
