/**
 * The facts of one resource as the signposting sheet prints them, already in plain Italian: the lines
 * of the entry's facts model (src/lib/facts.ts) that matter on paper, without map notes or directions.
 * Built once per entry at build time (src/pages/lista/voci/[shard].json.ts) so that the shortlist page
 * needs no schema, dictionary or formatting code of its own.
 */
import type { Resource } from '../../schema/resource.ts';
import { statuses } from '../../schema/vocabularies.ts';
import { entryFacts, lineText, verifiedSheetLine, type FactKey, type FactLine } from '../facts.ts';
import { label, t } from '../../i18n/index.ts';

/** A sheet lists a few places; the entry page has them all. */
export const MAX_SHEET_PLACES = 3;

/** The facts a sheet prints, in this order; the QR code leads to the rest. */
export const SHEET_FACTS: readonly FactKey[] = ['where', 'when', 'cost', 'join', 'contacts'];

/** A line on paper: its text, and a link where the line has one (tel:, mailto:, website). */
export type SheetLine = Pick<FactLine, 'text' | 'label' | 'href' | 'rel'>;

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
function paperLine({ text, label, href, rel }: FactLine): SheetLine {
  return { text, ...(label && { label }), ...(href && { href }), ...(rel && { rel }) };
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
  const item: SheetItem = { id, name: resource.name, summary: resource.summary, facts, where: texts('where'), when: texts('when'), verified: verifiedSheetLine(resource) };
  if (resource.contacts.phone) item.phone = resource.contacts.phone;
  if (resource.status !== 'attivo') {
    item.status = resource.status;
    item.notice = t('statusNotice')(label(statuses[resource.status]));
  }
  return item;
}
