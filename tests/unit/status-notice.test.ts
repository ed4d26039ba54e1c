import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/pages.ts';
import { statuses } from '../../src/schema/vocabularies.ts';

describe('the status notice on an entry', () => {
  it('agrees with "attività" (feminine) for every status, given its id or its label', () => {
    for (const [key, term] of Object.entries(statuses)) {
      const fromKey = t('statusNotice')(key);
      expect(fromKey).toBe(t('statusNotice')(term.it));
      expect(fromKey).toMatch(/^Attenzione: questa attività risulta [a-z]+a\.$/);
    }
    expect(t('statusNotice')('Chiuso')).toBe('Attenzione: questa attività risulta chiusa.');
    expect(t('statusNotice')('sospeso')).toBe('Attenzione: questa attività risulta sospesa.');
  });
});
