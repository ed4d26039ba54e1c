/**
 * The entry as its page will show it: the same facts, in the same order, from the same helpers as
 * src/pages/risorse/[id].astro, and the description through the site's own safe Markdown renderer.
 * Loaded only when there is something to preview.
 */
import { formatCost } from '../../lib/cost.ts';
import { formatDate } from '../../lib/dates.ts';
import { t } from '../../lib/i18n.ts';
import { languageName } from '../../lib/languages.ts';
import { displayUrl, safeHref } from '../../lib/links.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { describeSchedule } from '../../lib/schedule.ts';
import type { Resource } from '../../schema/resource.ts';
import { accessibilityFeatures, audiences, categories, joinMethods, needs, statuses, verificationMethods } from '../../schema/vocabularies.ts';

export interface PreviewProps {
  resource: Resource;
  body: string;
  organizationName: string;
}

export default function Preview({ resource, body, organizationName }: PreviewProps) {
  const when = describeSchedule(resource.schedule);
  const website = safeHref(resource.contacts.website);
  const html = body.trim() ? renderMarkdown(body) : '';
  return (
    <article className="preview">
      <p className="muted">
        {categories[resource.category].it}
        {resource.locations[0] && ` · ${resource.locations[0].comune}`}
      </p>
      <h3 className="preview-title">{resource.name}</h3>
      {resource.name_en && <p className="muted" lang="en">{resource.name_en}</p>}
      {resource.status !== 'attivo' && <p className="notice">{t('statusNotice')(statuses[resource.status].it)}</p>}
      <p className="lead">{resource.summary}</p>
      <dl className="facts">
        <dt>{t('audiencesLabel')}</dt>
        <dd>{resource.audiences.map((key) => audiences[key].it).join(', ')}</dd>
        <dt>{t('needsLabel')}</dt>
        <dd>{resource.needs.map((key) => needs[key].it).join(', ')}</dd>
        <dt>{t('whereLabel')}</dt>
        <dd>
          {resource.online_only ? (
            <p>{t('onlineOnly')}</p>
          ) : (
            <ul>
              {resource.locations.map((l, i) => (
                <li key={i}>
                  {l.name && <>{l.name}<br /></>}
                  {l.address && `${l.address}, `}
                  {l.postcode && `${l.postcode} `}
                  {l.comune} ({l.province})
                  {l.position === 'approssimativa' && <><br /><span className="muted">{t('approximatePosition')}</span></>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('whenLabel')}</dt>
        <dd>{when.length ? when.map((line) => <p key={line}>{line}</p>) : <p>{t('scheduleUnknown')}</p>}</dd>
        <dt>{t('costLabel')}</dt>
        <dd>{formatCost(resource.cost)}</dd>
        <dt>{t('joinLabel')}</dt>
        <dd>
          {resource.joining.methods.map((key) => joinMethods[key].it).join('; ')}.{resource.joining.note && <p>{resource.joining.note}</p>}
        </dd>
        <dt>{t('contactsLabel')}</dt>
        <dd>
          <ul>
            {resource.contacts.phone && <li>{t('phone')}: {resource.contacts.phone}</li>}
            {resource.contacts.email && <li>{t('email')}: {resource.contacts.email}</li>}
            {website && <li>{t('website')}: {displayUrl(website)}</li>}
          </ul>
        </dd>
        <dt>{t('accessibilityLabel')}</dt>
        <dd>
          {resource.accessibility.features.length ? (
            <ul>{resource.accessibility.features.map((key) => <li key={key}>{accessibilityFeatures[key].it}</li>)}</ul>
          ) : (
            <p>{t('noAccessibilityInfo')}</p>
          )}
          {resource.accessibility.note && <p>{resource.accessibility.note}</p>}
        </dd>
        <dt>{t('languagesLabel')}</dt>
        <dd>{resource.accessibility.languages.map(languageName).join(', ')}</dd>
        <dt>{t('organizationLabel')}</dt>
        <dd>{organizationName}</dd>
        <dt>{t('verifiedLabel')}</dt>
        <dd>{t('verifiedText')(formatDate(resource.verified.date), resource.verified.by, verificationMethods[resource.verified.method].it)}</dd>
      </dl>
      {/* The site's own renderer: raw HTML escaped, unsafe links dropped (src/lib/markdown.ts). */}
      {html && <div className="description" dangerouslySetInnerHTML={{ __html: html }} />}
    </article>
  );
}
