// The economy theme, assessed outside the model (seed 000): økonomisk bæredygtighed, kvalitet i
// forhold til prisen og målgruppen, gennemsigtighed. Part of sufficient quality.
import { AlertIcon } from '../components/notice.tsx';
import type { Evaluation } from '../../../core/assessment/evaluate.ts';
import { NOT_YET_CODES, type FindingGroup } from '../../../core/assessment/feedback.ts';
import type { AssessmentView } from '../../../services/assessments/get-assessment.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Csrf, fieldId } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Layout } from '../layout.tsx';
import { first, type Fields } from './assessment-form.ts';
import { assessmentHref, breadcrumbs, ConflictAlert, EntityLine, FieldError, FindingsBlock, Radio, ReadOnlyNotice, SavedAlert, StoredDiffers } from './parts.tsx';
import { OverallStatus } from './theme-parts.tsx';

export type EconomyPageProps = {
  view: AssessmentView;
  fields: Fields;
  evaluation: Evaluation;
  findings: FindingGroup;
  issues: FieldIssue[];
  conflict?: string;
  stored?: Fields;
  saved?: boolean;
};

export function EconomyPage(props: EconomyPageProps) {
  const { view } = props;
  const resultName = 'economy:result';
  const justName = 'economy:justification';
  const issueFor = (name: string) => props.issues.find((i) => i.field === name)?.message;
  const differs = (name: string) => !!props.stored && (first(props.stored, name) ?? '') !== (first(props.fields, name) ?? '');
  const resultLabel = (v: string | undefined) => (v === 'met' ? 'Opfyldt' : v === 'not_met' ? 'Ikke opfyldt' : '');
  return (
    <Layout title="Økonomi" breadcrumbs={breadcrumbs(view, true)}>
      <h1>Økonomi</h1>
      <EntityLine view={view} />
      <ConflictAlert message={props.conflict} />
      <ErrorSummary issues={props.issues} />
      <SavedAlert show={!!props.saved} />
      <ReadOnlyNotice canWrite={view.canWrite} />
      {view.entity.kind === 'provider' ? (
        <p>
          Økonomien vurderes uden for kvalitetsmodellen: økonomisk bæredygtighed, kvalitet i forhold til prisen og
          målgruppen, og gennemsigtighed. Fornøden kvalitet kræver, at økonomien er vurderet opfyldt. Er tilbuddet
          uforholdsmæssigt dyrt i forhold til kvaliteten, skal det fremgå her og af den samlede vurdering.
        </p>
      ) : (
        <p>
          Plejefamiliens økonomi vurderes uden for kvalitetsmodellen. Fornøden kvalitet kræver, at økonomien er
          vurderet opfyldt.
        </p>
      )}
      {view.department ? (
        <div class="alert alert-info alert--show-icon">
          <AlertIcon kind="info" />
          <div class="alert-body">
            <p class="alert-text">
              Økonomien vurderes for tilbuddet som helhed, ikke for den enkelte afdeling.{' '}
              <a href={assessmentHref(view.inspection.id, null, '/economy')}>Gå til økonomien for tilbuddet som helhed</a>.
            </p>
          </div>
        </div>
      ) : (
        <>
          <FindingsBlock title="Fejl og advarsler ved økonomien" group={{ errors: props.findings.errors.filter((f) => !NOT_YET_CODES.has(f.code)), warnings: props.findings.warnings }} />
          <form method="post" action={assessmentHref(view.inspection.id, null, '/economy')} novalidate>
            <Csrf />
            <input type="hidden" name="expectedVersion" value={String(view.assessment.version)} />
            <fieldset class="assessment-lock" disabled={!view.canWrite}>
              <legend class="sr-only">Vurdering af økonomien</legend>
              <div class={`form-group${issueFor(resultName) ? ' form-error' : ''}`} id={fieldId(resultName)}>
                <fieldset>
                  <legend class="form-label">Økonomien er</legend>
                  <FieldError name={resultName} message={issueFor(resultName)} />
                  <Radio name={resultName} value="met" label="Opfyldt" fields={props.fields} />
                  <Radio name={resultName} value="not_met" label="Ikke opfyldt" fields={props.fields} />
                  <StoredDiffers show={differs(resultName)} value={resultLabel(first(props.stored ?? {}, resultName))} />
                </fieldset>
              </div>
              <div class={`form-group${issueFor(justName) ? ' form-error' : ''}`}>
                <label class="form-label" for={fieldId(justName)}>Faglig begrundelse</label>
                <FieldError name={justName} message={issueFor(justName)} />
                <textarea class="form-input" id={fieldId(justName)} name={justName} rows={8}>{first(props.fields, justName) ?? ''}</textarea>
                <StoredDiffers show={differs(justName)} value={first(props.stored ?? {}, justName) ?? ''} />
              </div>
            </fieldset>
            {view.canWrite && <button type="submit" class="button button-primary">Gem</button>}
          </form>
        </>
      )}
      <OverallStatus view={view} evaluation={props.evaluation} />
    </Layout>
  );
}
