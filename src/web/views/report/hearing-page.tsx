// The factual hearing as the provider or foster family sees it: the draft report, the deadline,
// and a form for the answer (or the answer already given).
import { closedBecause } from '../../../core/working-days.ts';
import type { HearingDraft } from '../../../services/reports/get-hearing-draft.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Csrf } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Layout } from '../layout.tsx';
import { DateText, DateTimeText, EmbeddedReport, issueFindings, Notice, ReportTextArea } from './report-parts.tsx';

export type HearingPageProps = {
  draft: HearingDraft;
  answer?: string;
  issues?: FieldIssue[];
  message?: string;
  notice?: string;
};

export function HearingPage({ draft, answer, issues = [], message, notice }: HearingPageProps) {
  const title = `Faktuel høring: ${draft.inspection.title}`;
  const staff = !draft.abilities.answerHearing;
  return (
    <Layout title={title}
      breadcrumbs={staff ? [['Forside', '/'], ['Tilsyn', '/inspections'], [draft.inspection.title, `/inspections/${draft.inspection.id}/report`]] : [['Forside', '/'], ['Rapporter i høring', '/reports/hearing']]}>
      <h1>{title}</h1>
      {(issues.length > 0 || message) && <ErrorSummary issues={issues} message={message} />}
      <Notice message={notice} />
      <p>
        Socialtilsynet har sendt udkastet til tilsynsrapporten om <strong>{draft.entityName}</strong> i faktuel høring.
        Læs udkastet, og skriv til socialtilsynet, hvis der er faktuelle fejl, fx forkerte oplysninger om antal pladser, personale eller datoer.
      </p>
      <p>
        Frist for høringssvar: <strong><DateText iso={draft.deadline} /></strong>.
        {draft.deadline !== null && draft.deadlineEnds !== draft.deadline && (
          <> Fristen falder på en {closedBecause(draft.deadline)} og løber derfor til og med <strong><DateText iso={draft.deadlineEnds} /></strong>.</>
        )}
      </p>

      <section aria-labelledby="svar">
        <h2 id="svar">Høringssvar</h2>
        {draft.answer !== null ? (
          <div>
            <p>Høringssvaret er afgivet <DateTimeText at={draft.answeredAt} />{draft.answeredBy ? ` af ${draft.answeredBy}` : ''}:</p>
            <blockquote class="report-hearing-answer">{draft.answer}</blockquote>
          </div>
        ) : draft.canAnswer ? (
          <form method="post" action={`/inspections/${draft.inspection.id}/report/hearing`} novalidate>
            <Csrf />
            <input type="hidden" name="version" value={String(draft.version)} />
            <ReportTextArea name="answer" label="Jeres høringssvar" rows={8} value={answer ?? ''} findings={issueFindings(issues, 'answer')}
              hint="Skriv, hvilke faktiske forhold der er forkerte eller mangler, og hvad der er rigtigt. Svaret gemmes med rapporten." />
            <button type="submit" class="button button-primary">Send høringssvar</button>
          </form>
        ) : draft.deadlineEnds !== null && draft.today > draft.deadlineEnds ? (
          <p>Fristen for høringssvar er udløbet.</p>
        ) : (
          <p>Der er ikke afgivet høringssvar endnu. Kun tilbuddet eller plejefamilien selv kan svare.</p>
        )}
      </section>

      <section aria-labelledby="udkast">
        <h2 id="udkast">Udkast til tilsynsrapporten</h2>
        <p>{draft.document.title}. Udkastet kan blive rettet, før rapporten afsluttes.</p>
        <EmbeddedReport document={draft.document} shift={1} framed />
      </section>
    </Layout>
  );
}
