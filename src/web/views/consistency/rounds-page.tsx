// The calibration rounds the user may see (paged), and the form for a new round: first the model,
// then its items, the case, the invited inspectors and the deadline.
import { formatDanishDate, formatDanishDay } from '../../../core/calendar.ts';
import { CALIBRATION_STATUS_LABEL, FACT_ITEM_KIND_LABEL } from '../../../core/labels.ts';
import type { RoundList } from '../../../services/calibration/list-rounds.ts';
import type { RoundForm } from '../../../services/calibration/get-round-form.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, FileField, TextArea, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Pagination, pageHref } from '../components/pagination.tsx';
import { Table } from '../components/table.tsx';

const BASE = '/consistency/calibration';
const CRUMBS: [string, string][] = [['Ensartethed', '/consistency']];

export function RoundsPage({ list }: { list: RoundList }) {
  return (
    <Layout title="Kalibreringsrunder" breadcrumbs={CRUMBS}>
      <h1>Kalibreringsrunder</h1>
      <p>I en kalibreringsrunde bedømmer flere tilsynskonsulenter den samme anonymiserede sag hver for sig. Ingen ser de andres svar, før runden er lukket; derefter vises fordelingen og enigheden.</p>
      {list.mayCreate && <p><a class="button button-primary" href={`${BASE}/new`}>Opret en kalibreringsrunde</a></p>}
      {list.items.length === 0 ? <p>Der er ingen kalibreringsrunder.</p> : (
        <Table caption="Kalibreringsrunder" rowHeaders head={['Runde', 'Status', 'Frist', 'Inviterede', 'Oprettet']}
          rows={list.items.map((r) => [<a href={`${BASE}/${r.id}`}>{r.title}</a>, CALIBRATION_STATUS_LABEL[r.status], formatDanishDate(r.deadline), String(r.invited), formatDanishDay(r.createdAt)])} />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="runder" href={(p) => pageHref(BASE, {}, p)} />
    </Layout>
  );
}

type NewRoundProps = { form: RoundForm; modelId: string | null; issues: FieldIssue[]; values: Record<string, string | string[]> };

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export function NewRoundPage({ form, modelId, issues, values }: NewRoundProps) {
  const model = form.models.find((m) => m.id === modelId);
  return (
    <Layout title="Ny kalibreringsrunde" breadcrumbs={[...CRUMBS, ['Kalibreringsrunder', BASE]]}>
      <h1>Ny kalibreringsrunde</h1>
      <ErrorSummary issues={issues} />
      {!model ? (
        <form method="get" action={`${BASE}/new`}>
          <ChoiceGroup type="radio" name="model" label="Hvilken kvalitetsmodel skal sagen bedømmes efter?" options={form.models.map((m) => [m.id, m.title])} values={[]} issues={issues} />
          <button type="submit" class="button button-primary">Vælg punkter</button>
        </form>
      ) : (
        <form method="post" action={BASE} enctype="multipart/form-data">
          <Csrf />
          <input type="hidden" name="modelId" value={model.id} />
          <p>Model: <strong>{model.title}</strong> (<a href={`${BASE}/new`}>vælg en anden</a>)</p>
          <TextField name="title" label="Titel" value={text(values.title)} issues={issues} />
          <TextArea name="caseText" label="Sagen" hint="Anonymiseret materiale: ingen navne, CPR-numre, adresser, telefonnumre eller e-mailadresser." value={text(values.caseText)} issues={issues} rows={12} />
          <FileField name="attachments" label="Bilag (valgfrit)" hint="Op til fem filer: PDF, Word (docx), OpenDocument (odt) eller tekst, højst 900 kB hver og 1 MB i alt." accept=".pdf,.docx,.odt,.txt" multiple issues={issues} />
          <ChoiceGroup type="checkbox" name="itemIds" label="Punkter, der skal bedømmes" options={model.items.map((i) => [i.id, `${FACT_ITEM_KIND_LABEL[i.kind]} ${i.id}: ${i.text}`])} values={list(values.itemIds)} issues={issues} />
          <ChoiceGroup type="checkbox" name="inviteeIds" label="Tilsynskonsulenter, der bedømmer sagen" hint="Mindst to." options={form.inspectors.map((i) => [i.id, `${i.name} (${i.authority})`])} values={list(values.inviteeIds)} issues={issues} />
          <TextField name="deadline" label="Frist" type="date" value={text(values.deadline)} issues={issues} />
          <button type="submit" class="button button-primary">Opret runden</button>
        </form>
      )}
    </Layout>
  );
}
