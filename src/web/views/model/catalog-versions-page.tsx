// The versions of a model's catalog: which is in force, which are coming, and — for the
// administrator — uploading a new version, reviewing its diff against the version in force, and
// activating it from a date.
import { formatDanishDate } from '../../../core/calendar.ts';
import type { CatalogChange } from '../../../core/model/catalog-diff.ts';
import type { CatalogVersionsView, PendingCatalogVersion } from '../../../services/models/catalog-versions.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { Csrf, FileField, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { Table } from '../components/table.tsx';

const CHANGE_LABEL: Record<CatalogChange['change'], string> = { added: 'Tilføjet', removed: 'Fjernet', changed: 'Ændret' };

export function CatalogVersionsPage({ view, issues, values, activated }: { view: CatalogVersionsView; issues: FieldIssue[]; values: Record<string, string>; activated: boolean }) {
  const base = `/models/${view.model.id}/versions`;
  return (
    <Layout title={`Versioner – ${view.model.title}`} breadcrumbs={[['Kvalitetsmodeller', '/models'], [view.model.title, `/models/${view.model.id}`]]}>
      <h1>Versioner af kataloget: {view.model.title}</h1>
      {activated && <Notice kind="success" heading="Versionen er aktiveret" />}
      <p>Den version, der gælder i dag, bruges til nyt arbejde. Vurderinger og rapporter beholder den version, de blev lavet efter.</p>
      <Table caption="Katalogets versioner" rowHeaders head={['Version', 'Gælder fra', 'Oprindelse', 'I dag']}
        rows={view.versions.map((v) => [v.model.version, v.activeFrom ? formatDanishDate(v.activeFrom) : 'Fra start', v.uploaded ? 'Indlæst' : 'Leveret med systemet', v.model === view.model ? 'Gælder' : ''])} />
      {view.pending.length > 0 && (
        <>
          <h2>Indlæst, ikke aktiveret</h2>
          <ul>{view.pending.map((p) => <li><a href={`${base}/${p.id}`}>Version {p.version} ({p.fileName}), skal gælde fra {formatDanishDate(p.activeFrom)}</a></li>)}</ul>
        </>
      )}
      {view.mayUpload && (
        <>
          <h2>Indlæs en ny version</h2>
          <p>Filen er et katalog i YAML (docs/catalog-format.md) for samme model og art, med et nyt versionsnummer. Tekst, der ikke stammer fra grundmaterialet, angiver sin kilde i feltet <code>source</code>. Du ser forskellene, før du aktiverer.</p>
          <ErrorSummary issues={issues} />
          <form method="post" action={base} enctype="multipart/form-data">
            <Csrf />
            <FileField name="file" label="Katalogfil (YAML)" accept=".yaml,.yml" issues={issues} />
            <TextField name="activeFrom" label="Gælder fra" type="date" value={values.activeFrom} issues={issues} />
            <button type="submit" class="button button-primary">Indlæs og vis forskelle</button>
          </form>
        </>
      )}
    </Layout>
  );
}

export function PendingCatalogVersionPage({ pending }: { pending: PendingCatalogVersion }) {
  const base = `/models/${pending.current.id}/versions`;
  return (
    <Layout title={`Version ${pending.model.version} – ${pending.current.title}`} breadcrumbs={[['Kvalitetsmodeller', '/models'], [pending.current.title, `/models/${pending.current.id}`], ['Versioner', base]]}>
      <h1>Version {pending.model.version} af {pending.current.title}</h1>
      <p>Indlæst fra {pending.fileName}; skal gælde fra {formatDanishDate(pending.activeFrom)}. Forskelle i forhold til version {pending.current.version}, der gælder i dag:</p>
      {pending.changes.length === 0 ? <p>Ingen forskelle ud over versionsnummeret.</p> : (
        <Table caption={`${pending.changes.length} forskelle`} head={['Sted i kataloget', 'Ændring', 'Før', 'Efter']}
          rows={pending.changes.map((c) => [c.path, CHANGE_LABEL[c.change], c.before ?? '–', c.after ?? '–'])} />
      )}
      <form method="post" action={`${base}/${pending.id}/activate`}>
        <Csrf />
        <button type="submit" class="button button-primary">Aktivér version {pending.model.version}</button>
      </form>
    </Layout>
  );
}
