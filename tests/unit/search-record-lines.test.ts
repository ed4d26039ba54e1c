import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeLines, readLines } from '../../src/lib/search/record-lines.ts';

const folder = mkdtempSync(join(tmpdir(), 'segnavia-record-lines-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const records = [
  { url: '/risorse/coro-di-sassari/', content: 'Coro polifonico: prove il martedì, città di Sassari' },
  { url: '/risorse/gruppo-di-cammino/', content: 'Camminata "lenta"\nnewline inside, € and è' },
  { url: '/risorse/museo/', content: '' },
  { url: '/risorse/biblioteca/', content: '日本語 and emoji 🎶' },
];

describe('search records, one per line', () => {
  it('reads back exactly the records asked for, accents and multi-byte characters included', () => {
    const { text, spans } = encodeLines(records);
    const path = join(folder, 'records.jsonl');
    writeFileSync(path, text);
    expect(text.split('\n')).toHaveLength(records.length);
    expect(readLines(path, spans)).toEqual(records);
    expect(readLines(path, [spans[3], spans[1]])).toEqual([records[3], records[1]]);
    expect(readLines(path, [])).toEqual([]);
  });

  it('fails loudly when the file is shorter than its index says', () => {
    const { text, spans } = encodeLines(records);
    const path = join(folder, 'cut.jsonl');
    writeFileSync(path, text.slice(0, 40));
    expect(() => readLines(path, [spans[2]])).toThrow(/bytes expected/);
  });
});
