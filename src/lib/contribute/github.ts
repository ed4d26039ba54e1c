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
