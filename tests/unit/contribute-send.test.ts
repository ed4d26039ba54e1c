/** Ways to send an entry without a GitHub account: an email to the editors and a prefilled issue. */
import { describe, expect, it } from 'vitest';
import { emailToEditors, issueBody, newIssueUrl, SAFE_MAILTO_LENGTH } from '../../src/lib/contribute/github.ts';

const short = [{ path: 'content/resources/lombardia/gruppo-rho.md', text: '---\nname: Gruppo di cammino di Rho & C.\n---\n\nCi si trova al parco.\n' }];
const long = [{ path: 'content/resources/lombardia/lungo.md', text: `---\nname: Lungo\n---\n\n${'Una descrizione lunga, con accenti: àèìòù. '.repeat(80)}\n` }];

describe('the email to the editors', () => {
  it('carries the entry in its body when the link stays short, with subject and address', () => {
    const link = emailToEditors('redazione@example.org', 'Scheda: Gruppo', 'Buongiorno.', short, 'Allego il file.');
    expect(link.carriesEntry).toBe(true);
    expect(link.href.length).toBeLessThanOrEqual(SAFE_MAILTO_LENGTH);
    const url = new URL(link.href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redazione@example.org');
    expect(url.searchParams.get('subject')).toBe('Scheda: Gruppo');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Buongiorno.');
    expect(body).toContain(short[0].path);
    expect(body).toContain(short[0].text.trimEnd());
    // Spaces as %20 (a "+" would show as a plus sign in some mail clients).
    expect(link.href).not.toContain('+');
  });

  it('asks for the downloaded file as an attachment when the entry would make the link too long', () => {
    const link = emailToEditors('redazione@example.org', 'Scheda: Lungo', 'Buongiorno.', long, 'Allego il file.');
    expect(link.carriesEntry).toBe(false);
    expect(link.href.length).toBeLessThanOrEqual(SAFE_MAILTO_LENGTH);
    const body = new URL(link.href).searchParams.get('body') ?? '';
    expect(body).toContain('Allego il file.');
    expect(body).toContain('lungo.md');
    expect(body).not.toContain('Una descrizione lunga');
  });
});

describe('the prefilled issue', () => {
  it('opens a new issue with the title and every file in a code block', () => {
    const files = [{ path: 'content/organizations/x.yaml', text: 'name: X\n' }, ...short];
    const url = new URL(newIssueUrl({ repository: 'segnavia/segnavia', branch: 'main' }, 'Nuova scheda: Gruppo', issueBody('Da aggiungere:', files)));
    expect(url.origin + url.pathname).toBe('https://github.com/segnavia/segnavia/issues/new');
    expect(url.searchParams.get('title')).toBe('Nuova scheda: Gruppo');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('`content/organizations/x.yaml`\n\n```markdown\nname: X\n```');
    expect(body).toContain(short[0].text.trimEnd());
  });

  it('uses a fence longer than any run of backticks in the file', () => {
    const body = issueBody('x', [{ path: 'a.md', text: 'Codice: ```rm``` e ````x````\n' }]);
    expect(body).toContain('`````markdown\nCodice');
  });
});
