/**
 * Pagefind names each search result by its page hash (result.id). The map data and distance order
 * need those ids, keyed to our entries. Pagefind's meta file (pagefind.<hash>.pf_meta: gzip of
 * "pagefind_dcd" + CBOR) lists the pages in the order their records were added, so reading that one
 * file gives every id; the build checks a sample of them against the fragments.
 *
 * Layout (pagefind/src/index/index_metadata.rs): [version, [[hash, word_count, …], …], chunks, filters, …].
 */
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** A reader for the few CBOR shapes the meta file's page list uses. */
class CborReader {
  offset = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  private head(): { major: number; value: number } {
    const initial = this.bytes[this.offset++];
    if (initial === undefined) throw new Error('Pagefind meta: unexpected end of file');
    const major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return { major, value: info };
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (!size) throw new Error(`Pagefind meta: unsupported CBOR length ${info}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + this.bytes[this.offset++];
    return { major, value };
  }

  arrayLength(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`Pagefind meta: expected an array, found CBOR type ${major}`);
    return value;
  }

  text(): string {
    const { major, value } = this.head();
    if (major !== 3) throw new Error(`Pagefind meta: expected text, found CBOR type ${major}`);
    const text = new TextDecoder().decode(this.bytes.subarray(this.offset, this.offset + value));
    this.offset += value;
    return text;
  }

  /** Skips one item of any type. */
  skip(): void {
    const { major, value } = this.head();
    if (major === 2 || major === 3) this.offset += value;
    else if (major === 4) for (let i = 0; i < value; i++) this.skip();
    else if (major === 5) for (let i = 0; i < value * 2; i++) this.skip();
    else if (major === 6) this.skip();
  }
}

/** The page hashes (result ids) of a meta file, in the order the records were added. */
export function metaPageIds(compressed: Uint8Array): string[] {
  const raw = gunzipSync(compressed);
  const start = raw.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? SIGNATURE.length : 0;
  const reader = new CborReader(raw.subarray(start));
  reader.arrayLength();
  reader.text(); // Pagefind's version
  const count = reader.arrayLength();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const fields = reader.arrayLength();
    ids.push(reader.text());
    for (let field = 1; field < fields; field++) reader.skip(); // word count, and what later versions add
  }
  return ids;
}
