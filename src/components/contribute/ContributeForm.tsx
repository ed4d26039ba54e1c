/**
 * The contribution form (a React island). It holds the state, loads what it needs lazily (the entry
 * to update, the organisations, the comuni), and checks everything with the build's own rules
 * (src/lib/contribute/check.ts) when the volunteer asks, then as they correct.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ComuniIndex } from '../../lib/comuni.ts';
import { checkContribution, type CheckContext, type Contribution } from '../../lib/contribute/check.ts';
import { indexCompactComuni, type CompactComuni } from '../../lib/contribute/comuni.ts';
import { countMessages, type FieldMessages } from '../../lib/contribute/errors.ts';
import { emptyOrganizationForm, emptyResourceForm, resourceToForm } from '../../lib/contribute/form.ts';
import { isValidId, suggestId } from '../../lib/contribute/paths.ts';
import { fetchStoredEntry } from '../../lib/contribute/stored.ts';
import { slugify } from '../../lib/slug.ts';
import { todayIso } from '../../lib/dates.ts';
import { t } from '../../lib/i18n.ts';
import AccessFields from './AccessFields.tsx';
import CheckFields from './CheckFields.tsx';
import { FormContext, type ContributeConfig, type FormContextValue } from './context.ts';
import CostFields from './CostFields.tsx';
import ErrorSummary from './ErrorSummary.tsx';
import Result from './Result.tsx';
import WhatFields from './WhatFields.tsx';
import WhereFields from './WhereFields.tsx';
import WhenFields from './WhenFields.tsx';
import WhoFields from './WhoFields.tsx';

export interface ContributeFormProps {
  config: ContributeConfig;
}

type Organizations = FormContextValue['organizations'];

function fetchJson<T>(url: string): Promise<T> {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return response.json() as Promise<T>;
  });
}

/** The id follows the name (and first comune) until the volunteer writes one of their own. */
function followIds(before: Contribution, after: Contribution): void {
  if (after.updating) return;
  const r = before.resource;
  if (r.id === '' || r.id === suggestId(r.name, r.locations[0]?.comune)) after.resource.id = suggestId(after.resource.name, after.resource.locations[0]?.comune);
  const o = before.organization;
  if (o.id === '' || o.id === slugify(o.name)) after.organization.id = slugify(after.organization.name);
}

export default function ContributeForm({ config }: ContributeFormProps) {
  const [mounted, setMounted] = useState(false);
  const [today] = useState(() => todayIso());
  const [contribution, setContribution] = useState<Contribution>(() => ({
    resource: emptyResourceForm(today),
    newOrganization: false,
    organization: emptyOrganizationForm(),
  }));
  const [loading, setLoading] = useState<string>('');
  const [notice, setNotice] = useState<string>('');
  const [organizations, setOrganizations] = useState<Organizations>([]);
  const [comuni, setComuni] = useState<ComuniIndex>();
  const [comuniFailed, setComuniFailed] = useState(false);
  const [submitted, setSubmitted] = useState(0);
  const [takenIds, setTakenIds] = useState<ReadonlySet<string>>(new Set());
  const labels = useRef(new Map<string, string>()).current;
  const comuniRequested = useRef(false);
  const summary = useRef<HTMLElement>(null);
  const ready = useRef<HTMLHeadingElement>(null);

  const needComuni = useCallback(() => {
    if (comuniRequested.current) return;
    comuniRequested.current = true;
    fetchJson<CompactComuni>(`${config.base}contribuisci/comuni.json`)
      .then((data) => setComuni(indexCompactComuni(data)))
      .catch(() => setComuniFailed(true));
  }, [config.base]);

  useEffect(() => {
    setMounted(true);
    fetchJson<[string, string][]>(`${config.base}contribuisci/organizzazioni.json`).then(setOrganizations, () => setOrganizations([]));
    const from = new URLSearchParams(window.location.search).get('da');
    if (!from) return;
    setLoading(t('contributeLoadingEntry'));
    needComuni();
    fetchStoredEntry(from, config.base)
      .then((stored) => {
        if (!stored) throw new Error(`no entry ${from}`);
        const resource = resourceToForm(stored.id, stored.data, stored.body);
        resource.verified.date = today;
        setContribution({ resource, newOrganization: false, organization: emptyOrganizationForm(), updating: stored.path });
        setNotice(t('contributeUpdateIntro')(stored.data.name));
      })
      .catch(() => setNotice(t('contributeEntryMissing')(from)))
      .finally(() => setLoading(''));
  }, [config.base, needComuni, today]);

  const update = useCallback((change: (draft: Contribution) => void) => {
    setContribution((before) => {
      const after = structuredClone(before);
      change(after);
      followIds(before, after);
      return after;
    });
  }, []);

  const context: CheckContext = useMemo(
    () => ({ today, comuni, organizationIds: organizations.length ? new Set(organizations.map(([id]) => id)) : undefined }),
    [today, comuni, organizations],
  );
  const id = contribution.resource.id.trim();
  const taken = !contribution.updating && takenIds.has(id);
  const result = useMemo(() => {
    if (!submitted) return undefined;
    const checked = checkContribution(contribution, context);
    // A new entry cannot take the id (the file name) of one already published: CI would refuse it.
    return taken ? { ...checked, files: [], errors: { id: [t('contributeDuplicateId')(id)], ...checked.errors } } : checked;
  }, [submitted, contribution, context, taken, id]);
  const errors: FieldMessages = result?.errors ?? {};
  const warnings: FieldMessages = result?.warnings ?? {};

  // Whether the id is taken is asked of the build-time data (the entry is in its shard or not), once
  // the id has stopped changing for a moment, so the answer is usually there before the button is pressed.
  useEffect(() => {
    if (contribution.updating || !isValidId(id) || takenIds.has(id)) return;
    const timer = setTimeout(() => {
      fetchStoredEntry(id, config.base)
        .then((stored) => {
          if (stored) setTakenIds((ids) => new Set([...ids, id]));
        })
        .catch(() => undefined);
    }, 400);
    return () => clearTimeout(timer);
  }, [id, contribution.updating, takenIds, config.base]);

  // After each press of the button, focus goes to what changed: the problems, or the finished file.
  useEffect(() => {
    if (!submitted || !result) return;
    if (countMessages(result.errors) > 0) summary.current?.focus();
    else ready.current?.focus();
    // Only on a new submission (not while the volunteer corrects), hence `submitted` alone.
  }, [submitted]);

  if (!mounted) {
    return (
      <p className="notice" id="modulo-contributo">
        {t('contributeLoading')} <a href="#altri-modi">{t('contributeOtherWays')}</a>
      </p>
    );
  }

  const value: FormContextValue = { contribution, update, errors, warnings, labels, comuni, needComuni, comuniFailed, organizations, config, takenId: taken ? id : undefined };
  const organizationName = contribution.newOrganization
    ? contribution.organization.name
    : (organizations.find(([id]) => id === contribution.resource.organization)?.[1] ?? contribution.resource.organization);
  return (
    <FormContext.Provider value={value}>
      {loading && <p role="status">{loading}</p>}
      {notice && <p className="notice" role="status">{notice}</p>}
      {comuniFailed && <p className="notice">{t('contributeComuniFailed')}</p>}
      <ErrorSummary ref={summary} errors={errors} warnings={warnings} labels={labels} />
      <form
        id="modulo-contributo"
        className="contribute-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          needComuni();
          setSubmitted((n) => n + 1);
        }}
      >
        <WhatFields />
        <WhoFields />
        <WhereFields />
        <WhenFields />
        <CostFields />
        <AccessFields />
        <CheckFields />
        <div className="actions">
          <button type="submit" className="button">
            {t('contributeSubmit')}
          </button>
        </div>
      </form>
      {result && result.files.length > 0 && result.resource && (
        <Result ref={ready} files={result.files} updating={contribution.updating} config={config} preview={{ resource: result.resource, body: contribution.resource.body, organizationName }} />
      )}
    </FormContext.Provider>
  );
}
