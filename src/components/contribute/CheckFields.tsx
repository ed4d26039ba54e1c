/** The last step: the sources, the last verification, the status, and (advanced) the file name. */
import { emptySource, type SourceForm } from '../../lib/contribute/form.ts';
import { resourceHint } from '../../lib/contribute/hints.ts';
import { contributeUrl } from '../../lib/contribute/paths.ts';
import { t } from '../../i18n/index.ts';
import { statuses, verificationMethods } from '../../schema/vocabularies.ts';
import { useForm } from './context.ts';
import { Advanced, Group, RadioGroup, SelectField, TextField } from './Fields.tsx';
import { choices, selectOptions } from './options.ts';

function SourceFields({ index, count }: { index: number; count: number }) {
  const { contribution, update } = useForm();
  const source = contribution.resource.sources[index];
  const path = `sources.${index}`;
  const n = index + 1;
  const set = (key: keyof SourceForm) => (v: string) => update((d) => void (d.resource.sources[index][key] = v));
  return (
    <fieldset className="group">
      <legend>{t('contributeSource')(n)}</legend>
      <TextField name={`${path}.title`} label={t('contributeSourceTitle')} value={source.title} onChange={set('title')} />
      <TextField name={`${path}.url`} type="url" label={t('contributeSourceUrl')} optional autoComplete="off" value={source.url} onChange={set('url')} />
      <Advanced names={[`${path}.date`, `${path}.note`]} summary={t('contributeSourceMore')}>
        <TextField name={`${path}.date`} label={t('contributeSourceDate')} optional hint={t('contributeSourceDateHint')} inputMode="numeric" autoComplete="off" value={source.date} onChange={set('date')} />
        <TextField name={`${path}.note`} label={t('contributeSourceNote')} optional hint={resourceHint('sources.note')} value={source.note} onChange={set('note')} />
      </Advanced>
      {count > 1 && (
        <button type="button" className="button button--secondary" onClick={() => update((d) => void d.resource.sources.splice(index, 1))}>
          {t('contributeRemoveSource')(n)}
        </button>
      )}
    </fieldset>
  );
}

export default function CheckFields() {
  const { contribution, update, takenId } = useForm();
  const r = contribution.resource;
  const status = (
    <RadioGroup name="status" label={t('contributeStatus')} row hint={resourceHint('status')} value={r.status} options={choices(statuses)} onChange={(v) => update((d) => void (d.resource.status = v))} />
  );
  return (
    <>
      <Group name="sources" legend={t('sourcesLabel')} hint={resourceHint('sources')} className="group group--plain">
        {r.sources.map((_, index) => (
          <SourceFields key={index} index={index} count={r.sources.length} />
        ))}
        <button type="button" className="button button--secondary" onClick={() => update((d) => void d.resource.sources.push(emptySource()))}>
          {t('contributeAddSource')}
        </button>
      </Group>
      <Group name="verified" legend={t('contributeVerifiedLegend')}>
        <TextField name="verified.by" label={t('contributeVerifiedBy')} hint={t('contributeVerifiedByHint')} value={r.verified.by} onChange={(v) => update((d) => void (d.resource.verified.by = v))} />
        <div className="field-row">
          <SelectField name="verified.method" label={t('contributeVerifiedMethod')} value={r.verified.method} options={selectOptions(verificationMethods)} onChange={(v) => update((d) => void (d.resource.verified.method = v))} />
          <TextField name="verified.date" type="date" label={t('contributeVerifiedDate')} value={r.verified.date} onChange={(v) => update((d) => void (d.resource.verified.date = v))} />
        </div>
      </Group>
      {contribution.updating && status}
      {/* A new entry is active: its status is under «Avanzate»; for an update, closing or pausing it is one of the changes to make. */}
      <Advanced names={contribution.updating ? ['id'] : ['id', 'status']}>
        {!contribution.updating && status}
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
      </Advanced>
    </>
  );
}
