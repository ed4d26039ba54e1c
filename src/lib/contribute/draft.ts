/**
 * The form's draft kept in the browser (localStorage), so that a reload, a closed tab or a phone that
 * drops the page does not lose what was typed. What comes back from storage is untrusted: it is read
 * into the shape of a blank form, and anything of the wrong type is left blank.
 */
import type { Contribution } from './check.ts';
import { clampStep } from './steps.ts';

const VERSION = 1;

/** One draft for a new entry, and one per entry being updated. */
export function draftKey(from?: string | null): string {
  return from ? `segnavia:contributo:da:${from}` : 'segnavia:contributo:nuova';
}

/** The text stored for a draft. */
export function draftText(contribution: Contribution, step: number): string {
  return JSON.stringify({ version: VERSION, step, contribution });
}

/**
 * The stored value read into the shape of `blank`: objects keep the blank's keys, arrays of objects
 * take the blank's first item as the shape of every item, and values of another type are dropped.
 */
export function fitShape<T>(blank: T, stored: unknown, itemShape?: unknown): T {
  if (Array.isArray(blank)) {
    if (!Array.isArray(stored)) return blank;
    const shape = blank[0] ?? itemShape;
    if (shape === undefined) return stored.filter((item) => typeof item === 'string') as T;
    return stored.map((item) => fitShape(shape, item)) as T;
  }
  if (blank && typeof blank === 'object') {
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return blank;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(blank)) out[key] = fitShape(value, (stored as Record<string, unknown>)[key]);
    return out as T;
  }
  return (typeof stored === typeof blank ? stored : blank) as T;
}

/** The draft in `text`, or undefined when there is none or it cannot be read. */
export function readDraft(text: string | null | undefined, blank: Contribution): { contribution: Contribution; step: number } | undefined {
  if (!text) return undefined;
  let stored: { version?: unknown; step?: unknown; contribution?: Record<string, unknown> };
  try {
    stored = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!stored || stored.version !== VERSION || !stored.contribution || typeof stored.contribution !== 'object') return undefined;
  const contribution = fitShape(blank, stored.contribution);
  if (typeof stored.contribution.updating === 'string') contribution.updating = stored.contribution.updating;
  const source = stored.contribution.source as { text?: unknown; data?: unknown } | undefined;
  if (contribution.updating && typeof source?.text === 'string' && source.data && typeof source.data === 'object') contribution.source = { text: source.text, data: source.data as Record<string, unknown> };
  return { contribution, step: clampStep(stored.step) };
}
