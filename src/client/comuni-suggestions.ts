/**
 * Suggestions for a place field: the comuni that have entries (/cerca/comuni.json, one small file),
 * fetched the first time one of the fields gets focus. Used by the home page's and the search page's "Dove?".
 */
import { urls } from '../lib/urls.ts';

/** Fills the datalist when one of the inputs is first focused (once, whichever comes first). */
export function suggestComuniOnFocus(inputs: readonly HTMLInputElement[], datalist: HTMLDataListElement): void {
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= fetch(urls.searchComuni())
      .then((response) => response.json() as Promise<string[]>)
      .then((names) => datalist.replaceChildren(...names.map((name) => new Option(name)))));
  for (const input of inputs) input.addEventListener('focus', () => void load(), { once: true });
}
