// The summary at the top of a refused form: what is wrong, each item a link to its field.
import { AlertIcon } from './notice.tsx';
import type { FieldIssue } from '../../../services/service-error.ts';
import { fieldId } from '../forms.tsx';

/**
 * Shown only when something is wrong: field issues, or a `message` about the whole form. `title` is
 * the heading over field issues (a page's own wording, e.g. the login's).
 */
export function ErrorSummary({ issues, message, title = 'Der er fejl i formularen' }: { issues: FieldIssue[]; message?: string; title?: string }) {
  if (issues.length === 0 && !message) return null;
  return (
    <div class="alert alert-error alert--show-icon" role="alert" aria-labelledby="error-summary-title">
      <AlertIcon kind="error" />
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-title">{message ?? title}</p>
        {issues.length > 0 && (
          <ul class="alert-text nobullet-list">
            {issues.map((i) => <li><a class="function-link" href={`#${fieldId(i.field)}`}>{i.message}</a></li>)}
          </ul>
        )}
      </div>
    </div>
  );
}
