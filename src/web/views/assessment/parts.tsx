// Small parts shared by the assessment pages: links, labels, radios and the per-criterion
// feedback region that public/app.js refreshes (keep the markup in step with renderFeedback there).
import { SummaryRow } from '../components/summary-list.tsx';
import { Notice, AlertIcon } from '../components/notice.tsx';
import { capitalise } from '../../../core/labels.ts';
import { formatAverage as formatDecimalAverage } from '../../../core/labels.ts';
import { TYPOLOGY_LABEL } from '../../../core/labels.ts';
import type { Child } from 'hono/jsx';
import type { Finding } from '../../../core/assessment/findings.ts';
import { PHASE_LABEL } from '../../../core/labels.ts';
import type { AssessmentView } from '../../../services/assessments/get-assessment.ts';
import type { FindingGroup } from '../../../core/assessment/feedback.ts';
import { fieldId } from '../forms.tsx';
import { first, type Fields } from './assessment-form.ts';


/** Averages with a decimal comma and two decimals: 3,67. */
/** An average as every page and the report write it; '–' where there is none. */
export const formatAverage = (n: number | null) => formatDecimalAverage(n, 2, '–');


/** The URL of an assessment page, keeping the department. */
export function assessmentHref(
  inspectionId: string,
  departmentId: string | null | undefined,
  path = '',
  hash = '',
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ ...(departmentId ? { departmentId } : {}), ...extra }).toString();
  return `/inspections/${encodeURIComponent(inspectionId)}/assessment${path}${params ? `?${params}` : ''}${hash}`;
}

export const criterionAnchor = (id: string) => `criterion-${id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
export const feedbackId = (id: string) => `feedback-${id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export { itemNumber } from '../../../core/model/item-number.ts';

export function breadcrumbs(view: AssessmentView, withOverview: boolean): [string, string][] {
  const trail: [string, string][] = [
    ['Tilsyn', '/inspections'],
    [view.inspection.title, `/inspections/${view.inspection.id}`],
  ];
  if (withOverview) trail.push([view.department ? `Vurdering, ${view.department.name}` : 'Vurdering', assessmentHref(view.inspection.id, view.department?.id)]);
  return trail;
}

export function EntityLine({ view }: { view: AssessmentView }) {
  const e = view.entity;
  return (
    <dl class="summary-list">
      <SummaryRow term={e.kind === 'provider' ? 'Tilbud' : 'Plejefamilie'}>
        {e.name}
        {e.kind === 'fosterFamily' ? `, ${(TYPOLOGY_LABEL as Record<string, string>)[e.typology] ?? e.typology}` : ''}
      </SummaryRow>
      {view.department && <SummaryRow term="Afdeling">{view.department.name}</SummaryRow>}
      <SummaryRow term="Kvalitetsmodel">{view.model.title} (version {view.assessment.modelVersion})</SummaryRow>
      <SummaryRow term="Fase">{capitalise(PHASE_LABEL[view.phase])}</SummaryRow>
    </dl>
  );
}

export function Radio(props: { name: string; value: string; label: Child; fields: Fields; describedBy?: string }) {
  const id = `${fieldId(props.name)}-${props.value.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return (
    <div class="form-group-radio">
      <input class="form-radio" type="radio" id={id} name={props.name} value={props.value}
        checked={first(props.fields, props.name) === props.value} aria-describedby={props.describedBy} />
      <label class="form-label" for={id}>{props.label}</label>
    </div>
  );
}

export function Checkbox(props: { name: string; label: Child; fields: Fields; describedBy?: string }) {
  const id = fieldId(props.name);
  const v = first(props.fields, props.name);
  return (
    <div class="form-group-checkbox">
      <input class="form-checkbox" type="checkbox" id={id} name={props.name} value="on"
        checked={v !== undefined && v !== ''} aria-describedby={props.describedBy} />
      <label class="form-label" for={id}>{props.label}</label>
    </div>
  );
}

/** A field's own message (from a refused save), under DKFDS's form-error markup. */
export function FieldError({ message, name }: { message?: string; name: string }) {
  if (!message) return null;
  return <span class="form-error-message" id={`${fieldId(name)}-error`}><span class="sr-only">Fejl: </span>{message}</span>;
}

function MessageList({ kind, findings }: { kind: 'error' | 'warning'; findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <div class={`alert alert-${kind} alert--show-icon`}>
      <AlertIcon kind={kind} />
      <div class="alert-body">
        <p class="alert-heading">{kind === 'error' ? 'Fejl' : 'Advarsler'}</p>
        <ul class="alert-text">
          {findings.map((f) => <li data-code={f.code}>{f.message}</li>)}
        </ul>
      </div>
    </div>
  );
}

/** What a region shows, so public/app.js only replaces (and announces) content that changed. Same as signature() there. */
export const feedbackSignature = (started: boolean, group: FindingGroup) =>
  JSON.stringify([started, group.errors.map((f) => f.code + f.message), group.warnings.map((f) => f.code + f.message)]);

/** The live region at a criterion: the engine's errors and warnings for it and its markers/indicators. */
export function FeedbackRegion({ criterionId, group, started }: { criterionId: string; group: FindingGroup; started: boolean }) {
  return (
    <div class="assessment-feedback" id={feedbackId(criterionId)} data-feedback-for={criterionId} aria-live="polite"
      data-signature={feedbackSignature(started, group)}>
      {group.errors.length === 0 && group.warnings.length === 0 ? (
        <p class="assessment-feedback-none">{started ? 'Ingen fejl eller advarsler ved kriteriet.' : 'Ikke vurderet endnu.'}</p>
      ) : (
        <>
          <MessageList kind="error" findings={group.errors} />
          <MessageList kind="warning" findings={group.warnings} />
        </>
      )}
    </div>
  );
}

/** Errors and warnings outside any criterion (economy, entity, shape), listed plainly. */
export function FindingsBlock({ title, group }: { title: string; group: FindingGroup }) {
  if (group.errors.length === 0 && group.warnings.length === 0) return null;
  return (
    <section aria-label={title}>
      <MessageList kind="error" findings={group.errors} />
      <MessageList kind="warning" findings={group.warnings} />
    </section>
  );
}

export function ConflictAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div class="alert alert-error alert--show-icon" role="alert">
      <AlertIcon kind="error" />
      <div class="alert-body">
        <p class="alert-heading">Vurderingen blev ikke gemt</p>
        <p class="alert-text">{message}</p>
        <p class="alert-text">
          Dine indtastninger er bevaret herunder. Hvor den gemte vurdering er anderledes, står den under feltet som
          "Gemt af en anden". Gemmer du igen, erstatter dine indtastninger den gemte vurdering.
        </p>
      </div>
    </div>
  );
}

export function SavedAlert({ show }: { show: boolean }) {
  if (!show) return null;
  return <Notice kind="success" heading="Vurderingen er gemt." />;
}

/** Under a field whose stored value differs from the user's (after a conflict). */
export function StoredDiffers({ show, value }: { show: boolean; value: string }) {
  if (!show) return null;
  return <p class="assessment-stored-value"><strong>Gemt af en anden:</strong> {value || '(tom)'}</p>;
}

export function ReadOnlyNotice({ canWrite }: { canWrite: boolean }) {
  if (canWrite) return null;
  return <Notice kind="info">Du kan læse vurderingen, men ikke ændre den.</Notice>;
}
