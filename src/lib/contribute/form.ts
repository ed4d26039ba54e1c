/**
 * The contribution form's state and its conversion to and from an entry. The form keeps what people
 * type (text, as typed) in the same shape as the entry, so that a Zod issue's path ("locations.0.lat")
 * is also the name of the field to show it next to. The conversion only tidies (trims, drops empty
 * optional fields, reads numbers): every rule lives in the schema.
 */
import type { Organization } from '../../schema/organization.ts';
import type { Resource } from '../../schema/resource.ts';
import { ENGLISH_MARKER, splitDescription } from '../description.ts';
import type {
  AccessibilityFeature,
  Audience,
  Category,
  Day,
  Frequency,
  JoinMethod,
  Need,
  OrganizationType,
  PartOfDay,
  Status,
  VerificationMethod,
} from '../../schema/vocabularies.ts';

/** One place, as typed. */
export interface LocationForm {
  name: string;
  address: string;
  comune: string;
  province: string;
  postcode: string;
  lat: string;
  lon: string;
  position: '' | 'esatta' | 'approssimativa';
}

/** One recurring session, as typed. */
export interface SessionForm {
  days: Day[];
  start: string;
  end: string;
  /** "" or mattina, pomeriggio, sera; used only when there is no start time. */
  part_of_day: '' | PartOfDay;
  frequency: Frequency;
  /** "" or "1".."4", "-1"; used only with monthly sessions. */
  week_of_month: string;
}

/** One source, as typed. */
export interface SourceForm {
  title: string;
  url: string;
  /** "", or a year, month or day: "2022", "2022-05", "2022-05-14". */
  date: string;
  note: string;
}

/** Public contacts, as typed. */
export interface ContactsForm {
  phone: string;
  email: string;
  website: string;
}

/** A resource entry, as typed: the same keys as the front matter, plus its id and description. */
export interface ResourceForm {
  /** The file name, without .md. */
  id: string;
  name: string;
  name_en: string;
  summary: string;
  summary_en: string;
  category: Category | '';
  needs: Need[];
  audiences: Audience[];
  organization: string;
  online_only: boolean;
  locations: LocationForm[];
  schedule: {
    sessions: SessionForm[];
    season: { from_month: string; to_month: string };
    start_date: string;
    end_date: string;
    note: string;
  };
  cost: { free: '' | 'true' | 'false'; amount_eur: string; note: string };
  joining: { methods: JoinMethod[]; note: string };
  contacts: ContactsForm;
  accessibility: { features: AccessibilityFeature[]; languages: string; note: string };
  status: Status;
  verified: { date: string; by: string; method: VerificationMethod | '' };
  sources: SourceForm[];
  /** The Markdown description below the front matter (its Italian part). */
  body: string;
  /** The English description: the part of the body below "## English" (src/lib/description.ts). */
  body_en: string;
}

/** An organisation entry, as typed. */
export interface OrganizationForm {
  id: string;
  name: string;
  /** The English name (optional). */
  name_en?: string;
  type: OrganizationType | '';
  /** The Italian description: the part of `description` above "## English" (src/lib/description.ts). */
  description: string;
  /** The English description (optional): written below a "## English" line of the same `description`. */
  description_en?: string;
  contacts: ContactsForm;
}

/** A front matter or organisation object not yet checked by the schema. */
export type Draft = Record<string, unknown>;

export function emptyLocation(): LocationForm {
  return { name: '', address: '', comune: '', province: '', postcode: '', lat: '', lon: '', position: '' };
}

export function emptySession(): SessionForm {
  return { days: [], start: '', end: '', part_of_day: '', frequency: 'settimanale', week_of_month: '' };
}

export function emptySource(): SourceForm {
  return { title: '', url: '', date: '', note: '' };
}

/** A blank resource form; the verification date defaults to today. */
export function emptyResourceForm(today: string): ResourceForm {
  return {
    id: '',
    name: '',
    name_en: '',
    summary: '',
    summary_en: '',
    category: '',
    needs: [],
    audiences: [],
    organization: '',
    online_only: false,
    locations: [emptyLocation()],
    schedule: { sessions: [emptySession()], season: { from_month: '', to_month: '' }, start_date: '', end_date: '', note: '' },
    cost: { free: '', amount_eur: '', note: '' },
    joining: { methods: [], note: '' },
    contacts: { phone: '', email: '', website: '' },
    accessibility: { features: [], languages: 'it', note: '' },
    status: 'attivo',
    verified: { date: today, by: '', method: '' },
    sources: [emptySource()],
    body: '',
    body_en: '',
  };
}

export function emptyOrganizationForm(): OrganizationForm {
  return { id: '', name: '', name_en: '', type: '', description: '', description_en: '', contacts: { phone: '', email: '', website: '' } };
}

/** Trimmed text, or undefined when blank (optional fields are then left out of the file). */
function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * A number typed in a field: "45.46" and "45,46" become 45.46; blank becomes undefined; anything else
 * stays text, so that the schema says it is not a number.
 */
export function numberFrom(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const dotted = /^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(dotted) ? Number(dotted) : trimmed;
}

/** An object without its undefined values. */
function compact(object: Record<string, unknown>): Draft {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function isBlank(values: string[]): boolean {
  return values.every((value) => value.trim() === '');
}

function contactsToDraft(contacts: ContactsForm): Draft {
  return compact({ phone: text(contacts.phone), email: text(contacts.email), website: text(contacts.website) });
}

function locationToDraft(location: LocationForm): Draft {
  return compact({
    name: text(location.name),
    address: text(location.address),
    comune: text(location.comune),
    province: text(location.province)?.toUpperCase(),
    postcode: text(location.postcode),
    lat: numberFrom(location.lat),
    lon: numberFrom(location.lon),
    position: location.position || undefined,
  });
}

function sessionToDraft(session: SessionForm): Draft {
  return compact({
    days: session.days,
    start: text(session.start),
    end: text(session.end),
    part_of_day: isBlank([session.start]) ? session.part_of_day || undefined : undefined,
    frequency: session.frequency,
    week_of_month: session.frequency === 'mensile' ? numberFrom(session.week_of_month) : undefined,
  });
}

/** The languages field: "it, en" → ["it", "en"]. */
export function languagesFrom(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

/** The front matter the form describes, keys in any order (the serializer orders them). */
export function resourceToDraft(form: ResourceForm): Draft {
  const { schedule, cost } = form;
  const locations = form.locations.filter((l) => !isBlank([l.name, l.address, l.comune, l.province, l.postcode, l.lat, l.lon]));
  const sessions = schedule.sessions.filter((s) => s.days.length > 0 || !isBlank([s.start, s.end, s.part_of_day]));
  const season = isBlank([schedule.season.from_month, schedule.season.to_month])
    ? undefined
    : compact({ from_month: numberFrom(schedule.season.from_month), to_month: numberFrom(schedule.season.to_month) });
  return compact({
    name: text(form.name),
    name_en: text(form.name_en),
    summary: text(form.summary),
    summary_en: text(form.summary_en),
    category: form.category || undefined,
    needs: form.needs,
    audiences: form.audiences,
    organization: text(form.organization),
    online_only: form.online_only ? true : undefined,
    locations: form.online_only ? undefined : locations.map(locationToDraft),
    schedule: compact({
      sessions: sessions.map(sessionToDraft),
      season,
      start_date: text(schedule.start_date),
      end_date: text(schedule.end_date),
      note: text(schedule.note),
    }),
    cost: compact({
      free: cost.free === '' ? undefined : cost.free === 'true',
      amount_eur: numberFrom(cost.amount_eur),
      note: text(cost.note),
    }),
    joining: compact({ methods: form.joining.methods, note: text(form.joining.note) }),
    contacts: contactsToDraft(form.contacts),
    accessibility: compact({
      features: form.accessibility.features,
      languages: languagesFrom(form.accessibility.languages),
      note: text(form.accessibility.note),
    }),
    status: form.status,
    verified: compact({ date: text(form.verified.date), by: text(form.verified.by), method: form.verified.method || undefined }),
    sources: form.sources
      .filter((s) => !isBlank([s.title, s.url, s.date, s.note]))
      .map((s) => compact({ title: text(s.title), url: text(s.url), date: text(s.date), note: text(s.note) })),
  });
}

/**
 * An organisation's description with its English part, as CONTRIBUTING.md shows it: the Italian
 * text, the line "## English" and the English text, each on its own line — what the documented
 * `>-` block (a blank line around "## English") reads as, and how organisationFileText writes it.
 */
function organizationDescription(italian: string, english: string): string {
  const it = italian.trim();
  const en = english.trim();
  return en ? `${it}\n${ENGLISH_MARKER}\n${en}` : it;
}

/** The organisation file the form describes. */
export function organizationToDraft(form: OrganizationForm): Draft {
  return compact({
    name: text(form.name),
    name_en: text(form.name_en ?? ''),
    type: form.type || undefined,
    description: text(organizationDescription(form.description, form.description_en ?? '')),
    contacts: contactsToDraft(form.contacts),
  });
}

const str = (value: number | string | undefined): string => (value === undefined ? '' : String(value));

function contactsToForm(contacts: Partial<ContactsForm>): ContactsForm {
  return { phone: contacts.phone ?? '', email: contacts.email ?? '', website: contacts.website ?? '' };
}

/** The form for an existing resource (its checked data and description), to update it. */
export function resourceToForm(id: string, data: Resource, body: string): ResourceForm {
  const description = splitDescription(body);
  return {
    id,
    name: data.name,
    name_en: data.name_en ?? '',
    summary: data.summary,
    summary_en: data.summary_en ?? '',
    category: data.category,
    needs: [...data.needs],
    audiences: [...data.audiences],
    organization: data.organization,
    online_only: data.online_only,
    locations: data.locations.length
      ? data.locations.map((l) => ({
          name: l.name ?? '',
          address: l.address ?? '',
          comune: l.comune,
          province: l.province,
          postcode: l.postcode ?? '',
          lat: str(l.lat),
          lon: str(l.lon),
          position: l.position,
        }))
      : [emptyLocation()],
    schedule: {
      sessions: data.schedule.sessions.map((s) => ({
        days: [...s.days],
        start: s.start ?? '',
        end: s.end ?? '',
        part_of_day: s.part_of_day ?? '',
        frequency: s.frequency,
        week_of_month: str(s.week_of_month),
      })),
      season: { from_month: str(data.schedule.season?.from_month), to_month: str(data.schedule.season?.to_month) },
      start_date: data.schedule.start_date ?? '',
      end_date: data.schedule.end_date ?? '',
      note: data.schedule.note ?? '',
    },
    cost: { free: data.cost.free ? 'true' : 'false', amount_eur: str(data.cost.amount_eur), note: data.cost.note ?? '' },
    joining: { methods: [...data.joining.methods], note: data.joining.note ?? '' },
    contacts: contactsToForm(data.contacts),
    accessibility: {
      features: [...data.accessibility.features],
      languages: data.accessibility.languages.join(', '),
      note: data.accessibility.note ?? '',
    },
    status: data.status,
    verified: { date: data.verified.date, by: data.verified.by, method: data.verified.method },
    sources: data.sources.map((s) => ({ title: s.title, url: s.url ?? '', date: s.date ?? '', note: s.note ?? '' })),
    body: description.it,
    body_en: description.en,
  };
}

/** The form for an existing organisation. */
export function organizationToForm(id: string, data: Organization): OrganizationForm {
  const description = splitDescription(data.description);
  return { id, name: data.name, name_en: data.name_en ?? '', type: data.type, description: description.it, description_en: description.en, contacts: contactsToForm(data.contacts) };
}
