/** The list of problems at the top of the form, each a link that moves focus to its field. */
import { forwardRef, type MouseEvent } from 'react';
import { countMessages, fieldId, type FieldMessages } from '../../lib/contribute/errors.ts';
import { t } from '../../i18n/index.ts';

interface Props {
  errors: FieldMessages;
  warnings: FieldMessages;
  labels: ReadonlyMap<string, string>;
}

/** Focuses a field (the first input of a group) and brings it into view. */
function focusField(event: MouseEvent<HTMLAnchorElement>, key: string): void {
  const target = document.getElementById(fieldId(key));
  if (!target) return;
  event.preventDefault();
  const input = target.matches('input, select, textarea') ? target : target.querySelector<HTMLElement>('input, select, textarea, button');
  (input ?? target).focus();
  target.scrollIntoView({ block: 'center' });
}

function Items({ messages, labels }: { messages: FieldMessages; labels: ReadonlyMap<string, string> }) {
  return (
    <ul>
      {Object.entries(messages).flatMap(([key, list]) =>
        list.map((message) => (
          <li key={`${key}|${message}`}>
            <a href={`#${fieldId(key)}`} onClick={(event) => focusField(event, key)}>
              {labels.get(key) ? `${labels.get(key)}: ` : ''}
              {message}
            </a>
          </li>
        )),
      )}
    </ul>
  );
}

const ErrorSummary = forwardRef<HTMLElement, Props>(function ErrorSummary({ errors, warnings, labels }, ref) {
  const count = countMessages(errors);
  if (count === 0 && countMessages(warnings) === 0) return null;
  return (
    <section ref={ref} tabIndex={-1} className={count ? 'error-summary' : 'warning-summary'} aria-labelledby="riepilogo-problemi">
      <h2 id="riepilogo-problemi">{count ? t('contributeErrorsTitle')(count) : t('contributeWarningsTitle')}</h2>
      {count > 0 && <Items messages={errors} labels={labels} />}
      {count > 0 && countMessages(warnings) > 0 && <h3>{t('contributeWarningsTitle')}</h3>}
      {countMessages(warnings) > 0 && <Items messages={warnings} labels={labels} />}
    </section>
  );
});

export default ErrorSummary;
