/**
 * The contribution form (a React island), in steps: what it is, where, when, cost and joining,
 * contacts, accessibility and languages, who runs it, check and send. It holds the state, keeps it
 * in the browser as a draft, loads what it needs lazily (the entry to update, the organisations, the
 * comuni), and checks everything with the build's own rules (src/lib/contribute/check.ts): each
 * "Avanti" checks the questions of its step, the last button checks the whole entry.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ComuniIndex } from '../../lib/comuni.ts';
import { checkContribution, type CheckContext, type Contribution } from '../../lib/contribute/check.ts';
import { indexCompactComuni, type CompactComuni } from '../../lib/contribute/comuni.ts';
import { draftKey, draftText, readDraft } from '../../lib/contribute/draft.ts';
import { countMessages, mergeMessages, type FieldMessages } from '../../lib/contribute/errors.ts';
import { emptyOrganizationForm, emptyResourceForm } from '../../lib/contribute/form.ts';
import { isValidId, suggestId } from '../../lib/contribute/paths.ts';
import { plainMessages } from '../../lib/contribute/plain.ts';
import { firstStepWithMessages, messagesOfStep, onlyStep, STEPS, type StepId } from '../../lib/contribute/steps.ts';
import { contributionFrom, fetchStoredEntry } from '../../lib/contribute/stored.ts';
import { slugify } from '../../lib/slug.ts';
import { todayIso } from '../../lib/dates.ts';
import { loadPageLanguage, t } from '../../i18n/index.ts';
import AccessFields from './AccessFields.tsx';
import CheckFields from './CheckFields.tsx';
import ContactFields from './ContactFields.tsx';
import { FormContext, useForm, type ContributeConfig, type FormContextValue } from './context.ts';
import CostFields from './CostFields.tsx';
import ErrorSummary from './ErrorSummary.tsx';
import Result from './Result.tsx';
import WhatFields from './WhatFields.tsx';
import WhereFields from './WhereFields.tsx';
import WhenFields from './WhenFields.tsx';
import WhoFields from './WhoFields.tsx';

// The island hydrates in the page's language: an English page fetches its strings before the first render.
await loadPageLanguage();

export interface ContributeFormProps {
  config: ContributeConfig;
}

type Organizations = FormContextValue['organizations'];

const TITLES: Record<StepId, () => string> = {
  cosa: () => t('contributeSectionWhat'),
  dove: () => t('contributeSectionWhere'),
  quando: () => t('contributeSectionWhen'),
  costo: () => t('contributeSectionCost'),
  contatti: () => t('contributeSectionContacts'),
  accesso: () => t('contributeSectionAccess'),
  chi: () => t('contributeSectionWho'),
  invia: () => t('contributeSectionSend'),
};
const LAST = STEPS.length - 1;

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

function blankContribution(today: string): Contribution {
  return { resource: emptyResourceForm(today), newOrganization: false, organization: emptyOrganizationForm() };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function StepFields({ step }: { step: StepId }) {
  const { contribution, update } = useForm();
  switch (step) {
    case 'cosa':
      return <WhatFields />;
    case 'dove':
      return <WhereFields />;
    case 'quando':
      return <WhenFields />;
    case 'costo':
      return <CostFields />;
    case 'contatti':
      return <ContactFields name="contacts" legend={t('contributeContactsLegend')} value={contribution.resource.contacts} onChange={(change) => update((d) => change(d.resource.contacts))} />;
    case 'accesso':
      return <AccessFields />;
    case 'chi':
      return <WhoFields />;
    case 'invia':
      return <CheckFields />;
  }
}

export default function ContributeForm({ config }: ContributeFormProps) {
  const [mounted, setMounted] = useState(false);
  const [today] = useState(() => todayIso());
  const [contribution, setContribution] = useState<Contribution>(() => blankContribution(today));
  const [step, setStep] = useState(0);
  /** Steps whose problems are shown: those where "Avanti" found some, and all after the final check. */
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const [ready, setReady] = useState(false);
  const [focus, setFocus] = useState<{ to: 'heading' | 'summary' | 'ready'; n: number }>();
  const [key, setKey] = useState<string>();
  const [loading, setLoading] = useState<string>('');
  const [notice, setNotice] = useState<string>('');
  const [organizations, setOrganizations] = useState<Organizations>([]);
  const [comuni, setComuni] = useState<ComuniIndex>();
  const [comuniFailed, setComuniFailed] = useState(false);
  const [takenIds, setTakenIds] = useState<ReadonlySet<string>>(new Set());
  const labels = useRef(new Map<string, string>()).current;
  const comuniRequested = useRef(false);
  const summary = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const readyHeading = useRef<HTMLHeadingElement>(null);

  const needComuni = useCallback(() => {
    if (comuniRequested.current) return;
    comuniRequested.current = true;
    fetchJson<CompactComuni>(`${config.base}contribuisci/comuni.json`)
      .then((data) => setComuni(indexCompactComuni(data)))
      .catch(() => setComuniFailed(true));
  }, [config.base]);

  /** Starts the form: from the draft kept in this browser, or from the entry to update, or blank. */
  const start = useCallback(
    (useDraft: boolean) => {
      const from = new URLSearchParams(window.location.search).get('da');
      const storageKey = draftKey(from);
      const stored = useDraft ? readDraft(storage()?.getItem(storageKey), blankContribution(today)) : undefined;
      // A draft with nothing typed in it (left by "Ricomincia da capo") is no draft.
      const draft = stored && JSON.stringify(stored) !== JSON.stringify({ contribution: blankContribution(today), step: 0 }) ? stored : undefined;
      setShown(new Set());
      setReady(false);
      setNotice('');
      if (draft) {
        setContribution(draft.contribution);
        setStep(draft.step);
        setNotice(t('contributeDraftRestored'));
        setKey(storageKey);
        if (from) needComuni();
        return;
      }
      setContribution(blankContribution(today));
      setStep(0);
      if (!from) {
        setKey(storageKey);
        return;
      }
      setLoading(t('contributeLoadingEntry'));
      needComuni();
      fetchStoredEntry(from, config.base)
        .then((stored) => {
          if (!stored) throw new Error(`no entry ${from}`);
          setContribution(contributionFrom(stored));
          setNotice(t('contributeUpdateIntro')(stored.data.name));
        })
        .catch(() => setNotice(t('contributeEntryMissing')(from)))
        .finally(() => {
          setLoading('');
          setKey(storageKey);
        });
    },
    [config.base, needComuni, today],
  );

  useEffect(() => {
    setMounted(true);
    fetchJson<[string, string][]>(`${config.base}contribuisci/organizzazioni.json`).then(setOrganizations, () => setOrganizations([]));
    start(true);
  }, [config.base, start]);

  // The draft is saved as it changes (once the form has started, so that a restore is not overwritten).
  useEffect(() => {
    if (key) storage()?.setItem(key, draftText(contribution, step));
  }, [key, contribution, step]);

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
    const checked = checkContribution(contribution, context);
    // A new entry cannot take the id (the file name) of one already published: CI would refuse it.
    const withTaken = taken ? { ...checked, files: [], errors: { id: [t('contributeDuplicateId')(id)], ...checked.errors } } : checked;
    // The schema's messages are written for people editing the files; the form says them in its own words.
    return { ...withTaken, errors: plainMessages(withTaken.errors), warnings: plainMessages(withTaken.warnings) };
  }, [contribution, context, taken, id]);
  // A step's own problems, with the other steps' answers standing in as valid (see onlyStep).
  const stepId = STEPS[step];
  const stepResult = useMemo(() => {
    if (step === LAST) return result;
    const checked = checkContribution(onlyStep(contribution, stepId, today), context);
    return { ...checked, errors: plainMessages(checked.errors), warnings: plainMessages(checked.warnings) };
  }, [contribution, context, step, stepId, today, result]);
  const errors: FieldMessages = shown.has(step) ? mergeMessages(messagesOfStep(result.errors, stepId), messagesOfStep(stepResult.errors, stepId)) : {};
  const warnings: FieldMessages = shown.has(step) ? messagesOfStep(result.warnings, stepId) : {};

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

  // After a change of step or a press of a button, focus goes to what changed.
  useEffect(() => {
    if (!focus) return;
    const target = focus.to === 'summary' ? summary.current : focus.to === 'ready' ? readyHeading.current : heading.current;
    target?.focus();
    if (focus.to === 'heading') heading.current?.scrollIntoView({ block: 'start' });
  }, [focus]);

  if (!mounted) {
    return (
      <p className="notice" id="modulo-contributo">
        {t('contributeLoading')} <a href="#altri-modi">{t('contributeOtherWays')}</a>
      </p>
    );
  }

  const goTo = (next: number) => {
    setStep(next);
    setReady(false);
    setFocus((f) => ({ to: 'heading', n: (f?.n ?? 0) + 1 }));
  };
  const showProblems = (steps: number[], to: 'summary') => {
    setShown((before) => new Set([...before, ...steps]));
    setFocus((f) => ({ to, n: (f?.n ?? 0) + 1 }));
  };
  const next = () => {
    needComuni();
    if (step < LAST) {
      if (countMessages(messagesOfStep(stepResult.errors, stepId)) + countMessages(messagesOfStep(result.errors, stepId)) > 0) return showProblems([step], 'summary');
      return goTo(step + 1);
    }
    const first = firstStepWithMessages(result.errors);
    if (first === undefined && result.files.length > 0) {
      setReady(true);
      setShown((before) => new Set([...before, step]));
      setFocus((f) => ({ to: 'ready', n: (f?.n ?? 0) + 1 }));
      return;
    }
    const target = first ?? LAST;
    setShown(new Set(STEPS.map((_, i) => i)));
    setStep(target);
    setReady(false);
    setFocus((f) => ({ to: 'summary', n: (f?.n ?? 0) + 1 }));
  };
  const restart = () => {
    if (key) storage()?.removeItem(key);
    setKey(undefined);
    start(false);
    setFocus((f) => ({ to: 'heading', n: (f?.n ?? 0) + 1 }));
  };

  const value: FormContextValue = { contribution, update, errors, warnings, labels, comuni, needComuni, comuniFailed, organizations, config, takenId: taken ? id : undefined };
  const organizationName = contribution.newOrganization
    ? contribution.organization.name
    : (organizations.find(([id]) => id === contribution.resource.organization)?.[1] ?? contribution.resource.organization);
  return (
    <FormContext.Provider value={value}>
      {loading && <p role="status">{loading}</p>}
      {notice && <p className="notice" role="status">{notice}</p>}
      {comuniFailed && <p className="notice">{t('contributeComuniFailed')}</p>}
      <nav aria-label={t('contributeSteps')} className="steps-nav">
        <ol className="steps">
          {STEPS.map((s, i) => (
            <li key={s} aria-current={i === step ? 'step' : undefined} className={i < step ? 'step step--done' : i === step ? 'step step--current' : 'step'}>
              <span className="step-number" aria-hidden="true">{i + 1}</span>
              <span className="step-name">
                {TITLES[s]()}
                {i < step && <span className="visually-hidden"> {t('contributeStepDone')}</span>}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <form
        id="modulo-contributo"
        className="contribute-form"
        noValidate
        aria-labelledby="passo-titolo"
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <h2 id="passo-titolo" className="step-heading" ref={heading} tabIndex={-1}>
          {t('contributeStepHeading')(step + 1, STEPS.length, TITLES[stepId]())}
        </h2>
        <ErrorSummary ref={summary} errors={errors} warnings={warnings} labels={labels} />
        <div className="step-fields" data-step={stepId}>
          <StepFields step={stepId} />
        </div>
        <div className="actions step-actions">
          <button type="submit" className="button">
            {step < LAST ? t('contributeNext') : t('contributeSubmit')}
          </button>
          {step > 0 && (
            <button type="button" className="button button--secondary" onClick={() => goTo(step - 1)}>
              {t('contributeBack')}
            </button>
          )}
        </div>
      </form>
      {ready && step === LAST && result.files.length > 0 && result.resource && (
        <Result ref={readyHeading} files={result.files} updating={contribution.updating} config={config} preview={{ resource: result.resource, body: contribution.resource.body, organizationName }} />
      )}
      <div className="restart">
        <p className="field-hint">{t('contributeRestartHint')}</p>
        <button type="button" className="button button--secondary" onClick={restart}>
          {t('contributeRestart')}
        </button>
      </div>
    </FormContext.Provider>
  );
}
