import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { resourceSchema, type ResourceInput } from '../../src/schema/resource.ts';
import { sheetItem, MAX_SHEET_PLACES } from '../../src/lib/shortlist/sheet.ts';
import { placeLine } from '../../src/lib/places.ts';
import { qrDrawing, qrMatrix, qrSvg, QUIET_ZONE } from '../../src/lib/shortlist/qr.ts';
import { correctionLinks } from '../../src/lib/corrections.ts';
import { repositoryPath } from '../../src/lib/contribute/paths.ts';
import { renderLocale } from '../../src/i18n/render-locale.ts';
import '../../src/i18n/pages.ts'; // loads the English dictionary, as the build does

const base: ResourceInput = {
  name: 'Coro di quartiere',
  summary: 'Un coro aperto a tutti, senza esperienza.',
  category: 'musica-canto',
  needs: ['compagnia'],
  audiences: ['adulti'],
  organization: 'coro-voci',
  locations: [{ name: 'Biblioteca', address: 'Via Roma 1', postcode: '00153', comune: 'Roma', province: 'RM', lat: 41.88, lon: 12.47, position: 'esatta' }],
  schedule: { sessions: [{ days: ['mar'], start: '18:00', end: '19:30' }], season: { from_month: 9, to_month: 6 } },
  cost: { free: false, amount_eur: 10, note: 'quota annuale' },
  joining: { methods: ['accesso-libero'], note: 'Presentarsi alla prima prova.' },
  contacts: { phone: '06 1234567', website: 'https://www.coro.example.it/' },
  status: 'attivo',
  verified: { date: '2026-03-01', by: 'Redazione', method: 'telefono' },
  sources: [{ title: 'Sito del coro' }],
};
const parse = (fields: Partial<ResourceInput>) => resourceSchema.parse({ ...base, ...fields });

describe('sheet facts of a resource', () => {
  it('says what, where, when, cost, how to join, contacts and when verified, in plain Italian', () => {
    expect(sheetItem('coro', parse({}))).toEqual({
      id: 'coro',
      name: 'Coro di quartiere',
      summary: 'Un coro aperto a tutti, senza esperienza.',
      facts: [
        { key: 'where', label: 'Dove', lines: [{ text: 'Biblioteca, Via Roma 1, 00153 Roma (RM)' }] },
        { key: 'when', label: 'Quando', lines: [{ text: 'Ogni martedì, dalle 18:00 alle 19:30.' }, { text: 'Da settembre a giugno.' }] },
        { key: 'cost', label: 'Costo', lines: [{ text: '10 € (quota annuale)' }] },
        { key: 'join', label: 'Come partecipare', lines: [{ text: expect.stringMatching(/^Accesso libero.*\.$/) }, { text: 'Presentarsi alla prima prova.' }] },
        {
          key: 'contacts',
          label: 'Contatti',
          lines: [
            { label: 'Telefono', text: '06 1234567', href: 'tel:+39061234567' },
            { label: 'Sito web', text: 'www.coro.example.it', href: 'https://www.coro.example.it/', rel: 'nofollow ugc noopener' },
          ],
        },
      ],
      where: ['Biblioteca, Via Roma 1, 00153 Roma (RM)'],
      when: ['Ogni martedì, dalle 18:00 alle 19:30.', 'Da settembre a giugno.'],
      phone: '06 1234567',
      verified: 'Confermata con l’organizzazione il 1 marzo 2026.',
    });
  });

  it('marks closed and paused entries with their notice, and says online or unknown times', () => {
    const closed = sheetItem('x', parse({ status: 'chiuso', online_only: true, locations: [], schedule: { sessions: [], note: 'Su appuntamento.' } }));
    expect(closed.status).toBe('chiuso');
    expect(closed.notice).toMatch(/chius/);
    expect(closed.where).toEqual(['Si svolge solo online.']);
    expect(closed.when).toEqual(['Su appuntamento.']);
    expect(sheetItem('x', parse({})).status).toBeUndefined();
  });

  it('on the English list: English labels, the English name and summary, Italian text marked where untranslated', () => {
    const english = renderLocale.run('en', () => sheetItem('coro', parse({ name_en: 'Neighbourhood choir', summary_en: 'A choir open to all.' })));
    expect(english).toMatchObject({ name: 'Neighbourhood choir', summary: 'A choir open to all.' });
    expect(english.nameLang).toBeUndefined();
    expect(english.facts.map((fact) => fact.label)).toEqual(['Where', 'When', 'Cost', 'How to take part', 'Contacts']);
    expect(english.facts.find((fact) => fact.key === 'contacts')?.lines[0]).toMatchObject({ label: 'Phone', text: '06 1234567' });
    expect(english.verified).toMatch(/^Confirmed with the organisation/);
    const untranslated = renderLocale.run('en', () => sheetItem('coro', parse({})));
    expect(untranslated).toMatchObject({ name: 'Coro di quartiere', nameLang: 'it', summaryLang: 'it' });
    // The entry's own note is Italian, and said to be.
    expect(untranslated.facts.find((fact) => fact.key === 'join')?.lines.at(-1)).toEqual({ text: 'Presentarsi alla prima prova.', lang: 'it' });
  });

  it('lists a few places and points to the page for the rest', () => {
    const place = base.locations![0];
    const many = Array.from({ length: MAX_SHEET_PLACES + 2 }, (_, i) => ({ ...place, address: `Via ${i + 1}` }));
    const item = sheetItem('x', parse({ locations: many }));
    expect(item.where).toHaveLength(MAX_SHEET_PLACES + 1);
    expect(item.where.at(-1)).toBe('e altri 2 luoghi: vedi la scheda.');
    expect(placeLine({ comune: 'Rho', province: 'MI', lat: 45, lon: 9, position: 'approssimativa' })).toBe('Rho (MI)');
  });
});

/** Renders a QR matrix to RGBA pixels and decodes it with jsQR, as a phone camera would. */
function decodeMatrix(matrix: boolean[][], scale = 4): string | undefined {
  const side = matrix.length * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const value = matrix[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * side + x) * 4);
    }
  return jsQR(pixels, side, side)?.data;
}

describe('QR codes', () => {
  const url = 'https://segnavia.example.org/risorse/gruppi-di-cammino-caselle-torinese/';

  it('encode the entry URL so that a scanner reads it back', () => {
    expect(decodeMatrix(qrMatrix(url))).toBe(url);
  });

  it('draw one path of row runs inside a quiet zone that scans as the same code', () => {
    const { size, path } = qrDrawing(url);
    expect(size).toBe(qrMatrix(url).length);
    expect(path).toMatch(new RegExp(`^M${QUIET_ZONE} ${QUIET_ZONE + 0.5}h`));
    const drawn = matrixOfPath(path, size);
    expect(drawn).toEqual(qrMatrix(url));
    expect(decodeMatrix(drawn)).toBe(url);
    const svg = qrSvg(url, 'Codice QR di "Coro" <1>');
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain('fill="none" stroke="#000" stroke-width="1"');
    expect(svg).toContain('aria-label="Codice QR di &quot;Coro&quot; &lt;1&gt;"');
    expect(svg.length).toBeLessThan(3200);
  });
});

/** The modules a path of stroked row runs paints (M or m to a row's middle, then h along it), as a matrix. */
function matrixOfPath(path: string, size: number): boolean[][] {
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let col = x; col < x + Number(a); col++) matrix[Math.floor(y)][col] = true;
      x += Number(a);
    }
  }
  return matrix;
}

describe('suggest a correction', () => {
  const target = { name: 'Coro & amici', file: 'content/resources/lazio/coro.md', pageUrl: 'https://segnavia.example.org/risorse/coro/' };
  const links = correctionLinks(target, { repository: 'segnavia/segnavia', correctionsEmail: 'redazione@example.org' });

  it('opens a GitHub issue whose title and body name the entry and its file', () => {
    const url = new URL(links.github);
    expect(url.origin + url.pathname).toBe('https://github.com/segnavia/segnavia/issues/new');
    expect(url.searchParams.get('title')).toBe('Correzione: Coro & amici (content/resources/lazio/coro.md)');
    expect(url.searchParams.get('body')).toContain('File: content/resources/lazio/coro.md');
    expect(url.searchParams.get('body')).toContain('Pagina: https://segnavia.example.org/risorse/coro/');
  });

  it('offers an email with the same subject and body', () => {
    expect(links.email.startsWith('mailto:redazione@example.org?subject=')).toBe(true);
    const subject = decodeURIComponent(links.email.split('subject=')[1].split('&')[0]);
    expect(subject).toBe('Correzione: Coro & amici (content/resources/lazio/coro.md)');
    expect(decodeURIComponent(links.email.split('body=')[1])).toContain('File: content/resources/lazio/coro.md\r\n');
  });

  it('turns the loader’s file path into the repository path', () => {
    expect(repositoryPath('content/resources/lombardia/x.md')).toBe('content/resources/lombardia/x.md');
    expect(repositoryPath('./content\\resources\\lombardia\\x.md')).toBe('content/resources/lombardia/x.md');
  });
});
