/**
 * An entry's facts as a person reads them: labelled lines (where, when, cost, how to join, contacts,
 * accessibility, languages), in the order the entry page shows them. The one model behind the entry
 * page (ResourceFacts.astro), the form's preview (contribute/Preview.tsx, in the browser) and the
 * printed shortlist sheet (shortlist/sheet.ts): each view only lays these lines out.
 * Pure and free of Node and Astro imports, so that the preview can bundle it.
 */
import type { Resource } from '../schema/resource.ts';
import { accessibilityFeatures, audiences, joinMethods, needs, verificationMethods } from '../schema/vocabularies.ts';
import { describeSchedule } from './schedule.ts';
import { formatCost } from './cost.ts';
import { formatDate, formatPartialDate, ofPartialDate } from './dates.ts';
import { freshnessOf, verificationOf, type VerificationFields } from './verification.ts';
import { displayUrl, ENTRY_LINK_REL, safeHref, telUrl } from './links.ts';
import { languageName } from './languages.ts';
import { placeDirections, placeLine } from './places.ts';
import { currentLocale, label, t } from '../i18n/index.ts';

export type FactKey = 'audiences' | 'needs' | 'where' | 'when' | 'cost' | 'join' | 'contacts' | 'accessibility' | 'languages';

/** One line of a fact. */
export interface FactLine {
  /** What a person reads: "Via Roma 1, 20017 Rho (MI)", or after `label`, "02 809767". */
  text: string;
  /** A short label before the text: "Telefono" reads "Telefono: 02 809767". */
  label?: string;
  /** Where the text links to (tel:, mailto:, the entry's website). */
  href?: string;
  /** The link's rel, for addresses that come from the entry. */
  rel?: string;
  /** The text's language when it is not the page's: an entry's own words, or a schedule in Italian, on an English page. */
  lang?: string;
  /** A remark under the line, shown smaller: with no address, to ask for it. */
  note?: string;
  /** The remark's language when it is not the page's. */
  noteLang?: string;
  /** A way there on OpenStreetMap, with what to know about the map pin: for screens, not paper. */
  directions?: { text: string; href: string; note?: string };
}

/** One labelled fact: "Dove", with one line per place. */
export interface Fact {
  key: FactKey;
  label: string;
  lines: FactLine[];
}

/** The line as read aloud or printed: "Telefono: 02 809767". */
export function lineText(line: FactLine): string {
  return line.label ? `${line.label}: ${line.text}` : line.text;
}

/** Phone, email and website as labelled lines that link (an entry's or an organisation's contacts). */
export function contactLines(contacts: { phone?: string; email?: string; website?: string }): FactLine[] {
  const website = safeHref(contacts.website);
  const lines: FactLine[] = [];
  if (contacts.phone) lines.push({ label: t('phone'), text: contacts.phone, href: telUrl(contacts.phone) });
  if (contacts.email) lines.push({ label: t('email'), text: contacts.email, href: `mailto:${contacts.email}` });
  if (website) lines.push({ label: t('website'), text: displayUrl(website), href: website, rel: ENTRY_LINK_REL });
  return lines;
}

/** The facts a resource shows the person, in reading order; a fact with nothing to say is left out. */
export function entryFacts(resource: Resource): Fact[] {
  const fact = (key: FactKey, label: string, lines: (FactLine | string | undefined)[]): Fact => ({
    key,
    label,
    lines: lines.filter((line) => line !== undefined && line !== '').map((line) => (typeof line === 'string' ? { text: line } : line!)),
  });
  const { contacts, accessibility, joining } = resource;
  // Notes are the entry's own words, in Italian: on a page in another language they are marked lang="it".
  // Schedules, costs and spoken-language names are written in the page's language (schedule.ts, cost.ts, languages.ts).
  const italian = currentLocale() === 'it' ? undefined : 'it';
  const inItalian = (text: string | undefined): FactLine | undefined => (text ? { text, lang: italian } : undefined);
  // The schedule's note, when there is one, is its last line.
  const when = describeSchedule(resource.schedule).map((text, i, all) => ({ text, lang: resource.schedule.note && i === all.length - 1 ? italian : undefined }));
  const facts = [
    fact('audiences', t('audiencesLabel'), [resource.audiences.map((key) => label(audiences[key])).join(', ')]),
    fact('needs', t('needsLabel'), [resource.needs.map((key) => label(needs[key])).join(', ')]),
    fact(
      'where',
      t('whereLabel'),
      resource.online_only || resource.locations.length === 0
        ? [t('onlineOnly')]
        : resource.locations.map((location) => {
            // A note about the pin goes with the map link; the advice to ask for the address stays with the place.
            const { note, ...directions } = placeDirections(location);
            // Place names and addresses are Italian words (a screen reader reads "Casa del Volontariato" in Italian).
            return location.address ? { text: placeLine(location), lang: italian, directions: { ...directions, note } } : { text: placeLine(location), lang: italian, note, directions };
          }),
    ),
    fact('when', t('whenLabel'), when.length ? when : [t('scheduleUnknown')]),
    fact('cost', t('costLabel'), [
      italian && resource.cost.note ? { text: formatCost({ ...resource.cost, note: undefined }), note: resource.cost.note, noteLang: italian } : formatCost(resource.cost),
    ]),
    fact('join', t('joinLabel'), [`${joining.methods.map((key) => label(joinMethods[key])).join('; ')}.`, inItalian(joining.note)]),
    fact('contacts', t('contactsLabel'), contactLines(contacts)),
    fact('accessibility', t('accessibilityLabel'), [
      ...(accessibility.features.length ? accessibility.features.map((key) => label(accessibilityFeatures[key])) : [t('noAccessibilityInfo')]),
      inItalian(accessibility.note),
    ]),
    fact('languages', t('languagesLabel'), [accessibility.languages.map((code) => languageName(code)).join(', ')]),
  ];
  return facts.filter((item) => item.lines.length > 0);
}

/**
 * How the facts were checked, in plain words: "Confermata al telefono con l’organizzazione il 3 ottobre
 * 2026 (…)." or "Compilata il 24 novembre 2026 da documenti pubblici (…); la fonte più recente è del
 * 2022. Non ancora confermata dall’organizzazione." (src/lib/verification.ts decides which).
 */
export function verifiedLine(resource: VerificationFields): string {
  const v = verificationOf(resource);
  if (v.kind === 'confirmed') return t('verifiedConfirmed')(t('verifiedConfirmedHow')[v.method], formatDate(v.date), v.by);
  const from = t('verifiedCompiledFrom')[v.method] ?? label(verificationMethods[v.method]);
  return t('verifiedCompiled')(formatDate(v.date), from, v.by, v.newestSource && ofPartialDate(v.newestSource), v.someUndated);
}

/** The short form for a card: "Confermata il 3 ottobre 2026" or "Non confermata · fonte del 2022". */
export function verifiedShort(resource: VerificationFields): string {
  const v = verificationOf(resource);
  if (v.kind === 'confirmed') return t('verifiedShortConfirmed')(formatDate(v.date));
  return t('verifiedShortCompiled')(v.newestSource && ofPartialDate(v.newestSource));
}

/** The one line for the printed sheet: "Confermata con l’organizzazione il 3 ottobre 2026." or "Non confermata; fonte più recente: 2022." */
export function verifiedSheetLine(resource: VerificationFields): string {
  const v = verificationOf(resource);
  if (v.kind === 'confirmed') return t('verifiedSheetConfirmed')(formatDate(v.date));
  return t('verifiedSheetCompiled')(v.newestSource && formatPartialDate(v.newestSource));
}

/** The warning to show beside the verification when the information is stale or of unknown age, else undefined. */
export function verifiedWarning(resource: VerificationFields, today: string): string | undefined {
  const v = verificationOf(resource);
  const freshness = freshnessOf(v, today);
  if (freshness === 'unknown') return t('unknownAgeWarning');
  if (freshness !== 'stale') return undefined;
  return v.kind === 'confirmed' ? t('staleWarning') : t('staleCompiledWarning');
}
