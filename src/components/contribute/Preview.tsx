/**
 * The entry as its page will show it: the same fact lines, from the same model (src/lib/facts.ts) as
 * src/pages/risorse/[id].astro, and the description through the site's own safe Markdown renderer.
 * Loaded only when there is something to preview.
 */
import { entryFacts, lineText, verifiedLine } from '../../lib/facts.ts';
import { label, t } from '../../i18n/index.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import type { Resource } from '../../schema/resource.ts';
import { categories, statuses } from '../../schema/vocabularies.ts';

export interface PreviewProps {
  resource: Resource;
  body: string;
  organizationName: string;
}

export default function Preview({ resource, body, organizationName }: PreviewProps) {
  const html = body.trim() ? renderMarkdown(body) : '';
  return (
    <article className="preview">
      <p className="muted">
        {label(categories[resource.category])}
        {resource.locations[0] && ` · ${resource.locations[0].comune}`}
      </p>
      <h3 className="preview-title">{resource.name}</h3>
      {resource.status !== 'attivo' && <p className="notice">{t('statusNotice')(label(statuses[resource.status]))}</p>}
      <p className="lead">{resource.summary}</p>
      <dl className="facts">
        {entryFacts(resource).map((fact) => {
          // The lines of the facts model (src/lib/facts.ts), as text: no link leaves the form.
          const lines = fact.lines.map((line, i) => {
            const Item = fact.lines.length > 1 ? 'li' : 'p';
            return (
              <Item key={i}>
                {lineText(line)}
                {line.note && <><br /><span className="muted">{line.note}</span></>}
              </Item>
            );
          });
          return [
            <dt key={`${fact.key}-label`}>{fact.label}</dt>,
            <dd key={fact.key} data-fact={fact.key}>{fact.lines.length > 1 ? <ul>{lines}</ul> : lines}</dd>,
          ];
        })}
        <dt>{t('organizationLabel')}</dt>
        <dd>{organizationName}</dd>
        <dt>{t('verifiedLabel')}</dt>
        <dd>{verifiedLine(resource)}</dd>
      </dl>
      {/* The site's own renderer: raw HTML escaped, unsafe links dropped (src/lib/markdown.ts). */}
      {html && <div className="description" dangerouslySetInnerHTML={{ __html: html }} />}
    </article>
  );
}
