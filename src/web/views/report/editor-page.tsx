// The report editor (GET /inspections/:id/report): status and the next step's form, the report
// checks (errors stop the finalisation, warnings inform) shown at the field they concern, the
// written content, and a preview of the document. Works without JavaScript: every action is a
// form that posts and redirects back.
import { AlertIcon } from '../components/notice.tsx';
import { SummaryRow } from '../components/summary-list.tsx';
import { REPORT_STATUS_LABEL } from '../../../core/labels.ts';
import { ENTITY_KIND_LABEL as ENTITY_LABEL } from '../../../core/labels.ts';
import { addWorkingDays, HEARING_WORKING_DAYS } from '../../../core/working-days.ts';
import { KIND_VIEW, themeNumbers } from '../assessment/kind-view.ts';
import { assertNever } from '../../../core/assert-never.ts';
import { Fragment } from 'hono/jsx';
import type { Finding } from '../../../core/assessment/findings.ts';
import type { ReportBinaryTheme, ReportScoredTheme } from '../../../core/report/report-document.ts';
import type { ReportView } from '../../../services/reports/get-report.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Csrf, fieldId, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Layout } from '../layout.tsx';
import {
  CARRIED_FORWARD,
  DEVELOPMENT_POINTS,
  EXPENSIVE,
  fieldForPath,
  groupFindings,
  issuesAsFindings,
  OVERALL,
  themeField,
  valuesFromContent,
  type FormValues,
} from './report-form.ts';
import { DateText, DateTimeText, EmbeddedReport, FieldFeedback, issueFindings, Notice, ReportTextArea, STATUS_EXPLANATION } from './report-parts.tsx';

/** Which of the page's forms a refused post came from. */
export type EditorForm = 'content' | 'review' | 'hearing' | 'correct' | 'action';

export type EditorState = {
  form: EditorForm;
  /** The user's input, kept when the post is refused. */
  values: Record<string, string>;
  issues: FieldIssue[];
  message?: string;
};

export type EditorPageProps = { view: ReportView; state?: EditorState; notice?: string };


function themeHint(theme: ReportBinaryTheme | ReportScoredTheme | undefined): string | undefined {
  if (!theme) return undefined;
  const advice = 'Beskriv det konkrete tilbud – gentag ikke modellens ordlyd.';
  switch (theme.kind) {
    case 'binary': {
      const met = theme.criteria.filter((c) => c.result === 'met').length;
      const notMet = theme.criteria.filter((c) => c.result === 'not_met').length;
      const open = theme.criteria.length - met - notMet;
      return `Kvalitetskriterier i temaet: ${met} opfyldt, ${notMet} ikke opfyldt${open ? `, ${open} ikke vurderet` : ''}. ${advice}`;
    }
    case 'scored':
      return `Temaets gennemsnit: ${theme.averageLabel}. ${advice}`;
    default:
      return assertNever(theme);
  }
}

/** Findings about the assessment, the inspection or the decision: shown as a list with links. */
function GeneralFindings({ inspectionId, errors, warnings }: { inspectionId: string; errors: Finding[]; warnings: Finding[] }) {
  if (errors.length === 0 && warnings.length === 0) return null;
  const link = (f: Finding) => {
    if (f.path === 'inspection') return `/inspections/${inspectionId}#status`;
    if (f.path.startsWith('assessment.economy')) return `/inspections/${inspectionId}/assessment/economy`;
    return `/inspections/${inspectionId}/assessment`;
  };
  return (
    <div class="report-general-findings">
      <h3>Vurderingen og tilsynet</h3>
      <p>Disse forhold rettes i vurderingen eller på tilsynet, ikke i rapportens tekst.</p>
      {errors.length > 0 && (
        <Fragment>
          <p><strong>Fejl ({errors.length}):</strong></p>
          <ul>{errors.map((f) => <li>{f.message} <a href={link(f)}>Gå til {f.path === 'inspection' ? 'tilsynet' : 'vurderingen'}</a></li>)}</ul>
        </Fragment>
      )}
      {warnings.length > 0 && (
        <Fragment>
          <p><strong>Bemærkninger ({warnings.length}):</strong></p>
          <ul>{warnings.map((f) => <li>{f.message} <a href={link(f)}>Gå til vurderingen</a></li>)}</ul>
        </Fragment>
      )}
    </div>
  );
}

/** Where a check error is corrected: the editor field, the preview (when the text cannot be edited now), the assessment or the inspection. */
function findingHref(f: Finding, inspectionId: string, editable: boolean): string {
  const field = fieldForPath(f.path);
  if (field) return editable ? `#${fieldId(field.field)}` : '#forhaandsvisning';
  if (f.path === 'inspection') return `/inspections/${inspectionId}#status`;
  if (f.path.startsWith('assessment.economy')) return `/inspections/${inspectionId}/assessment/economy`;
  return `/inspections/${inspectionId}/assessment`;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.path}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}


export function EditorPage({ view, state, notice }: EditorPageProps) {
  const { report, inspection, permissions: can } = view;
  const base = `/inspections/${inspection.id}/report`;
  const title = `Rapport: ${inspection.title}`;
  const contentState = state?.form === 'content' ? state : undefined;
  const values: FormValues = contentState ? contentState.values : valuesFromContent(report.content, view.model);
  const issuesFor = (form: EditorForm) => (state?.form === form ? state.issues : []);
  const valueFor = (form: EditorForm, name: string) => (state?.form === form ? state.values[name] : undefined);

  // The checks of the stored content, with the refused post's own issues (deduplicated).
  const contentIssues = contentState ? issuesAsFindings(contentState.issues) : [];
  const actionIssues = state?.form === 'action' ? issuesAsFindings(state.issues) : [];
  const errors = dedupe([...contentIssues, ...actionIssues, ...view.check.errors]);
  const { byField, general } = groupFindings(errors, view.check.warnings);
  const economyFindings = {
    errors: general.errors.filter((f) => f.path.startsWith('assessment.economy')),
    warnings: general.warnings.filter((f) => f.path.startsWith('assessment.economy')),
  };
  const otherGeneral = {
    errors: general.errors.filter((f) => !f.path.startsWith('assessment.economy')),
    warnings: general.warnings.filter((f) => !f.path.startsWith('assessment.economy')),
  };
  // The error summary links each issue to the field it is shown at.
  const summaryIssues: FieldIssue[] = (state?.issues ?? []).map((i) => {
    const target = fieldForPath(i.field);
    return target ? { field: target.field, message: `${target.prefix}${i.message}` } : { field: state?.form === 'content' || state?.form === 'action' ? 'kontrol' : i.field, message: i.message };
  });

  const docThemes = new Map(view.document.themes.map((t) => [t.id, t]));
  const isProvider = view.entity.kind === 'provider';
  const lastReview = report.reviewComments.at(-1);
  const latest = view.versions.at(-1);

  return (
    <Layout title={title}
      breadcrumbs={[['Forside', '/'], ['Tilsyn', '/inspections'], [inspection.title, `/inspections/${inspection.id}`]]}>
      <h1>{title}</h1>
      {state && <ErrorSummary issues={summaryIssues} message={state.message} />}
      <Notice message={notice} />

      <dl class="summary-list">
        <SummaryRow term={ENTITY_LABEL[view.entity.kind]}>{view.entity.name}</SummaryRow>
        <SummaryRow term="Status"><strong>{REPORT_STATUS_LABEL[report.status]}</strong>{report.status === 'review' && report.approved ? ' (godkendt)' : ''}</SummaryRow>
        <SummaryRow term="Kvalitetsmodel">{view.model.title} (version {inspection.modelVersion})</SummaryRow>
        <SummaryRow term="Forfatter">{report.author?.displayName || '–'}</SummaryRow>
      </dl>
      <p>
        <a href={`/inspections/${inspection.id}`}>Tilbage til tilsynet</a>
        {' · '}<a href={`/inspections/${inspection.id}/assessment`}>Vurdering</a>
        {' · '}<a href="/reports">Afsluttede rapporter</a>
        {' · '}<a href="/reports/hearing">Rapporter i høring</a>
      </p>

      <section aria-labelledby="kontrol" id="field-kontrol">
        <h2 id="kontrol">Kontrol af rapporten</h2>
        {errors.length === 0 ? (
          <p>Rapporten opfylder kravene til indholdet.</p>
        ) : (
          <Fragment>
            <p><strong>{errors.length === 1 ? '1 fejl skal' : `${errors.length} fejl skal`} rettes, før rapporten kan sendes til kvalitetssikring, godkendes, sendes i høring eller afsluttes:</strong></p>
            <ul class="report-check-errors">
              {errors.map((f) => <li><a class="function-link" href={findingHref(f, inspection.id, can.edit)}>{f.message}</a></li>)}
            </ul>
          </Fragment>
        )}
        {view.check.warnings.length > 0 && <p>{view.check.warnings.length === 1 ? '1 bemærkning' : `${view.check.warnings.length} bemærkninger`} til teksten står ved felterne.</p>}
        <GeneralFindings inspectionId={inspection.id} errors={[]} warnings={otherGeneral.warnings} />
      </section>

      <section aria-labelledby="status">
        <h2 id="status">Status og næste skridt</h2>
        <p>{STATUS_EXPLANATION[report.status]}</p>

        {report.reviewComments.length > 0 && (
          <Fragment>
            <h3>Kvalitetssikring</h3>
            <ul>
              {report.reviewComments.map((c) => (
                <li>
                  <strong>{c.decision === 'approved' ? 'Godkendt' : 'Sendt tilbage'}</strong> af {c.byName} <DateTimeText at={new Date(c.at)} />
                  {c.comment && <Fragment>: {c.comment}</Fragment>}
                </li>
              ))}
            </ul>
          </Fragment>
        )}

        {report.status === 'review' && !report.approved && view.isAuthor && (
          <p>Du har skrevet rapporten og kan derfor ikke selv godkende den. En kollega eller en leder kvalitetssikrer den.</p>
        )}
        {can.review && (
          <form method="post" action={`${base}/review`} novalidate>
            <h3>Kvalitetssikr rapporten</h3>
            <Csrf />
            <input type="hidden" name="version" value={String(report.version)} />
            <ReportTextArea name="comment" label="Kommentar til forfatteren" rows={3} value={valueFor('review', 'comment') ?? ''} findings={issueFindings(issuesFor('review'), 'comment')}
              hint="Skal udfyldes, når rapporten sendes tilbage: hvad skal rettes?" />
            {errors.length === 0
              ? <Fragment><button type="submit" name="decision" value="approve" class="button button-primary">Godkend</button>{' '}</Fragment>
              : <p>Rapporten kan ikke godkendes, før fejlene under "Kontrol af rapporten" er rettet. Send den tilbage med en kommentar.</p>}
            <button type="submit" name="decision" value="return" class="button button-secondary">Send tilbage med kommentar</button>
          </form>
        )}

        {can.sendToHearing && errors.length === 0 && (
          <form method="post" action={`${base}/send-to-hearing`} novalidate>
            <h3>Send i faktuel høring</h3>
            <p>Tilbuddet eller plejefamilien læser udkastet og kan svare på faktuelle fejl inden fristen.</p>
            <Csrf />
            <input type="hidden" name="version" value={String(report.version)} />
            <TextField name="deadline" label="Frist for høringssvar" type="date" value={valueFor('hearing', 'deadline') ?? addWorkingDays(view.today, HEARING_WORKING_DAYS)}
              issues={issuesFor('hearing')} required
              hint={`Skrives åååå-mm-dd. Forslaget er ${HEARING_WORKING_DAYS} hverdage fra i dag; fristen kan tidligst være i dag. Falder den på en weekend eller helligdag, løber den til næste hverdag.`} />
            <button type="submit" class="button button-primary">Send i høring</button>
          </form>
        )}

        {report.status === 'hearing' && (
          <Fragment>
            <h3>Faktuel høring</h3>
            <p>Frist for høringssvar: <DateText iso={report.hearing.deadline} />.</p>
            {report.hearing.answer !== null ? (
              <Fragment>
                <p>Høringssvar fra {report.hearing.answeredBy?.displayName || 'tilbuddet'}, <DateTimeText at={report.hearing.answeredAt} />:</p>
                <blockquote class="report-hearing-answer">{report.hearing.answer}</blockquote>
                <p>Ret eventuelle faktuelle fejl i teksten nedenfor, og afslut rapporten.</p>
              </Fragment>
            ) : report.hearing.over ? (
              <p>Fristen er udløbet uden høringssvar. Rapporten kan afsluttes.</p>
            ) : (
              <p>Der er ikke afgivet høringssvar endnu. Rapporten kan afsluttes, når der er svaret, eller fristen er udløbet.</p>
            )}
          </Fragment>
        )}

        {latest && (report.status === 'final' || report.status === 'sent') && (
          <p><a href={`/report-versions/${latest.id}`}>Se den afsluttede rapport (version {latest.number})</a> · <a href={`/report-versions/${latest.id}.pdf`}>Hent PDF</a></p>
        )}
        {can.send && (
          <form method="post" action={`${base}/send`} novalidate>
            <h3>Send rapporten</h3>
            <p>
              Version {latest?.number} sendes til {isProvider ? 'tilbuddet' : 'plejefamilien'}.{' '}
              {latest?.audience === 'applicant'
                ? 'Afgørelsen er afslag på godkendelse: rapporten sendes kun til ansøgeren og offentliggøres ikke.'
                : `En sendt version offentliggøres${isProvider ? ' på tilbudsportalen' : ' for kommunerne'}: den samlede vurdering, temavurderingerne og vurderingen af økonomien, aldrig udviklingspunkter.`}
            </p>
            <Csrf />
            <input type="hidden" name="version" value={String(report.version)} />
            <button type="submit" class="button button-primary">Send rapporten</button>
          </form>
        )}
        {can.correct && (
          <form method="post" action={`${base}/correct`} novalidate>
            <h3>Ret rapporten</h3>
            <p>Den afsluttede version ændres aldrig. Rapporten genåbnes som kladde med den seneste versions tekst; den næste afsluttede version erstatter den.</p>
            <Csrf />
            <input type="hidden" name="version" value={String(report.version)} />
            <ReportTextArea name="reason" label="Begrundelse for rettelsen" rows={2} value={valueFor('correct', 'reason') ?? ''} findings={issueFindings(issuesFor('correct'), 'reason')} hint="Valgfri. Gemmes i revisionssporet." />
            <button type="submit" class="button button-secondary">Ret rapporten</button>
          </form>
        )}
      </section>


      {can.edit && (
        <section aria-labelledby="tekst">
          <h2 id="tekst">Rapportens tekst</h2>
          {lastReview?.decision === 'returned' && report.status === 'draft' && (
            <div class="alert alert-info alert--show-icon">
              <AlertIcon kind="info" />
              <div class="alert-body">
                <p class="alert-heading">Sendt tilbage af {lastReview.byName}</p>
                <p class="alert-text">{lastReview.comment}</p>
              </div>
            </div>
          )}
          <form method="post" action={base} novalidate>
            <Csrf />
            <input type="hidden" name="version" value={String(report.version)} />
            <ReportTextArea name={OVERALL} label="Samlet vurdering" rows={8} value={values[OVERALL] ?? ''} findings={byField.get(OVERALL)}
              hint="Kort og præcis: hvor er kvaliteten fornøden, og hvor er der mangler. Offentliggøres." />

            <fieldset class="report-themes">
              <legend class="h3">Vurdering af temaerne</legend>
              <p class="form-hint">Temavurderingerne offentliggøres. Mangler skal fremgå her og af den samlede vurdering – der bruges ikke opmærksomhedspunkter.</p>
              {view.model.themes.map((t, i) => {
                const doc = docThemes.get(t.id);
                if (doc?.kind === 'scored' && !doc.applies) {
                  return <p>{doc.title}: temaet gælder ikke for tilbuddet.</p>;
                }
                const label = KIND_VIEW[view.model.kind].numberedThemes ? `Tema ${themeNumbers(view.model)[i]}: ${t.title}` : t.title;
                return (
                  <ReportTextArea name={themeField(t.id)} label={label} rows={5} value={values[themeField(t.id)] ?? ''}
                    findings={byField.get(themeField(t.id))} hint={themeHint(doc)} />
                );
              })}
            </fieldset>

            <div class="report-economy">
              <h3>Økonomi</h3>
              <p>Fra vurderingen: <strong>{view.document.economy.resultLabel}</strong>. {view.document.economy.justification || 'Der er ingen skriftlig vurdering af økonomien.'}</p>
              {economyFindings.errors.length > 0 && (
                <div class="form-error-message"><span class="sr-only">Fejl: </span><ul>{economyFindings.errors.map((f) => <li>{f.message}</li>)}</ul></div>
              )}
              {economyFindings.warnings.length > 0 && <div class="form-hint"><strong>Bemærk: </strong>{economyFindings.warnings.map((f) => f.message).join(' ')}</div>}
              {KIND_VIEW[view.model.kind].economyPage && <p><a href={`/inspections/${inspection.id}/assessment/economy`}>Ret vurderingen af økonomien</a></p>}
              {isProvider && (
                <div class={`form-group${byField.get(EXPENSIVE)?.errors.length ? ' form-error' : ''}`}>
                  <div class="form-group-checkbox">
                    <input class="form-checkbox" type="checkbox" id={fieldId(EXPENSIVE)} name={EXPENSIVE} value="ja" checked={values[EXPENSIVE] === 'ja'}
                      aria-describedby={`${fieldId(EXPENSIVE)}-hint`} />
                    <label class="form-label" for={fieldId(EXPENSIVE)}>Tilbuddet er uforholdsmæssigt dyrt</label>
                  </div>
                  <span class="form-hint" id={`${fieldId(EXPENSIVE)}-hint`}>Sammenholdt med kvaliteten af indsatsen. Skal da fremgå af den samlede vurdering og af vurderingen af økonomien.</span>
                  <FieldFeedback id={fieldId(EXPENSIVE)} findings={byField.get(EXPENSIVE)} />
                </div>
              )}
            </div>

            <ReportTextArea name={DEVELOPMENT_POINTS} label="Udviklingspunkter" rows={5} value={values[DEVELOPMENT_POINTS] ?? ''} findings={byField.get(DEVELOPMENT_POINTS)}
              hint="Ét udviklingspunkt pr. linje. Udviklingspunkter er forslag til, hvordan kvaliteten kan udvikles – aldrig mangler, som hører til i vurderingen. De offentliggøres aldrig." />

            {(view.document.carriedForward !== null || values[CARRIED_FORWARD]) && (
              <ReportTextArea name={CARRIED_FORWARD} label="Begrundelse for videreførte vurderinger" rows={3} value={values[CARRIED_FORWARD] ?? ''}
                findings={byField.get(CARRIED_FORWARD)} hint="Plejefamilien har intet barn i pleje: skriv, hvorfor de tidligere vurderinger videreføres." />
            )}

            <button type="submit" class="button button-secondary">Gem</button>{' '}
            {can.submit && errors.length === 0 && <button type="submit" class="button button-primary" formaction={`${base}/submit`}>Send til kvalitetssikring</button>}
            {can.finalise && <button type="submit" class="button button-primary" formaction={`${base}/finalise`}>Afslut rapporten</button>}
          </form>
        </section>
      )}
      {!can.edit && can.finalise && (
        <form method="post" action={`${base}/finalise`} novalidate>
          <Csrf />
          <input type="hidden" name="version" value={String(report.version)} />
          <button type="submit" class="button button-primary">Afslut rapporten</button>
        </form>
      )}

      <section aria-labelledby="forhaandsvisning">
        <h2 id="forhaandsvisning">Forhåndsvisning af rapporten</h2>
        <p>Sådan ser rapporten ud med den gemte tekst ({view.document.version.label}, {view.document.reportDateLabel}).</p>
        <EmbeddedReport document={view.document} shift={1} framed />
      </section>

      {view.versions.length > 0 && (
        <section aria-labelledby="versioner">
          <h2 id="versioner">Afsluttede versioner</h2>
          <ul>
            {view.versions.map((v) => (
              <li>
                <a href={`/report-versions/${v.id}`}>Version {v.number}</a>, afsluttet <DateTimeText at={v.finalisedAt} />
                {v.sentAt ? <Fragment>, sendt <DateTimeText at={v.sentAt} /></Fragment> : ', ikke sendt'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
