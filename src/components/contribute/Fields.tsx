/**
 * Labelled inputs for the contribution form. Each field is named by its entry path ("locations.0.lat"):
 * its id, its label in the error summary, and its messages (aria-describedby, aria-invalid) follow.
 */
import { useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { fieldId } from '../../lib/contribute/errors.ts';
import { t } from '../../i18n/index.ts';
import { useForm } from './context.ts';

interface Common {
  /** The entry path of the field, e.g. "contacts.phone". */
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
}

/** The ids and messages of a field, and the attributes that link them to its input. */
function useMessages(name: string, label: string, hint?: string) {
  const { errors, warnings, labels } = useForm();
  labels.set(name, label);
  const id = fieldId(name);
  const fieldErrors = errors[name] ?? [];
  const fieldWarnings = warnings[name] ?? [];
  const describedBy = [hint && `${id}-aiuto`, fieldErrors.length && `${id}-errore`, fieldWarnings.length && `${id}-avviso`].filter(Boolean).join(' ') || undefined;
  const messages = (
    <>
      {hint && <p className="field-hint" id={`${id}-aiuto`}>{hint}</p>}
      {fieldErrors.length > 0 && (
        <p className="field-error" id={`${id}-errore`}>
          {fieldErrors.map((message) => <span key={message}>{message} </span>)}
        </p>
      )}
      {fieldWarnings.length > 0 && (
        <p className="field-warning" id={`${id}-avviso`}>
          <strong>{t('contributeFieldWarning')}</strong> {fieldWarnings.join(' ')}
        </p>
      )}
    </>
  );
  return { id, describedBy, invalid: fieldErrors.length > 0, messages };
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {optional && <span className="optional"> {t('contributeOptional')}</span>}
    </label>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'onChange' | 'id'>;

/** A one-line text input. */
export function TextField({ name, label, hint, optional, value, onChange, ...input }: Common & InputProps & { value: string; onChange: (value: string) => void }) {
  const { id, describedBy, invalid, messages } = useMessages(name, label, hint);
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {messages}
      <input
        {...input}
        id={id}
        name={name}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </div>
  );
}

/** A text area for longer text. */
export function TextArea({ name, label, hint, optional, value, onChange, rows = 4 }: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { id, describedBy, invalid, messages } = useMessages(name, label, hint);
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {messages}
      <textarea id={id} name={name} rows={rows} value={value} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** A choice from a list; an empty first option when nothing is chosen yet. */
export function SelectField<T extends string>({
  name,
  label,
  hint,
  optional,
  value,
  options,
  onChange,
  empty = t('contributeChoose'),
}: Common & { value: T | ''; options: readonly (readonly [T, string])[]; onChange: (value: T | '') => void; empty?: string }) {
  const { id, describedBy, invalid, messages } = useMessages(name, label, hint);
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {messages}
      <select id={id} name={name} value={value} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value as T | '')}>
        <option value="">{empty}</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Options of a group: value, label, an optional hint, and an optional longer name for screen readers ("lun", "lunedì"). */
export type Choice<T extends string> = readonly [value: T, label: string, hint?: string, name?: string];

/**
 * A fieldset of checkboxes for a list of vocabulary values. `more` are further choices behind a
 * disclosure ("Altre scelte"), after the usual ones, followed there by `extra` (e.g. a way to add one);
 * `columns` sets short labels side by side (without their hints), and `compact` very short ones (the
 * days of the week), several to a row.
 */
export function CheckboxGroup<T extends string>({
  name,
  label,
  hint,
  optional,
  values,
  options,
  more = [],
  extra,
  columns,
  compact,
  onChange,
}: Common & { values: readonly T[]; options: readonly Choice<T>[]; more?: readonly Choice<T>[]; extra?: ReactNode; columns?: boolean; compact?: boolean; onChange: (values: T[]) => void }) {
  const { id, describedBy, invalid, messages } = useMessages(name, label, hint);
  const all = [...options, ...more];
  // The further choices open by themselves when one of them is chosen (e.g. in an entry being updated).
  const [moreOpen, setMoreOpen] = useState(false);
  const moreChosen = more.some(([key]) => values.includes(key));
  const toggle = (value: T, on: boolean) => onChange(all.map(([key]) => key).filter((key) => (key === value ? on : values.includes(key))));
  const box = ([key, text, help, spoken]: Choice<T>) => (
    <div className="choice" key={key}>
      <input type="checkbox" id={`${id}-${key}`} name={name} value={key} checked={values.includes(key)} aria-label={spoken} aria-invalid={invalid || undefined} onChange={(event) => toggle(key, event.target.checked)} />
      <label htmlFor={`${id}-${key}`}>
        {text}
        {help && !columns && <span className="choice-hint"> — {help}</span>}
      </label>
    </div>
  );
  return (
    <fieldset id={id} className={`choices${columns ? ' choices--columns' : ''}${compact ? ' choices--compact' : ''}${invalid ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend>
        {label}
        {optional && <span className="optional"> {t('contributeOptional')}</span>}
      </legend>
      {messages}
      {options.map(box)}
      {more.length > 0 && (
        <details className="more-choices" open={moreOpen || moreChosen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
          <summary>{t('contributeMoreChoices')(more.length)}</summary>
          {more.map(box)}
          {extra}
        </details>
      )}
    </fieldset>
  );
}

/** A fieldset of radio buttons; `row` sets short ones side by side. */
export function RadioGroup<T extends string>({ name, label, hint, value, options, row, onChange }: Common & { value: T | ''; options: readonly Choice<T>[]; row?: boolean; onChange: (value: T) => void }) {
  const { id, describedBy, invalid, messages } = useMessages(name, label, hint);
  return (
    <fieldset id={id} className={`choices choices--inline${row ? ' choices--row' : ''}${invalid ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{label}</legend>
      {messages}
      {options.map(([key, text]) => (
        <div className="choice" key={key}>
          <input type="radio" id={`${id}-${key}`} name={id} value={key} checked={value === key} aria-invalid={invalid || undefined} onChange={() => onChange(key)} />
          <label htmlFor={`${id}-${key}`}>{text}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A fieldset that groups fields, with messages that concern the group as a whole (e.g. "contacts"). */
export function Group({ name, legend, hint, children, className = 'group' }: { name: string; legend: string; hint?: string; children: ReactNode; className?: string }) {
  const { id, describedBy, invalid, messages } = useMessages(name, legend, hint);
  return (
    <fieldset id={id} className={`${className}${invalid ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {messages}
      {children}
    </fieldset>
  );
}

/** A single checkbox (yes or no). */
export function CheckboxField({ name, label, hint, checked, onChange }: Omit<Common, 'optional'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, describedBy, invalid, messages } = useMessages(name, label, hint);
  return (
    <div className={`field choice choice--single${invalid ? ' field--invalid' : ''}`}>
      <input type="checkbox" id={id} name={name} checked={checked} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {messages}
    </div>
  );
}

/**
 * A closed part for what most people need not touch (coordinates, the file name, English texts).
 * It opens by itself when one of its fields (named by `names`, or fields under them) has a problem.
 */
export function Advanced({ names, summary = t('contributeAdvanced'), children }: { names: string[]; summary?: string; children: ReactNode }) {
  const { errors } = useForm();
  const [open, setOpen] = useState(false);
  const problem = Object.keys(errors).some((key) => names.some((name) => key === name || key.startsWith(`${name}.`)));
  return (
    <details className="advanced" open={open || problem} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      <div className="advanced-body">{children}</div>
    </details>
  );
}
