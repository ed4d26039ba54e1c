/**
 * The facts of one resource as the signposting sheet prints them, already in the page's language: the lines
 * of the entry's facts model (src/lib/facts.ts) that matter on paper, without map notes or directions.
 * Built once per entry and language at build time (src/pages/lista/voci/[shard].json.ts, src/pages/en/lista/voci/) so that the shortlist page
 * needs no schema, dictionary or formatting code of its own.
 */
import type { Resource } from '../../schema/resource.ts';
import { statuses } from '../../schema/vocabularies.ts';
import { entryFacts, lineText, verifiedSheetLine, type FactKey, type FactLine } from '../facts.ts';
import { currentLocale, label, t } from '../../i18n/index.ts';
import { localizedField } from '../localized.ts';

/** A sheet lists a few places; the entry page has them all. */
export const MAX_SHEET_PLACES = 3;

/** The facts a sheet prints, in this order; the QR code leads to the rest. */
export const SHEET_FACTS: readonly FactKey[] = ['where', 'when', 'cost', 'join', 'contacts'];

/** A line on paper: its text, and a link where the line has one (tel:, mailto:, website); its language where not the page's. */
export type SheetLine = Pick<FactLine, 'text' | 'label' | 'href' | 'rel' | 'lang'>;

/** One labelled fact on the sheet ("Dove", one line per place). */
export interface SheetFact {
  key: FactKey;
  label: string;
  lines: SheetLine[];
}

/** One resource on the sheet. Optional fields are left out of the JSON when empty. */
export interface SheetItem {
  id: string;
  name: string;
  /** The one-sentence summary. */
  summary: string;
  /** Only on another language's list: 'it' where the name or the summary has no translation (marked lang="it"). */
  nameLang?: 'it';
  summaryLang?: 'it';
  /** The facts as the sheet lays them out. */
  facts: SheetFact[];
  /** The "Dove" lines as text, for the messages: one per place, or the online-only line. */
  where: string[];
  /** The "Quando" lines as text, for the messages: one per session, then period and note. */
  when: string[];
  /** The phone as written, for the messages. */
  phone?: string;
  /** How the facts were checked, in one short line (src/lib/facts.ts verifiedSheetLine). */
  verified: string;
  /** Only when not active: "sospeso" or "chiuso", with the notice to show. */
  status?: 'sospeso' | 'chiuso';
  notice?: string;
}

/** The line without what paper cannot use (directions, map notes); empty fields left out of the JSON. */
function paperLine({ text, label, href, rel, lang }: FactLine): SheetLine {
  return { text, ...(label && { label }), ...(href && { href }), ...(rel && { rel }), ...(lang && { lang }) };
}

/** The sheet facts of a resource. */
export function sheetItem(id: string, resource: Resource): SheetItem {
  const facts: SheetFact[] = entryFacts(resource)
    .filter((fact) => SHEET_FACTS.includes(fact.key))
    .map((fact) => {
      const lines = fact.lines.map(paperLine);
      if (fact.key !== 'where' || lines.length <= MAX_SHEET_PLACES) return { key: fact.key, label: fact.label, lines };
      return { key: fact.key, label: fact.label, lines: [...lines.slice(0, MAX_SHEET_PLACES), { text: t('shortlistMorePlaces')(lines.length - MAX_SHEET_PLACES) }] };
    });
  const texts = (key: FactKey) => facts.find((fact) => fact.key === key)?.lines.map(lineText) ?? [];
  const locale = currentLocale();
  const name = localizedField(resource, 'name', locale);
  const summary = localizedField(resource, 'summary', locale);
  const item: SheetItem = { id, name: name.text, summary: summary.text, facts, where: texts('where'), when: texts('when'), verified: verifiedSheetLine(resource) };
  if (name.lang !== locale && name.lang === 'it') item.nameLang = 'it';
  if (summary.lang !== locale && summary.lang === 'it') item.summaryLang = 'it';
  if (resource.contacts.phone) item.phone = resource.contacts.phone;
  if (resource.status !== 'attivo') {
    item.status = resource.status;
    item.notice = t('statusNotice')(label(statuses[resource.status]));
  }
  return item;
}
