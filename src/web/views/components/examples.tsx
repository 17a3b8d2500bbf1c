// One example per shared component: the gallery page (/components) shows them, the component
// test checks their markup, and the browser suite runs axe on the gallery — one source for all
// three, as GOV.UK Frontend does with its component examples.
import type { Child } from 'hono/jsx';
import { ErrorSummary } from './error-summary.tsx';
import { Notice } from './notice.tsx';
import { Pagination } from './pagination.tsx';
import { SummaryList } from './summary-list.tsx';
import { Table } from './table.tsx';
import { Tag } from './tag.tsx';

export type ComponentExample = { name: string; description: string; render: () => Child };

export const COMPONENT_EXAMPLES: ComponentExample[] = [
  {
    name: 'Table',
    description: 'En tabel med billedtekst, kolonneoverskrifter, rækkeoverskrifter og rullecontainer.',
    render: () => (
      <Table
        caption="Tilsyn i Socialtilsyn Nord"
        head={['Tilsyn', 'Status', 'Risiko']}
        rowHeaders
        rows={[
          ['Driftsorienteret tilsyn 2026 – Bostedet Granly', 'I gang', <Tag kind="warning">Gul</Tag>],
          ['Godkendelse 2026 – Familien Holm', 'Planlagt', <Tag kind="success">Grøn</Tag>],
        ]}
      />
    ),
  },
  {
    name: 'SummaryList',
    description: 'Fakta som begreb og værdi.',
    render: () => <SummaryList label="Om tilsynet" items={[['Fase', 'Driftsorienteret tilsyn'], ['Status', 'I gang'], ['Risiko', <Tag kind="warning">Gul</Tag>]]} />,
  },
  {
    name: 'Notice',
    description: 'Besked med ikon: information, gennemført, advarsel og fejl.',
    render: () => (
      <>
        <Notice kind="info" heading="Plejefamilien har ikke barn i pleje">Den tidligere vurdering vises, så den kan bekræftes eller revideres.</Notice>
        <Notice kind="success" heading="Vurderingen er gemt" />
        <Notice kind="warning" heading="Høringsfristen er overskredet">Rapporten kan færdiggøres uden svar.</Notice>
        <Notice kind="error" heading="Rapporten kan ikke færdiggøres">Temaet "Uddannelse og beskæftigelse" mangler en skriftlig vurdering.</Notice>
      </>
    ),
  },
  {
    name: 'Pagination',
    description: 'Sidenavigation for lister, der sides på serveren.',
    render: () => <Pagination page={4} pageCount={12} total={583} noun="tilsyn" href={(n) => `/components?side=${n}#pagination`} />,
  },
  {
    name: 'ErrorSummary',
    description: 'Fejlopsummering øverst i en formular, med links til felterne.',
    render: () => (
      <ErrorSummary issues={[{ field: 'name', message: 'Navn skal udfyldes.' }, { field: 'places', message: 'Antal pladser skal være et helt tal.' }]} />
    ),
  },
  {
    name: 'Tag',
    description: 'Kort statusmærke.',
    render: () => (
      <p>
        <Tag kind="info">Udkast</Tag> <Tag kind="warning">I høring</Tag> <Tag kind="success">Sendt</Tag> <Tag kind="error">Rød</Tag> <Tag>Afsluttet</Tag>
      </p>
    ),
  },
];
