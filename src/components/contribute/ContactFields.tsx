/** Public contacts (of the resource or of a new organisation): phone, email, website, at least one. */
import type { ContactsForm } from '../../lib/contribute/form.ts';
import { resourceHint } from '../../lib/contribute/hints.ts';
import { t } from '../../i18n/index.ts';
import { Group, TextField } from './Fields.tsx';

interface Props {
  /** "contacts" or "org.contacts". */
  name: string;
  legend: string;
  value: ContactsForm;
  onChange: (change: (contacts: ContactsForm) => void) => void;
  /**
   * A new organisation's contacts, inside its box: without the hints, which would repeat those of the
   * activity's contacts two steps before, so that the step stays about one phone screen.
   */
  brief?: boolean;
}

export default function ContactFields({ name, legend, value, onChange, brief }: Props) {
  const hint = (key: string) => (brief ? undefined : resourceHint(key));
  return (
    <Group name={name} legend={legend} hint={hint('contacts')} className={brief ? 'group group--inner' : undefined}>
      <TextField name={`${name}.phone`} label={t('contributePhone')} type="tel" autoComplete="off" hint={hint('contacts.phone')} value={value.phone} onChange={(v) => onChange((c) => void (c.phone = v))} />
      <TextField name={`${name}.email`} label={t('contributeEmailField')} type="email" autoComplete="off" hint={hint('contacts.email')} value={value.email} onChange={(v) => onChange((c) => void (c.email = v))} />
      <TextField name={`${name}.website`} label={t('contributeWebsite')} type="url" autoComplete="off" hint={hint('contacts.website')} value={value.website} onChange={(v) => onChange((c) => void (c.website = v))} />
    </Group>
  );
}
