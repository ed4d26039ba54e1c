// js-yaml 4 comes with Astro (and gray-matter) but without its type declarations; we use only `load`.
declare module 'js-yaml' {
  export function load(text: string, options?: Record<string, unknown>): unknown;
}
