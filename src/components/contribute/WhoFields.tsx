/**
 * Who runs the resource: an organisation already in the directory, found by typing its name, or a
 * new one whose file the form writes too. The entry keeps the organisation's id; the person sees names.
 */
import { useEffect, useState } from 'react';
import { nameKey } from '../../lib/comuni.ts';
import { organizationHint } from '../../lib/contribute/hints.ts';
import { organizationByName } from '../../lib/contribute/organizations.ts';
import { t } from '../../i18n/index.ts';
import { organizationTypes } from '../../schema/vocabularies.ts';
import ContactFields from './ContactFields.tsx';
import { useForm } from './context.ts';
import { Advanced, CheckboxField, SelectField, TextArea, TextField } from './Fields.tsx';
import { selectOptions } from './options.ts';

/** Suggestions shown at most: a long list is slow on old phones and useless to read. */
const MAX_OPTIONS = 30;

export default function WhoFields() {
  const { contribution, update, organizations } = useForm();
  const { resource, newOrganization, organization: org } = contribution;
  const nameOf = (id: string) => organizations.find(([orgId]) => orgId === id)?.[1];
  // What the person typed: the name of the chosen organisation, or text that matches none yet.
  const [typed, setTyped] = useState(() => nameOf(resource.organization) ?? resource.organization);
  useEffect(() => {
    // The list arrives after the form: a chosen id then shows as its name.
    const name = nameOf(resource.organization);
    if (name && typed === resource.organization) setTyped(name);
  }, [organizations]);
  const key = nameKey(typed);
  const options = organizations.filter(([, name]) => !key || nameKey(name).includes(key)).slice(0, MAX_OPTIONS);
  const chosen = nameOf(resource.organization);
  return (
    <>
      {!newOrganization && (
        <>
          <TextField
            name="organization"
            label={t('contributeOrganization')}
            hint={t('contributeOrganizationHint')}
            list="elenco-organizzazioni"
            autoComplete="off"
            value={typed}
            onChange={(v) => {
              setTyped(v);
              update((d) => void (d.resource.organization = organizationByName(organizations, v) ?? v.trim()));
            }}
          />
          <datalist id="elenco-organizzazioni">
            {options.map(([id, name]) => (
              <option key={id} value={name} />
            ))}
          </datalist>
          {chosen && <p className="position-line">{t('contributeOrganizationChosen')(chosen)}</p>}
        </>
      )}
      <CheckboxField
        name="newOrganization"
        label={t('contributeNewOrganization')}
        checked={newOrganization}
        onChange={(v) =>
          update((d) => {
            d.newOrganization = v;
            // The name typed in the search becomes the new organisation's name.
            if (v && !d.organization.name && !chosen) d.organization.name = typed.trim();
          })
        }
      />
      {newOrganization && (
        <fieldset className="group">
          <legend>{t('contributeOrgLegend')}</legend>
          <TextField name="org.name" label={t('contributeOrgName')} hint={organizationHint('name')} value={org.name} onChange={(v) => update((d) => void (d.organization.name = v))} />
          <SelectField name="org.type" label={t('contributeOrgType')} value={org.type} options={selectOptions(organizationTypes)} onChange={(v) => update((d) => void (d.organization.type = v))} />
          <TextArea name="org.description" label={t('contributeOrgDescription')} hint={organizationHint('description')} rows={3} value={org.description} onChange={(v) => update((d) => void (d.organization.description = v))} />
          {/* What must be answered first; then, closed, what is optional or made by itself. */}
          <ContactFields name="org.contacts" legend={t('contributeContactsLegend')} brief value={org.contacts} onChange={(change) => update((d) => change(d.organization.contacts))} />
          <Advanced names={['org.name_en', 'org.description_en']} summary={t('contributeEnglish')}>
            <TextField name="org.name_en" lang="en" label={t('contributeNameEn')} optional hint={organizationHint('name_en')} value={org.name_en ?? ''} onChange={(v) => update((d) => void (d.organization.name_en = v))} />
            <TextArea name="org.description_en" label={t('contributeBodyEn')} optional hint={t('contributeBodyEnHint')} rows={3} value={org.description_en ?? ''} onChange={(v) => update((d) => void (d.organization.description_en = v))} />
          </Advanced>
          <Advanced names={['org.id']} summary={t('contributeOrgIdSummary')}>
            <TextField name="org.id" label={t('contributeOrgId')} hint={t('contributeIdHint')} autoCapitalize="none" spellCheck={false} value={org.id} onChange={(v) => update((d) => void (d.organization.id = v))} />
          </Advanced>
        </fieldset>
      )}
    </>
  );
}
