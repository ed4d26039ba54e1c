/**
 * The search page's behaviour: reads the state from the URL, asks Pagefind, orders and pages the
 * results, renders accessible cards, fills in the filter counts and tells the map what to show.
 * Every change goes through the URL (pushState), so reload, share and back all work.
 */
import { activeFilterCount, formatDistance, hasQuery, pagefindFilters, parseState, serializeState, type SearchState } from '../lib/search/state.ts';
import { pageOf, rankResults, type RankedResult } from '../lib/search/results.ts';
import { loadMapPoints, readScopeCatalog } from './map-points.ts';
import { suggestComuniOnFocus } from './comuni-suggestions.ts';
import { comuneOption, findComune } from '../lib/search/comuni-lookup.ts';
import { indexCompactComuni, type CompactComuni } from '../lib/contribute/comuni.ts';
import type { ComuniIndex } from '../lib/comuni.ts';
import { FACETS } from '../lib/search/facets.ts';
import { categories } from '../schema/vocabularies.ts';
import { resultCard, type ResultCard, type ResultData } from '../lib/search/card.ts';
import { currentLocale, label, loadPageLanguage, pathInLocale, t } from '../i18n/index.ts';
import { urls } from '../lib/urls.ts';
import { formatCount } from '../i18n/numbers.ts';
import { bundlePath, entriesIn, ONLINE_SCOPE, PAGEFIND_RUNTIME, primaryScope, scopesForState, searchBundles } from '../lib/search/scopes.ts';
import { SEARCH_RANKING, searchPrecisely } from '../lib/search/precision.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options: { filters: Record<string, unknown> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string }) => Pagefind;
}
// The page's language (an English page fetches its strings once) before anything is written on screen.
await loadPageLanguage();
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#ricerca');
const list = $<HTMLOListElement>('#risultati');
const status = $<HTMLParagraphElement>('#stato');
const mapPanel = $<HTMLDivElement>('#mappa');
const mapButton = $<HTMLButtonElement>('#mostra-mappa');
const where = $<HTMLInputElement>('#dove');
const filtersPanel = $<HTMLElement>('#filtri');
const filtersButton = $<HTMLButtonElement>('#apri-filtri');
const resultsHeading = $<HTMLHeadingElement>('#risultati-titolo');
const catalog = readScopeCatalog();

/**
 * One Pagefind instance per set of bundles: the primary bundle with the others merged in. A search
 * for all of Italy opens the national bundle alone (searchBundles).
 */
const instances = new Map<string, Promise<Pagefind>>();
function loadPagefind(regions: string[]): Promise<Pagefind> {
  const scopes = searchBundles(regions, catalog);
  const primary = primaryScope(scopes, catalog) ?? ONLINE_SCOPE;
  const key = scopes.join(' ');
  let instance = instances.get(key);
  if (!instance) {
    // One runtime module for every instance (PAGEFIND_RUNTIME, preloaded by the page's head).
    instance = import(/* @vite-ignore */ `${location.origin}/${PAGEFIND_RUNTIME}`).then(async (module: PagefindModule) => {
      const pagefind = module.createInstance({ basePath: bundlePath(primary) });
      // Ranking options apply per bundle: the primary one here, each merged one with mergeIndex.
      await pagefind.options({ excerptLength: 0, ranking: SEARCH_RANKING });
      await pagefind.init();
      await Promise.all(scopes.filter((scope) => scope !== primary).map((scope) => pagefind.mergeIndex(bundlePath(scope), { ranking: SEARCH_RANKING })));
      return pagefind;
    });
    instances.set(key, instance);
  }
  return instance;
}

const filtersLoaded = new WeakMap<Pagefind, Promise<unknown>>();
let countsWanted = false;

/** Searches up to this many entries load the filter counts with every search; larger ones when the filters are used. */
const EAGER_COUNTS_MAX_ENTRIES = 2_000;

/**
 * Filter counts need Pagefind's filter index, which weighs more than the rest of a search for a
 * large area (1.5 MB for all of Italy at 50,000 entries): small searches load it after the first
 * results are on screen, large ones once the person turns to the filters. The counts then come
 * from a repeat of the (cached) search.
 */
async function fillCounts(pagefind: Pagefind, state: SearchState, scopes: string[], mine: number, countsTerm: string | null | undefined = state.q.trim() || null): Promise<void> {
  if (!countsWanted && entriesIn(scopes, catalog) > EAGER_COUNTS_MAX_ENTRIES) return;
  // No search counts exactly the results shown (several words, some results dropped): no counts rather than wrong ones.
  if (countsTerm === null && state.q.trim()) return updateCounts({});
  if (!filtersLoaded.has(pagefind)) filtersLoaded.set(pagefind, pagefind.filters());
  await filtersLoaded.get(pagefind);
  const search = await pagefind.search(countsTerm ?? null, { filters: pagefindFilters(state) });
  if (mine === runNumber) updateCounts(search.filters);
}

/** The person turned to the filters: from now on every search fills in the counts. */
function wantCounts(): void {
  if (countsWanted) return;
  countsWanted = true;
  if (!hasQuery(current)) return;
  const scopes = scopesForState(current, catalog);
  void loadPagefind(scopes).then((pagefind) => fillCounts(pagefind, current, scopes, runNumber, lastCountsTerm));
}

let comuni: Promise<ComuniIndex> | undefined;
/** The ISTAT comuni (the contribution form's compact file), fetched when someone types a comune. */
function loadComuni(): Promise<ComuniIndex> {
  comuni ??= fetch('/contribuisci/comuni.json')
    .then((response) => response.json() as Promise<CompactComuni>)
    .then(indexCompactComuni);
  return comuni;
}

/** The state the form shows (words, filters, sort) merged with what only the URL holds. */
function readForm(base: SearchState): SearchState {
  const data = new FormData(form);
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = data.getAll(facet).map(String).filter(Boolean);
    if (values.length) filters[facet] = values;
  }
  const sort = String(data.get('ordine') ?? 'pertinenza') as SearchState['sort'];
  return { ...base, q: String(data.get('q') ?? ''), filters, sort: sort === 'distanza' && !base.near ? 'pertinenza' : sort, page: 1 };
}

/** What the "Dove?" field shows for a state: the comune searched near, "la tua posizione", or nothing. */
function whereText(state: SearchState): string {
  if (!state.near) return '';
  return state.near.label || t('yourPosition');
}

/** The filters panel as a state has it (also undoes what was changed there and not applied). */
function writeFilters(state: SearchState): void {
  $<HTMLSpanElement>('#filtri-etichetta').textContent = t('filtersButton')(activeFilterCount(state));
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    input.checked = (state.filters[input.name as keyof SearchState['filters']] ?? []).includes(input.value);
  }
  $<HTMLSelectElement>('#provincia').value = state.filters.provincia?.[0] ?? '';
  $<HTMLInputElement>('#comune').value = state.filters.comune?.[0] ?? '';
  $<HTMLSelectElement>('#ordine').value = state.sort;
}

/** With a question asked, a phone shows the form without its examples (search.css), so the answers start on the first screen. */
function markQuestion(state: SearchState, placeSent = false): void {
  form.classList.toggle('has-query', placeSent || hasQuery(state));
}

function writeForm(state: SearchState): void {
  $<HTMLInputElement>('#q').value = state.q;
  where.value = whereText(state);
  writeFilters(state);
  const nearState = $<HTMLParagraphElement>('#vicino-stato');
  nearState.hidden = !state.near;
  $<HTMLSpanElement>('#vicino-testo').textContent = state.near ? `${t('nearLabel')(state.near.label || t('yourPosition'))} ${nearRegionsText(state)}` : '';
  $<HTMLParagraphElement>('#area-stato').hidden = !state.area;
  showMap(state.map);
}

/** Which regions a search near a position covers, when it is not all of Italy. */
function nearRegionsText(state: SearchState): string {
  const scopes = scopesForState(state, catalog).filter((scope) => scope !== ONLINE_SCOPE);
  if (scopes.length === Object.keys(catalog.scopes).filter((scope) => scope !== ONLINE_SCOPE).length) return '';
  const label = (scope: string) => form.querySelector(`input[name=regione][value="${CSS.escape(scope)}"] + span`)?.textContent ?? scope;
  return t('nearRegions')(scopes.map(label).join(', '));
}

let current = parseState(new URLSearchParams(location.search));

/** Moves to a new state: the URL first, then the results. */
function navigate(next: SearchState, mode: 'push' | 'replace' = 'push'): void {
  current = next;
  const query = serializeState(next).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  writeForm(next);
  void run(next);
}

function showMap(show: boolean): void {
  mapPanel.hidden = !show;
  mapButton.setAttribute('aria-expanded', String(show));
  mapButton.textContent = show ? t('hideMap') : t('showMap');
}

function updateCounts(counts: Record<string, Record<string, number>>): void {
  for (const span of form.querySelectorAll<HTMLSpanElement>('.count')) {
    const n = counts[span.dataset.facet ?? '']?.[span.dataset.value ?? ''];
    span.textContent = n === undefined ? '' : `(${formatCount(n, currentLocale())})`;
  }
}

function card(data: ResultCard, result: RankedResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = pathInLocale(data.url, currentLocale());
  link.textContent = data.title;
  heading.append(link);
  const about = document.createElement('p');
  about.className = 'meta';
  const term = data.category ? categories[data.category] : undefined;
  const category = term ? label(term) : '';
  about.textContent = [category, data.place, result.distanceKm === undefined ? '' : t('distanceAway')(formatDistance(result.distanceKm, currentLocale()))]
    .filter(Boolean)
    .join(' · ');
  const summary = document.createElement('p');
  summary.textContent = data.summary ?? '';
  // The entry's own words left in Italian (untranslated name or summary, notes on schedule and cost): on a page in another language, say so.
  const page = currentLocale();
  const inLang = (text: string, lang: string) => {
    if (lang === page) return text;
    const span = document.createElement('span');
    span.textContent = text;
    span.lang = lang;
    return span;
  };
  const when = document.createElement('p');
  when.className = 'meta';
  if (data.when) when.append(inLang(data.when, data.whenLang));
  if (data.when && data.cost) when.append(' · ');
  if (data.cost) when.append(data.cost);
  if (data.costNote) when.append(' (', inLang(data.costNote, 'it'), ')');
  if (data.titleLang !== page) link.lang = data.titleLang;
  if (data.summaryLang !== page) summary.lang = data.summaryLang;
  item.append(heading, about, summary, when);
  if (data.id) {
    const toggle = document.createElement('shortlist-toggle');
    toggle.dataset.id = data.id;
    toggle.dataset.name = data.title;
    item.append(toggle);
  }
  return item;
}

let runNumber = 0;
/** The query whose filter counts match the results on screen (see searchPrecisely). */
let lastCountsTerm: string | null | undefined;
/** The state (as in the URL) whose results are on screen or being searched for. */
let searchedFor: string | undefined;
/** What the list on screen shows: its results, in order, with their distances. */
let shown: string | undefined;

/**
 * Puts a page of cards on screen. The same results as those shown keep their elements, so a late
 * repeat cannot pull the focus from under a keyboard user; new ones replace them, and focus that
 * was in the list goes to the same entry's link if it is still there, else to the results' heading.
 */
function showCards(key: string, cards: () => HTMLLIElement[]): void {
  if (key === shown) return;
  shown = key;
  const focused = list.contains(document.activeElement) ? document.activeElement : null;
  const href = focused?.closest('.card')?.querySelector('h3 a')?.getAttribute('href');
  list.replaceChildren(...cards());
  if (!focused) return;
  const same = href ? list.querySelector<HTMLAnchorElement>(`h3 a[href="${CSS.escape(href)}"]`) : null;
  if (same) same.focus();
  else resultsHeading.focus({ preventScroll: true });
}

/**
 * Searches for a state and renders its page of results; a newer search makes an older one stop.
 * A state already searched for (the URL unchanged: a history event from the skip link's jump, a
 * repeated submit) is not searched again.
 */
async function run(state: SearchState): Promise<void> {
  const key = serializeState(state).toString();
  if (key === searchedFor) return;
  searchedFor = key;
  const mine = ++runNumber;
  markQuestion(state);
  window.__segnaviaResults = { ids: null, scopes: Object.keys(catalog.scopes) };
  if (!hasQuery(state)) {
    showCards('', () => []);
    list.dataset.state = 'ready';
    list.dataset.count = '0';
    status.textContent = t('resultsEmptyState');
    $<HTMLElement>('#pagine').hidden = true;
    updateCounts({});
    window.dispatchEvent(new CustomEvent('segnavia:results', { detail: window.__segnaviaResults }));
    return;
  }
  list.dataset.state = 'loading';
  list.setAttribute('aria-busy', 'true');
  status.textContent = t('searching');
  try {
    const scopes = scopesForState(state, catalog);
    const bundles = searchBundles(scopes, catalog);
    const pagefind = await loadPagefind(scopes);
    const search = await searchPrecisely(pagefind, state.q, pagefindFilters(state));
    const needsPoints = Boolean(state.near || state.area || state.sort === 'nome' || state.map);
    const points = needsPoints ? await loadMapPoints(scopes, bundles) : undefined;
    if (mine !== runNumber) return;
    // An entry with places in two regions is in both bundles: searchPrecisely keeps its best-ranked result.
    const ids = search.results.map((r) => r.id);
    lastCountsTerm = search.countsTerm;
    const ranked = rankResults(ids, state, points?.byResult);
    window.__segnaviaResults = { ids: ranked.map((r) => r.id), scopes, bundles };
    window.dispatchEvent(new CustomEvent('segnavia:results', { detail: window.__segnaviaResults }));
    const page = pageOf(ranked, state.page);
    const byId = new Map(search.results.map((r) => [r.id, r]));
    const datas = await Promise.all(page.items.map((r) => byId.get(r.id)!.data()));
    if (mine !== runNumber) return;
    showCards(JSON.stringify(page.items), () => datas.map((data, i) => card(resultCard(data, currentLocale()), page.items[i])));
    status.textContent = t('resultsCount')(ranked.length);
    list.dataset.count = String(ranked.length);
    renderPager(page.page, page.pages);
    void fillCounts(pagefind, state, scopes, mine, search.countsTerm);
  } catch (error) {
    // A search that failed may be tried again.
    if (mine === runNumber) searchedFor = undefined;
    console.error(error);
    // Pagefind's index exists only in a built site: in `astro dev` say how to get it rather than "not available".
    status.textContent = import.meta.env.DEV ? t('searchNotInDev') : t('searchError');
  } finally {
    if (mine === runNumber) {
      list.dataset.state = 'ready';
      list.removeAttribute('aria-busy');
    }
  }
}

function renderPager(page: number, pages: number): void {
  $<HTMLElement>('#pagine').hidden = pages <= 1;
  $<HTMLSpanElement>('#pagina-testo').textContent = t('pageOf')(page, pages);
  $<HTMLButtonElement>('#pagina-prima').disabled = page <= 1;
  $<HTMLButtonElement>('#pagina-dopo').disabled = page >= pages;
}

function goToPage(delta: number): void {
  navigate({ ...current, page: Math.max(1, current.page + delta) });
  goToResults();
}

/**
 * The place typed in "Dove?": kept when unchanged, dropped when emptied, otherwise looked up among
 * the ISTAT comuni (the results then come nearest first). Undefined when the comune is unknown.
 */
async function withPlace(next: SearchState, typed: string): Promise<SearchState | undefined> {
  const plain = { ...next, near: undefined, sort: next.sort === 'distanza' ? 'pertinenza' : next.sort } as SearchState;
  if (!typed) return plain;
  if (current.near && typed === whereText(current)) return { ...next, near: current.near };
  status.textContent = t('placeLoading')(typed);
  const found = findComune(await loadComuni(), typed);
  if (!found) {
    status.textContent = t('nearComuneUnknown')(typed);
    return undefined;
  }
  return { ...next, near: { lat: found.lat, lon: found.lon, label: comuneOption(found) }, sort: next.sort === 'nome' ? 'nome' : 'distanza' };
}

function openFilters(open: boolean, focus: 'panel' | 'button' | 'none' = 'none'): void {
  // Closed without applying: the panel goes back to the filters in force.
  if (!open && !filtersPanel.hidden) writeFilters(current);
  filtersPanel.hidden = !open;
  filtersButton.setAttribute('aria-expanded', String(open));
  if (open) wantCounts();
  if (focus === 'panel') $<HTMLElement>('#filtri-titolo').focus();
  if (focus === 'button') filtersButton.focus();
}

/** Back to the results, with focus on their heading (after applying filters, or a new page). */
function goToResults(): void {
  resultsHeading.focus({ preventScroll: true });
  resultsHeading.scrollIntoView({ block: 'start' });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  // Whatever submitted the form while the filters are open (their button, or Enter in one of them) applies them.
  const applying = !filtersPanel.hidden;
  const next = await withPlace(readForm(current), where.value.trim());
  if (!next) {
    where.focus();
    return;
  }
  navigate(next);
  if (applying) {
    openFilters(false);
    goToResults();
  }
});
filtersButton.addEventListener('click', () => openFilters(filtersPanel.hidden, filtersPanel.hidden ? 'panel' : 'none'));
filtersPanel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') openFilters(false, 'button');
});
$<HTMLButtonElement>('#togli-filtri').addEventListener('click', () => {
  navigate({ ...current, filters: {}, page: 1 });
  openFilters(false);
  goToResults();
});
$<HTMLButtonElement>('#pagina-prima').addEventListener('click', () => goToPage(-1));
$<HTMLButtonElement>('#pagina-dopo').addEventListener('click', () => goToPage(1));
mapButton.addEventListener('click', () => navigate({ ...current, map: mapPanel.hidden }, 'replace'));
$<HTMLButtonElement>('#togli-area').addEventListener('click', () => navigate({ ...current, area: undefined, page: 1 }));
$<HTMLButtonElement>('#togli-vicino').addEventListener('click', () =>
  navigate({ ...current, near: undefined, sort: current.sort === 'distanza' ? 'pertinenza' : current.sort, page: 1 }),
);

$<HTMLButtonElement>('#vicino-a-me').addEventListener('click', () => {
  status.textContent = t('nearMeAsking');
  navigator.geolocation.getCurrentPosition(
    (position) => navigate({ ...current, near: { lat: position.coords.latitude, lon: position.coords.longitude, label: '' }, sort: 'distanza', page: 1 }),
    () => (status.textContent = t('nearMeDenied')),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
  );
});

// The comuni that have entries, suggested by "Dove?" and by the comune filter (one small file, on first use).
suggestComuniOnFocus([where, $<HTMLInputElement>('#comune')], $<HTMLDataListElement>('#comuni-con-risorse'));

window.addEventListener('segnavia:area', (event) => {
  navigate({ ...current, area: (event as CustomEvent<SearchState['area']>).detail, page: 1 });
});
window.addEventListener('popstate', () => {
  current = parseState(new URLSearchParams(location.search));
  writeForm(current);
  void run(current);
});

// Pagefind starts while the person types, so the first answer does not wait for it.
$<HTMLInputElement>('#q').addEventListener('focus', () => void loadPagefind(scopesForState(current, catalog)), { once: true });

writeForm(current);
// A place sent by a plain form (the home page's "Dove?", or this page before its script ran): looked up once, then the URL says where.
const sentPlace = new URLSearchParams(location.search).get('dove')?.trim().slice(0, 80);
// Compact at once, not only once a place sent by a plain form has been looked up.
markQuestion(current, Boolean(sentPlace));
if (sentPlace && !current.near) {
  // The place as it was sent stays in "Dove?" while it is looked up (and after, if it is not found, to be corrected).
  where.value = sentPlace;
  status.textContent = t('placeLoading')(sentPlace);
  void withPlace(current, sentPlace).then((next) => {
    if (next) navigate(next, 'replace');
    else void run(current).then(() => (status.textContent = `${t('nearComuneUnknown')(sentPlace)} ${status.textContent}`));
  });
} else {
  void run(current);
}
