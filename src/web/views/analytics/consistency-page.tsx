// /analytics/consistency: how often the written assessment contradicts the score (per authority and
// year), and the flagged assessments with their text for those who may read them.
import { CONSISTENCY_FLAG_LABEL } from '../../../core/labels.ts';
import { formatDanishDate } from '../../../core/calendar.ts';
import { itemNumber } from '../../../core/model/item-number.ts';
import type { ConsistencyView } from '../../../services/analytics/list-consistency.ts';
import { Layout } from '../layout.tsx';
import { Pagination } from '../components/pagination.tsx';
import { Table } from '../components/table.tsx';
import { AnalyticsNav } from './analytics-nav.tsx';
import { consistencyRateTable } from './analytics-tables.ts';
import { DataTable } from '../components/data-table.tsx';

export function ConsistencyPage({ view }: { view: ConsistencyView }) {
  const pageCount = Math.ceil(view.total / view.pageSize);
  return (
    <Layout title="Score og tekst" breadcrumbs={[['Analyse', '/analytics']]}>
      <h1>Score og skriftlig vurdering</h1>
      <AnalyticsNav current="/analytics/consistency" />
      <p>
        En indikator, hvis tekst bruger skalaens ord for en anden score (fx "i høj grad" ved scoren 3), og et kriterium, der er vurderet opfyldt, mens begrundelsen
        siger, at et tegn er "ikke til stede". Tallene er fra afsluttede rapporter; tilsynskonsulenten ser den samme advarsel, mens vurderingen skrives.
      </p>
      <h2>Andel pr. socialtilsyn og år</h2>
      <DataTable data={consistencyRateTable(view)} />
      <p><a href="/analytics/consistency.csv" download>Hent data som CSV<span class="sr-only">: andel pr. socialtilsyn og år</span></a></p>
      <h2>Vurderinger med uoverensstemmelse</h2>
      {view.readable !== 'all' && <p>Listen viser dit eget socialtilsyns vurderinger; de øvrige indgår kun i tallene ovenfor.</p>}
      {view.items.length === 0 ? (
        <p>Ingen vurderinger med uoverensstemmelse.</p>
      ) : (
        <Table
          caption={`Vurderinger med uoverensstemmelse (${view.total})`}
          captionHidden
          compact={false}
          head={['Dato', 'Socialtilsyn', 'Tilbud eller plejefamilie', 'Punkt', 'Værdi', 'Uoverensstemmelse', 'Tekst', 'Tilsynskonsulent']}
          rows={view.items.map((i) => [formatDanishDate(i.date), i.authority, i.entityName, `${itemNumber(i.itemId)} ${i.itemText}`, i.value, CONSISTENCY_FLAG_LABEL[i.flag], i.text, i.inspector])}
        />
      )}
      <Pagination page={view.page} pageCount={pageCount} total={view.total} href={(p) => `/analytics/consistency?page=${p}`} noun="vurderinger" />
    </Layout>
  );
}

