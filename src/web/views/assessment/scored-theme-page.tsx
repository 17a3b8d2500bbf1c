// One theme of the scored model (tilbud-2017): per indicator whether it applies, its score 1–5
// (operation) or expectation (approval), and its written assessment; criterion and theme averages.
import { AlertIcon } from '../components/notice.tsx';
import type { Evaluation } from '../../../core/assessment/evaluate.ts';
import type { Indicator, ScoredCriterion, ScoredModel, ScoredTheme } from '../../../core/kinds/scored/catalog.ts';
import { criterionFeedback, visibleFindings, type Feedback } from '../../../core/assessment/feedback.ts';
import type { AssessmentView } from '../../../services/assessments/get-assessment.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Csrf, fieldId } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Layout } from '../layout.tsx';
import { first, type Fields } from './assessment-form.ts';
import { assessmentHref, breadcrumbs, ConflictAlert, criterionAnchor, EntityLine, Checkbox, FeedbackRegion, FieldError, formatAverage, Radio, ReadOnlyNotice, SavedAlert, StoredDiffers } from './parts.tsx';
import { OverallStatus, ThemeNavigation } from './theme-parts.tsx';

export type ScoredThemePageProps = {
  view: AssessmentView;
  model: ScoredModel;
  theme: ScoredTheme;
  fields: Fields;
  evaluation: Evaluation;
  feedback: Feedback;
  issues: FieldIssue[];
  conflict?: string;
  stored?: Fields;
  saved?: boolean;
};

type Ctx = ScoredThemePageProps & {
  excluded: Set<string>;
  issueFor: (name: string) => string | undefined;
  differs: (name: string) => boolean;
};

export function ScoredThemePage(props: ScoredThemePageProps) {
  const { view, theme, model, evaluation } = props;
  const excluded = new Set(evaluation.kind === 'scored' ? evaluation.excludedIndicators : []);
  const issueFor = (name: string) => props.issues.find((i) => i.field === name)?.message;
  const differs = (name: string) => !!props.stored && (first(props.stored, name) ?? '') !== (first(props.fields, name) ?? '');
  const ctx: Ctx = { ...props, excluded, issueFor, differs };
  const themeAverage = evaluation.kind === 'scored' ? evaluation.themes.find((t) => t.id === theme.id)?.average ?? null : null;
  const themeExcluded = theme.criteria.every((c) => c.indicators.every((i) => excluded.has(i.id)));
  const number = model.themes.findIndex((t) => t.id === theme.id) + 1;
  const action = assessmentHref(view.inspection.id, view.department?.id, `/themes/${encodeURIComponent(theme.id)}`);
  return (
    <Layout title={`Tema ${number}: ${theme.title}`} breadcrumbs={breadcrumbs(view, true)}>
      <h1>Tema {number}: {theme.title}</h1>
      <EntityLine view={view} />
      <ConflictAlert message={props.conflict} />
      <ErrorSummary issues={props.issues} />
      <SavedAlert show={!!props.saved} />
      <ReadOnlyNotice canWrite={view.canWrite} />
      <h2>Temabeskrivelse</h2>
      <p class="assessment-theme-description">{theme.description}</p>
      {themeExcluded ? (
        <div class="alert alert-info alert--show-icon">
          <AlertIcon kind="info" />
          <div class="alert-body">
            <p class="alert-heading">Temaet gælder ikke for dette tilbud</p>
            {theme.applicabilityText.map((t) => <p class="alert-text">{t}</p>)}
          </div>
        </div>
      ) : (
        <>
          {view.phase === 'operation' && (
            <p class="assessment-average"><strong>Temaets gennemsnit:</strong> {formatAverage(themeAverage)}</p>
          )}
          <form method="post" action={action} class="assessment-form" data-assessment-form
            data-evaluate-url={`/api/inspections/${view.inspection.id}/assessment/evaluate`} data-theme-id={theme.id}
            data-department-id={view.department?.id ?? ''} novalidate>
            <Csrf />
            <input type="hidden" name="expectedVersion" value={String(view.assessment.version)} />
            <fieldset class="assessment-lock" disabled={!view.canWrite}>
              <legend class="sr-only">Bedømmelse af tema {number}</legend>
              {theme.criteria.map((c) => <CriterionSection ctx={ctx} criterion={c} />)}
            </fieldset>
            {view.canWrite && <button type="submit" class="button button-primary">Gem</button>}
            {view.canWrite && view.previousScored && (
              <>{' '}<button type="submit" name="carryTheme" value="yes" class="button button-secondary">Viderefør temaets indikatorer fra seneste vurdering ({view.previousScored.dateLabel})</button></>
            )}
          </form>
        </>
      )}
      <OverallStatus view={view} evaluation={evaluation} />
      <ThemeNavigation view={view} model={model} themeId={theme.id} />
    </Layout>
  );
}

function CriterionSection({ ctx, criterion }: { ctx: Ctx; criterion: ScoredCriterion }) {
  const anchor = criterionAnchor(criterion.id);
  const fb = criterionFeedback(ctx.feedback, criterion.id);
  const average = ctx.evaluation.kind === 'scored' ? ctx.evaluation.criteria.find((c) => c.id === criterion.id)?.average ?? null : null;
  return (
    <section class="assessment-criterion" id={anchor} aria-labelledby={`${anchor}-title`}>
      <h2 id={`${anchor}-title`} class="h3">Kriterium {criterion.number}: {criterion.text}</h2>
      {ctx.view.phase === 'operation' && (
        <p class="assessment-average"><strong>Kriteriets gennemsnit:</strong> {formatAverage(average)}</p>
      )}
      <FeedbackRegion criterionId={criterion.id} group={visibleFindings(fb)} started={fb.started} />
      {criterion.indicators.map((i) => <IndicatorBlock ctx={ctx} indicator={i} />)}
      {criterion.indicators.some((i) => !ctx.excluded.has(i.id)) && <CriterionAssessment ctx={ctx} criterion={criterion} />}
    </section>
  );
}

function IndicatorBlock({ ctx, indicator }: { ctx: Ctx; indicator: Indicator }) {
  const base = `indicator:${indicator.id}`;
  if (ctx.excluded.has(indicator.id)) {
    return (
      <div class="assessment-indicator assessment-indicator-na" id={fieldId(base)}>
        <h3 class="h5">Indikator {indicator.id}: {indicator.text}</h3>
        <p><strong>Ikke aktuel for dette tilbud.</strong></p>
        {indicator.applicabilityText.map((t) => <p class="form-hint">{t}</p>)}
      </div>
    );
  }
  const scoreName = `${base}:score`;
  const expectedName = `${base}:expected`;
  const textName = `${base}:text`;
  const model = ctx.model;
  const previous = ctx.view.previousScored;
  const carried = previous?.ratings[indicator.id];
  return (
    <div class="assessment-indicator" id={fieldId(base)}>
      <fieldset>
        <legend class="form-label">Indikator {indicator.id}: {indicator.text}</legend>
        {indicator.applicabilityText.map((t) => <p class="form-hint">{t}</p>)}
        {previous && carried && (
          <Checkbox name={`${base}:carry`} label={`Videreføres fra seneste vurdering (${previous.dateLabel}): score ${carried.score}`} fields={ctx.fields} />
        )}
        {ctx.view.phase === 'operation' ? (
          <div class={`form-group${ctx.issueFor(scoreName) ? ' form-error' : ''}`}>
            <label class="form-label" for={fieldId(scoreName)}>Score</label>
            <FieldError name={scoreName} message={ctx.issueFor(scoreName)} />
            <select class="form-select" id={fieldId(scoreName)} name={scoreName}>
              <option value="">Vælg score</option>
              {model.scale.map((s) => (
                <option value={String(s.score)} selected={first(ctx.fields, scoreName) === String(s.score)}>{`${s.score} – ${s.label}`}</option>
              ))}
            </select>
            <StoredDiffers show={ctx.differs(scoreName)} value={first(ctx.stored ?? {}, scoreName) ?? ''} />
          </div>
        ) : (
          <div class={`form-group${ctx.issueFor(expectedName) ? ' form-error' : ''}`} id={fieldId(expectedName)}>
            <fieldset>
              <legend class="form-label">Bedømmelse ved godkendelse</legend>
              <FieldError name={expectedName} message={ctx.issueFor(expectedName)} />
              <Radio name={expectedName} value="expected_met" label={model.approvalRatings.expected_met} fields={ctx.fields} />
              <Radio name={expectedName} value="expected_not_met" label={model.approvalRatings.expected_not_met} fields={ctx.fields} />
              <StoredDiffers show={ctx.differs(expectedName)} value={first(ctx.stored ?? {}, expectedName) === 'expected_met' ? model.approvalRatings.expected_met : first(ctx.stored ?? {}, expectedName) ? model.approvalRatings.expected_not_met : ''} />
            </fieldset>
          </div>
        )}
        <div class={`form-group${ctx.issueFor(textName) ? ' form-error' : ''}`}>
          <label class="form-label" for={fieldId(textName)}>Skriftlig bedømmelse</label>
          <FieldError name={textName} message={ctx.issueFor(textName)} />
          <textarea class="form-input" id={fieldId(textName)} name={textName} rows={4}>{first(ctx.fields, textName) ?? ''}</textarea>
          <StoredDiffers show={ctx.differs(textName)} value={first(ctx.stored ?? {}, textName) ?? ''} />
        </div>
      </fieldset>
    </div>
  );
}

/** Seed 004: a written assessment of the criterion as a whole, after its indicators. */
function CriterionAssessment({ ctx, criterion }: { ctx: Ctx; criterion: ScoredCriterion }) {
  const name = `criterion:${criterion.id}:justification`;
  return (
    <div class={`form-group${ctx.issueFor(name) ? ' form-error' : ''}`}>
      <label class="form-label" for={fieldId(name)}>Skriftlig vurdering af kriterium {criterion.number}</label>
      <span class="form-hint" id={`${fieldId(name)}-hint`}>Kriteriet som helhed, med afsæt i indikatorerne ovenfor.</span>
      <FieldError name={name} message={ctx.issueFor(name)} />
      <textarea class="form-input" id={fieldId(name)} name={name} rows={4} aria-describedby={`${fieldId(name)}-hint`}>{first(ctx.fields, name) ?? ''}</textarea>
      <StoredDiffers show={ctx.differs(name)} value={first(ctx.stored ?? {}, name) ?? ''} />
    </div>
  );
}
