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
}

export default function ContactFields({ name, legend, value, onChange }: Props) {
  return (
    <Group name={name} legend={legend} hint={resourceHint('contacts')}>
      <TextField name={`${name}.phone`} label={t('contributePhone')} type="tel" autoComplete="off" hint={resourceHint('contacts.phone')} value={value.phone} onChange={(v) => onChange((c) => void (c.phone = v))} />
      <TextField name={`${name}.email`} label={t('contributeEmailField')} type="email" autoComplete="off" hint={resourceHint('contacts.email')} value={value.email} onChange={(v) => onChange((c) => void (c.email = v))} />
      <TextField name={`${name}.website`} label={t('contributeWebsite')} type="url" autoComplete="off" hint={resourceHint('contacts.website')} value={value.website} onChange={(v) => onChange((c) => void (c.website = v))} />
    </Group>
  );
}
