// The steps of each standard with their evidence (seed 003): the step statuses of one standard in
// one form, the guiding documents (step 1) and how they are known and used (step 2 and later). The
// forms to register a document or evidence have pages of their own, so field ids never collide.
import { formatDanishDate } from '../../../core/calendar.ts';
import { GUIDING_DOCUMENT_KIND_LABEL, STEP_EVIDENCE_KIND_LABEL, STEP_STATUS_LABEL } from '../../../core/labels.ts';
import { GUIDING_DOCUMENT_KINDS, STEP_EVIDENCE_KINDS, STEP_STATUSES } from '../../../core/vocabulary.ts';
import type { Standard } from '../../../core/kinds/standards/catalog.ts';
import type { GuidingDocument, StepsView } from '../../../services/standards/steps.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { SourceMark } from '../model/model-pages.tsx';
import { ChoiceGroup, Csrf, FileField, SelectField, TextArea, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { Table } from '../components/table.tsx';

const STATUS_OPTIONS: [string, string][] = STEP_STATUSES.map((s) => [s, STEP_STATUS_LABEL[s]]);
const base = (view: StepsView) => `/standards/institutions/${view.institution.providerId}/steps`;
const crumbs = (view: StepsView): [string, string][] => [['Kvalitetsmodel for institutioner', '/standards'], [`Trin – ${view.institution.name}`, base(view)]];
const statusOf = (view: StepsView, standardId: string, step: number) => view.statuses.find((s) => s.standardId === standardId && s.step === step)?.status ?? 'not_started';

/** Where a document is: its file (downloaded through the application) or its link. */
export function DocumentLink({ document }: { document: GuidingDocument }) {
  return document.link
    ? <a href={document.link} rel="noopener noreferrer">{document.title}</a>
    : <a href={`/standards/documents/${document.id}`} download>{document.title}<span class="sr-only"> (fil: {document.fileName})</span></a>;
}

export const documentRows = (documents: GuidingDocument[]) => documents.map((d) => [
  <DocumentLink document={d} />, GUIDING_DOCUMENT_KIND_LABEL[d.kind], d.owner, formatDanishDate(d.reviewOn), d.sharedAsExample ? 'Ja' : 'Nej',
]);

export function StepsPage({ view }: { view: StepsView }) {
  return (
    <Layout title={`Trin – ${view.institution.name}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>Trin og dokumentation: {view.institution.name}</h1>
      {view.model.steps.map((step) => step.text && <p><strong>{step.title}:</strong> {step.text}<SourceMark source={step.source} /></p>)}
      <Table
        caption="Status pr. standard og trin"
        rowHeaders
        head={['Standard', ...view.model.steps.map((s) => s.title), 'Dokumenter']}
        rows={view.model.standards.map((standard) => [
          <a href={`${base(view)}/${standard.id}`}>{standard.title}</a>,
          ...view.model.steps.map((s) => STEP_STATUS_LABEL[statusOf(view, standard.id, s.number)]),
          String(view.documents.filter((d) => d.standardId === standard.id).length),
        ])}
      />
    </Layout>
  );
}

export function StandardStepsPage({ view, standard, issues, saved }: { view: StepsView; standard: Standard; issues: FieldIssue[]; saved: string | null }) {
  const here = `${base(view)}/${standard.id}`;
  const documents = view.documents.filter((d) => d.standardId === standard.id);
  return (
    <Layout title={`${standard.title} – trin`} breadcrumbs={crumbs(view)}>
      <h1>{standard.title}: trin</h1>
      {standard.text && <p>Standarden: {standard.text}<SourceMark source={standard.source} /></p>}
      {saved === 'steps' && <Notice kind="success" heading="Trinnene er gemt" />}
      {saved === 'document' && <Notice kind="success" heading="Dokumentet er registreret" />}
      {saved === 'evidence' && <Notice kind="success" heading="Dokumentationen er registreret" />}
      <ErrorSummary issues={issues} />
      {view.model.steps.map((step) => (
        <section aria-labelledby={`step-${step.number}-heading`}>
          <h2 id={`step-${step.number}-heading`}>{step.title}: {STEP_STATUS_LABEL[statusOf(view, standard.id, step.number)].toLowerCase()}</h2>
          {step.text && <p>{step.text}<SourceMark source={step.source} /></p>}
          {step.number === 1 ? (
            documents.length === 0 ? <p>Ingen retningsgivende dokumenter endnu.</p> : (
              <Table caption="Retningsgivende dokumenter" head={['Dokument', 'Art', 'Ansvarlig', 'Revideres', 'Deles som eksempel']} rows={documentRows(documents)} />
            )
          ) : (
            <EvidenceTable view={view} standardId={standard.id} step={step.number} />
          )}
          {view.mayWrite && (
            <p>{step.number === 1
              ? <a href={`${here}/documents/new`}>Registrér et dokument<span class="sr-only"> til {standard.title}</span></a>
              : <a href={`${here}/evidence/new?step=${step.number}`}>Registrér, hvordan dokumenterne er kendt og anvendt<span class="sr-only"> ({step.title})</span></a>}</p>
          )}
        </section>
      ))}
      {view.mayWrite && (
        <>
          <h2>Hvor langt er I?</h2>
          <form method="post" action={here}>
            <Csrf />
            {view.model.steps.map((step) => (
              <SelectField name={`step-${step.number}`} label={step.title} value={statusOf(view, standard.id, step.number)} options={STATUS_OPTIONS} issues={issues} />
            ))}
            <button type="submit" class="button button-primary">Gem trinnene</button>
          </form>
        </>
      )}
    </Layout>
  );
}

function EvidenceTable({ view, standardId, step }: { view: StepsView; standardId: string; step: number }) {
  const rows = view.evidence.filter((e) => e.standardId === standardId && e.step === step);
  if (rows.length === 0) return <p>Intet registreret endnu.</p>;
  return <Table caption="Sådan er dokumenterne kendt og anvendt" head={['Dato', 'Hvad', 'Beskrivelse']} rows={rows.map((e) => [formatDanishDate(e.heldOn), STEP_EVIDENCE_KIND_LABEL[e.kind], e.description])} />;
}

export function NewDocumentPage({ view, standard, issues, values }: { view: StepsView; standard: Standard; issues: FieldIssue[]; values: Record<string, string> }) {
  return (
    <Layout title={`Nyt dokument – ${standard.title}`} breadcrumbs={[...crumbs(view), [standard.title, `${base(view)}/${standard.id}`]]}>
      <h1>{standard.title}: registrér et retningsgivende dokument</h1>
      <ErrorSummary issues={issues} />
      <form method="post" action={`${base(view)}/${standard.id}/documents`} enctype="multipart/form-data">
        <Csrf />
        <TextField name="title" label="Titel" value={values.title} issues={issues} />
        <ChoiceGroup type="radio" name="kind" label="Art" options={GUIDING_DOCUMENT_KINDS.map((k) => [k, GUIDING_DOCUMENT_KIND_LABEL[k]])} values={values.kind ? [values.kind] : []} issues={issues} />
        <FileField name="file" label="Fil (valgfri, hvis der er et link)" accept=".pdf,.docx,.odt,.txt" hint="PDF, Word (docx), OpenDocument (odt) eller tekst, højst 900 kB." issues={issues} />
        <TextField name="link" label="Eller link til dokumentet" value={values.link} issues={issues} hint="Fx til intranettet: https://…" />
        <TextField name="owner" label="Ansvarlig" value={values.owner} issues={issues} />
        <TextField name="reviewOn" label="Revideres senest" type="date" value={values.reviewOn} issues={issues} />
        <ChoiceGroup type="checkbox" name="sharedAsExample" label="Eksempel" options={[['yes', 'Del dokumentet med regionens andre institutioner som eksempel']]} values={values.sharedAsExample ? ['yes'] : []} issues={issues} />
        <button type="submit" class="button button-primary">Registrér dokumentet</button>
      </form>
    </Layout>
  );
}

export function NewEvidencePage({ view, standard, step, issues, values }: { view: StepsView; standard: Standard; step: number; issues: FieldIssue[]; values: Record<string, string> }) {
  const catalogStep = view.model.steps.find((s) => s.number === step);
  const title = catalogStep?.title ?? `Trin ${step}`;
  // The step's own wording from the catalog (seed 003), not retyped here.
  const stepText = catalogStep?.text ?? '';
  return (
    <Layout title={`${title} – ${standard.title}`} breadcrumbs={[...crumbs(view), [standard.title, `${base(view)}/${standard.id}`]]}>
      <h1>{standard.title}: {title.toLowerCase()}</h1>
      {stepText && <p>{stepText}</p>}
      <ErrorSummary issues={issues} />
      <form method="post" action={`${base(view)}/${standard.id}/evidence`}>
        <Csrf />
        <input type="hidden" name="step" value={String(step)} />
        <ChoiceGroup type="radio" name="kind" label="Hvad er gjort" options={STEP_EVIDENCE_KINDS.map((k) => [k, STEP_EVIDENCE_KIND_LABEL[k]])} values={values.kind ? [values.kind] : []} issues={issues} />
        <TextField name="heldOn" label="Dato" type="date" value={values.heldOn} issues={issues} />
        <TextArea name="description" label="Beskrivelse" value={values.description} issues={issues} hint="Fx: gennemgang på personalemødet; 12 af 14 medarbejdere kunne forklare instruksen." />
        <button type="submit" class="button button-primary">Registrér</button>
      </form>
    </Layout>
  );
}
