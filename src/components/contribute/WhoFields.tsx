/**
 * Who runs the resource: an organisation already in the directory (typed with suggestions), or a new
 * one whose file the form writes too.
 */
import { nameKey } from '../../lib/comuni.ts';
import { organizationHint, resourceHint } from '../../lib/contribute/hints.ts';
import { t } from '../../lib/i18n.ts';
import { organizationTypes } from '../../schema/vocabularies.ts';
import ContactFields from './ContactFields.tsx';
import { useForm } from './context.ts';
import { CheckboxField, SelectField, TextArea, TextField } from './Fields.tsx';
import { selectOptions } from './options.ts';

/** Suggestions shown at most: a long list is slow on old phones and useless to read. */
const MAX_OPTIONS = 30;

export default function WhoFields() {
  const { contribution, update, organizations } = useForm();
  const { resource, newOrganization, organization: org } = contribution;
  const typed = nameKey(resource.organization);
  const options = organizations.filter(([id, name]) => !typed || nameKey(id).includes(typed) || nameKey(name).includes(typed)).slice(0, MAX_OPTIONS);
  return (
    <>
      {!newOrganization && (
        <>
          <TextField
            name="organization"
            label={t('contributeOrganization')}
            hint={`${resourceHint('organization') ?? ''} ${t('contributeOrganizationHint')}`.trim()}
            list="elenco-organizzazioni"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={resource.organization}
            onChange={(v) => update((d) => void (d.resource.organization = v))}
          />
          <datalist id="elenco-organizzazioni">
            {options.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </datalist>
        </>
      )}
      <CheckboxField name="newOrganization" label={t('contributeNewOrganization')} checked={newOrganization} onChange={(v) => update((d) => void (d.newOrganization = v))} />
      {newOrganization && (
        <fieldset className="group">
          <legend>{t('contributeOrgLegend')}</legend>
          <TextField name="org.name" label={t('contributeOrgName')} hint={organizationHint('name')} value={org.name} onChange={(v) => update((d) => void (d.organization.name = v))} />
          <TextField name="org.id" label={t('contributeOrgId')} hint={t('contributeIdHint')} autoCapitalize="none" spellCheck={false} value={org.id} onChange={(v) => update((d) => void (d.organization.id = v))} />
          <SelectField name="org.type" label={t('contributeOrgType')} hint={organizationHint('type')} value={org.type} options={selectOptions(organizationTypes)} onChange={(v) => update((d) => void (d.organization.type = v))} />
          <TextArea name="org.description" label={t('contributeOrgDescription')} hint={organizationHint('description')} rows={3} value={org.description} onChange={(v) => update((d) => void (d.organization.description = v))} />
          <ContactFields name="org.contacts" legend={t('contributeOrgContactsLegend')} value={org.contacts} onChange={(change) => update((d) => change(d.organization.contacts))} />
        </fieldset>
      )}
    </>
  );
}
