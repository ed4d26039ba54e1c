/** Accessibility features and languages spoken. */
import { useState } from 'react';
import { languagesFrom } from '../../lib/contribute/form.ts';
import { resourceHint } from '../../lib/contribute/hints.ts';
import { languageChoices, languageCodeFromName } from '../../lib/contribute/languages.ts';
import { t } from '../../i18n/index.ts';
import { accessibilityFeatures } from '../../schema/vocabularies.ts';
import { useForm } from './context.ts';
import { CheckboxGroup, TextArea } from './Fields.tsx';
import { choices } from './options.ts';

/** Languages shown before "Altre scelte". */
const FIRST_LANGUAGES = 6;

export default function AccessFields() {
  const { contribution, update } = useForm();
  const { accessibility } = contribution.resource;
  const chosen = languagesFrom(accessibility.languages);
  const languages = languageChoices(chosen);
  const [other, setOther] = useState('');
  const [otherMessage, setOtherMessage] = useState('');
  const add = () => {
    if (!other.trim()) return;
    const code = languageCodeFromName(other);
    if (!code) return setOtherMessage(t('contributeUnknownLanguage')(other.trim()));
    setOtherMessage('');
    setOther('');
    if (!chosen.includes(code)) update((d) => void (d.resource.accessibility.languages = [...chosen, code].join(', ')));
  };
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
      <CheckboxGroup
        name="accessibility.languages"
        label={t('contributeLanguages')}
        hint={t('contributeLanguagesHint')}
        values={chosen}
        columns
        options={languages.slice(0, FIRST_LANGUAGES)}
        more={languages.slice(FIRST_LANGUAGES)}
        extra={
          <div className="field other-language">
            <label htmlFor="campo-altra-lingua">{t('contributeOtherLanguage')}</label>
            {otherMessage && (
              <p className="field-error" id="campo-altra-lingua-errore">
                {otherMessage}
              </p>
            )}
            <div className="inline-add">
              <input id="campo-altra-lingua" value={other} autoComplete="off" aria-describedby={otherMessage ? 'campo-altra-lingua-errore' : undefined} onChange={(event) => setOther(event.target.value)} onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); add(); } }} />
              <button type="button" className="button button--secondary" onClick={add}>
                {t('contributeAddLanguage')}
              </button>
            </div>
          </div>
        }
        onChange={(v) => update((d) => void (d.resource.accessibility.languages = v.join(', ')))}
      />
      <TextArea name="accessibility.note" label={t('contributeAccessNote')} optional hint={resourceHint('accessibility.note')} rows={2} value={accessibility.note} onChange={(v) => update((d) => void (d.resource.accessibility.note = v))} />
    </>
  );
}
