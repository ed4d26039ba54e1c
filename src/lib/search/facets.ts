/**
 * The facet names, as they appear in Pagefind filters and in the search URL. A module of its own,
 * below records.ts (which fills them in), state.ts (which reads them from the URL) and scopes.ts,
 * so that none of those three imports another in a circle.
 */
export const FACETS = ['categoria', 'bisogno', 'destinatari', 'regione', 'provincia', 'comune', 'giorno', 'costo', 'accesso', 'accessibilita', 'gestore'] as const;
export type Facet = (typeof FACETS)[number];
