// The competence development plan (seed 003): modules with topic, target group, dates and how many of
// the participants have completed; the institution adds modules and records completion.
import { formatDanishDate } from '../../../core/calendar.ts';
import type { CompetenceModule, CompetencePlanView } from '../../../services/standards/competence-plan.ts';
import { SUGGESTED_TOPICS } from '../../../services/standards/competence-plan.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, TextArea, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { Table } from '../components/table.tsx';

const planPath = (view: CompetencePlanView) => `/standards/institutions/${view.institution.providerId}/competence`;
const completed = (m: CompetenceModule) => m.participants.filter((p) => p.completedOn !== null).length;

export function CompetencePlanPage({ view, issues, values, saved }: { view: CompetencePlanView; issues: FieldIssue[]; values: Record<string, string>; saved: string | null }) {
  const base = planPath(view);
  return (
    <Layout title={`Kompetenceudvikling – ${view.institution.name}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>Kompetenceudviklingsplan: {view.institution.name}</h1>
      {saved === 'module' && <Notice kind="success" heading="Modulet er tilføjet" />}
      {saved === 'completion' && <Notice kind="success" heading="Gennemførelsen er registreret" />}
      {view.modules.length === 0 ? <p>Planen har ingen moduler endnu.</p> : (
        <Table caption="Moduler" rowHeaders head={['Emne', 'Målgruppe', 'Periode', 'Deltagere', 'Gennemført']}
          rows={view.modules.map((m) => [
            <a href={`${base}/${m.id}`}>{m.topic}</a>, m.targetGroup, `${formatDanishDate(m.startsOn)}–${formatDanishDate(m.endsOn)}`,
            String(m.participants.length), `${completed(m)} af ${m.participants.length}`,
          ])} />
      )}
      {view.mayWrite && (
        <>
          <h2>Tilføj et modul</h2>
          <ErrorSummary issues={issues} />
          <form method="post" action={base}>
            <Csrf />
            <TextField name="topic" label="Emne" value={values.topic} issues={issues} hint={`Fx ${SUGGESTED_TOPICS.join(', ').toLowerCase()}.`} />
            <TextField name="targetGroup" label="Målgruppe" value={values.targetGroup} issues={issues} hint="Fx alle pædagoger i Hus 2." />
            <TextField name="startsOn" label="Start" type="date" value={values.startsOn} issues={issues} />
            <TextField name="endsOn" label="Slut" type="date" value={values.endsOn} issues={issues} />
            <TextArea name="participants" label="Deltagere (én pr. linje)" value={values.participants} issues={issues} rows={6} />
            <button type="submit" class="button button-primary">Tilføj modulet</button>
          </form>
        </>
      )}
    </Layout>
  );
}

export function CompetenceModulePage({ view, module: m, issues }: { view: CompetencePlanView; module: CompetenceModule; issues: FieldIssue[] }) {
  const open = m.participants.filter((p) => p.completedOn === null);
  return (
    <Layout title={`${m.topic} – kompetenceudvikling`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards'], [`Kompetenceudvikling – ${view.institution.name}`, planPath(view)]]}>
      <h1>{m.topic}</h1>
      <p>{m.targetGroup}, {formatDanishDate(m.startsOn)}–{formatDanishDate(m.endsOn)}. {completed(m)} af {m.participants.length} har gennemført.</p>
      {m.participants.length > 0 && (
        <Table caption="Deltagere" rowHeaders head={['Deltager', 'Gennemført']} rows={m.participants.map((p) => [p.name, p.completedOn ? formatDanishDate(p.completedOn) : 'Nej'])} />
      )}
      {view.mayWrite && open.length > 0 && (
        <>
          <h2>Registrér gennemførelse</h2>
          <ErrorSummary issues={issues} />
          <form method="post" action={`${planPath(view)}/${m.id}`}>
            <Csrf />
            <ChoiceGroup type="checkbox" name="participantIds" label="Hvem har gennemført" options={open.map((p) => [p.id, p.name])} values={[]} issues={issues} />
            <TextField name="completedOn" label="Dato" type="date" issues={issues} />
            <button type="submit" class="button button-primary">Registrér</button>
          </form>
        </>
      )}
    </Layout>
  );
}
