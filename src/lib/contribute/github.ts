/**
 * Links into the content repository on GitHub. The "new file" page works for everybody: people
 * without write access are offered a fork and a pull request by GitHub itself.
 */

/** The repository ("owner/name") and the branch pull requests target. */
export interface RepositoryConfig {
  repository: string;
  branch: string;
}

/** Each folder of a path encoded on its own, so the slashes stay. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** GitHub's "create new file" page with the file name and content filled in. */
export function newFileUrl(config: RepositoryConfig, path: string, content: string): string {
  return `https://github.com/${config.repository}/new/${encodePath(config.branch)}?filename=${encodePath(path)}&value=${encodeURIComponent(content)}`;
}

/** GitHub's edit page of an existing file (it cannot be prefilled: the new text is pasted in). */
export function editFileUrl(config: RepositoryConfig, path: string): string {
  return `https://github.com/${config.repository}/edit/${encodePath(config.branch)}/${encodePath(path)}`;
}

/** A file in the repository, as GitHub shows it (CONTRIBUTING.md). */
export function blobUrl(config: RepositoryConfig, path: string): string {
  return `https://github.com/${config.repository}/blob/${encodePath(config.branch)}/${encodePath(path)}`;
}

/** A new issue from one of the issue forms in .github/ISSUE_TEMPLATE/. */
export function issueFormUrl(config: RepositoryConfig, template: string): string {
  return `https://github.com/${config.repository}/issues/new?template=${encodeURIComponent(template)}`;
}

/**
 * Prefilled links longer than this may be refused by GitHub or by the browser; the form then says to
 * copy the text instead.
 */
export const SAFE_URL_LENGTH = 8000;

/** A new issue with its title and text filled in. */
export function newIssueUrl(config: RepositoryConfig, title: string, body: string): string {
  return `https://github.com/${config.repository}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}

/**
 * Mail clients do not all accept long mailto: links (some stop near 2,000 characters); beyond this
 * length the message asks for the downloaded file as an attachment instead of carrying the entry.
 */
export const SAFE_MAILTO_LENGTH = 1900;

/** A mailto: link with subject and body (spaces as %20, which every client reads). */
export function mailtoUrl(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The files as the text of a message: each file's path, then its text. */
export function filesAsText(files: readonly { path: string; text: string }[]): string {
  return files.map((file) => `--- ${file.path} ---\n${file.text.trimEnd()}\n`).join('\n');
}

export interface EmailLink {
  href: string;
  /** True when the entry is in the body; false when it was too long and the message asks for the file attached. */
  carriesEntry: boolean;
}

/** The email to the editors: the entry in the body when the link stays short enough, else a request to attach the file. */
export function emailToEditors(address: string, subject: string, intro: string, files: readonly { path: string; text: string }[], attachIntro: string): EmailLink {
  const full = mailtoUrl(address, subject, `${intro}\n\n${filesAsText(files)}`);
  if (full.length <= SAFE_MAILTO_LENGTH) return { href: full, carriesEntry: true };
  return { href: mailtoUrl(address, subject, `${attachIntro}\n\n${files.map((file) => file.path).join('\n')}\n`), carriesEntry: false };
}

/** The files in an issue's text: each path, then its text in a code block longer than any backtick run inside it. */
export function issueBody(intro: string, files: readonly { path: string; text: string }[]): string {
  const blocks = files.map((file) => {
    const longest = Math.max(2, ...(file.text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `\`${file.path}\`\n\n${fence}markdown\n${file.text.trimEnd()}\n${fence}`;
  });
  return `${intro}\n\n${blocks.join('\n\n')}\n`;
}
