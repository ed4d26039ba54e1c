/** When: recurring sessions (days and times), a season, start and end dates, and a note. */
import { emptySession, type SessionForm } from '../../lib/contribute/form.ts';
import { resourceHint } from '../../lib/contribute/hints.ts';
import { label, t } from '../../i18n/index.ts';
import { days, frequencies, partsOfDay } from '../../schema/vocabularies.ts';
import { useForm } from './context.ts';
import { Advanced, CheckboxGroup, Group, SelectField, TextArea, TextField } from './Fields.tsx';
import { choices, MONTHS, selectOptions } from './options.ts';

const WEEKS = ['1', '2', '3', '4', '-1'] as const;
/** The days by their usual short names (lun, mar…), which are the vocabulary's keys; screen readers say the whole name. */
const DAYS = choices(days).map(([key, name]) => [key, key, undefined, name] as const);

function SessionFields({ index }: { index: number }) {
  const { contribution, update } = useForm();
  const session = contribution.resource.schedule.sessions[index];
  const path = `schedule.sessions.${index}`;
  const n = index + 1;
  const set = (change: (s: SessionForm) => void) => update((d) => change(d.resource.schedule.sessions[index]));
  return (
    <fieldset className="group session">
      <legend>{t('contributeSession')(n)}</legend>
      <CheckboxGroup name={`${path}.days`} label={t('contributeDays')} compact values={session.days} options={DAYS} onChange={(v) => set((s) => void (s.days = v))} />
      {/* Two to a row, without hints (the labels say when each is needed), so that a session fits on a phone screen. */}
      <div className="field-row field-row--narrow">
        <TextField name={`${path}.start`} type="time" label={t('contributeStart')} optional value={session.start} onChange={(v) => set((s) => void (s.start = v))} />
        <TextField name={`${path}.end`} type="time" label={t('contributeEnd')} optional value={session.end} onChange={(v) => set((s) => void (s.end = v))} />
      </div>
      <div className="field-row field-row--narrow">
      {!session.start && (
        <SelectField
          name={`${path}.part_of_day`}
          label={t('contributePartOfDay')}
          optional
          value={session.part_of_day}
          options={selectOptions(partsOfDay)}
          empty={t('contributeNone')}
          onChange={(v) => set((s) => void (s.part_of_day = v))}
        />
      )}
      <SelectField
        name={`${path}.frequency`}
        label={t('contributeFrequency')}
        value={session.frequency}
        options={selectOptions(frequencies)}
        empty={label(frequencies.settimanale)}
        onChange={(v) => set((s) => void (s.frequency = v || 'settimanale'))}
      />
      {session.frequency === 'mensile' && (
        <SelectField
          name={`${path}.week_of_month`}
          label={t('contributeWeekOfMonth')}
          optional
          value={session.week_of_month}
          options={WEEKS.map((week) => [week, t('contributeWeeks')[week]] as const)}
          empty={t('contributeNone')}
          onChange={(v) => set((s) => void (s.week_of_month = v))}
        />
      )}
      </div>
      <button type="button" className="button button--secondary" onClick={() => update((d) => void d.resource.schedule.sessions.splice(index, 1))}>
        {t('contributeRemoveSession')(n)}
      </button>
    </fieldset>
  );
}

export default function WhenFields() {
  const { contribution, update } = useForm();
  const schedule = contribution.resource.schedule;
  return (
    <>
      <Group name="schedule.sessions" legend={t('contributeSectionWhen')} hint={t('contributeSessionsHint')} className="group group--plain">
        {schedule.sessions.map((_, index) => (
          <SessionFields key={index} index={index} />
        ))}
        <button type="button" className="button button--secondary" onClick={() => update((d) => void d.resource.schedule.sessions.push(emptySession()))}>
          {t('contributeAddSession')}
        </button>
      </Group>
      <TextArea name="schedule.note" label={t('contributeScheduleNote')} optional hint={resourceHint('schedule.note')} rows={2} value={schedule.note} onChange={(v) => update((d) => void (d.resource.schedule.note = v))} />
      <Advanced names={['schedule.season', 'schedule.start_date', 'schedule.end_date']} summary={t('contributeSeasonAndDates')}>
      <Group name="schedule.season" legend={t('contributeSeason')} hint={resourceHint('schedule.season')}>
        <div className="field-row">
          <SelectField name="schedule.season.from_month" label={t('contributeFromMonth')} value={schedule.season.from_month} options={MONTHS} empty={t('contributeNone')} onChange={(v) => update((d) => void (d.resource.schedule.season.from_month = v))} />
          <SelectField name="schedule.season.to_month" label={t('contributeToMonth')} value={schedule.season.to_month} options={MONTHS} empty={t('contributeNone')} onChange={(v) => update((d) => void (d.resource.schedule.season.to_month = v))} />
        </div>
      </Group>
      <div className="field-row">
        <TextField name="schedule.start_date" type="date" label={t('contributeStartDate')} optional hint={resourceHint('schedule.start_date')} value={schedule.start_date} onChange={(v) => update((d) => void (d.resource.schedule.start_date = v))} />
        <TextField name="schedule.end_date" type="date" label={t('contributeEndDate')} optional hint={resourceHint('schedule.end_date')} value={schedule.end_date} onChange={(v) => update((d) => void (d.resource.schedule.end_date = v))} />
      </div>
      </Advanced>
    </>
  );
}
