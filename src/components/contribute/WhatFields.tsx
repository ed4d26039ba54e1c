/** What the resource is: its name, one-sentence summary, category, needs, audiences and description. */
import { resourceHint } from '../../lib/contribute/hints.ts';
import { splitChoices } from '../../lib/contribute/usual.ts';
import { currentLocale, t } from '../../i18n/index.ts';
import { audiences, categories, needs, type Category } from '../../schema/vocabularies.ts';
import { useForm } from './context.ts';
import { Advanced, CheckboxGroup, SelectField, TextArea, TextField } from './Fields.tsx';
import { choices, selectOptions } from './options.ts';

/** Needs and audiences shown before "Altre scelte" while no category is chosen. */
const FIRST = 4;

/** What the chosen category covers, in the page's language (Italian where it has no English hint). */
const categoryHint = (category: Category) => (currentLocale() === 'en' && categories[category].hint_en) || categories[category].hint;

export default function WhatFields() {
  const { contribution, update, config } = useForm();
  const r = contribution.resource;
  // The choices usual for the category come first (the first few before a category is chosen); the others are one tap away.
  const usual = r.category ? config.usual[r.category] : undefined;
  const needChoices = splitChoices(choices(needs), usual?.needs, FIRST);
  const audienceChoices = splitChoices(choices(audiences), usual?.audiences, FIRST);
  return (
    <>
      <TextField name="name" label={t('contributeName')} autoComplete="off" value={r.name} maxLength={120} onChange={(v) => update((d) => void (d.resource.name = v))} />
      <TextArea name="summary" label={t('contributeSummary')} hint={resourceHint('summary')} rows={2} value={r.summary} onChange={(v) => update((d) => void (d.resource.summary = v))} />
      <SelectField name="category" label={t('contributeCategory')} hint={r.category ? categoryHint(r.category) : undefined} value={r.category} options={selectOptions(categories)} onChange={(v) => update((d) => void (d.resource.category = v))} />
      <CheckboxGroup name="needs" label={t('contributeNeeds')} columns values={r.needs} options={needChoices.first} more={needChoices.rest} onChange={(v) => update((d) => void (d.resource.needs = v))} />
      <CheckboxGroup name="audiences" label={t('contributeAudiences')} columns values={r.audiences} options={audienceChoices.first} more={audienceChoices.rest} onChange={(v) => update((d) => void (d.resource.audiences = v))} />
      <TextArea name="body" label={t('contributeBody')} optional hint={t('contributeBodyHint')} rows={3} value={r.body} onChange={(v) => update((d) => void (d.resource.body = v))} />
      <Advanced names={['name_en', 'summary_en', 'body_en']} summary={t('contributeEnglish')}>
        <TextField name="name_en" lang="en" label={t('contributeNameEn')} optional hint={resourceHint('name_en')} value={r.name_en} onChange={(v) => update((d) => void (d.resource.name_en = v))} />
        <TextArea name="summary_en" label={t('contributeSummaryEn')} optional hint={resourceHint('summary_en')} rows={2} value={r.summary_en} onChange={(v) => update((d) => void (d.resource.summary_en = v))} />
        <TextArea name="body_en" label={t('contributeBodyEn')} optional hint={t('contributeBodyEnHint')} rows={5} value={r.body_en} onChange={(v) => update((d) => void (d.resource.body_en = v))} />
      </Advanced>
    </>
  );
}
