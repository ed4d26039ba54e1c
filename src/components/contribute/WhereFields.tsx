/** Where: online only, or one or more places. */
import { emptyLocation } from '../../lib/contribute/form.ts';
import { t } from '../../i18n/index.ts';
import { useForm } from './context.ts';
import { CheckboxField, Group } from './Fields.tsx';
import LocationFields from './LocationFields.tsx';

export default function WhereFields() {
  const { contribution, update } = useForm();
  const r = contribution.resource;
  return (
    <>
      <CheckboxField name="online_only" label={t('contributeOnlineOnly')} checked={r.online_only} onChange={(v) => update((d) => void (d.resource.online_only = v))} />
      {!r.online_only && (
        <Group name="locations" legend={t('contributeSectionWhere')} className="group group--plain">
          {r.locations.map((_, index) => (
            <LocationFields key={index} index={index} count={r.locations.length} />
          ))}
          <button type="button" className="button button--secondary" onClick={() => update((d) => void d.resource.locations.push(emptyLocation()))}>
            {t('contributeAddLocation')}
          </button>
        </Group>
      )}
    </>
  );
}
