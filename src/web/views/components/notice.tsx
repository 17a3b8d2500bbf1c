// A DKFDS alert with its icon: information, success, warning or error. Errors and warnings are
// announced (role="alert"), the others are a status (role="status").
import type { Child } from 'hono/jsx';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

const ICON: Record<NoticeKind, [string, string]> = {
  info: ['info', 'Information'],
  success: ['check', 'Gennemført'],
  warning: ['warning', 'Advarsel'],
  error: ['error', 'Fejl'],
};

/** The DKFDS icon of an alert, named for screen readers; the alert itself carries `alert--show-icon`. */
export function AlertIcon({ kind }: { kind: NoticeKind }) {
  const [icon, label] = ICON[kind];
  return (
    <svg class="icon-svg alert-icon" aria-label={label} role="img" focusable="false">
      <use href={`/static/dkfds/img/all-svg-icons.svg#${icon}`}></use>
    </svg>
  );
}

export function Notice({ kind, heading, children, id }: { kind: NoticeKind; heading?: Child; children?: Child; id?: string }) {
  return (
    <div class={`alert alert-${kind} alert--show-icon`} role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'} id={id}>
      <AlertIcon kind={kind} />
      <div class="alert-body">
        {heading && <p class="alert-heading">{heading}</p>}
        {children && <div class="alert-text">{children}</div>}
      </div>
    </div>
  );
}
