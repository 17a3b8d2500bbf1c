// The manager's quality review (ledelsestilsyn): the form that draws a sample of final reports, the
// samples drawn so far, and one sample with its parameters, seed and reports.
import { formatDanishDate, formatDanishDay } from '../../../core/calendar.ts';
import { SAMPLE_STRATUM_LABEL } from '../../../core/labels.ts';
import { SAMPLE_STRATA } from '../../../core/quality-review/draw-sample.ts';
import type { SampleListItem } from '../../../services/quality-review/list-review-samples.ts';
import type { SampleView } from '../../../services/quality-review/get-review-sample.ts';
import type { Paged } from '../../../services/list-paging.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { Pagination, pageHref } from '../components/pagination.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { Table } from '../components/table.tsx';

export const REVIEW_BASE = '/consistency/quality-review';
const CRUMBS: [string, string][] = [['Ensartethed', '/consistency']];
const strataText = (strata: string[]) => (strata.length === 0 ? 'ingen' : strata.map((s) => SAMPLE_STRATUM_LABEL[s as keyof typeof SAMPLE_STRATUM_LABEL] ?? s).join(', '));
const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export function SamplesPage({ list, issues, values }: { list: Paged<SampleListItem>; issues: FieldIssue[]; values: Record<string, string | string[]> }) {
  const strata = values.strata;
  return (
    <Layout title="Ledelsestilsyn" breadcrumbs={CRUMBS}>
      <h1>Ledelsestilsyn</h1>
      <p>Træk en tilfældig stikprøve af socialtilsynets afsluttede rapporter og gennemgå hver rapport efter tjeklisten. Stikprøven kan gentages: de samme parametre og det samme frø giver de samme rapporter.</p>
      <p><a href={`${REVIEW_BASE}/summary`}>Oversigt pr. tilsynsførende og pr. punkt i tjeklisten</a></p>
      <h2>Træk en stikprøve</h2>
      <ErrorSummary issues={issues} />
      <form method="post" action={`${REVIEW_BASE}/samples`}>
        <Csrf />
        <TextField name="periodFrom" label="Rapporter afsluttet fra" type="date" value={text(values.periodFrom)} issues={issues} />
        <TextField name="periodTo" label="Til og med" type="date" value={text(values.periodTo)} issues={issues} />
        <TextField name="size" label="Antal rapporter" type="number" value={text(values.size) || '10'} issues={issues} />
        <ChoiceGroup type="checkbox" name="strata" label="Lagdeling (stikprøven fordeles forholdsmæssigt)" options={SAMPLE_STRATA.map((s) => [s, SAMPLE_STRATUM_LABEL[s]])} values={Array.isArray(strata) ? strata : strata ? [strata] : []} issues={issues} />
        <TextField name="seed" label="Frø (valgfrit)" hint="Skriv frøet fra en tidligere stikprøve for at trække den samme igen; ellers trækkes et nyt." value={text(values.seed)} issues={issues} />
        <button type="submit" class="button button-primary">Træk stikprøven</button>
      </form>
      <h2>Stikprøver</h2>
      {list.items.length === 0 ? <p>Der er ikke trukket nogen stikprøver.</p> : (
        <Table caption="Trukne stikprøver" captionHidden rowHeaders head={['Trukket', 'Periode', 'Rapporter', 'Lagdeling', 'Frø']}
          rows={list.items.map((s) => [<a href={`${REVIEW_BASE}/samples/${s.id}`}>{formatDanishDay(s.createdAt)}</a>, `${formatDanishDate(s.periodFrom)}–${formatDanishDate(s.periodTo)}`, `${s.drawn} af ${s.size}`, strataText(s.strata), String(s.seed)])} />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="stikprøver" href={(p) => pageHref(REVIEW_BASE, {}, p)} />
    </Layout>
  );
}

export function SamplePage({ view, saved }: { view: SampleView; saved: boolean }) {
  const s = view.sample;
  return (
    <Layout title="Stikprøve" breadcrumbs={[...CRUMBS, ['Ledelsestilsyn', REVIEW_BASE]]}>
      <h1>Stikprøve trukket {formatDanishDay(s.createdAt)}</h1>
      {saved && <Notice kind="success" heading="Stikprøven er trukket" />}
      <SummaryList label="Stikprøvens parametre" items={[
        ['Periode', `${formatDanishDate(s.periodFrom)}–${formatDanishDate(s.periodTo)}`],
        ['Ønsket antal', String(s.size)],
        ['Lagdeling', strataText(s.strata)],
        ['Frø', String(s.seed)],
      ]} />
      {view.reports.length === 0 ? <p>Stikprøven er tom.</p> : (
        <Table caption="Rapporterne i stikprøven" rowHeaders head={['Rapport', 'Tilsynsførende', 'Afsluttet', 'Gennemgået']}
          rows={view.reports.map((r) => [<a href={`${REVIEW_BASE}/samples/${s.id}/reports/${r.versionId}`}>{r.entity}: {r.title} (version {r.number})</a>, r.inspector ?? '–', formatDanishDay(r.finalisedAt), r.reviewed ? 'Ja' : 'Nej'])} />
      )}
    </Layout>
  );
}
