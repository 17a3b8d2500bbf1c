// One theme of a binary model: per criterion its markers (til stede / ikke til stede / ikke
// aktuel), each marker's investigation design as a checklist and its practice examples, then the
// criterion's conclusion; the engine's findings shown at the criterion they concern.
import { AlertIcon } from '../components/notice.tsx';
import { markerApplies } from '../../../core/assessment/applicability.ts';
import type { BinaryModel, BinaryTheme, Marker, BinaryCriterion, DesignStep } from '../../../core/kinds/binary/catalog.ts';
import type { Evaluation } from '../../../core/assessment/evaluate.ts';
import { INTERVIEW_FORMS, isPerspective, PERSPECTIVE_METHODS_FOR } from '../../../core/kinds/binary/assessment-data.ts';
import { criterionFeedback, visibleFindings, type Feedback } from '../../../core/assessment/feedback.ts';
import type { AssessmentView } from '../../../services/assessments/get-assessment.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Csrf, fieldId } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Layout } from '../layout.tsx';
import { first, type Fields } from './assessment-form.ts';
import { assessmentHref, breadcrumbs, Checkbox, ConflictAlert, criterionAnchor, EntityLine, FeedbackRegion, feedbackId, FieldError, itemNumber, Radio, ReadOnlyNotice, SavedAlert, StoredDiffers } from './parts.tsx';
import { CHILD_METHOD_LABEL, FORM_LABEL, METHOD_LABEL } from '../../../core/labels.ts';
import { OverallStatus, ThemeNavigation } from './theme-parts.tsx';
import { PracticeExamples } from '../components/practice-examples.tsx';

export type BinaryThemePageProps = {
  view: AssessmentView;
  model: BinaryModel;
  theme: BinaryTheme;
  /** What the form shows: the stored data, or the user's input after a refused save. */
  fields: Fields;
  evaluation: Evaluation;
  feedback: Feedback;
  issues: FieldIssue[];
  /** After a version conflict: the message, and the stored values to show where they differ. */
  conflict?: string;
  stored?: Fields;
  saved?: boolean;
};

const STATE_LABELS: [string, string][] = [
  ['present', 'Til stede'],
  ['absent', 'Ikke til stede'],
  ['not_applicable', 'Ikke aktuel'],
];
const RESULT_LABELS: [string, string][] = [
  ['met', 'Opfyldt'],
  ['not_met', 'Ikke opfyldt'],
];
const labelOf = (pairs: [string, string][], value: string | undefined) => pairs.find(([v]) => v === value)?.[1] ?? '';

type Ctx = BinaryThemePageProps & { issueFor: (name: string) => string | undefined; differs: (name: string) => boolean };

export function BinaryThemePage(props: BinaryThemePageProps) {
  const { view, theme, model } = props;
  const issueFor = (name: string) => props.issues.find((i) => i.field === name || i.field.startsWith(`${name}:`))?.message;
  const differs = (name: string) => !!props.stored && (first(props.stored, name) ?? '') !== (first(props.fields, name) ?? '');
  const ctx: Ctx = { ...props, issueFor, differs };
  const action = assessmentHref(view.inspection.id, view.department?.id, `/themes/${encodeURIComponent(theme.id)}`);
  const withErrors = theme.criteria.filter((c) => visibleFindings(criterionFeedback(props.feedback, c.id)).errors.length > 0);
  return (
    <Layout title={`Tema ${theme.number}: ${theme.title}`} breadcrumbs={breadcrumbs(view, true)}>
      <h1>Tema {theme.number}: {theme.title}</h1>
      <EntityLine view={view} />
      <ConflictAlert message={props.conflict} />
      <ErrorSummary issues={props.issues} />
      <SavedAlert show={!!props.saved} />
      <ReadOnlyNotice canWrite={view.canWrite} />
      {withErrors.length > 0 && (
        <div class="alert alert-warning alert--show-icon">
          <AlertIcon kind="warning" />
          <div class="alert-body">
            <p class="alert-heading">Kriterier med fejl i temaet</p>
            <ul class="alert-text">
              {withErrors.map((c) => <li><a class="function-link" href={`#${criterionAnchor(c.id)}`}>Kvalitetskriterium {itemNumber(c.id)}</a></li>)}
            </ul>
          </div>
        </div>
      )}
      <h2>Temabeskrivelse</h2>
      <p class="assessment-theme-description">{theme.description}</p>

      <form method="post" action={action} class="assessment-form" data-assessment-form
        data-evaluate-url={`/api/inspections/${view.inspection.id}/assessment/evaluate`} data-theme-id={theme.id}
        data-department-id={view.department?.id ?? ''} novalidate>
        <Csrf />
        <input type="hidden" name="expectedVersion" value={String(view.assessment.version)} />
        <fieldset class="assessment-lock" disabled={!view.canWrite}>
          <legend class="sr-only">Vurdering af tema {theme.number}</legend>
          {theme.criteria.map((c) => <CriterionSection ctx={ctx} criterion={c} />)}
        </fieldset>
        {view.canWrite && <button type="submit" class="button button-primary">Gem</button>}
      </form>
      <OverallStatus view={view} evaluation={props.evaluation} />
      <ThemeNavigation view={view} model={model} themeId={theme.id} />
    </Layout>
  );
}

function CriterionSection({ ctx, criterion }: { ctx: Ctx; criterion: BinaryCriterion }) {
  const fb = criterionFeedback(ctx.feedback, criterion.id);
  const anchor = criterionAnchor(criterion.id);
  const n = itemNumber(criterion.id);
  const resultName = `criterion:${criterion.id}:result`;
  const justName = `criterion:${criterion.id}:justification`;
  const doubtName = `criterion:${criterion.id}:doubt`;
  return (
    <section class="assessment-criterion" id={anchor} aria-labelledby={`${anchor}-title`}>
      <h2 id={`${anchor}-title`} class="h3">Kvalitetskriterium {n}: {criterion.text}</h2>
      <FeedbackRegion criterionId={criterion.id} group={visibleFindings(fb)} started={fb.started} />
      {criterion.markers.map((m) => <MarkerBlock ctx={ctx} marker={m} />)}
      <fieldset class="assessment-conclusion" aria-describedby={feedbackId(criterion.id)}>
        <legend class="h4">Konklusion på kvalitetskriterium {n}</legend>
        <div class={`form-group${ctx.issueFor(resultName) ? ' form-error' : ''}`} id={fieldId(resultName)}>
          <fieldset>
            <legend class="form-label">Kvalitetskriterium {n} er</legend>
            <FieldError name={resultName} message={ctx.issueFor(resultName)} />
            {RESULT_LABELS.map(([value, label]) => <Radio name={resultName} value={value} label={label} fields={ctx.fields} />)}
            <StoredDiffers show={ctx.differs(resultName)} value={labelOf(RESULT_LABELS, first(ctx.stored ?? {}, resultName))} />
          </fieldset>
        </div>
        <div class="form-group">
          <Checkbox name={doubtName} label="Tvivl (gul)" fields={ctx.fields} describedBy={`${fieldId(doubtName)}-hint`} />
          <span class="form-hint" id={`${fieldId(doubtName)}-hint`}>Sæt kryds, hvis der er tvivl om konklusionen. Kriteriet bliver gult, og begrundelsen skal være mere udførlig.</span>
          <StoredDiffers show={ctx.differs(doubtName)} value={first(ctx.stored ?? {}, doubtName) ? 'Tvivl' : 'Ingen tvivl'} />
        </div>
        <div class={`form-group${ctx.issueFor(justName) ? ' form-error' : ''}`}>
          <label class="form-label" for={fieldId(justName)}>Faglig begrundelse</label>
          <span class="form-hint" id={`${fieldId(justName)}-hint`}>
            Beskriv det konkrete tilbud eller den konkrete plejefamilie og markørernes tilstand. Grøn (opfyldt): kort. Gul (tvivl): mere udførligt.
            Rød (ikke opfyldt): grundigt, med undersøgelsesdesign, kilder og metoder.
          </span>
          <FieldError name={justName} message={ctx.issueFor(justName)} />
          <textarea class="form-input" id={fieldId(justName)} name={justName} rows={6}
            aria-describedby={`${fieldId(justName)}-hint`}>{first(ctx.fields, justName) ?? ''}</textarea>
          <StoredDiffers show={ctx.differs(justName)} value={first(ctx.stored ?? {}, justName) ?? ''} />
        </div>
      </fieldset>
    </section>
  );
}

function MarkerBlock({ ctx, marker }: { ctx: Ctx; marker: Marker }) {
  const n = itemNumber(marker.id);
  const name = `marker:${marker.id}`;
  const applies = markerApplies(marker, ctx.view.engineEntity);
  if (!applies) {
    return (
      <div class="assessment-marker assessment-marker-na" id={fieldId(name)}>
        <h3 class="h5">Kvalitetsmarkør {n}: {marker.text}</h3>
        <p>
          <strong>{ctx.view.entity.kind === 'fosterFamily' ? 'Ikke aktuel for denne plejefamilie' : 'Ikke aktuel for dette tilbud'}</strong>
          {marker.onlyFor ? ` (modellen: gælder kun ${marker.onlyFor.note}).` : '.'}
        </p>
      </div>
    );
  }
  const noteName = `${name}:note`;
  const error = ctx.issues.find((i) => i.field === name)?.message;
  return (
    <div class="assessment-marker">
      <div class={`form-group${error ? ' form-error' : ''}`} id={fieldId(name)}>
        <fieldset>
          <legend class="form-label">Kvalitetsmarkør {n}: {marker.text}</legend>
          <FieldError name={name} message={error} />
          {STATE_LABELS.map(([value, label]) => <Radio name={name} value={value} label={label} fields={ctx.fields} />)}
          <StoredDiffers show={ctx.differs(name)} value={labelOf(STATE_LABELS, first(ctx.stored ?? {}, name))} />
          <div class={`form-group${ctx.issueFor(noteName) ? ' form-error' : ''}`}>
            <label class="form-label" for={fieldId(noteName)}>Note om markøren (valgfri)</label>
            <span class="form-hint" id={`${fieldId(noteName)}-hint`}>Fx hvad der ligger til grund for markørens tilstand. Rapporten viser noten ved markøren.</span>
            <FieldError name={noteName} message={ctx.issueFor(noteName)} />
            <textarea class="form-input" id={fieldId(noteName)} name={noteName} rows={2}
              aria-describedby={`${fieldId(noteName)}-hint`}>{first(ctx.fields, noteName) ?? ''}</textarea>
            <StoredDiffers show={ctx.differs(noteName)} value={first(ctx.stored ?? {}, noteName) ?? ''} />
          </div>
        </fieldset>
      </div>
      <div class="assessment-design">
        <h3 class="h5">Undersøgelsesdesign for kvalitetsmarkør {n}</h3>
        <ul class="nobullet-list assessment-steps">
          {marker.investigationDesign.map((step, i) => <DesignStepItem ctx={ctx} marker={marker} step={step} index={i} />)}
        </ul>
      </div>
      {marker.practiceExamples.length > 0 && (
        <details class="details">
          <summary class="details-summary">Praksiseksempler (kan indikere, at markøren ikke er til stede)<span class="sr-only">, kvalitetsmarkør {n}</span></summary>
          <div class="details-text">
            <PracticeExamples marker={marker} note={ctx.model.practiceExamplesNote} />
          </div>
        </details>
      )}
    </div>
  );
}

function DesignStepItem({ ctx, marker, step, index }: { ctx: Ctx; marker: Marker; step: DesignStep; index: number }) {
  const base = `design:${marker.id}:${index}`;
  const stepLabel = `Trin ${index + 1}: ${step.method}`;
  const perspective = isPerspective(step.kind);
  const methods = isPerspective(step.kind) ? PERSPECTIVE_METHODS_FOR[step.kind] : [];
  const who = step.kind === 'child_perspective' ? 'barnet' : 'borgeren';
  return (
    <li class="assessment-step">
      <fieldset id={fieldId(base)}>
        <legend class="form-label">{stepLabel}</legend>
        <FieldError name={base} message={ctx.issueFor(base)} />
        {step.notes.length > 0 && <p class="form-hint">({step.notes.join('; ')})</p>}
        {step.description.map((d) => <p>{d}</p>)}
        {step.covers.length > 0 && (
          <>
            <p class="assessment-covers-heading">{step.coversHeading ?? 'Afdækning af:'}</p>
            <ul>{step.covers.map((c) => <li>{c}</li>)}</ul>
          </>
        )}
        <Checkbox name={`${base}:done`} label="Udført" fields={ctx.fields} />
        {perspective && (
          <div class="assessment-perspective">
            <div class="form-group">
              <fieldset>
                <legend class="form-label">Hvordan er {step.kind === 'child_perspective' ? 'barnets' : 'borgerens'} perspektiv belyst?</legend>
                <span class="form-hint">{step.kind === 'child_perspective'
                  ? 'Interview af barnet eller observation af plejefamiliens samspil med barnet tilstræbes; ellers triangulering eller dokumentanalyse af referat fra børnesamtaler.'
                  : 'Interview tilstræbes; ellers observation eller triangulering med én anden kilde.'}</span>
                {methods.map((m) => <Radio name={`${base}:method`} value={m} label={(step.kind === 'child_perspective' ? CHILD_METHOD_LABEL : METHOD_LABEL)[m]} fields={ctx.fields} />)}
              </fieldset>
            </div>
            <div class="form-group">
              <label class="form-label" for={fieldId(`${base}:with`)}>Med hvem</label>
              <span class="form-hint" id={`${fieldId(`${base}:with`)}-hint`}>Fx {who}, pårørende, værge, handlekommune eller anden professionel.</span>
              <input class="form-input" type="text" id={fieldId(`${base}:with`)} name={`${base}:with`} value={first(ctx.fields, `${base}:with`) ?? ''}
                aria-describedby={`${fieldId(`${base}:with`)}-hint`} />
            </div>
            <div class="form-group">
              <fieldset>
                <legend class="form-label">Interviewform</legend>
                <span class="form-hint">Fysisk som udgangspunkt, ellers telefonisk, virtuelt eller skriftligt.</span>
                {INTERVIEW_FORMS.map((f) => <Radio name={`${base}:form`} value={f} label={FORM_LABEL[f]} fields={ctx.fields} />)}
              </fieldset>
            </div>
          </div>
        )}
      </fieldset>
    </li>
  );
}
