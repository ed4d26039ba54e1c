/**
 * The facts a person needs to go, laid out from the one model of them (src/lib/facts.ts): a line per
 * place, session or contact; several lines make a list. Used by ResourceFacts.astro and by the entry
 * pages written after Astro (src/lib/render/entry-page.ts).
 */
import type { Resource } from '../../schema/resource.ts';
import { entryFacts, type FactLine } from '../facts.ts';
import { attr, html, type SafeHtml } from './html.ts';

function lineHtml(line: FactLine, tag: 'li' | 'p'): SafeHtml {
  const text = line.href ? html`<a href="${line.href}"${attr('rel', line.rel)}>${line.text}</a>` : line.lang ? html`<span lang="${line.lang}">${line.text}</span>` : line.text;
  const directions = line.directions && html`<span class="no-print"><br><a href="${line.directions.href}">${line.directions.text}</a>${line.directions.note && html`<br><span class="muted">${line.directions.note}</span>`}</span>`;
  const note = line.note && html`<span class="approximate"><br><span class="muted"${attr('lang', line.noteLang)}>${line.note}</span></span>`;
  return tag === 'li' ? html`<li>${line.label && `${line.label}: `}${text}${directions}${note}</li>` : html`<p>${line.label && `${line.label}: `}${text}${directions}${note}</p>`;
}

/** The entry's facts as a description list, in the language of the page being made. */
export function factsHtml(resource: Resource): SafeHtml {
  const items = entryFacts(resource).map((fact) => {
    const lines = fact.lines.map((line) => lineHtml(line, fact.lines.length > 1 ? 'li' : 'p'));
    return html`<dt>${fact.label}</dt><dd data-fact="${fact.key}">${fact.lines.length > 1 ? html`<ul>${lines}</ul>` : lines}</dd>`;
  });
  return html`<dl class="facts">${items}</dl>`;
}
