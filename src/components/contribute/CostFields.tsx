/** Cost and how to join. */
import { resourceHint } from '../../lib/contribute/hints.ts';
import { t } from '../../i18n/index.ts';
import { joinMethods } from '../../schema/vocabularies.ts';
import { useForm } from './context.ts';
import { CheckboxGroup, RadioGroup, TextArea, TextField } from './Fields.tsx';
import { choices } from './options.ts';

export default function CostFields() {
  const { contribution, update } = useForm();
  const { cost, joining } = contribution.resource;
  return (
    <>
      <RadioGroup
        name="cost.free"
        label={t('contributeFree')}
        value={cost.free}
        options={[
          ['true', t('contributeFreeYes')],
          ['false', t('contributeFreeNo')],
        ]}
        onChange={(v) => update((d) => void (d.resource.cost.free = v))}
      />
      {cost.free !== 'true' && (
        <TextField name="cost.amount_eur" label={t('contributeAmount')} optional hint={resourceHint('cost.amount_eur')} inputMode="decimal" autoComplete="off" value={cost.amount_eur} onChange={(v) => update((d) => void (d.resource.cost.amount_eur = v))} />
      )}
      <TextField name="cost.note" label={t('contributeCostNote')} optional hint={resourceHint('cost.note')} value={cost.note} onChange={(v) => update((d) => void (d.resource.cost.note = v))} />
      <CheckboxGroup name="joining.methods" label={t('contributeJoinMethods')} hint={resourceHint('joining.methods')} values={joining.methods} options={choices(joinMethods)} onChange={(v) => update((d) => void (d.resource.joining.methods = v))} />
      <TextArea name="joining.note" label={t('contributeJoinNote')} optional hint={resourceHint('joining.note')} rows={2} value={joining.note} onChange={(v) => update((d) => void (d.resource.joining.note = v))} />
    </>
  );
}
