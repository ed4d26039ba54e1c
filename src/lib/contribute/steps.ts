/**
 * The contribution form in steps: which step each field belongs to, which messages belong to a step,
 * and the step of the first problem. Fields are named by their entry path ("locations.0.lat",
 * "org.name"), as in errors.ts; the step of a path is decided by its first part.
 */
import type { Contribution } from './check.ts';
import type { FieldMessages } from './errors.ts';
import { emptyResourceForm, type ResourceForm } from './form.ts';

/** The steps, in order. */
export const STEPS = ['cosa', 'dove', 'quando', 'costo', 'contatti', 'accesso', 'chi', 'invia'] as const;
export type StepId = (typeof STEPS)[number];

/** The step of each top-level part of an entry (the first part of a field path). */
const STEP_OF: Record<string, StepId> = {
  name: 'cosa',
  summary: 'cosa',
  category: 'cosa',
  needs: 'cosa',
  audiences: 'cosa',
  name_en: 'cosa',
  summary_en: 'cosa',
  body: 'cosa',
  body_en: 'cosa',
  online_only: 'dove',
  locations: 'dove',
  schedule: 'quando',
  cost: 'costo',
  joining: 'costo',
  contacts: 'contatti',
  accessibility: 'accesso',
  organization: 'chi',
  newOrganization: 'chi',
  org: 'chi',
  status: 'invia',
  verified: 'invia',
  sources: 'invia',
  id: 'invia',
};

/** The step a field is asked on; anything unknown is shown on the last step, with the check. */
export function stepOfField(key: string): StepId {
  return STEP_OF[key.split('.')[0]] ?? 'invia';
}

/** The messages of the fields asked on a step. */
export function messagesOfStep(messages: FieldMessages, step: StepId): FieldMessages {
  return Object.fromEntries(Object.entries(messages).filter(([key, list]) => list.length > 0 && stepOfField(key) === step));
}

/** The index of the first step (in form order) with a message, or undefined when there is none. */
export function firstStepWithMessages(messages: FieldMessages): number | undefined {
  const steps = new Set(Object.entries(messages).filter(([, list]) => list.length > 0).map(([key]) => stepOfField(key)));
  const index = STEPS.findIndex((step) => steps.has(step));
  return index < 0 ? undefined : index;
}

/** A step index kept inside the form (a stored draft may hold anything). */
export function clampStep(index: unknown): number {
  return typeof index === 'number' && Number.isInteger(index) ? Math.min(Math.max(index, 0), STEPS.length - 1) : 0;
}

/**
 * A valid answer to every question, used only to stand in for the other steps when one step is
 * checked: the schema checks a rule that spans a group ("a place, or online only"; "free, or a price
 * or a note") only once everything else parses, so without it a step's own rule would surface only at
 * the final check. No rule is written here; only a sample that the schema accepts.
 */
function sampleResource(today: string): ResourceForm {
  const form = emptyResourceForm(today);
  return {
    ...form,
    id: 'esempio',
    name: 'Esempio',
    summary: 'Un esempio.',
    category: 'movimento',
    needs: ['muoversi'],
    audiences: ['adulti'],
    organization: 'esempio',
    locations: [{ ...form.locations[0], comune: 'Roma', province: 'RM', lat: '41.9', lon: '12.5', position: 'approssimativa' }],
    schedule: { ...form.schedule, sessions: [{ ...form.schedule.sessions[0], days: ['lun'] }] },
    cost: { free: 'true', amount_eur: '', note: '' },
    joining: { methods: ['accesso-libero'], note: '' },
    contacts: { phone: '', email: '', website: 'https://www.example.org' },
    verified: { date: today, by: 'Esempio', method: 'telefono' },
    sources: [{ title: 'Esempio', url: '', date: '', note: '' }],
  };
}

/** The contribution with the answers of every other step replaced by valid ones, to check `step` alone. */
export function onlyStep(contribution: Contribution, step: StepId, today: string): Contribution {
  const sample = sampleResource(today);
  const resource = { ...contribution.resource } as Record<string, unknown>;
  for (const key of Object.keys(resource)) if (stepOfField(key) !== step) resource[key] = sample[key as keyof ResourceForm];
  const own = step === 'chi';
  return {
    resource: resource as unknown as ResourceForm,
    newOrganization: own && contribution.newOrganization,
    organization: contribution.organization,
    updating: contribution.updating,
  };
}
