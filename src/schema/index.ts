/** The entry format in one place: import schemas and vocabularies from here. */
export * from './vocabularies.ts';
export * from './fields.ts';
export * from './location.ts';
export * from './schedule.ts';
export * from './resource.ts';
export * from './organization.ts';
