import { describe, expect, it } from 'vitest';
import { buildMessage, shareLinks, shorten, type MessageItem } from '../../src/lib/shortlist/message.ts';
import { pageStrings } from '../../src/lib/shortlist/strings.ts';
import { fill } from '../../src/i18n/fill.ts';
import { sheetItem } from '../../src/lib/shortlist/sheet.ts';
import { resourceSchema } from '../../src/schema/resource.ts';

const labels = pageStrings().message;
const origin = 'https://segnavia.example.org';
const items: MessageItem[] = [
  {
    id: 'pronto-alzheimer-milano',
    name: 'Pronto Alzheimer',
    when: ['Ogni lunedì, martedì, mercoledì, giovedì e venerdì, dalle 9:00 alle 18:00.', 'Negli altri orari risponde una segreteria.'],
    where: ['Federazione Alzheimer Italia, Milano (MI)'],
    phone: '02 809767',
  },
  { id: 'tra-di-noi', name: 'Tra di noi', when: ['Su appuntamento.'], where: ['Si svolge solo online.'] },
  { id: 'orti', name: 'Orti & giardini', when: [], where: ['Via Roma 1, Bologna (BO)', 'Via Po 2, Bologna (BO)'], phone: '051 123456' },
];
const options = { labels, entryUrl: (id: string) => `${origin}/risorse/${id}/`, listUrl: `${origin}/lista/?l=pronto-alzheimer-milano,tra-di-noi,orti` };

describe('the shortlist as a plain-text message', () => {
  const text = buildMessage(items, options);

  it('lists each resource with its name, when, where, phone and link, in order, then the whole list', () => {
    expect(text).toBe(
      [
        'Attività consigliate da Segnavia:',
        '1. Pronto Alzheimer\nQuando: Ogni lunedì, martedì, mercoledì, giovedì e venerdì, dalle 9:00 alle 18:00.\nDove: Federazione Alzheimer Italia, Milano (MI)\nTelefono: 02 809767\nhttps://segnavia.example.org/risorse/pronto-alzheimer-milano/',
        '2. Tra di noi\nQuando: Su appuntamento.\nDove: Si svolge solo online.\nhttps://segnavia.example.org/risorse/tra-di-noi/',
        '3. Orti & giardini\nDove: Via Roma 1, Bologna (BO) e altri luoghi\nTelefono: 051 123456\nhttps://segnavia.example.org/risorse/orti/',
        'Tutta la lista: https://segnavia.example.org/lista/?l=pronto-alzheimer-milano,tra-di-noi,orti',
      ].join('\n\n'),
    );
  });

  it('cuts long lines at a word with an ellipsis', () => {
    const long = 'parola '.repeat(60);
    const short = shorten(long, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toMatch(/parola…$/);
    expect(shorten('  breve   testo ')).toBe('breve testo');
    const message = buildMessage([{ ...items[1], when: [long] }], options);
    expect(message.split('\n').every((line) => line.length <= 200)).toBe(true);
  });

  it('builds WhatsApp, SMS and email links that decode back to the same text', () => {
    const links = shareLinks(text, labels.title);
    expect(links.whatsapp.startsWith('https://wa.me/?text=')).toBe(true);
    expect(decodeURIComponent(links.whatsapp.slice('https://wa.me/?text='.length))).toBe(text);
    expect(links.sms.startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(links.sms.slice('sms:?&body='.length))).toBe(text);
    const email = new URL(links.email);
    expect(email.protocol).toBe('mailto:');
    const [subject, body] = email.search.slice(1).split('&');
    expect(decodeURIComponent(subject.replace(/^subject=/, ''))).toBe('Attività consigliate da Segnavia');
    expect(decodeURIComponent(body.replace(/^body=/, ''))).toBe(text.replace(/\n/g, '\r\n'));
    // "&" in a name must not end the parameter.
    expect(links.whatsapp).not.toContain('Orti & ');
  });

  it('fills the browser templates from the dictionary', () => {
    expect(fill('Risorse nella lista: {n}. {name}', { n: 3, name: 'Coro' })).toBe('Risorse nella lista: 3. Coro');
    expect(fill('{unknown}', {})).toBe('{unknown}');
  });
});

describe('the schedule in a message', () => {
  it('names every session of an entry, in the order of the week, not only the first', () => {
    const walks = resourceSchema.parse({
      name: 'Gruppi di cammino',
      summary: 'Camminate insieme.',
      category: 'movimento',
      needs: ['muoversi'],
      audiences: ['tutti'],
      organization: 'comune-x',
      locations: [{ comune: 'Rozzano', province: 'MI', lat: 45.38, lon: 9.15, position: 'approssimativa' }],
      schedule: {
        sessions: [
          { days: ['mar', 'ven'], start: '09:00', end: '10:00' },
          { days: ['lun', 'mer'], start: '10:00', end: '11:00' },
          { days: ['sab'], part_of_day: 'mattina' },
        ],
        note: 'Chiedere conferma al Comune.',
      },
      cost: { free: true },
      joining: { methods: ['accesso-libero'] },
      contacts: { phone: '02 1234567' },
      status: 'attivo',
      verified: { date: '2026-11-01', by: 'Redazione', method: 'telefono' },
      sources: [{ title: 'Comune' }],
    });
    const text = buildMessage([sheetItem('cammino', walks)], options);
    expect(text).toContain(
      'Quando: Ogni lunedì e mercoledì, dalle 10:00 alle 11:00; ogni martedì e venerdì, dalle 9:00 alle 10:00; ogni sabato, di mattina.\n',
    );
  });
});
