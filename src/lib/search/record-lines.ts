/**
 * The search records as the build hands them from one step to the next: one JSON record per line,
 * and beside them a small index of where each line starts and how many bytes it has. A step then
 * reads only the records it needs (a worker its regions, a national part its entries) instead of
 * parsing all of them and holding them while Pagefind runs beside it. With 50,000 generated entries
 * (48,520 records, 113 MB of JSON) a process that parses them all grows to about 280 MB and keeps it;
 * the national pass's own process peaked at 0.65 GB that way, beside its Pagefind (2.1 GB), and at
 * 0.30 GB reading one part at a time, on a worker thread that gives its memory back when it exits.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Where one record's line is in the file: its first byte and its length in bytes (without the newline). */
export interface LineSpan {
  offset: number;
  bytes: number;
}

/** The lines of a file of records, one JSON value per line, and the span of each. */
export function encodeLines(values: unknown[]): { text: string; spans: LineSpan[] } {
  const lines = values.map((value) => JSON.stringify(value));
  const spans: LineSpan[] = [];
  let offset = 0;
  for (const line of lines) {
    const bytes = Buffer.byteLength(line);
    spans.push({ offset, bytes });
    offset += bytes + 1;
  }
  return { text: lines.join('\n'), spans };
}

/** Reads the values at the given spans of a file written from encodeLines, in the order given. */
export function readLines<T>(path: string, spans: LineSpan[]): T[] {
  const file = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(spans.reduce((largest, span) => Math.max(largest, span.bytes), 0));
    return spans.map(({ offset, bytes }) => {
      const read = readSync(file, buffer, 0, bytes, offset);
      if (read !== bytes) throw new Error(`${path}: ${bytes} bytes expected at ${offset}, ${read} read`);
      return JSON.parse(buffer.toString('utf8', 0, bytes)) as T;
    });
  } finally {
    closeSync(file);
  }
}
