/** What the resource is: its id, names, one-sentence summary, category, needs and audiences. */
import { resourceHint } from '../../lib/contribute/hints.ts';
import { contributeUrl } from '../../lib/contribute/paths.ts';
import { t } from '../../lib/i18n.ts';
import { audiences, categories, needs } from '../../schema/vocabularies.ts';
import { useForm } from './context.ts';
import { CheckboxGroup, SelectField, TextArea, TextField } from './Fields.tsx';
import { choices, selectOptions } from './options.ts';

export default function WhatFields() {
  const { contribution, update, takenId } = useForm();
  const r = contribution.resource;
  return (
    <section aria-labelledby="sezione-cosa" className="form-section">
      <h2 id="sezione-cosa">{t('contributeSectionWhat')}</h2>
      <TextField name="name" label={t('contributeName')} hint={resourceHint('name')} value={r.name} maxLength={120} onChange={(v) => update((d) => void (d.resource.name = v))} />
      <TextField
        name="id"
        label={t('contributeId')}
        hint={contribution.updating ? t('contributeIdFixed') : t('contributeIdHint')}
        value={r.id}
        readOnly={Boolean(contribution.updating)}
        autoCapitalize="none"
        spellCheck={false}
        onChange={(v) => update((d) => void (d.resource.id = v))}
      />
      {takenId && (
        <p className="field-hint">
          <a href={contributeUrl(takenId)}>{t('contributeUpdateExisting')}</a>
        </p>
      )}
      <TextArea name="summary" label={t('contributeSummary')} hint={resourceHint('summary')} rows={2} value={r.summary} onChange={(v) => update((d) => void (d.resource.summary = v))} />
      <SelectField name="category" label={t('contributeCategory')} hint={resourceHint('category')} value={r.category} options={selectOptions(categories)} onChange={(v) => update((d) => void (d.resource.category = v))} />
      <CheckboxGroup name="needs" label={t('contributeNeeds')} hint={resourceHint('needs')} values={r.needs} options={choices(needs)} onChange={(v) => update((d) => void (d.resource.needs = v))} />
      <CheckboxGroup name="audiences" label={t('contributeAudiences')} hint={resourceHint('audiences')} values={r.audiences} options={choices(audiences)} onChange={(v) => update((d) => void (d.resource.audiences = v))} />
      <TextField name="name_en" lang="en" label={t('contributeNameEn')} optional hint={resourceHint('name_en')} value={r.name_en} onChange={(v) => update((d) => void (d.resource.name_en = v))} />
      <TextArea name="summary_en" label={t('contributeSummaryEn')} optional hint={resourceHint('summary_en')} rows={2} value={r.summary_en} onChange={(v) => update((d) => void (d.resource.summary_en = v))} />
    </section>
  );
}
