/**
 * The shortlist as a plain-text message (WhatsApp, SMS, email) and the platforms' own share URLs.
 * Plain text only: names, when, where, phone and the link to each entry, then the link to the list.
 * The note for the person is never included: it stays in the browser and on paper.
 */
import type { SheetItem } from './sheet.ts';

/** The few words a message needs, from the dictionary (src/i18n/), passed in by the page. */
export interface MessageLabels {
  /** First line and email subject, e.g. "Attività consigliate da Segnavia". */
  title: string;
  when: string;
  where: string;
  phone: string;
  /** Before the link to the whole list. */
  wholeList: string;
  /** Added after the first place when there are more, e.g. "e altri luoghi". */
  morePlaces: string;
}

/** The fields of a sheet item that a message uses. */
export type MessageItem = Pick<SheetItem, 'id' | 'name' | 'where' | 'when' | 'phone'>;

/** Lines longer than this are cut at a word with "…": a message is a pointer, the page has the rest. */
export const MAX_LINE_LENGTH = 160;

/** The text cut to `max` characters at a word boundary, with "…". */
export function shorten(text: string, max: number = MAX_LINE_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export interface MessageOptions {
  labels: MessageLabels;
  /** The URL of an entry page, e.g. id => `${location.origin}/risorse/${id}/`. */
  entryUrl: (id: string) => string;
  /** The URL that opens the whole list. */
  listUrl: string;
}

/** The list as plain text, one numbered block per resource. */
export function buildMessage(items: readonly MessageItem[], { labels, entryUrl, listUrl }: MessageOptions): string {
  const blocks = items.map((item, index) => {
    const lines = [`${index + 1}. ${item.name}`];
    if (item.when[0]) lines.push(`${labels.when}: ${shorten(item.when[0])}`);
    if (item.where[0]) lines.push(`${labels.where}: ${shorten(item.where[0])}${item.where.length > 1 ? ` ${labels.morePlaces}` : ''}`);
    if (item.phone) lines.push(`${labels.phone}: ${item.phone}`);
    lines.push(entryUrl(item.id));
    return lines.join('\n');
  });
  return [`${labels.title}:`, ...blocks, `${labels.wholeList}: ${listUrl}`].join('\n\n');
}

/** Links that open each platform with the text ready to send. */
export interface ShareLinks {
  whatsapp: string;
  sms: string;
  email: string;
}

/** wa.me, sms: and mailto: links carrying the text (mailto uses CRLF line breaks, as RFC 6068 asks). */
export function shareLinks(text: string, subject: string): ShareLinks {
  const encoded = encodeURIComponent(text);
  return {
    whatsapp: `https://wa.me/?text=${encoded}`,
    // "sms:?&body=" is the form both Android and iOS read.
    sms: `sms:?&body=${encoded}`,
    email: `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))}`,
  };
}
