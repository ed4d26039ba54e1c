import { describe, expect, it } from 'vitest';
import { ENGLISH_MARKER, joinDescription, looksLikeEnglishMarker, splitDescription } from '../../src/lib/description.ts';
import { localizedField, localizedOrganizationField } from '../../src/lib/localized.ts';

const data = { name: 'Coro di quartiere', name_en: 'Neighbourhood choir', summary: 'Si canta insieme.', summary_en: 'People sing together.' };
const untranslated = { name: 'Gruppo di cammino', summary: 'Si cammina insieme.' };

describe('the English description in the body', () => {
  it('splits the body at the "## English" line', () => {
    expect(splitDescription('Si canta.\n\nAnche **voi**.\n\n## English\n\nWe sing.\n')).toEqual({ it: 'Si canta.\n\nAnche **voi**.', en: 'We sing.', enLine: 4 });
  });

  it('reads a body without the line as Italian only', () => {
    expect(splitDescription('Si canta.\n\n### English\nWe sing.')).toEqual({ it: 'Si canta.\n\n### English\nWe sing.', en: '' });
    expect(splitDescription('')).toEqual({ it: '', en: '' });
  });

  it('accepts the line in any case, and an English description alone', () => {
    expect(splitDescription('## ENGLISH  \r\nWe sing.')).toEqual({ it: '', en: 'We sing.', enLine: 0 });
  });

  it('writes the line only when there is English, and reads back what it wrote', () => {
    expect(joinDescription(' Si canta. ', '')).toBe('Si canta.');
    expect(joinDescription('Si canta.', 'We sing.')).toBe(`Si canta.\n\n${ENGLISH_MARKER}\n\nWe sing.`);
    expect(joinDescription('', 'We sing.')).toBe(`${ENGLISH_MARKER}\n\nWe sing.`);
    const { it: italian, en } = splitDescription(joinDescription('Uno.\n\nDue.', 'One.\n\nTwo.'));
    expect([italian, en]).toEqual(['Uno.\n\nDue.', 'One.\n\nTwo.']);
  });

  it.each(['# English', '## Inglese', '**English**', 'English:', '## In inglese', '# EN', 'English'])('tells %j apart as a mistyped line', (line) => {
    expect(looksLikeEnglishMarker(line)).toBe(true);
  });

  it.each(['## English', 'English is spoken.', 'Si parla inglese.', 'en', '- en'])('does not flag %j', (line) => {
    expect(looksLikeEnglishMarker(line)).toBe(false);
  });
});

describe('localizedField', () => {
  it('gives the English name and summary on English pages', () => {
    expect(localizedField(data, 'name', 'en')).toEqual({ text: 'Neighbourhood choir', lang: 'en', translated: true });
    expect(localizedField({ data }, 'summary', 'en')).toEqual({ text: 'People sing together.', lang: 'en', translated: true });
  });

  it('falls back to the Italian text, marked Italian and not translated', () => {
    expect(localizedField(untranslated, 'name', 'en')).toEqual({ text: 'Gruppo di cammino', lang: 'it', translated: false });
    expect(localizedField({ data: { ...untranslated, summary_en: '  ' } }, 'summary', 'en')).toEqual({ text: 'Si cammina insieme.', lang: 'it', translated: false });
  });

  it('gives Italian pages the Italian text even when there is a translation', () => {
    expect(localizedField(data, 'name', 'it')).toEqual({ text: 'Coro di quartiere', lang: 'it', translated: true });
    expect(localizedField({ data, body: 'Si canta.\n\n## English\n\nWe sing.' }, 'description', 'it')).toEqual({ text: '<p>Si canta.</p>', lang: 'it', translated: true });
  });

  it('renders the description in the page language as safe HTML', () => {
    const body = 'Si canta **insieme**.\n\n## English\n\nWe sing [together](https://example.org) <script>alert(1)</script>[x](javascript:alert(1)).';
    const english = localizedField({ data, body }, 'description', 'en');
    expect(english.lang).toBe('en');
    expect(english.translated).toBe(true);
    expect(english.text).toContain('<a rel="nofollow ugc noopener" href="https://example.org">together</a>');
    expect(english.text).not.toMatch(/<script|alert|javascript|Si canta|English/);
  });

  it('falls back to the Italian description, and to nothing when there is none', () => {
    expect(localizedField({ data, body: 'Si canta **insieme**.' }, 'description', 'en')).toEqual({ text: '<p>Si canta <strong>insieme</strong>.</p>', lang: 'it', translated: false });
    expect(localizedField({ data }, 'description', 'en')).toEqual({ text: '', lang: 'it', translated: false });
    expect(localizedField({ data, body: '## English\n\nWe sing.' }, 'description', 'it')).toEqual({ text: '<p>We sing.</p>', lang: 'en', translated: false });
  });
});

describe('localizedOrganizationField', () => {
  const organization = { name: 'Comune di Carpi', name_en: 'Municipality of Carpi', description: 'Il comune.\n## English\nThe municipality.' };
  it('gives the English name and the part of the description below "## English" on English pages, the Italian on Italian ones', () => {
    expect(localizedOrganizationField(organization, 'name', 'en')).toEqual({ text: 'Municipality of Carpi', lang: 'en', translated: true });
    expect(localizedOrganizationField(organization, 'description', 'en')).toEqual({ text: 'The municipality.', lang: 'en', translated: true });
    expect(localizedOrganizationField(organization, 'name', 'it')).toEqual({ text: 'Comune di Carpi', lang: 'it', translated: true });
    expect(localizedOrganizationField(organization, 'description', 'it')).toEqual({ text: 'Il comune.', lang: 'it', translated: true });
  });
  it('falls back to the Italian text, said to be Italian, where there is no translation; the description stays plain text', () => {
    const italian = { name: 'Auser', description: 'Volontari *anziani* <per> tutti.' };
    expect(localizedOrganizationField(italian, 'name', 'en')).toEqual({ text: 'Auser', lang: 'it', translated: false });
    expect(localizedOrganizationField(italian, 'description', 'en')).toEqual({ text: 'Volontari *anziani* <per> tutti.', lang: 'it', translated: false });
  });
});
