// Parts shared by the report pages: the report document embedded in a page (its own h1 taken
// out, headings moved one level down where the page needs it), status wording, dates, notices.
import { Notice as SuccessNotice } from '../components/notice.tsx';
import { Fragment } from 'hono/jsx';
import { raw } from 'hono/html';
import type { ReportDocument } from '../../../core/report/report-document.ts';
import { renderReportHtml } from '../../../report-render/report-html.tsx';
import type { ReportStatus } from '../../../core/vocabulary.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { fieldId } from '../forms.tsx';
import type { FieldFindings } from './report-form.ts';


/**
 * The report document as HTML inside a page that has its own h1: the report's h1 is removed and,
 * with `shift`, every heading goes `shift` levels down (at most h6), so the page keeps one h1 and
 * a heading order without gaps.
 */
export function embeddedReportHtml(document: ReportDocument, shift = 0): string {
  const html = renderReportHtml(document).replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/, '');
  if (shift === 0) return html;
  return html.replace(/<(\/?)h([1-6])\b/g, (_m, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`);
}

/** The document in a page; `framed` sets it apart on a grey ground (a preview or a draft, not the page's own text). */
export const EmbeddedReport = ({ document, shift = 0, framed = false }: { document: ReportDocument; shift?: number; framed?: boolean }) => (
  <div class={framed ? 'report-embedded bg-alternative p-5' : 'report-embedded'}>{raw(embeddedReportHtml(document, shift))}</div>
);

const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

export const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
export const DateText = ({ iso }: { iso: string | null }) => (iso ? <time datetime={iso}>{formatDate(iso)}</time> : <span>–</span>);
export const DateTimeText = ({ at }: { at: Date | null }) => (at ? <time datetime={at.toISOString()}>{dateTimeFormat.format(at)}</time> : <span>–</span>);

export const STATUS_EXPLANATION: Record<ReportStatus, string> = {
  draft: 'Rapporten er en kladde. Skriv vurderingerne, gem, og send den til kvalitetssikring hos en kollega eller en leder.',
  review: 'Rapporten er til kvalitetssikring. En kollega eller en leder, som ikke har skrevet den, godkender den eller sender den tilbage med en kommentar.',
  hearing: 'Rapporten er i faktuel høring hos tilbuddet eller plejefamilien.',
  final: 'Rapporten er afsluttet. Den afsluttede version kan ikke ændres; send den til tilbuddet eller plejefamilien.',
  sent: 'Rapporten er afsluttet og sendt. Rettelser laves som en ny version.',
};

/** A confirmation after a redirect (?besked=…). */
export const MESSAGES: Record<string, string> = {
  gemt: 'Rapporten er gemt.',
  indsendt: 'Rapporten er sendt til kvalitetssikring.',
  godkendt: 'Rapporten er godkendt i kvalitetssikringen.',
  returneret: 'Rapporten er sendt tilbage til forfatteren med din kommentar.',
  hoering: 'Rapporten er sendt i faktuel høring.',
  afsluttet: 'Rapporten er afsluttet, og den endelige version er gemt.',
  sendt: 'Rapporten er sendt til tilbuddet eller plejefamilien.',
  rettet: 'Rapporten er genåbnet som kladde. Den næste afsluttede version erstatter den forrige.',
  svaret: 'Tak. Jeres høringssvar er sendt til socialtilsynet.',
};

export function Notice({ message }: { message: string | undefined }) {
  const text = message ? MESSAGES[message] : undefined;
  if (!text) return null;
  return <SuccessNotice kind="success" heading={text} />;
}

/** Inline findings of one field: errors (block finalising) and warnings (inform). */
export function FieldFeedback({ id, findings }: { id: string; findings: FieldFindings | undefined }) {
  if (!findings || (findings.errors.length === 0 && findings.warnings.length === 0)) return null;
  return (
    <Fragment>
      {findings.errors.length > 0 && (
        <div class="form-error-message" id={`${id}-error`}>
          <span class="sr-only">Fejl: </span>
          {findings.errors.length === 1 ? findings.errors[0] : <ul>{findings.errors.map((m) => <li>{m}</li>)}</ul>}
        </div>
      )}
      {findings.warnings.length > 0 && (
        <div class="form-hint report-warning" id={`${id}-warning`}>
          <strong>Bemærk: </strong>
          {findings.warnings.length === 1 ? findings.warnings[0] : <ul>{findings.warnings.map((m) => <li>{m}</li>)}</ul>}
        </div>
      )}
    </Fragment>
  );
}

function describedBy(id: string, hint: boolean, findings: FieldFindings | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', findings?.errors.length ? `${id}-error` : '', findings?.warnings.length ? `${id}-warning` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function ReportTextArea(props: { name: string; label: string; hint?: string; value: string; rows?: number; findings?: FieldFindings }) {
  const id = fieldId(props.name);
  const hasError = (props.findings?.errors.length ?? 0) > 0;
  return (
    <div class={`form-group${hasError ? ' form-error' : ''}`}>
      <label class="form-label" for={id}>{props.label}</label>
      {props.hint && <span class="form-hint" id={`${id}-hint`}>{props.hint}</span>}
      <FieldFeedback id={id} findings={props.findings} />
      <textarea class="form-input input-width-xl" id={id} name={props.name} rows={props.rows ?? 6}
        aria-describedby={describedBy(id, !!props.hint, props.findings)} aria-invalid={hasError ? 'true' : undefined}>{props.value}</textarea>
    </div>
  );
}

/** A form's issues for one field, as inline findings. */
export const issueFindings = (issues: FieldIssue[], field: string): FieldFindings => ({ errors: issues.filter((i) => i.field === field).map((i) => i.message), warnings: [] });
