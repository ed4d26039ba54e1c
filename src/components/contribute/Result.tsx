/**
 * The finished entry: a preview, then each file with three ways to hand it over — GitHub's new-file
 * (or edit) page, a download, a copy.
 */
import { forwardRef, lazy, Suspense, useRef, useState } from 'react';
import type { OutputFile } from '../../lib/contribute/check.ts';
import { editFileUrl, emailToEditors, issueBody, issueFormUrl, newFileUrl, newIssueUrl, SAFE_URL_LENGTH } from '../../lib/contribute/github.ts';
import { t } from '../../i18n/index.ts';
import type { PreviewProps } from './Preview.tsx';
import type { ContributeConfig } from './context.ts';
import ErrorBoundary from './ErrorBoundary.tsx';

const Preview = lazy(() => import('./Preview.tsx'));

interface Props {
  files: OutputFile[];
  /** The path of the file being updated, if this is an update. */
  updating?: string;
  config: ContributeConfig;
  preview: PreviewProps;
}

/** Saves text as a file through a temporary link. */
function download(path: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: path.endsWith('.md') ? 'text/markdown;charset=utf-8' : 'application/yaml;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = path.split('/').pop() ?? path;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function FileActions({ file, updating, config, index }: { file: OutputFile; updating?: string; config: ContributeConfig; index: number }) {
  const [status, setStatus] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);
  const isUpdate = file.kind === 'resource' && updating === file.path;
  const href = isUpdate ? editFileUrl(config, file.path) : newFileUrl(config, file.path, file.text);
  const id = `file-${index}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(file.text);
      setStatus(t('contributeCopied'));
    } catch {
      text.current?.select();
      setStatus(document.execCommand?.('copy') ? t('contributeCopied') : t('contributeCopyFailed'));
    }
  };
  return (
    <section className="output-file" aria-labelledby={`${id}-titolo`}>
      <h3 id={`${id}-titolo`}>{t('contributeFile')(file.path)}</h3>
      <p>{isUpdate ? t('contributeGithubEditHelp') : t('contributeGithubHelp')}</p>
      <div className="actions">
        <a className="button" href={href} target="_blank" rel="noopener noreferrer" data-file={file.path}>
          {isUpdate ? t('contributeOpenGithubEdit') : t('contributeOpenGithub')}
        </a>
        <button type="button" className="button button--secondary" onClick={() => download(file.path, file.text)}>
          {t('contributeDownload')}
        </button>
        <button type="button" className="button button--secondary" onClick={copy}>
          {t('contributeCopy')}
        </button>
      </div>
      <p role="status" className="copy-status">{status}</p>
      {!isUpdate && href.length > SAFE_URL_LENGTH && <p className="field-hint">{t('contributeLongUrl')}</p>}
      <label htmlFor={`${id}-testo`}>{t('contributeFileText')}</label>
      <textarea ref={text} id={`${id}-testo`} className="file-text" readOnly rows={Math.min(10, file.text.split('\n').length + 1)} value={file.text} spellCheck={false} />
    </section>
  );
}

/** Ways that need no GitHub account (or no git): an email to the editors, and a prefilled issue. */
function WithoutGithub({ files, updating, config, name }: { files: OutputFile[]; updating?: string; config: ContributeConfig; name: string }) {
  const email = emailToEditors(config.correctionsEmail, t('contributeEmailSubject')(name), t('contributeEmailIntro'), files, t('contributeEmailAttachIntro'));
  const issue = newIssueUrl(config, updating ? t('contributeIssueUpdateTitle')(name) : t('contributeIssueTitle')(name), issueBody(t('contributeIssueIntro'), files));
  // A very long entry does not fit in the link: the issue form then opens empty, for the text to be pasted.
  const issueHref = issue.length <= SAFE_URL_LENGTH ? issue : issueFormUrl(config, 'nuova-risorsa.yml');
  return (
    <section className="output-file" aria-labelledby="senza-github">
      <h3 id="senza-github">{t('contributeWithoutGithub')}</h3>
      <p className="field-hint" id="email-aiuto">
        {email.carriesEntry ? t('contributeSendEmailHelp')(config.correctionsEmail) : t('contributeSendEmailAttach')(config.correctionsEmail)}
      </p>
      <div className="actions">
        <a className="button button--secondary" href={email.href} aria-describedby="email-aiuto" data-carries-entry={email.carriesEntry}>
          {t('contributeSendEmail')}
        </a>
      </div>
      <p className="field-hint" id="issue-aiuto">{t('contributeOpenIssueHelp')}</p>
      <div className="actions">
        <a className="button button--secondary" href={issueHref} target="_blank" rel="noopener noreferrer" aria-describedby="issue-aiuto">
          {t('contributeOpenIssue')}
        </a>
      </div>
    </section>
  );
}

const Result = forwardRef<HTMLHeadingElement, Props>(function Result({ files, updating, config, preview }, ref) {
  return (
    <section className="result" aria-labelledby="scheda-pronta">
      <h2 id="scheda-pronta" ref={ref} tabIndex={-1}>
        {t('contributeReady')}
      </h2>
      <p>{t('contributeReadyText')}</p>
      {/* Closed at first: the ways to send come first on a phone screen; the preview is one tap away. */}
      <details className="advanced preview-details">
        <summary>{t('contributePreview')}</summary>
        <div className="advanced-body">
          <ErrorBoundary fallback={<p className="notice">{t('contributePreviewFailed')}</p>}>
            <Suspense fallback={<p role="status">{t('contributePreviewLoading')}</p>}>
              <Preview {...preview} />
            </Suspense>
          </ErrorBoundary>
        </div>
      </details>
      {files.length > 1 && <p className="notice">{t('contributeOrgFirst')}</p>}
      {files.map((file, index) => (
        <FileActions key={file.path} file={file} updating={updating} config={config} index={index} />
      ))}
      <WithoutGithub files={files} updating={updating} config={config} name={preview.resource.name} />
    </section>
  );
});

export default Result;
