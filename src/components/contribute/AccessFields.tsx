/** Accessibility features and languages spoken. */
import { resourceHint } from '../../lib/contribute/hints.ts';
import { t } from '../../lib/i18n.ts';
import { accessibilityFeatures } from '../../schema/vocabularies.ts';
import { useForm } from './context.ts';
import { CheckboxGroup, TextArea, TextField } from './Fields.tsx';
import { choices } from './options.ts';

export default function AccessFields() {
  const { contribution, update } = useForm();
  const { accessibility } = contribution.resource;
  return (
    <>
      <CheckboxGroup
        name="accessibility.features"
        label={t('contributeFeatures')}
        optional
        hint={resourceHint('accessibility.features')}
        values={accessibility.features}
        options={choices(accessibilityFeatures)}
        onChange={(v) => update((d) => void (d.resource.accessibility.features = v))}
      />
      <TextField name="accessibility.languages" label={t('contributeLanguages')} hint={resourceHint('accessibility.languages')} autoCapitalize="none" autoComplete="off" value={accessibility.languages} onChange={(v) => update((d) => void (d.resource.accessibility.languages = v))} />
      <TextArea name="accessibility.note" label={t('contributeAccessNote')} optional hint={resourceHint('accessibility.note')} rows={2} value={accessibility.note} onChange={(v) => update((d) => void (d.resource.accessibility.note = v))} />
    </>
  );
}
