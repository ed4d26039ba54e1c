/**
 * The English description of an entry lives in the same Markdown body as the Italian one, below a
 * line that says exactly `## English`:
 *
 *     Il gruppo cammina ogni martedì…
 *
 *     ## English
 *
 *     The group walks every Tuesday…
 *
 * Why a section of the body and not a `description_en:` field in the front matter: a description is
 * several paragraphs of Markdown, and in YAML that needs a `|` block with every line indented the
 * same way — one line out of place on GitHub's editor and the whole file stops parsing, with a YAML
 * message nobody understands. Below the front matter a volunteer writes plain paragraphs, GitHub's
 * preview shows the two parts under their heading, and the validator applies to the English text the
 * same two rules as to the Italian (no raw HTML; links http(s), mailto and tel only), with its line.
 * The form writes the same layout (src/lib/contribute/check.ts).
 *
 * Headings are otherwise not allowed in a description (src/lib/markdown.ts turns them off), so the
 * one line cannot be mistaken for anything else. Lines that look like a mistyped marker ("# Inglese",
 * "English:") are reported by the validator (englishMarkerProblems in src/lib/validate/body.ts).
 */

/** The line that starts the English description. */
export const ENGLISH_MARKER = '## English';

/** The marker line: "## English", case and surrounding spaces aside. */
const MARKER = /^ {0,3}## +english *$/i;

/**
 * A line that is probably meant as the marker but is not it: a heading, bold text or a label whose
 * words are only "English", "Inglese", "In inglese", "EN", "ENG" (any case, with # * _ : - = around).
 */
const LOOKS_LIKE_MARKER = /^[\s#*_:=-]*(?:in\s+)?(?:english|inglese|en|eng)[\s#*_:=-]*$/i;

/** The Italian and English parts of a body; `enLine` is the 0-based line of the marker in the body. */
export interface DescriptionParts {
  it: string;
  en: string;
  enLine?: number;
}

/** The index of the marker line among the body's lines, or -1. */
function markerIndex(lines: readonly string[]): number {
  return lines.findIndex((line) => MARKER.test(line));
}

/** Splits a body into its Italian part and its English part (each trimmed; '' when absent). */
export function splitDescription(body: string): DescriptionParts {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const at = markerIndex(lines);
  if (at < 0) return { it: lines.join('\n').trim(), en: '' };
  return { it: lines.slice(0, at).join('\n').trim(), en: lines.slice(at + 1).join('\n').trim(), enLine: at };
}

/** The body for an Italian and an English description: the marker only when there is English. */
export function joinDescription(it: string, en: string): string {
  const italian = it.replace(/\r\n?/g, '\n').trim();
  const english = en.replace(/\r\n?/g, '\n').trim();
  if (!english) return italian;
  return italian ? `${italian}\n\n${ENGLISH_MARKER}\n\n${english}` : `${ENGLISH_MARKER}\n\n${english}`;
}

/** True when the line is the marker itself. */
export function isEnglishMarker(line: string): boolean {
  return MARKER.test(line);
}

/** True when the line is not the marker but looks like an attempt at it. */
export function looksLikeEnglishMarker(line: string): boolean {
  return !MARKER.test(line) && LOOKS_LIKE_MARKER.test(line) && (/[#*_:=]/.test(line) || /english|inglese/i.test(line));
}
