// /analytics/situations: each authority's local rule for a special situation beside its measured
// effect (seed 001), the forms to record a rule, and the spread between a provider's departments.
import { LOCAL_RULE_LABEL, SPECIAL_SITUATION_LABEL } from '../../../core/labels.ts';
import { LOCAL_RULES } from '../../../core/analytics/local-rules.ts';
import { SPECIAL_SITUATIONS } from '../../../core/analytics/facts.ts';
import { decimalComma, formatShare } from '../../../core/analytics/describe-comparison.ts';
import type { Effect, SituationRow, SpecialSituationsView } from '../../../services/analytics/get-special-situations.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { Csrf, SelectField, TextArea } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { Table } from '../components/table.tsx';
import { AnalyticsNav } from './analytics-nav.tsx';

const share = (part: number, whole: number) => (whole === 0 ? '–' : formatShare(part / whole));
const mean = (e: Effect) => (e.scored === 0 ? '–' : decimalComma(e.scoreSum / e.scored, 2));

export function SituationsPage({ view, issues, saved }: { view: SpecialSituationsView; issues: FieldIssue[]; saved: boolean }) {
  const editable = view.rows.filter((r) => r.editable);
  return (
    <Layout title="Særlige situationer" breadcrumbs={[['Analyse', '/analytics']]}>
      <h1>Scoring i særlige situationer</h1>
      <AnalyticsNav current="/analytics/situations" />
      <p>
        Socialtilsynene har lokale retningslinjer for at score i særlige situationer (plejefamilier uden barn i pleje, nye plejefamilier uden barn, voksentilbud med
        pladser til børn og unge). Her står hver regel ved siden af dens målte virkning.
      </p>
      {saved && <Notice kind="success" heading="Reglen er gemt" />}
      <ErrorSummary issues={issues} />
      {SPECIAL_SITUATIONS.filter((s) => s !== 'department_level').map((situation) => (
        <SituationTable situation={situation} rows={view.rows.filter((r) => r.situation === situation)} />
      ))}
      <h2>Tilbud med flere afdelinger</h2>
      {view.departments.length === 0 ? (
        <p>Der er ingen afsluttede vurderinger af tilbud med flere afdelinger.</p>
      ) : (
        <Table
          caption="Spredning mellem afdelingerne og tilbuddets samlede score"
          rowHeaders
          head={['Socialtilsyn', 'Indikatorer vurderet i flere afdelinger', 'Gennemsnitlig spredning (højeste − laveste afdeling)', 'Tilbuddet scoret som den laveste afdeling']}
          rows={view.departments.map((d) => [d.label, String(d.items), d.items === 0 ? '–' : decimalComma(d.spreadSum / d.items, 2), share(d.lowestShared, d.items)])}
        />
      )}
      {editable.length > 0 && (
        <>
          <h2>Registrér en lokal regel</h2>
          <form method="post" action="/analytics/situations/rules">
            <Csrf />
            <SelectField name="authorityId" label="Socialtilsyn" issues={issues} options={[...new Map(editable.map((r) => [r.group, r.label])).entries()]} />
            <SelectField name="situation" label="Særlig situation" issues={issues} options={[...new Set(editable.map((r) => r.situation))].map((s) => [s, SPECIAL_SITUATION_LABEL[s]])} />
            <SelectField name="rule" label="Lokal regel" issues={issues} options={LOCAL_RULES.map((r) => [r, LOCAL_RULE_LABEL[r]])} />
            <TextArea name="note" label="Bemærkning (valgfri)" issues={issues} rows={3} hint="Fx hvilke indikatorer reglen gælder for, eller standardteksten, der skrives under indikatoren." />
            <button type="submit" class="button button-primary">Gem reglen</button>
          </form>
        </>
      )}
    </Layout>
  );
}

function SituationTable({ situation, rows }: { situation: (typeof SPECIAL_SITUATIONS)[number]; rows: SituationRow[] }) {
  const automatic = rows.filter((r) => r.automatic);
  return (
    <>
      <h2>{SPECIAL_SITUATION_LABEL[situation]}</h2>
      {automatic.length > 0 && (
        <Notice kind="warning" heading="Automatisk score">
          {automatic.map((r) => r.label).join(', ')} {automatic.length === 1 ? 'scorer' : 'scorer'} automatisk i denne situation. Undersøgelsen af socialtilsynenes brug af
          kvalitetsmodellen anbefaler ikke at score 1 automatisk: scoren siger da intet om kvaliteten.
        </Notice>
      )}
      <Table
        caption={`${SPECIAL_SITUATION_LABEL[situation]}: lokal regel og målt virkning`}
        rowHeaders
        compact={false}
        head={['Socialtilsyn', 'Lokal regel', 'Vurderinger i situationen', 'Andel score 1', 'Gennemsnit', 'Andel ikke opfyldt', 'Andel score 1 ellers', 'Gennemsnit ellers', 'Andel ikke opfyldt ellers']}
        rows={rows.map((r) => [
          r.label,
          r.rule ? `${LOCAL_RULE_LABEL[r.rule]}${r.note ? ` – ${r.note}` : ''}` : r.group === 'oevrige' ? '–' : 'Ikke registreret',
          String(r.within.n),
          share(r.within.ones, r.within.scored),
          mean(r.within),
          share(r.within.notMet, r.within.outcomes),
          share(r.baseline.ones, r.baseline.scored),
          mean(r.baseline),
          share(r.baseline.notMet, r.baseline.outcomes),
        ])}
      />
    </>
  );
}
