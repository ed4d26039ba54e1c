import { describe, expect, it } from 'vitest';
import { ParsedResources } from '../../src/lib/validate/parsed-resources.ts';

const parsed = (name: string) => ({ data: { name }, body: `Descrizione di ${name}.`, yaml: `name: ${name}\n` });

describe('the files the validator parsed, handed to the content loader', () => {
  it('gives a file that arrived before it was asked for', async () => {
    const files = new ParsedResources();
    files.add('/c/resources/a.md', parsed('Coro'));
    expect(await files.take('/c/resources/a.md')).toEqual(parsed('Coro'));
  });

  it('waits for a file that has not arrived yet', async () => {
    const files = new ParsedResources();
    const asked = files.take('/c/resources/b.md');
    files.add('/c/resources/b.md', parsed('Gruppo di cammino'));
    expect(await asked).toEqual(parsed('Gruppo di cammino'));
  });

  it('answers undefined, so that the loader reads the file itself, once no more files will come', async () => {
    const files = new ParsedResources();
    const waiting = files.take('/c/resources/broken.md');
    files.end();
    expect(await waiting).toBeUndefined();
    expect(await files.take('/c/resources/never-read.md')).toBeUndefined();
  });

  it('gives each file once and then forgets it', async () => {
    const files = new ParsedResources();
    files.add('/c/resources/a.md', parsed('Coro'));
    await files.take('/c/resources/a.md');
    files.end();
    expect(await files.take('/c/resources/a.md')).toBeUndefined();
  });
});
