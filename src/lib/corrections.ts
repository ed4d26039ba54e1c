/**
 * "Suggest a correction" for an entry: a GitHub issue prefilled with the entry's file, and an email
 * for people without a GitHub account. Both addresses come from src/config.ts.
 */
import { siteConfig } from '../config.ts';
import { t } from '../i18n/index.ts';

export interface CorrectionTarget {
  /** The entry's name. */
  name: string;
  /** The entry's file in the repository, e.g. "content/resources/lombardia/x.md". */
  file: string;
  /** The entry's public page. */
  pageUrl: string;
}

/** The two ways to report a mistake in an entry. */
export function correctionLinks(target: CorrectionTarget, config: Pick<typeof siteConfig, 'repository' | 'correctionsEmail'> = siteConfig) {
  const title = t('correctionSubject')(target.name, target.file);
  const body = t('correctionBody')(target.name, target.file, target.pageUrl);
  const query = new URLSearchParams({ title, body }).toString().replace(/\+/g, '%20');
  return {
    github: `https://github.com/${config.repository}/issues/new?${query}`,
    email: `mailto:${config.correctionsEmail}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`,
  };
}
