import { describe, expect, it } from 'vitest';
import { checkContribution, type Contribution } from '../../src/lib/contribute/check.ts';
import { draftKey, draftText, readDraft } from '../../src/lib/contribute/draft.ts';
import { emptyOrganizationForm, emptyResourceForm } from '../../src/lib/contribute/form.ts';
import { clampStep, firstStepWithMessages, messagesOfStep, onlyStep, STEPS, stepOfField } from '../../src/lib/contribute/steps.ts';

const blank = (): Contribution => ({ resource: emptyResourceForm('2026-01-10'), newOrganization: false, organization: emptyOrganizationForm() });

describe('steps of the form', () => {
  it('are the eight steps of the guided form, in order', () => {
    expect(STEPS).toEqual(['cosa', 'dove', 'quando', 'costo', 'contatti', 'accesso', 'chi', 'invia']);
  });

  it.each([
    ['name', 'cosa'],
    ['needs', 'cosa'],
    ['body', 'cosa'],
    ['body_en', 'cosa'],
    ['summary_en', 'cosa'],
    ['locations', 'dove'],
    ['locations.1.lat', 'dove'],
    ['online_only', 'dove'],
    ['schedule.sessions.0.days', 'quando'],
    ['schedule.note', 'quando'],
    ['cost.amount_eur', 'costo'],
    ['joining.methods', 'costo'],
    ['contacts', 'contatti'],
    ['contacts.phone', 'contatti'],
    ['accessibility.languages', 'accesso'],
    ['organization', 'chi'],
    ['org.contacts.email', 'chi'],
    ['sources.0.date', 'invia'],
    ['verified.date', 'invia'],
    ['id', 'invia'],
  ])('%s is asked on the step «%s»', (key, step) => {
    expect(stepOfField(key)).toBe(step);
  });

  it('every problem of an empty form belongs to a step, and each step keeps only its own', () => {
    const { errors } = checkContribution({ ...blank(), newOrganization: true }, { today: '2026-01-10' });
    const byStep = STEPS.map((step) => Object.keys(messagesOfStep(errors, step)));
    expect(byStep.flat().sort()).toEqual(Object.keys(errors).sort());
    expect(byStep[0]).toEqual(['name', 'summary', 'category', 'needs', 'audiences']);
    expect(byStep[3]).toEqual(['cost.free', 'joining.methods']);
    expect(byStep[4]).toEqual(['contacts']);
    expect(byStep[6]).toEqual(expect.arrayContaining(['org.name', 'org.contacts']));
  });

  it('the first step with a problem, in form order, whatever the order of the messages', () => {
    expect(firstStepWithMessages({ 'sources': ['x'], 'contacts.phone': ['y'], 'schedule.note': ['z'] })).toBe(2);
    expect(firstStepWithMessages({ id: ['x'] })).toBe(7);
    expect(firstStepWithMessages({ name: [] })).toBeUndefined();
    expect(firstStepWithMessages({})).toBeUndefined();
  });

  it('a stored step is kept inside the form', () => {
    expect(clampStep(3)).toBe(3);
    expect(clampStep(99)).toBe(7);
    expect(clampStep(-2)).toBe(0);
    expect(clampStep('4')).toBe(0);
  });
});

describe('the draft kept in the browser', () => {
  it('comes back as it was saved, with its step', () => {
    const c = blank();
    c.resource.name = 'Gruppo di cammino';
    c.resource.needs = ['muoversi'];
    c.resource.locations[0].comune = 'Rho';
    c.resource.schedule.sessions[0].days = ['mar'];
    c.resource.sources.push({ title: 'Volantino', url: '', date: '2024-05', note: '' });
    c.updating = 'content/resources/lombardia/x.md';
    // The file being updated comes back too, so that a reload still gives back its unchanged lines as they were.
    c.source = { text: '---\nname: x\n---\n', data: { name: 'x' } };
    expect(readDraft(draftText(c, 3), blank())).toEqual({ contribution: c, step: 3 });
  });

  it('is read into the shape of the form: wrong types and unknown keys are dropped, missing keys filled', () => {
    const stored = JSON.stringify({
      version: 1,
      step: 2,
      contribution: { resource: { name: 42, summary: 'Una frase.', needs: ['muoversi', 3], locations: [{ comune: 'Rho', evil: '<script>' }], extra: 1 }, newOrganization: 'yes' },
    });
    const read = readDraft(stored, blank());
    expect(read?.step).toBe(2);
    expect(read?.contribution.resource.name).toBe('');
    expect(read?.contribution.resource.summary).toBe('Una frase.');
    expect(read?.contribution.resource.needs).toEqual(['muoversi']);
    expect(read?.contribution.resource.locations).toEqual([{ ...blank().resource.locations[0], comune: 'Rho' }]);
    expect(read?.contribution.resource).not.toHaveProperty('extra');
    expect(read?.contribution.newOrganization).toBe(false);
    expect(read?.contribution.resource.schedule).toEqual(blank().resource.schedule);
  });

  it('is ignored when missing, unreadable or of another version', () => {
    expect(readDraft(null, blank())).toBeUndefined();
    expect(readDraft('{not json', blank())).toBeUndefined();
    expect(readDraft(JSON.stringify({ version: 0, contribution: {} }), blank())).toBeUndefined();
  });

  it('a new entry and each entry being updated have their own draft', () => {
    expect(draftKey()).not.toBe(draftKey('gruppo-di-cammino-rho'));
    expect(draftKey('a')).not.toBe(draftKey('b'));
  });
});

describe('checking one step alone', () => {
  const check = (c: Contribution, step: (typeof STEPS)[number]) => Object.keys(messagesOfStep(checkContribution(onlyStep(c, step, '2026-01-10'), { today: '2026-01-10' }).errors, step));

  it('finds a rule that spans a group even when later steps are still empty', () => {
    // With everything else empty the schema never reaches "a place, or online only"; alone it does.
    expect(Object.keys(messagesOfStep(checkContribution(blank(), { today: '2026-01-10' }).errors, 'dove'))).toEqual([]);
    expect(check(blank(), 'dove')).toEqual(['locations']);
    const c = blank();
    c.resource.cost.free = 'false';
    expect(check(c, 'costo')).toEqual(['cost.amount_eur', 'joining.methods']);
  });

  it('keeps the step’s own answers and reports nothing when they are right', () => {
    const c = blank();
    c.resource.locations[0] = { ...c.resource.locations[0], comune: 'Milano', province: 'MI', lat: '45.46', lon: '9.19', position: 'approssimativa' };
    expect(check(c, 'dove')).toEqual([]);
    expect(check(blank(), 'accesso')).toEqual([]);
    expect(check(blank(), 'cosa')).toEqual(['name', 'summary', 'category', 'needs', 'audiences']);
  });
});
