// The assessment's overview: what is assessed against which model, the themes with their status,
// the engine's errors and warnings, the conclusion once complete, the departments beside the
// provider, and for a foster family without a child in care the previous assessment to confirm.
import { AlertIcon } from '../components/notice.tsx';
import { formatDanishDay } from '../../../core/calendar.ts';
import type { AssessableKind, AssessableModel } from '../../../core/model/schema.ts';
import type { Evaluation } from '../../../core/assessment/evaluate.ts';
import type { BinaryData } from '../../../core/kinds/binary/assessment-data.ts';
import { economyOf, scoredDataOf } from '../../../core/assessment/stored-data.ts';
import { assertNever } from '../../../core/assert-never.ts';
import { KIND_VIEW, themeNumbers } from './kind-view.ts';
import { criterionFeedback, NOT_YET_CODES, visibleFindings, type Feedback, type ThemeStatus } from '../../../core/assessment/feedback.ts';
import type { AssessmentView } from '../../../services/assessments/get-assessment.ts';
import type { AssessmentResult, DepartmentResults } from '../../../services/assessments/list-department-assessments.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Csrf, fieldId } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Layout } from '../layout.tsx';
import { conclusionFields, first, type Fields } from './assessment-form.ts';
import { assessmentHref, breadcrumbs, ConflictAlert, criterionAnchor, EntityLine, FieldError, formatAverage, itemNumber, Radio, ReadOnlyNotice, SavedAlert } from './parts.tsx';
import { capitalise } from '../../../core/labels.ts';
import { Conclusion, progressSentence } from './theme-parts.tsx';
import { ScrollRegion } from '../components/table.tsx';

export type OverviewPageProps = {
  view: AssessmentView;
  departments: DepartmentResults | null;
  /** The carried-forward form after a refused save. */
  carriedForward?: { fields: Fields; issues: FieldIssue[]; conflict?: string };
  /** The scored model's conclusion form after a refused save. */
  conclusion?: { fields: Fields; issues: FieldIssue[]; conflict?: string };
  saved?: boolean;
};

export function OverviewPage(props: OverviewPageProps) {
  const { view } = props;
  const title = view.department ? `Vurdering af ${view.department.name}` : 'Vurdering';
  return (
    <Layout title={`${title}: ${view.inspection.title}`} breadcrumbs={breadcrumbs(view, false)}>
      <h1>{title}: {view.inspection.title}</h1>
      <EntityLine view={view} />
      <ConflictAlert message={props.carriedForward?.conflict ?? props.conclusion?.conflict} />
      <ErrorSummary issues={[...(props.carriedForward?.issues ?? []), ...(props.conclusion?.issues ?? [])]} />
      <SavedAlert show={!!props.saved} />
      <ReadOnlyNotice canWrite={view.canWrite} />
      <DepartmentSwitch view={view} />
      {view.entity.kind === 'fosterFamily' && view.entity.childrenInCare === 0 && (
        <CarriedForwardSection {...props} />
      )}
      <ThemeTable view={view} />
      <KindSummary view={view} />
      {KIND_VIEW[view.model.kind].explicitConclusion && !view.department && <ConclusionForm view={view} state={props.conclusion} />}
      <FindingsSection view={view} />
      {props.departments && props.departments.departments.length > 0 && !view.department && (
        <DepartmentTable results={props.departments} view={view} />
      )}
    </Layout>
  );
}

function DepartmentSwitch({ view }: { view: AssessmentView }) {
  if (view.entity.kind !== 'provider' || view.entity.departments.length === 0) return null;
  const current = view.department?.id ?? null;
  const item = (id: string | null, label: string) => (
    <li>
      {id === current ? <strong aria-current="page">{label}</strong> : <a href={assessmentHref(view.inspection.id, id)}>{label}</a>}
    </li>
  );
  return (
    <nav class="assessment-departments-nav" aria-label="Afdelinger">
      <h2 class="h4">Vurderingen gælder</h2>
      <ul class="nobullet-list">
        {item(null, 'Tilbuddet som helhed')}
        {view.entity.departments.map((d) => item(d.id, `Afdeling: ${d.name}`))}
      </ul>
    </nav>
  );
}

function themeStatusText(s: ThemeStatus, kind: AssessableKind): string {
  if (s.excluded) return 'Gælder ikke for tilbuddet';
  if (!s.started) return 'Ikke påbegyndt';
  const noun = KIND_VIEW[kind].progressNoun;
  const parts = [s.concluded === s.criteria && s.errors === 0 ? 'Færdig' : `${s.concluded} af ${s.criteria} ${noun}`];
  if (s.errors > 0) parts.push(`${s.errors} fejl`);
  if (s.warnings > 0) parts.push(s.warnings === 1 ? '1 advarsel' : `${s.warnings} advarsler`);
  return parts.join(', ');
}

function ThemeTable({ view }: { view: AssessmentView }) {
  const model = view.model;
  const themeHref = (id: string) => assessmentHref(view.inspection.id, view.department?.id, `/themes/${encodeURIComponent(id)}`);
  const kindView = KIND_VIEW[model.kind];
  const numbers = themeNumbers(model);
  const economy = view.department ? view.wholeEconomy : economyOf(model, view.assessment.data);
  const economyErrors = view.feedback.economy.errors.length;
  return (
    <ScrollRegion label="Temaer">
      <table class="table table--compact">
        <caption>Temaer</caption>
        <thead>
          <tr><th scope="col">Tema</th><th scope="col">Status</th><th scope="col">{kindView.figureHeading}</th></tr>
        </thead>
        <tbody>
          {view.themes.map((s, i) => (
            <tr>
              <th scope="row"><a href={themeHref(s.id)}>Tema {numbers[i]}: {s.title}</a></th>
              <td>{themeStatusText(s, model.kind)}</td>
              <td>{kindView.figure(s, view.phase)}</td>
            </tr>
          ))}
          {kindView.economyPage && (
            <tr>
              <th scope="row"><a href={assessmentHref(view.inspection.id, null, '/economy')}>Økonomi{view.department ? ' (tilbuddet som helhed)' : ''}</a></th>
              <td>{!economy ? 'Ikke påbegyndt' : economyErrors > 0 && !view.department ? `${economyErrors} fejl` : economy.result ? 'Færdig' : 'Ikke konkluderet'}</td>
              <td>{economy?.result === 'met' ? 'Opfyldt' : economy?.result === 'not_met' ? 'Ikke opfyldt' : '–'}</td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The conclusion of a binary assessment, or the scored model's summary. */
function KindSummary({ view }: { view: AssessmentView }) {
  const e = view.evaluation;
  switch (e.kind) {
    case 'binary':
      return <Conclusion view={view} evaluation={e} />;
    case 'scored':
      return <ScoredSummary view={view} e={e} />;
    default:
      return assertNever(e);
  }
}

/** The scored model's theme values: the numbers behind the spider web. */
function ScoredSummary({ view, e }: { view: AssessmentView; e: Extract<Evaluation, { kind: 'scored' }> }) {
  return (
    <section aria-labelledby="scored-summary-title">
      <h2 id="scored-summary-title">Samlet bedømmelse</h2>
      <p>
        {e.valid
          ? 'Alle indikatorer, der gælder for tilbuddet, er bedømt.'
          : progressSentence(view)}
        {' '}En lav score har ingen automatisk konsekvens.
      </p>
    </section>
  );
}

function findingLink(view: AssessmentView, criterionId: string): string {
  const theme = view.model.themes.find((t) => t.criteria.some((c) => c.id === criterionId));
  return assessmentHref(view.inspection.id, view.department?.id, `/themes/${encodeURIComponent(theme?.id ?? '')}`, `#${criterionAnchor(criterionId)}`);
}

function FindingsSection({ view }: { view: AssessmentView }) {
  const fb: Feedback = view.feedback;
  const rows = view.model.themes.flatMap((t) =>
    t.criteria.map((c) => ({ theme: t, criterion: c, group: visibleFindings(criterionFeedback(fb, c.id)), started: criterionFeedback(fb, c.id).started })),
  );
  const notStarted = rows.filter((r) => !r.started).length;
  const shown = rows.filter((r) => r.group.errors.length + r.group.warnings.length > 0);
  const other = [...fb.general.errors, ...(view.department ? [] : fb.economy.errors)].filter((f) => !NOT_YET_CODES.has(f.code));
  const otherWarnings = [...fb.general.warnings, ...(view.department ? [] : fb.economy.warnings)];
  const critLabel = (id: string) => KIND_VIEW[view.model.kind].criterionLabel(itemNumber(id));
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">Fejl og advarsler</h2>
      <p>
        {view.progress.errors} fejl og {view.evaluation.warnings.length === 1 ? '1 advarsel' : `${view.evaluation.warnings.length} advarsler`} i det, der er påbegyndt.
        {notStarted > 0 && ` ${notStarted} ${notStarted === 1 ? 'kriterium er' : 'kriterier er'} ikke påbegyndt.`}
      </p>
      {shown.map((r) => (
        <div class="assessment-findings-group">
          <h3 class="h5"><a href={findingLink(view, r.criterion.id)}>{critLabel(r.criterion.id)}</a> ({r.theme.title})</h3>
          <ul>
            {r.group.errors.map((f) => <li data-code={f.code}><strong>Fejl:</strong> {f.message}</li>)}
            {r.group.warnings.map((f) => <li data-code={f.code}><strong>Advarsel:</strong> {f.message}</li>)}
          </ul>
        </div>
      ))}
      {other.length + otherWarnings.length > 0 && (
        <div class="assessment-findings-group">
          <h3 class="h5">{KIND_VIEW[view.model.kind].economyPage && !view.department ? 'Økonomi og øvrige' : 'Øvrige'}</h3>
          <ul>
            {other.map((f) => <li data-code={f.code}><strong>Fejl:</strong> {f.message}</li>)}
            {otherWarnings.map((f) => <li data-code={f.code}><strong>Advarsel:</strong> {f.message}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}

const RESULT: Record<string, string> = { met: 'Opfyldt', not_met: 'Ikke opfyldt' };

function CarriedForwardSection(props: OverviewPageProps) {
  const { view } = props;
  const previous = view.previous;
  const data = view.assessment.data as BinaryData;
  const stored = data.carriedForward;
  const fields: Fields = props.carriedForward?.fields ?? (stored ? { 'carriedForward:note': stored.note } : {});
  const issues = props.carriedForward?.issues ?? [];
  const noteName = 'carriedForward:note';
  const noteError = issues.find((i) => i.field === noteName)?.message;
  return (
    <section id="carried-forward" class="assessment-carried-forward" aria-labelledby="carried-forward-title">
      <div class="alert alert-info alert--show-icon">
        <AlertIcon kind="info" />
        <div class="alert-body">
          <h2 id="carried-forward-title" class="alert-heading">Plejefamilien har ikke barn i pleje</h2>
          <p class="alert-text">
            Den tidligere vurdering vises herunder, så du kan bekræfte eller revidere den. Intet overføres automatisk:
            vurderingen af dette tilsyn udfyldes tema for tema, og rapporten gengiver din note om, hvorfor vurderingen
            videreføres eller revideres.
          </p>
        </div>
      </div>
      {!previous ? (
        <p>Der findes ingen tidligere vurdering af plejefamilien.</p>
      ) : (
        <PreviousTable view={view} />
      )}
      {stored && (
        <p class="assessment-carried-status">
          <strong>{stored.confirmed ? 'Den tidligere vurdering er bekræftet.' : 'Den tidligere vurdering revideres.'}</strong>
          {stored.note ? ` Note: ${stored.note}` : ''}
        </p>
      )}
      {view.canWrite && (
        <form method="post" action={assessmentHref(view.inspection.id, null, '/carried-forward')} novalidate>
          <Csrf />
          <input type="hidden" name="expectedVersion" value={String(view.assessment.version)} />
          <div class={`form-group${noteError ? ' form-error' : ''}`}>
            <label class="form-label" for={fieldId(noteName)}>Note til rapporten</label>
            <span class="form-hint" id={`${fieldId(noteName)}-hint`}>Hvorfor den tidligere vurdering videreføres, eller hvad der revideres.</span>
            <FieldError name={noteName} message={noteError} />
            <textarea class="form-input" id={fieldId(noteName)} name={noteName} rows={4}
              aria-describedby={`${fieldId(noteName)}-hint`}>{first(fields, noteName) ?? ''}</textarea>
          </div>
          <button type="submit" class="button button-primary" name="decision" value="confirm" disabled={!previous}>Bekræft tidligere vurdering</button>{' '}
          <button type="submit" class="button button-secondary" name="decision" value="revise">Revidér vurderingen</button>
        </form>
      )}
    </section>
  );
}

function PreviousTable({ view }: { view: AssessmentView }) {
  const previous = view.previous!;
  const model = previous.model;
  const data = previous.data as BinaryData | null;
  const date = formatDanishDay(previous.inspection.createdAt);
  if (!model || model.kind !== 'binary' || !data) {
    return <p>Den tidligere vurdering ({previous.inspection.title}, {date}) bruger modellen {previous.modelId}, som ikke kan vises her.</p>;
  }
  const evaluation: Evaluation | null = previous.evaluation;
  return (
    <ScrollRegion label={`Tidligere vurdering: ${previous.inspection.title}`}>
      <table class="table table--compact">
        <caption>Tidligere vurdering: {previous.inspection.title} ({date}), model {model.title} version {previous.modelVersion}</caption>
        <thead><tr><th scope="col">Kvalitetskriterium</th><th scope="col">Konklusion</th><th scope="col">Faglig begrundelse</th></tr></thead>
        <tbody>
          {model.themes.flatMap((t) => t.criteria).map((c) => {
            const stored = data.criteria[c.id];
            return (
              <tr>
                <th scope="row">{itemNumber(c.id)}. {c.text}</th>
                <td>{stored?.result ? `${RESULT[stored.result]}${stored.doubt ? ' (tvivl)' : ''}` : 'Ikke vurderet'}</td>
                <td>{stored?.justification ?? ''}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Økonomi</th>
            <td>{data.economy?.result ? RESULT[data.economy.result] : 'Ikke vurderet'}</td>
            <td>{data.economy?.justification ?? ''}</td>
          </tr>
          <tr>
            <th scope="row">Fornøden kvalitet</th>
            <td colspan={2}>{evaluation?.kind === 'binary' && evaluation.valid ? (evaluation.sufficientQuality ? 'Ja' : 'Nej') : 'Vurderingen var ikke færdig'}</td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function resultCell(result: AssessmentResult | null, criterionId: string): string {
  if (!result?.data) return 'Ikke vurderet';
  const c = (result.data as BinaryData).criteria[criterionId];
  return c?.result ? `${RESULT[c.result]}${c.doubt ? ' (tvivl)' : ''}` : 'Ikke vurderet';
}

type Column = { label: string; href: string; result: AssessmentResult | null };

/** Binary: a row per criterion; scored: a row per theme with its average. */
function DepartmentRows({ model, columns, average }: { model: AssessableModel; columns: Column[]; average: (r: AssessmentResult | null, themeId: string) => string }) {
  switch (model.kind) {
    case 'binary':
      return (
        <>
          {model.themes.flatMap((t) => t.criteria).map((c) => (
            <tr>
              <th scope="row">{itemNumber(c.id)}. {c.text}</th>
              {columns.map((col) => <td>{resultCell(col.result, c.id)}</td>)}
            </tr>
          ))}
        </>
      );
    case 'scored':
      return (
        <>
          {model.themes.map((t) => (
            <tr>
              <th scope="row">{t.title}</th>
              {columns.map((col) => <td>{col.result ? average(col.result, t.id) : 'Ikke vurderet'}</td>)}
            </tr>
          ))}
        </>
      );
    default:
      return assertNever(model);
  }
}

function sufficientCell(result: AssessmentResult | null): string {
  if (!result || result.evaluation.kind !== 'binary') return 'Ikke vurderet';
  if (!result.evaluation.valid) return `Ikke færdig (${result.evaluation.errors.length} fejl)`;
  return result.evaluation.sufficientQuality ? 'Ja' : 'Nej';
}

/** Each department's result beside the provider's own conclusion. */
function DepartmentTable({ results, view }: { results: DepartmentResults; view: AssessmentView }) {
  const model = view.model;
  const columns: Column[] = [
    { label: 'Tilbuddet som helhed', href: assessmentHref(view.inspection.id, null), result: results.whole },
    ...results.departments.map((d) => ({ label: d.department.name, href: assessmentHref(view.inspection.id, d.department.id), result: d.result })),
  ];
  const rowsAre = KIND_VIEW[model.kind].departmentRows;
  const average = (r: AssessmentResult | null, themeId: string) =>
    r?.evaluation.kind === 'scored' ? formatAverage(r.evaluation.themes.find((t) => t.id === themeId)?.average ?? null) : '–';
  return (
    <section aria-labelledby="departments-title">
      <h2 id="departments-title">Afdelingerne og tilbuddet som helhed</h2>
      <ScrollRegion label="Hver afdelings resultat ved siden af tilbuddets konklusion">
        <table class="table table--compact">
          <caption>Hver afdelings resultat ved siden af tilbuddets konklusion</caption>
          <thead>
            <tr>
              <th scope="col">{rowsAre === 'criteria' ? 'Kvalitetskriterium' : 'Tema'}</th>
              {columns.map((c) => <th scope="col"><a href={c.href}>{c.label}</a></th>)}
            </tr>
          </thead>
          <tbody>
            <DepartmentRows model={model} columns={columns} average={average} />
            {rowsAre === 'criteria' && (
              <tr>
                <th scope="row">Fornøden kvalitet</th>
                {columns.map((col) => <td>{sufficientCell(col.result)}</td>)}
              </tr>
            )}
          </tbody>
        </table>
      </ScrollRegion>
      <p class="form-hint">{capitalise('afdelingerne vurderes med tilbuddets økonomi; økonomien vurderes for tilbuddet som helhed.')}</p>
    </section>
  );
}

/** The scored model: the authority concludes on sufficient quality, yes or no, with a justification. */
function ConclusionForm({ view, state }: { view: AssessmentView; state: OverviewPageProps['conclusion'] }) {
  const stored = conclusionFields(scoredDataOf(view.assessment.data).conclusion);
  const fields = state?.fields ?? stored;
  const issueFor = (name: string) => state?.issues.find((i) => i.field === name)?.message;
  return (
    <section aria-labelledby="konklusion">
      <h2 id="konklusion">Konklusion om fornøden kvalitet</h2>
      <p>Kvalitetsmodellen fastsætter ingen grænse for scorerne: socialtilsynet konkluderer selv, med en begrundelse. Uden fornøden kvalitet skal der træffes en afgørelse.</p>
      {view.canWrite ? (
        <form method="post" action={assessmentHref(view.inspection.id, null, '/conclusion')} novalidate>
          <Csrf />
          <input type="hidden" name="expectedVersion" value={String(view.assessment.version)} />
          <div class={`form-group${issueFor('conclusion:sufficientQuality') ? ' form-error' : ''}`} id={fieldId('conclusion:sufficientQuality')}>
            <fieldset>
              <legend class="form-label">Har tilbuddet den fornødne kvalitet?</legend>
              <FieldError name="conclusion:sufficientQuality" message={issueFor('conclusion:sufficientQuality')} />
              <Radio name="conclusion:sufficientQuality" value="yes" label="Ja" fields={fields} />
              <Radio name="conclusion:sufficientQuality" value="no" label="Nej" fields={fields} />
            </fieldset>
          </div>
          <div class={`form-group${issueFor('conclusion:justification') ? ' form-error' : ''}`}>
            <label class="form-label" for={fieldId('conclusion:justification')}>Begrundelse</label>
            <FieldError name="conclusion:justification" message={issueFor('conclusion:justification')} />
            <textarea class="form-input" id={fieldId('conclusion:justification')} name="conclusion:justification" rows={4}>{first(fields, 'conclusion:justification') ?? ''}</textarea>
          </div>
          <button type="submit" class="button button-secondary">Gem konklusionen</button>
        </form>
      ) : (
        <p>{stored['conclusion:sufficientQuality'] === 'yes' ? 'Fornøden kvalitet: Ja.' : stored['conclusion:sufficientQuality'] === 'no' ? 'Fornøden kvalitet: Nej.' : 'Der er ikke konkluderet endnu.'} {first(stored, 'conclusion:justification') ?? ''}</p>
      )}
    </section>
  );
}
